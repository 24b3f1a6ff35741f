import * as vscode from 'vscode';
import { assess, type Assessment } from '../core/assessment/assess';
import { errorMessage } from '../core/errors';
import { declaredTierEdit } from '../core/features/declaredTier';
import type { Tier } from '../core/types';
import { assessmentMarkdown, assessmentTitle } from '../core/views/assessmentMarkdown';
import type * as AssessmentPanelView from '../core/views/assessmentPanel';
import type { AssessmentPanelModel } from '../core/views/assessmentPanel';
import { valueAt } from '../core/yaml/fields';
import { ASSESSMENT_VIEW_TYPE } from './ids';
import { t } from './l10n';
import type { ManifestService } from './manifestService';
import { affectsOurSettings, currentEdition, currentLang, referenceDate } from './settings';
import { nonce, withoutNonce } from './webviewNonce';

// The panel's HTML (src/core/views/assessmentPanel.ts, through markdown-it) is required when a panel first renders:
// imported, markdown-it and its entity tables were initialised at every activation, ~16 ms of the bundle's `require`
// (docs/benchmark.md, "Activation: what loads when").
let panelView: typeof AssessmentPanelView | undefined;
const view = (): typeof AssessmentPanelView => (panelView ??= require('../core/views/assessmentPanel') as typeof AssessmentPanelView);

/** Tier, reasons and obligations for the document on the reference date. */
export async function assessDocument(service: ManifestService, document: vscode.TextDocument): Promise<Assessment> {
  return assess(await service.check(document), referenceDate(), currentEdition());
}

/** Edits are batched: a panel re-renders at most this often while the user types. */
const EDIT_DELAY_MS = 250;

/** The panel of the wizard's result (answers, no manifest): one, reused. */
const ANSWERS_KEY = 'answers';

/** What a panel last showed, for the integration tests (read through the extension's exports). */
export interface AssessmentPanelShown {
  /** The panel's tab title. */
  title: string;
  /** The tier computed (null: not determined or not readable). */
  tier: Tier | null;
  /** The assessment's Markdown the page was rendered from. */
  markdown: string;
  /** The tier the "Record declaredTier" button offers, if any. */
  offered: Tier | null;
  /** The text of the last result shown in the panel. */
  result: string | null;
  /** The HTML set on the webview. */
  html: string;
}

export interface AssessmentPanelsProbe {
  /** Panels created so far (revealing an open one creates none). */
  readonly panels: number;
  /** Pages set on the webviews so far (an update that changes nothing sets none). */
  readonly renders: number;
  /** What the panel of a manifest (its URI as a string) or of the wizard's answers ('answers') shows; undefined when closed. */
  shown(key: string): AssessmentPanelShown | undefined;
  /** Runs a panel's handler for a message from its webview; resolves false when it was ignored, true once handled. */
  receive(key: string, message: unknown): Promise<boolean>;
}

interface PanelEntry {
  readonly key: string;
  readonly panel: vscode.WebviewPanel;
  /** The manifest assessed; undefined for the wizard's answers (a fixed page). */
  readonly manifest?: vscode.Uri;
  readonly disposables: vscode.Disposable[];
  model?: AssessmentPanelModel;
  title: string;
  tier: Tier | null;
  /** The outcome of "Record", kept while the manifest is the version it produced. */
  result?: { id: number; ok: boolean; text: string; version: number };
  timer?: ReturnType<typeof setTimeout>;
  generation: number;
  html: string;
}

/**
 * "Assess risk tier": one webview panel per manifest (running Assess again on a manifest reveals its panel), beside
 * the editor. A panel is not a preview: it stays while other files open, follows its manifest (edits, checks, which
 * re-run when a linked document changes, settings) and offers to record the computed tier as `declaredTier`, with
 * the outcome shown in the panel. The wizard's result has one panel of its own.
 */
export class AssessmentPanels implements vscode.Disposable {
  private readonly entries = new Map<string, PanelEntry>();
  private readonly disposables: vscode.Disposable[];
  private panelCount = 0;
  private renderCount = 0;
  private resultCount = 0;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly service: ManifestService,
  ) {
    this.disposables = [
      service.onDidCheck(({ document, version }) => {
        if (version === document.version) this.schedule(document.uri.toString(), 0);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document.uri.toString(), EDIT_DELAY_MS);
      }),
      // After the service has dropped its cache (its listener runs first, synchronously).
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsOurSettings(event)) for (const key of this.entries.keys()) this.schedule(key, 0);
      }),
    ];
  }

  /** Shows the manifest's assessment in its panel (created beside the editor, or revealed); resolves once rendered. */
  async showManifest(manifest: vscode.Uri): Promise<AssessmentPanelShown | undefined> {
    const entry = this.open(manifest.toString(), manifest, assessmentTitle(fileNameOf(manifest), currentLang()));
    await this.refresh(entry);
    return this.shownOf(entry);
  }

  /** Shows the wizard's result (a fixed page) in the answers' panel. */
  showAnswers(markdown: string, subject: string): AssessmentPanelShown | undefined {
    const entry = this.open(ANSWERS_KEY, undefined, assessmentTitle(subject, currentLang()));
    entry.result = undefined;
    this.render(entry, { lang: currentLang(), markdown }, assessmentTitle(subject, currentLang()), null);
    return this.shownOf(entry);
  }

  private open(key: string, manifest: vscode.Uri | undefined, title: string): PanelEntry {
    const existing = this.entries.get(key);
    if (existing) {
      existing.panel.reveal(undefined, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      ASSESSMENT_VIEW_TYPE,
      title,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
      },
    );
    const entry: PanelEntry = { key, panel, manifest, disposables: [], title: '', tier: null, generation: 0, html: '' };
    // The manifest changed on disk while no editor has it (a checkout, another tool): assess it again.
    const watcher =
      manifest &&
      vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(manifest, '..'), fileNameOf(manifest)));
    if (watcher)
      entry.disposables.push(
        watcher,
        watcher.onDidChange(() => this.schedule(key, EDIT_DELAY_MS)),
      );
    entry.disposables.push(
      panel.onDidDispose(() => this.close(entry)),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.onMessage(entry, message)),
    );
    this.entries.set(key, entry);
    this.panelCount++;
    return entry;
  }

  private close(entry: PanelEntry): void {
    if (this.entries.get(entry.key) === entry) this.entries.delete(entry.key);
    if (entry.timer) clearTimeout(entry.timer);
    for (const disposable of entry.disposables.splice(0)) disposable.dispose();
  }

  private schedule(key: string, delay: number): void {
    const entry = this.entries.get(key);
    if (!entry?.manifest) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      void this.refresh(entry);
    }, delay);
  }

  /** Assesses the panel's manifest and renders it; a failure is shown in the panel. */
  private async refresh(entry: PanelEntry): Promise<void> {
    const manifest = entry.manifest;
    if (!manifest) return;
    const generation = ++entry.generation;
    const lang = currentLang();
    const fileName = fileNameOf(manifest);
    let model: AssessmentPanelModel;
    let title = assessmentTitle(fileName, lang);
    let tier: Tier | null = null;
    try {
      const document = await this.documentOf(manifest);
      const [result, assessment] = await Promise.all([this.service.check(document), assessDocument(this.service, document)]);
      const data = result.parsed.data;
      const name = valueAt(data, ['system', 'name']);
      const declaredValue = valueAt(data, ['riskClassification', 'declaredTier']);
      const declared = typeof declaredValue === 'string' ? declaredValue : undefined;
      const subject = typeof name === 'string' && name.trim() ? name.trim() : fileName;
      title = assessmentTitle(subject, lang);
      tier = assessment.tier;
      if (entry.result && entry.result.version !== document.version) entry.result = undefined;
      model = {
        lang,
        markdown: assessmentMarkdown(assessment, { lang, subject, declaredTier: declared }),
        record: tier && declared !== tier ? { tier, declared, file: fileName } : undefined,
        result: entry.result,
      };
    } catch (error) {
      model = { lang, markdown: t('The assessment of {0} failed: {1}', manifest.toString(true), errorMessage(error)) };
    }
    if (generation !== entry.generation || this.entries.get(entry.key) !== entry) return;
    this.render(entry, model, title, tier);
  }

  private async documentOf(manifest: vscode.Uri): Promise<vscode.TextDocument> {
    return (
      vscode.workspace.textDocuments.find((document) => document.uri.toString() === manifest.toString()) ??
      (await vscode.workspace.openTextDocument(manifest))
    );
  }

  /** Sets the page, only when it says something new (setting it reloads the webview; its script keeps the scroll). */
  private render(entry: PanelEntry, model: AssessmentPanelModel, title: string, tier: Tier | null): void {
    entry.model = model;
    entry.title = title;
    entry.tier = tier;
    entry.panel.title = title;
    const scriptUri = entry.panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'assessment.js'));
    const html = view().renderAssessmentHtml(model, { nonce: nonce(), scriptUri: scriptUri.toString(), title });
    if (withoutNonce(html) === withoutNonce(entry.html)) return;
    entry.panel.webview.html = entry.html = html;
    this.renderCount++;
  }

  /** Undefined when the message is ignored; else its handling, which never rejects. */
  private onMessage(entry: PanelEntry, raw: unknown): Promise<void> | undefined {
    const message = view().validateAssessmentMessage(raw);
    const manifest = entry.manifest;
    if (!message || !manifest) return undefined;
    return this.record(entry, manifest, message.tier).then(
      () => undefined,
      (error: unknown) => console.error('[ai-system-manifest] assessment panel:', error),
    );
  }

  /** "Record" (confirmed in the panel): writes `declaredTier` with a WorkspaceEdit, then shows the outcome in the panel. */
  private async record(entry: PanelEntry, manifest: vscode.Uri, tier: Tier): Promise<void> {
    const document = await this.documentOf(manifest);
    const outcome = await recordDeclaredTier(this.service, document, tier);
    const fileName = fileNameOf(manifest);
    entry.result = {
      id: ++this.resultCount,
      ok: outcome === true,
      text: outcome === true ? view().recordedText(tier, fileName, currentLang()) : outcome,
      version: document.version,
    };
    await this.refresh(entry);
  }

  private shownOf(entry: PanelEntry): AssessmentPanelShown | undefined {
    if (!entry.model) return undefined;
    return {
      title: entry.title,
      tier: entry.tier,
      markdown: entry.model.markdown,
      offered: entry.model.record?.tier ?? null,
      result: entry.model.result?.text ?? null,
      html: entry.html,
    };
  }

  /** For the integration tests: live, read-only views of the panels. */
  readonly probe: AssessmentPanelsProbe = AssessmentPanels.probeOf(this);

  private static probeOf(panels: AssessmentPanels): AssessmentPanelsProbe {
    return {
      get panels() {
        return panels.panelCount;
      },
      get renders() {
        return panels.renderCount;
      },
      shown: (key) => {
        const entry = panels.entries.get(key);
        return entry && panels.shownOf(entry);
      },
      receive: async (key, message) => {
        const entry = panels.entries.get(key);
        const run = entry && panels.onMessage(entry, message);
        if (!run) return false;
        await run;
        return true;
      },
    };
  }

  dispose(): void {
    for (const entry of [...this.entries.values()]) entry.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

/**
 * Writes `declaredTier` (inserted if absent; only that value replaced if different), when the manifest's computed tier
 * is still `tier`. True when the manifest now has it; else why not.
 */
export async function recordDeclaredTier(service: ManifestService, document: vscode.TextDocument, tier: Tier): Promise<true | string> {
  const computed = (await assessDocument(service, document)).tier;
  if (computed !== tier) return t('The manifest changed: its risk tier is now {0}. Run "Assess risk tier" again.', computed ?? '?');
  const change = declaredTierEdit(document.getText(), tier);
  if (change.kind === 'unchanged') return true;
  if (change.kind === 'impossible')
    return t('declaredTier cannot be recorded: riskClassification is not a mapping, or the YAML has errors.');
  const edit = new vscode.WorkspaceEdit();
  edit.replace(
    document.uri,
    new vscode.Range(document.positionAt(change.edit.start), document.positionAt(change.edit.end)),
    change.edit.text,
  );
  return (await vscode.workspace.applyEdit(edit)) ? true : t('declaredTier cannot be recorded: the editor refused the edit.');
}

function fileNameOf(manifest: vscode.Uri): string {
  return manifest.path.split('/').pop() || manifest.toString();
}
