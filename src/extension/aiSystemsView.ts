import { errorMessage } from '../core/errors';
import * as vscode from 'vscode';
import { cite } from '../core/law/articles';
import { dutyCountParts, dutyWhen } from '../core/views/dutyText';
import { REGISTER_FORMATS, registerFileName, renderRegister, type RegisterFormat } from '../core/register/index';
import { statusLabel, tierLabel } from '../core/register/formats';
import { entryFromBytes, inTimeSlices, VIEW_SLICE_MS } from '../core/register/population';
import { readCitizenNotices } from '../core/register/citizensPage';
import type { ReadDocument } from '../core/documents/linked';
import { buildEntry, displayName, type RegisterEntry } from '../core/register/record';
import type { Finding } from '../core/types';
import { t } from './l10n';
import { tierIconName, tierIconPath } from './tierIcons';
import type { CheckedManifest, ManifestService } from './manifestService';
import { affectsOurSettings, currentEdition, currentLang, referenceDate } from './settings';
import type { AiSystemsSnapshot } from './aiSystemsRegistration';
import { filesBeside } from './workspaceFiles';
import {
  AI_SYSTEMS_VIEW,
  MANIFEST_GLOB,
  MANIFEST_SEARCH_EXCLUDE,
  NEXT_DUTY_ITEM_CONTEXT,
  SYSTEM_ITEM_CONTEXT,
  SYSTEMS_LOADED_CONTEXT,
} from './ids';

/** A node of the AI systems tree: a system (one manifest), or one of its children. */
export type AiSystemNode =
  | { kind: 'system'; key: string }
  | { kind: 'finding'; key: string; finding: Finding; index: number }
  | { kind: 'nextDuty'; key: string; duty: DutyItem };

/** The duty items under a system: its overdue duties, those due before use, and the next duty to do (`dutyStatus.ts`). */
type DutyItem = 'overdue' | 'dueBeforeUse' | 'next';

interface Cached {
  uri: vscode.Uri;
  /** The file's modification time when it was read (a watcher event with the same mtime re-reads nothing). */
  mtime: number;
  entry: RegisterEntry;
}

/** The tree shows the systems found so far at most this often while the first population runs. */
const REFRESH_EVERY_MS = 250;
/** Progress shows in the view's header when the population takes longer than this. */
const PROGRESS_AFTER_MS = 1000;

const yieldToEditor = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The AI systems view: every manifest of the workspace (all folders), checked once with the same core as the
 * diagnostics and kept in a cache keyed by URI and modification time. The first population runs in time slices that
 * give the thread back to the editor; file events and the checks of open editors update single entries.
 * Files are read through `vscode.workspace.fs` (virtual and untrusted workspaces: nothing from the workspace runs).
 */
export class AiSystemsModel implements vscode.TreeDataProvider<AiSystemNode>, vscode.Disposable {
  private readonly cache = new Map<string, Cached>();
  private readonly changed = new vscode.EventEmitter<AiSystemNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private population: Promise<void> | undefined;
  private loaded = false;
  private updates = 0;

  constructor(
    private readonly service: ManifestService,
    private readonly log: vscode.LogOutputChannel,
    private readonly extensionUri: vscode.Uri,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(MANIFEST_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.update(uri)),
      watcher.onDidChange((uri) => this.update(uri)),
      watcher.onDidDelete((uri) => this.remove(uri)),
      // Renames and moves in the explorer (the watcher sees them as delete + create, too).
      vscode.workspace.onDidRenameFiles((event) => {
        for (const { oldUri, newUri } of event.files) {
          this.remove(oldUri);
          void this.update(newUri);
        }
      }),
      // An open manifest's check (as typed, not only as saved) updates its entry without reading the file.
      service.onDidCheck((checked) => this.fromEditor(checked)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reload()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsOurSettings(event)) this.reload();
      }),
    );
  }

  /** What the integration tests read: the systems listed, in the view's order. */
  get snapshot(): AiSystemsSnapshot {
    return {
      loaded: this.loaded,
      updates: this.updates,
      systems: this.sortedEntries().map((c) => ({
        file: c.entry.file,
        name: displayName(c.entry),
        tier: c.entry.record.tier,
        icon: tierIconName(c.entry.record.tier),
        status: c.entry.record.status,
      })),
    };
  }

  /** Starts the first population (once); resolves when every manifest is in. */
  populate(): Promise<void> {
    this.population ??= this.runPopulation();
    return this.population;
  }

  reload(): void {
    this.cache.clear();
    this.loaded = false;
    this.population = undefined;
    this.changed.fire(undefined);
  }

  private async runPopulation(): Promise<void> {
    const started = Date.now();
    let finished = false;
    let done: () => void = () => undefined;
    const finishedPromise = new Promise<void>((resolve) => (done = resolve));
    const timer = setTimeout(() => {
      if (!finished)
        void vscode.window.withProgress(
          { location: { viewId: AI_SYSTEMS_VIEW }, title: t('Checking AI system manifests…') },
          () => finishedPromise,
        );
    }, PROGRESS_AFTER_MS);
    try {
      const uris = await vscode.workspace.findFiles(MANIFEST_GLOB, MANIFEST_SEARCH_EXCLUDE);
      let refreshed = -Infinity;
      await inTimeSlices(
        uris,
        (uri) => this.read(uri),
        async () => {
          // The tree shows the systems found so far; not after every slice of 16 ms (the refresh would be the work).
          if (performance.now() - refreshed >= REFRESH_EVERY_MS) {
            refreshed = performance.now();
            this.changed.fire(undefined);
          }
          await yieldToEditor();
        },
        { sliceMs: VIEW_SLICE_MS, now: () => performance.now() },
      );
      this.log.info(`AI systems view: ${uris.length} manifest(s) in ${Date.now() - started} ms`);
    } catch (error) {
      this.log.error(`AI systems view: ${errorMessage(error)}`);
    } finally {
      finished = true;
      clearTimeout(timer);
      done();
      this.loaded = true;
      void vscode.commands.executeCommand('setContext', SYSTEMS_LOADED_CONTEXT, true);
      this.changed.fire(undefined);
    }
  }

  /** Reads and checks one manifest, unless the cache has it at the same modification time. */
  private async read(uri: vscode.Uri): Promise<boolean> {
    const key = uri.toString();
    let mtime: number;
    try {
      mtime = (await vscode.workspace.fs.stat(uri)).mtime;
    } catch {
      return this.remove(uri);
    }
    const cached = this.cache.get(key);
    if (cached && cached.mtime === mtime) return false;
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return this.remove(uri);
    }
    const file = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
    this.cache.set(key, { uri, mtime, entry: await entryFromBytes(file, bytes, filesBeside(uri), referenceDate(), currentEdition()) });
    return true;
  }

  /**
   * Checks a manifest again though it did not change, because a document it links did (the citizens' page's notice):
   * an open manifest through the service (its editor's text), else from its file.
   */
  async recheck(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
    if (open) {
      this.service.invalidate(uri);
      await this.service.check(open);
      return;
    }
    const cached = this.cache.get(key);
    if (cached) cached.mtime = -1;
    await this.update(uri);
  }

  private async update(uri: vscode.Uri): Promise<void> {
    if (await this.read(uri)) this.fired();
  }

  private remove(uri: vscode.Uri): false {
    if (this.cache.delete(uri.toString())) this.fired();
    return false;
  }

  private fromEditor(checked: CheckedManifest): void {
    const { document, result } = checked;
    if (document.isUntitled || !vscode.workspace.getWorkspaceFolder(document.uri)) return;
    const key = document.uri.toString();
    const file = vscode.workspace.asRelativePath(document.uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
    const entry = buildEntry({ file, result, findings: result.findings, date: referenceDate(), edition: currentEdition() });
    // Dirty text is not on disk: keep mtime 0 so the next file event reads the saved file again.
    const mtime = document.isDirty ? 0 : (this.cache.get(key)?.mtime ?? 0);
    this.cache.set(key, { uri: document.uri, mtime, entry });
    this.fired();
  }

  private fired(): void {
    this.updates++;
    this.changed.fire(undefined);
  }

  private sortedEntries(): Cached[] {
    return [...this.cache.values()].sort(
      (a, b) => displayName(a.entry).localeCompare(displayName(b.entry)) || a.entry.file.localeCompare(b.entry.file),
    );
  }

  entries(): RegisterEntry[] {
    return this.sortedEntries().map((c) => c.entry);
  }

  /** The reader of the documents beside an entry's manifest (the citizens' page reads the written notices through it). */
  documentsOf(entry: RegisterEntry): ReadDocument | undefined {
    const uri = this.manifestUriOf(entry);
    return uri && filesBeside(uri).readDocument;
  }

  /** The manifest an entry was read from. */
  manifestUriOf(entry: RegisterEntry): vscode.Uri | undefined {
    for (const cached of this.cache.values()) if (cached.entry === entry) return cached.uri;
    return undefined;
  }

  uriOf(node: AiSystemNode): vscode.Uri | undefined {
    return this.cache.get(node.key)?.uri;
  }

  getChildren(node?: AiSystemNode): Promise<AiSystemNode[]> {
    return Promise.resolve(this.childrenOf(node));
  }

  private childrenOf(node?: AiSystemNode): AiSystemNode[] {
    if (!node) {
      void this.populate();
      return this.sortedEntries().map((c) => ({ kind: 'system', key: c.uri.toString() }));
    }
    if (node.kind !== 'system') return [];
    const cached = this.cache.get(node.key);
    if (!cached) return [];
    const children: AiSystemNode[] = cached.entry.findings
      .map((finding, index) => ({ kind: 'finding' as const, key: node.key, finding, index }))
      .filter((child) => child.finding.severity !== 'information');
    for (const duty of dutyItems(cached.entry)) children.push({ kind: 'nextDuty', key: node.key, duty });
    return children;
  }

  getTreeItem(node: AiSystemNode): vscode.TreeItem {
    const cached = this.cache.get(node.key);
    if (!cached) return new vscode.TreeItem('');
    const { entry, uri } = cached;
    const lang = currentLang();
    if (node.kind === 'system') {
      const record = entry.record;
      const children = entry.findings.some((f) => f.severity !== 'information') || dutyItems(entry).length > 0;
      const item = new vscode.TreeItem(
        displayName(entry),
        children ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
      );
      item.id = node.key;
      const tier = tierLabel(record.tier, lang);
      item.description = record.status ? `${tier} · ${statusLabel(record.status, lang)}` : tier;
      item.iconPath = tierIconPath(this.extensionUri, record.tier);
      item.contextValue = SYSTEM_ITEM_CONTEXT;
      item.tooltip = new vscode.MarkdownString(
        [
          `**${displayName(entry)}** — ${tier}`,
          '',
          `${t('File')}: ${entry.file}`,
          `${t('Status')}: ${statusLabel(record.status, lang) ?? '—'}`,
          `${t('Errors')}: ${record.findings.errors}, ${t('Warnings')}: ${record.findings.warnings}`,
          entry.duties ? dutyCountParts(entry.duties, lang).join(' · ') : '',
        ].join('  \n'),
      );
      item.command = { command: 'vscode.open', title: t('Open manifest'), arguments: [uri] };
      return item;
    }
    if (node.kind === 'finding') {
      const { finding } = node;
      const item = new vscode.TreeItem(finding.message[lang]);
      item.id = `${node.key}#finding-${node.index}`;
      item.description = `${finding.ruleId} · ${t('line {0}', finding.range.start.line + 1)}`;
      item.iconPath = new vscode.ThemeIcon(
        finding.severity === 'error' ? 'error' : 'warning',
        new vscode.ThemeColor(finding.severity === 'error' ? 'errorForeground' : 'list.warningForeground'),
      );
      item.tooltip = finding.message[lang];
      const { start, end } = finding.range;
      item.command = {
        command: 'vscode.open',
        title: t('Open manifest'),
        arguments: [uri, { selection: new vscode.Range(start.line, start.character, end.line, end.character) }],
      };
      return item;
    }
    const duties = entry.duties;
    const listed = !duties ? [] : node.duty === 'next' ? (duties.next ? [duties.next] : []) : duties[node.duty];
    const first = listed[0];
    const text = first?.text[lang] ?? '';
    const label =
      node.duty === 'overdue'
        ? t('Overdue: {0}', text)
        : node.duty === 'dueBeforeUse'
          ? t('Due before use: {0}', text)
          : t('Next duty: {0}', text);
    const item = new vscode.TreeItem(first ? label : '');
    item.id = `${node.key}#${node.duty}`;
    if (first) {
      // The same words as the lens and the register: "overdue since …", "due before the system is used", "from …".
      item.description =
        listed.length > 1 ? `${dutyWhen(first, entry.date, lang)} (+${listed.length - 1})` : dutyWhen(first, entry.date, lang);
      item.tooltip = listed.map((o) => `${o.text[lang]} (${cite(o.article, lang)}) — ${dutyWhen(o, entry.date, lang)}`).join('\n');
      item.iconPath = new vscode.ThemeIcon(
        node.duty === 'overdue' ? 'circle-large-outline' : node.duty === 'dueBeforeUse' ? 'clock' : 'calendar',
      );
    }
    item.contextValue = NEXT_DUTY_ITEM_CONTEXT;
    return item;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.cache.clear();
  }
}

/** Which duty items a system shows: overdue duties, duties due before use, the next duty (none when not assessed). */
function dutyItems(entry: RegisterEntry): DutyItem[] {
  const duties = entry.duties;
  if (!duties) return [];
  return [
    ...(duties.overdue.length > 0 ? (['overdue'] as const) : []),
    ...(duties.dueBeforeUse.length > 0 ? (['dueBeforeUse'] as const) : []),
    ...(duties.next ? (['next'] as const) : []),
  ];
}

/** Each format's label and what it is for, in the extension's language. */
function formatLabels(): Record<RegisterFormat, [string, string]> {
  return {
    json: ['JSON', t('One record per system (for tools)')],
    csv: ['CSV', t('A spreadsheet (opens in Excel; semicolons in Danish)')],
    markdown: ['Markdown', t('A register page: summary table and a section per system')],
    'eu-database': [t('EU database (Annex VIII)'), t('What the manifests fill of each registration, point by point')],
    cyclonedx: ['CycloneDX 1.6', t('A bill of materials with the AI Act facts')],
    html: [t("Citizens' page (HTML)"), t('One page for the website: each system that concerns citizens, in plain words')],
  };
}

/**
 * "Export AI register…": asks for the format and the file (default: `ai-register-<date>.<ending>` in the first
 * workspace folder), writes it with workspace.fs, and says where. `format` and `target` skip the prompts (tests).
 */
export async function exportRegister(model: AiSystemsModel, format?: unknown, target?: unknown): Promise<vscode.Uri | undefined> {
  let chosen = REGISTER_FORMATS.includes(format as RegisterFormat) ? (format as RegisterFormat) : undefined;
  if (!chosen) {
    const labels = formatLabels();
    const pick = await vscode.window.showQuickPick(
      REGISTER_FORMATS.map((id) => ({ id, label: labels[id][0], detail: labels[id][1] })),
      { title: t('Export AI register'), placeHolder: t('Format of the register') },
    );
    if (!pick) return undefined;
    chosen = pick.id;
  }
  await model.populate();
  const date = referenceDate();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const defaultName = registerFileName(chosen, date);
  let uri = target instanceof vscode.Uri ? target : undefined;
  if (!uri) {
    uri = await vscode.window.showSaveDialog({
      title: t('Export AI register'),
      defaultUri: folder ? vscode.Uri.joinPath(folder, defaultName) : undefined,
      saveLabel: t('Export'),
    });
    if (!uri) return undefined;
  }
  const entries = model.entries();
  const notices = chosen === 'html' ? await readCitizenNotices(entries, (entry) => model.documentsOf(entry)) : new Map<string, string>();
  const rendered = renderRegister(
    chosen,
    entries,
    { lang: currentLang(), date, edition: currentEdition() },
    String(
      (vscode.extensions.getExtension('ai-system-manifest.ai-system-manifest')?.packageJSON as { version?: string } | undefined)?.version ??
        '0.0.0',
    ),
    { notices },
  );
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(rendered.text));
  const where = uri.scheme === 'file' ? uri.fsPath : uri.toString();
  const leftOut = rendered.citizensPage?.leftOut ?? [];
  const message = rendered.citizensPage
    ? leftOut.length > 0
      ? t(
          "Wrote the citizens' page ({0} systems) to {1}. Not ready to publish, so left out: {2}.",
          rendered.citizensPage.systems.length,
          where,
          leftOut.map((system) => system.name).join(', '),
        )
      : t("Wrote the citizens' page ({0} systems) to {1}.", rendered.citizensPage.systems.length, where)
    : rendered.incomplete
      ? t(
          'Wrote the AI register ({0} systems) to {1}. Some registrations lack points the manifests cannot fill: see "missing".',
          entries.length,
          where,
        )
      : t('Wrote the AI register ({0} systems) to {1}.', entries.length, where);
  void vscode.window.showInformationMessage(message, t('Open')).then((answer) => {
    if (answer) void vscode.commands.executeCommand('vscode.open', uri);
  });
  return uri;
}
