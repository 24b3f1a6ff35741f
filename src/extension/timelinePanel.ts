import * as vscode from 'vscode';
import { assess } from '../core/assessment/assess';
import { parseManifest } from '../core/yaml/parse';
import {
  buildTimelineModel,
  renderTimelineHtml,
  timelineTexts,
  validateTimelineMessage,
  type TimelineModel,
} from '../core/views/timelineView';
import type { ManifestPath, RuleId, Tier } from '../core/types';
import { APPLY_FIX_COMMAND, SHOW_TIMELINE_COMMAND, TIMELINE_VIEW_TYPE } from './ids';
import { isManifestDocument, type ManifestService } from './manifestService';
import { affectsOurSettings, currentEdition, currentLang, referenceDate } from './settings';
import { nonce } from './webviewNonce';

/** The timeline panel: its command, and its serializer (the panel is restored after a reload). */
export function registerTimelinePanel(
  extensionUri: vscode.Uri,
  service: ManifestService,
): vscode.Disposable & { readonly probe: TimelinePanelProbe } {
  const manager = new TimelinePanelManager(extensionUri, service);
  const registrations = vscode.Disposable.from(
    vscode.commands.registerCommand(SHOW_TIMELINE_COMMAND, () => manager.show()),
    vscode.window.registerWebviewPanelSerializer(TIMELINE_VIEW_TYPE, { deserializeWebviewPanel: (panel) => manager.revive(panel) }),
  );
  return {
    probe: manager.probe,
    dispose() {
      registrations.dispose();
      manager.dispose();
    },
  };
}

/** Edits are batched: the panel re-renders at most this often while the user types. */
const EDIT_DELAY_MS = 250;

/** What the panel last gave its webview, for the integration tests (read through the extension's exports). */
export interface TimelinePanelProbe {
  /** Whether a panel is open. */
  readonly open: boolean;
  /** Panels created or restored so far (revealing an open one creates none). */
  readonly panels: number;
  /** The manifest (workspace-relative, null: the general timeline) and tier of the model last delivered. */
  readonly shown?: { fileName: string | null; tier: Tier | null };
  /** The HTML document last set on the webview. */
  readonly html: string;
  /** The model last delivered to the webview (a new object after each refresh). */
  readonly model?: TimelineModel;
  /** Runs the panel's handler for a message from its webview; resolves false when it was ignored, true once handled. */
  receive(message: unknown): Promise<boolean>;
}

/**
 * The AI Act timeline panel: one at a time, restored after a reload, following the active manifest editor,
 * its edits and the settings (language, edition, reference date). With no manifest it shows the general timeline.
 */
export class TimelinePanelManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  /** The manifest shown; kept while the user moves to other editors or into the panel. */
  private document: vscode.TextDocument | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  /** The document version the latest refresh reads: its own check's event needs no second refresh. */
  private refreshingVersion: number | undefined;
  private panelCount = 0;
  private shown: TimelinePanelProbe['shown'];
  private lastHtml = '';
  private lastModel: TimelineModel | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly service: ManifestService,
  ) {
    this.followActiveEditor();
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isManifestDocument(editor.document) && editor.document !== this.document) {
          this.document = editor.document;
          this.schedule(0);
        }
      }),
      service.onDidCheck((checked) => {
        const current = checked.document === this.document && checked.version === checked.document.version;
        if (current && checked.version !== this.refreshingVersion) this.schedule(0);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document && event.contentChanges.length > 0) this.schedule(EDIT_DELAY_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) {
          this.document = undefined;
          this.schedule(0);
        }
      }),
      // After the service has dropped its cache (its listener runs first, synchronously).
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsOurSettings(event)) this.schedule(0);
      }),
    );
  }

  /** The command: reveal the panel if open, else create it beside the editor. */
  show(): void {
    this.followActiveEditor();
    if (this.panel) {
      this.panel.reveal(undefined, true);
      this.schedule(0);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      TIMELINE_VIEW_TYPE,
      this.title(),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      this.webviewOptions(),
    );
    this.attach(panel);
  }

  /** The serializer: take over a panel VS Code restored after a reload. */
  revive(panel: vscode.WebviewPanel): Promise<void> {
    if (this.panel && this.panel !== panel) {
      // A second restored panel: one at a time.
      panel.dispose();
      return Promise.resolve();
    }
    this.followActiveEditor();
    panel.webview.options = this.webviewOptions();
    this.attach(panel);
    return Promise.resolve();
  }

  private followActiveEditor(): void {
    const editor = vscode.window.activeTextEditor;
    if (editor && isManifestDocument(editor.document)) this.document = editor.document;
    if (this.document?.isClosed) this.document = undefined;
  }

  private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
    };
  }

  private title(): string {
    return timelineTexts(currentLang()).title;
  }

  /** For the integration tests: live, read-only views of the fields above. */
  readonly probe: TimelinePanelProbe = TimelinePanelManager.probeOf(this);

  private static probeOf(manager: TimelinePanelManager): TimelinePanelProbe {
    return {
      get open() {
        return manager.panel !== undefined;
      },
      get panels() {
        return manager.panelCount;
      },
      get shown() {
        return manager.shown;
      },
      get html() {
        return manager.lastHtml;
      },
      get model() {
        return manager.lastModel;
      },
      receive: async (message: unknown) => {
        const run = manager.onMessage(message);
        if (!run) return false;
        await run;
        return true;
      },
    };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.panelCount++;
    this.panelDisposables.push(
      panel.onDidDispose(() => this.detach(panel)),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.onMessage(message)),
    );
    panel.webview.html = '';
    void this.refresh(true);
  }

  private detach(panel: vscode.WebviewPanel): void {
    if (this.panel !== panel) return;
    this.panel = undefined;
    for (const disposable of this.panelDisposables.splice(0)) disposable.dispose();
  }

  private schedule(delay: number): void {
    if (!this.panel) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh(false);
    }, delay);
  }

  /** Builds the model for the shown manifest (or none) and sends it: a fresh document the first time, else a message. */
  private async refresh(initial: boolean): Promise<void> {
    const generation = ++this.generation;
    const document = this.document;
    this.refreshingVersion = document?.version;
    let model: TimelineModel;
    try {
      const edition = currentEdition();
      const today = referenceDate();
      const result = document ? await this.service.check(document) : undefined;
      model = buildTimelineModel({
        lang: currentLang(),
        edition,
        today,
        assessment: result && assess(result, today, edition),
        findings: result?.findings,
        fileName: document ? vscode.workspace.asRelativePath(document.uri) : undefined,
      });
    } catch (error) {
      console.error('[ai-system-manifest] timeline panel:', error);
      return;
    }
    const panel = this.panel;
    if (!panel || generation !== this.generation) return;
    panel.title = this.title();
    // A hidden panel (no retained context) reloads its HTML when shown again: give it the new model there.
    const shown = { fileName: model.manifest?.fileName ?? null, tier: model.manifest?.tier ?? null };
    if (initial || !panel.visible || !panel.webview.html) {
      panel.webview.html = this.lastHtml = this.html(panel.webview, model);
      this.shown = shown;
      this.lastModel = model;
    } else {
      void panel.webview.postMessage({ command: 'update', model }).then((delivered) => {
        if (delivered && generation === this.generation) [this.shown, this.lastModel] = [shown, model];
      });
    }
  }

  private html(webview: vscode.Webview, model: TimelineModel): string {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    return renderTimelineHtml(model, {
      nonce: nonce(),
      cspSource: webview.cspSource,
      // Built from src/webview/timeline.ts by esbuild.mjs.
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'timeline.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'timeline.css')).toString(),
    });
  }

  /** Undefined when the message is ignored; else the handling, which never rejects. */
  private onMessage(raw: unknown): Promise<void> | undefined {
    const message = validateTimelineMessage(raw);
    const document = this.document;
    if (!message || !document || document.isClosed) return undefined;
    const run = message.command === 'reveal' ? this.reveal(document, message.path) : this.fix(document, message.path, message.ruleIds);
    return run.then(
      () => undefined,
      (error: unknown) => console.error('[ai-system-manifest] timeline panel:', error),
    );
  }

  /** Opens the manifest and puts the cursor on the field (or, for a missing field, on its nearest present parent). */
  private async reveal(document: vscode.TextDocument, path: ManifestPath): Promise<vscode.TextEditor> {
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
    const column =
      visible?.viewColumn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false, preview: false });
    const located = parseManifest(document.getText()).locate(path);
    const target = located.keyRange ?? located.range;
    const start = new vscode.Position(target.start.line, target.start.character);
    const end = new vscode.Position(target.end.line, target.end.character);
    editor.selection = new vscode.Selection(start, start);
    editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  /** The quick fix of another feature when it is installed, else VS Code's quick-fix menu at the field. */
  private async fix(document: vscode.TextDocument, path: ManifestPath, ruleIds: RuleId[]): Promise<void> {
    const commands = await vscode.commands.getCommands(true);
    if (commands.includes(APPLY_FIX_COMMAND)) {
      await vscode.commands.executeCommand(APPLY_FIX_COMMAND, document.uri, path, ruleIds);
      return;
    }
    await this.reveal(document, path);
    await vscode.commands.executeCommand('editor.action.quickFix');
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const disposable of this.panelDisposables.splice(0)) disposable.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
