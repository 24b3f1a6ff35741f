import * as vscode from 'vscode';
import {
  buildCitizensPage,
  citizenNoticeOf,
  readCitizenNotices,
  renderCitizensPage,
  type CitizensPage,
} from '../core/register/citizensPage';
import { isManifestFileName } from '../core/manifestFiles';
import type { AiSystemsModel } from './aiSystemsView';
import { CITIZENS_PAGE_VIEW_TYPE } from './ids';
import { t } from './l10n';
import { currentLang, referenceDate } from './settings';
import { nonce, withoutNonce } from './webviewNonce';
import { linkedUri } from './workspaceFiles';

// "Preview citizens' page": the page `register --format html` writes, built by the same core from the AI systems
// view's entries, in a webview beside the manifests. The page has no script, so neither has the webview; its
// stylesheet is allowed by a nonce, its colours follow the editor's theme kind, and a notice at the top lists the
// systems left out as not ready (the CLI's stderr). VS Code's webview host handles the links: an in-page anchor
// scrolls, any other link goes to VS Code's opener (web and e-mail links) — the webview itself never navigates.

/** Edits are batched: the preview is rebuilt at most this often while manifests or notices change. */
const UPDATE_DELAY_MS = 250;

/** What the preview last showed, for the integration tests (read through the extension's exports). */
export interface CitizensPreviewProbe {
  readonly open: boolean;
  /** Panels created so far (revealing an open one creates none). */
  readonly panels: number;
  /** Pages set on the webview so far (an update that changes nothing sets none). */
  readonly renders: number;
  /** The HTML last set on the webview. */
  readonly html: string;
  /** The anchors of the systems on the page, and those left out (not ready) with the rules that keep each off. */
  readonly shown: { systems: string[]; leftOut: { file: string; rules: (string | null)[] }[] } | undefined;
}

export class CitizensPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private panelCount = 0;
  private renderCount = 0;
  private lastHtml = '';
  private lastPage: CitizensPage | undefined;
  /**
   * The manifests whose citizen notice is a local document, written or not, with the notice's URI when the check's
   * data still names it (a notice that is not written is no longer in the data) and the manifest's folder.
   */
  private noticeOwners: { manifest: vscode.Uri; notice: string | null; folder: string }[] = [];

  constructor(private readonly model: AiSystemsModel) {}

  /** The command: reveal the preview if open, else open it beside the active editor. */
  show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, true);
      this.schedule(0);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      CITIZENS_PAGE_VIEW_TYPE,
      t("Citizens' page (preview)"),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // No script, no local resource, no command links: the page is self-contained and static.
      { enableScripts: false, enableCommandUris: false, localResourceRoots: [] },
    );
    this.panel = panel;
    this.panelCount++;
    // A notice changed: check its manifest again. A notice the check judged unwritten is known by its folder only:
    // any document there (not a manifest, which the view follows itself) may be it.
    const documentChanged = (uri: vscode.Uri): void => {
      if (isManifestFileName(uri.path.slice(uri.path.lastIndexOf('/') + 1))) return;
      const key = uri.toString();
      for (const owner of this.noticeOwners)
        if (owner.notice === key || (owner.notice === null && key.startsWith(owner.folder))) void this.model.recheck(owner.manifest);
    };
    // Any file: a notice may have any name; only those the page reads count.
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.panelDisposables.push(
      watcher,
      watcher.onDidChange(documentChanged),
      watcher.onDidCreate(documentChanged),
      watcher.onDidDelete(documentChanged),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) documentChanged(event.document.uri);
      }),
      // The view's entries: manifests added, removed, saved or edited, and every settings change (it reloads).
      this.model.onDidChangeTreeData(() => this.schedule(UPDATE_DELAY_MS)),
      panel.onDidDispose(() => this.detach(panel)),
    );
    this.schedule(0);
  }

  private detach(panel: vscode.WebviewPanel): void {
    if (this.panel !== panel) return;
    this.panel = undefined;
    this.noticeOwners = [];
    this.lastHtml = '';
    for (const disposable of this.panelDisposables.splice(0)) disposable.dispose();
  }

  private schedule(delay: number): void {
    if (!this.panel) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh().catch((error: unknown) => console.error("[ai-system-manifest] citizens' page preview:", error));
    }, delay);
  }

  /** Builds the page from the view's entries and their written notices, as "Export AI register…" does. */
  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    await this.model.populate();
    const entries = this.model.entries();
    const notices = await readCitizenNotices(entries, (entry) => this.model.documentsOf(entry));
    const page = buildCitizensPage(entries, notices, { lang: currentLang(), date: referenceDate() });
    const panel = this.panel;
    if (!panel || generation !== this.generation) return;
    this.noticeOwners = [];
    for (const entry of entries) {
      const notice = citizenNoticeOf(entry);
      const manifest = notice.kind === 'document' || notice.kind === 'unwritten' ? this.model.manifestUriOf(entry) : undefined;
      if (!manifest || (notice.kind !== 'document' && notice.kind !== 'unwritten')) continue;
      this.noticeOwners.push({
        manifest,
        notice: notice.path === null ? null : linkedUri(manifest, notice.path).toString(),
        folder: vscode.Uri.joinPath(manifest, '..').toString() + '/',
      });
    }
    this.lastPage = page;
    panel.title = t("Citizens' page (preview)");
    const html = renderCitizensPage(page, { nonce: nonce(), editorTheme: true, leftOutNotice: true });
    // Setting the HTML reloads the page (and its scroll position): only when it says something new.
    if (withoutNonce(html) === withoutNonce(this.lastHtml)) return;
    panel.webview.html = this.lastHtml = html;
    this.renderCount++;
  }

  /** For the integration tests: live, read-only views of the fields above. */
  readonly probe: CitizensPreviewProbe = CitizensPreview.probeOf(this);

  private static probeOf(preview: CitizensPreview): CitizensPreviewProbe {
    return {
      get open() {
        return preview.panel !== undefined;
      },
      get panels() {
        return preview.panelCount;
      },
      get renders() {
        return preview.renderCount;
      },
      get html() {
        return preview.lastHtml;
      },
      get shown() {
        const page = preview.lastPage;
        return (
          page && {
            systems: page.systems.map((system) => system.anchor),
            leftOut: page.leftOut.map((system) => ({ file: system.file, rules: system.notReady.map((reason) => reason.ruleId) })),
          }
        );
      },
    };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const disposable of this.panelDisposables.splice(0)) disposable.dispose();
  }
}
