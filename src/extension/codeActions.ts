import * as vscode from 'vscode';
import {
  FIX_ALL_TITLE,
  documentFixNotice,
  fixAll,
  fixAllDocumentsNotice,
  fixesFor,
  linkingExistingFile,
  type Fix,
  type FixAllResult,
  type TextInsert,
} from '../core/features/fixes';
import { samePath } from '../core/rules/rule';
import { gapFindings } from '../core/assessment/openFindings';
import { fixOutcome, gapChoices, noOpenGap, type GapChoice } from '../core/features/gapFix';
import { assess } from '../core/assessment/assess';
import { acceptFix, acceptTitle, type AcceptanceAnswers } from '../core/features/acceptFix';
import { declaredTierFix } from '../core/features/declaredTier';
import { localIsoDate } from '../core/law/timeline';
import type { Finding, Lang, ManifestPath, RuleId } from '../core/types';
import { ruleIdOf, toRange } from './diagnostics';
import { ACCEPT_FINDING_COMMAND, APPLY_FIX_COMMAND, CREATE_DOCUMENT_COMMAND, CREATE_FIX_ALL_DOCUMENTS_COMMAND, SECTION } from './ids';
import { MANIFEST_SELECTOR, type ManifestService } from './manifestService';
import { t } from './l10n';
import { currentEdition, currentLang, referenceDate } from './settings';

/** The kind of the "fix all" source action (also runs on save under `editor.codeActionsOnSave: source.fixAll`). */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(SECTION);

/**
 * The kind of a "Create documentation stub" quick fix: a quick fix (shown in the light bulb with the others) that
 * also writes a file, so a keybinding or `editor.action.codeAction` can ask for it by kind.
 */
export const CREATE_DOCUMENT_KIND = vscode.CodeActionKind.QuickFix.append('createDocument');

/** What a code action request asks of us: quick fixes for its diagnostics, "fix all", or both. */
export function codeActionsWanted(context: vscode.CodeActionContext): { quickFixes: boolean; fixAll: boolean } {
  return {
    // `only` may be a quick fix's sub-kind (`quickfix.createDocument`): then only the fixes of that kind.
    quickFixes: !context.only || context.only.intersects(vscode.CodeActionKind.QuickFix),
    // "Fix all" only when asked for (Source Action menu, on save) or invoked, not on every automatic light-bulb request.
    fixAll: context.only ? context.only.contains(FIX_ALL_KIND) : context.triggerKind === vscode.CodeActionTriggerKind.Invoke,
  };
}

/**
 * The quick fixes and "fix all", and the commands that apply a fix (`aiSystemManifest.applyFix`, used by the
 * timeline panel; `aiSystemManifest.createDocumentStub`, run by a documentation stub's code action). The timeline
 * panel passes the manifest's URI as a string when the request comes through a webview message.
 */
export function registerCodeActions(service: ManifestService, probe: AcceptInputProbe): vscode.Disposable {
  const toUri = (uri: vscode.Uri | string): vscode.Uri => (typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  return vscode.Disposable.from(
    vscode.commands.registerCommand(ACCEPT_FINDING_COMMAND, (uri: vscode.Uri | string, ruleId: string, path: ManifestPath) =>
      acceptFinding(service, toUri(uri), ruleId, path, probe),
    ),
    vscode.languages.registerCodeActionsProvider(MANIFEST_SELECTOR, new ManifestCodeActions(service), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, CREATE_DOCUMENT_KIND, FIX_ALL_KIND],
    }),
    vscode.commands.registerCommand(APPLY_FIX_COMMAND, (uri: vscode.Uri | string, path: ManifestPath, ruleIds: string[]) =>
      chooseFix(service, toUri(uri), path, ruleIds as RuleId[], probe),
    ),
    vscode.commands.registerCommand(CREATE_FIX_ALL_DOCUMENTS_COMMAND, (uri: vscode.Uri | string, documents: FixAllResult['documents']) =>
      createFixAllDocuments(service, toUri(uri), documents, probe),
    ),
    vscode.commands.registerCommand(
      CREATE_DOCUMENT_COMMAND,
      (uri: vscode.Uri | string, path: ManifestPath, ruleId: string, relativePath: string) =>
        applyDocumentFix(service, toUri(uri), path, ruleId, relativePath, probe),
    ),
  );
}

/** Quick fixes keyed by the diagnostics' rule id, and the "fix all" source action. */
export class ManifestCodeActions implements vscode.CodeActionProvider {
  constructor(private readonly service: ManifestService) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const { quickFixes: wantsQuickFixes, fixAll: wantsFixAll } = codeActionsWanted(context);
    // No diagnostic of ours and no "fix all" asked for (most light-bulb requests): nothing to check.
    if (!wantsFixAll && !(wantsQuickFixes && context.diagnostics.some((diagnostic) => ruleIdOf(diagnostic) !== undefined))) return [];
    const result = await this.service.check(document);
    const { findings } = result;
    const text = document.getText();
    const lang = currentLang();
    const actions: vscode.CodeAction[] = [];

    if (wantsQuickFixes) {
      const date = referenceDate();
      const offered = new Set<string>();
      for (const diagnostic of context.diagnostics) {
        for (const finding of findingsOf(diagnostic, findings, lang)) {
          // One set of actions per finding, however many of its diagnostics the request names.
          const key = `${finding.ruleId} ${JSON.stringify(finding.path)}`;
          if (offered.has(key)) continue;
          offered.add(key);
          const setTier = declaredTierFix(text, finding, result.tier?.tier, lang);
          if (setTier && (!context.only || context.only.contains(vscode.CodeActionKind.QuickFix))) {
            const action = toCodeAction(document, finding, setTier);
            action.diagnostics = [diagnostic];
            action.isPreferred = true;
            actions.push(action);
          }
          for (const fix of await onDisk(fixesFor(text, finding, lang, date), document.uri, lang)) {
            const action = toCodeAction(document, finding, fix);
            if (context.only && !context.only.contains(action.kind!)) continue;
            action.diagnostics = [diagnostic];
            action.isPreferred = fix.isPreferred;
            actions.push(action);
          }
          // A document that is not written: open it where to write (its first unanswered question, or why).
          const open = openDocumentAction(document, finding);
          if (open && (!context.only || context.only.contains(vscode.CodeActionKind.QuickFix))) {
            open.diagnostics = [diagnostic];
            actions.push(open);
          }
          // "Accept the finding <rule> at <field>…": asks for the reason and who accepts, then writes the entry; never
          // preferred over a fix of the gap.
          const accept = acceptFix(text, finding, lang, localIsoDate(new Date()));
          if (accept && (!context.only || context.only.contains(vscode.CodeActionKind.QuickFix))) {
            const action = new vscode.CodeAction(accept.title, vscode.CodeActionKind.QuickFix);
            action.command = {
              title: accept.title,
              command: ACCEPT_FINDING_COMMAND,
              arguments: [document.uri, finding.ruleId, finding.path],
            };
            action.diagnostics = [diagnostic];
            actions.push(action);
          }
        }
      }
    }

    if (wantsFixAll) {
      const { inserts, documents } = fixAll(text, findings, lang, referenceDate());
      if (inserts.length > 0) {
        const action = new vscode.CodeAction(FIX_ALL_TITLE[lang], FIX_ALL_KIND);
        action.edit = insertEdit(new vscode.WorkspaceEdit(), document, inserts);
        // The stubs the edit links are written by a command that runs after it (an edit's file contents cannot
        // come back through executeCodeActionProvider; a command's arguments can).
        if (documents.length > 0) {
          action.command = {
            title: FIX_ALL_TITLE[lang],
            command: CREATE_FIX_ALL_DOCUMENTS_COMMAND,
            arguments: [document.uri, documents],
          };
        }
        actions.push(action);
      }
    }
    return actions;
  }
}

/**
 * The quick fix of `document-incomplete`: opens the linked document at the place its related location names (the
 * heading of the first question to answer, or the line that shows why it is not written).
 */
function openDocumentAction(document: vscode.TextDocument, finding: Finding): vscode.CodeAction | undefined {
  const related = finding.ruleId === 'document-incomplete' ? finding.related?.find((location) => location.file) : undefined;
  if (!related?.file) return undefined;
  const action = new vscode.CodeAction(t('Open {0} where it is not written', related.file), vscode.CodeActionKind.QuickFix);
  const range = toRange(related.range);
  action.command = {
    title: action.title,
    command: 'vscode.open',
    arguments: [vscode.Uri.joinPath(document.uri, '..', related.file), { selection: new vscode.Range(range.start, range.start) }],
  };
  return action;
}

/**
 * The core findings behind one of our diagnostics: same rule id and range. Several fields missing from one
 * section share the section key's range, so the message tells them apart where it can.
 */
function findingsOf(diagnostic: vscode.Diagnostic, findings: readonly Finding[], lang: Lang): Finding[] {
  const ruleId = ruleIdOf(diagnostic);
  if (!ruleId) return [];
  const candidates = findings.filter((finding) => finding.ruleId === ruleId && toRange(finding.range).isEqual(diagnostic.range));
  const byMessage = candidates.filter((finding) => finding.message[lang] === diagnostic.message);
  return byMessage.length > 0 ? byMessage : candidates;
}

/**
 * An insert-field fix carries its edit. A documentation stub carries a command that computes and applies the edit
 * when it is chosen: the file's contents are only rendered then, and an edit that creates a file with contents
 * cannot come back to the extension host through `vscode.executeCodeActionProvider` (a command can), so the
 * same action works from the light bulb, from `editor.action.codeAction` and from another extension.
 */
function toCodeAction(document: vscode.TextDocument, finding: Finding, fix: Fix): vscode.CodeAction {
  if (!fix.document) {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document, fix);
    return action;
  }
  const action = new vscode.CodeAction(fix.title, CREATE_DOCUMENT_KIND);
  action.command = {
    title: fix.title,
    command: CREATE_DOCUMENT_COMMAND,
    arguments: [document.uri, finding.path, finding.ruleId, fix.document.relativePath],
  };
  return action;
}

/**
 * The fixes as they stand on disk: a documentation stub whose file is already beside the manifest links that file
 * and says so (`linkingExistingFile`). Looked up through `vscode.workspace.fs`, so it works in virtual workspaces too.
 */
async function onDisk(fixes: readonly Fix[], manifest: vscode.Uri, lang: Lang): Promise<Fix[]> {
  const result: Fix[] = [];
  for (const fix of fixes) {
    const found = fix.document && (await exists(vscode.Uri.joinPath(manifest, '..', fix.document.relativePath)));
    const current = found ? linkingExistingFile(fix, lang) : fix;
    if (current) result.push(current);
  }
  return result;
}

/**
 * The fix's inserts, and for a documentation stub the new file beside the manifest. An existing file is never
 * written: not for a fix that links it, nor if one appeared since the fix was computed (`ignoreIfExists`).
 */
function toWorkspaceEdit(document: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  if (fix.document && !fix.document.existing) {
    edit.createFile(vscode.Uri.joinPath(document.uri, '..', fix.document.relativePath), {
      ignoreIfExists: true,
      contents: new TextEncoder().encode(fix.document.content),
    });
  }
  return insertEdit(edit, document, fix.inserts);
}

function insertEdit(edit: vscode.WorkspaceEdit, document: vscode.TextDocument, inserts: readonly TextInsert[]): vscode.WorkspaceEdit {
  for (const insert of inserts) {
    const start = document.positionAt(insert.offset);
    if (insert.length) edit.replace(document.uri, new vscode.Range(start, document.positionAt(insert.offset + insert.length)), insert.text);
    else edit.insert(document.uri, start, insert.text);
  }
  return edit;
}

/**
 * `aiSystemManifest.applyFix` (the timeline's "Fix…"): asks what to do about the duty's gap — one of its fixes, where
 * to answer it, or accepting the finding — does it, and says what it did and what is left; a duty whose gap is gone
 * says so. True when something was done; false when nothing was (no gap, or the user cancelled).
 */
export async function chooseFix(
  service: ManifestService,
  uri: vscode.Uri,
  path: ManifestPath,
  ruleIds: RuleId[],
  probe: AcceptInputProbe,
): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const lang = currentLang();
  const result = await service.check(document);
  const gap = gapFindings(result.findings, path, ruleIds);
  if (gap.length === 0) {
    say(probe, noOpenGap(path, assess(result, referenceDate(), currentEdition()).obligations, lang));
    return false;
  }
  const choices: GapChoice[] = [];
  for (const choice of gapChoices(document.getText(), gap, lang, referenceDate(), localIsoDate(new Date()))) {
    if (choice.kind !== 'fix') choices.push(choice);
    // A stub is only ever written where no file is: where one is, the fix links it and says so, as the quick fix does.
    else for (const fix of await onDisk([choice.fix], uri, lang)) choices.push({ ...choice, fix, label: fix.title });
  }
  const chosen = await pickOne(choices, t('Choose how to close this gap'), probe);
  if (!chosen) return false;
  switch (chosen.kind) {
    case 'accept':
      return (
        (await vscode.commands.executeCommand(ACCEPT_FINDING_COMMAND, document.uri, chosen.finding.ruleId, chosen.finding.path)) === true
      );
    case 'reveal':
      await showAt(document.uri, toRange(chosen.finding.range));
      return true;
    case 'open-document': {
      const related = chosen.finding.related?.find((location) => location.file === chosen.file);
      await showAt(vscode.Uri.joinPath(uri, '..', chosen.file), related ? toRange(related.range) : undefined);
      return true;
    }
    case 'fix': {
      const [first] = chosen.fix.inserts;
      if (!(await applyFix(service, document, chosen.fix, false))) {
        say(probe, t('Nothing was changed: the manifest changed while you chose. Click "Fix…" again.'));
        return false;
      }
      // What changed, in view: the manifest's editor shows the inserted lines; the panel refreshes with the edit.
      const editor = vscode.window.visibleTextEditors.find((visible) => visible.document === document);
      if (editor && first) {
        const inserted = new vscode.Range(document.positionAt(first.offset), document.positionAt(first.offset + first.text.length));
        editor.revealRange(inserted, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
      const left = gapFindings((await service.check(document)).findings, path, ruleIds);
      // The stub is not opened over the panel: the message offers it.
      const stub = chosen.fix.document;
      const created = stub && vscode.Uri.joinPath(uri, '..', stub.relativePath);
      say(
        probe,
        fixOutcome(chosen.fix, chosen.finding, left, lang),
        stub && t('Open {0}', stub.relativePath),
        () => created && openBeside(created),
      );
      return true;
    }
  }
}

/** An information message (with a button that runs `action`, when labelled), also kept for the integration tests. */
function say(probe: AcceptInputProbe | undefined, message: string, button?: string, action?: () => unknown): void {
  if (probe) probe.fixMessage = message;
  const buttons = button ? [button] : [];
  void vscode.window.showInformationMessage(message, ...buttons).then((pressed) => {
    if (pressed && action) void action();
  });
}

function exists(file: vscode.Uri): Thenable<boolean> {
  return vscode.workspace.fs.stat(file).then(
    () => true,
    () => false,
  );
}

/** Opens the file in the column it is shown in (else the first, beside the panel) with the cursor at `range`. */
async function showAt(file: vscode.Uri, range: vscode.Range | undefined): Promise<void> {
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === file.toString());
  const selection = range && new vscode.Range(range.start, range.start);
  const editor = await vscode.window.showTextDocument(file, {
    viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
    preview: false,
    selection,
  });
  if (range) editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** One QuickPick; undefined when the user cancels. The probe lists its items while it is open. */
function pickOne<T extends { label: string }>(items: T[], placeholder: string, probe: AcceptInputProbe): Promise<T | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<T>();
    pick.items = items;
    pick.placeholder = placeholder;
    let chosen: T | undefined;
    pick.onDidAccept(() => {
      chosen = pick.selectedItems[0] ?? pick.activeItems[0];
      pick.hide();
    });
    pick.onDidHide(() => {
      probe.fixChoices = undefined;
      pick.dispose();
      resolve(chosen);
    });
    probe.fixChoices = items.map((item) => item.label);
    pick.show();
  });
}

/**
 * `aiSystemManifest.createDocumentStub`: the documentation stub fix for the finding at `path` with `ruleId`, computed
 * from the document as it is now; false when the finding or the fix is gone (e.g. an action chosen after an edit).
 */
export async function applyDocumentFix(
  service: ManifestService,
  uri: vscode.Uri,
  path: ManifestPath,
  ruleId: string,
  relativePath: string,
  probe?: AcceptInputProbe,
): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const { findings } = await service.check(document);
  const finding = findings.find((candidate) => candidate.ruleId === ruleId && samePath(candidate.path, path));
  const lang = currentLang();
  const candidate =
    finding && fixesFor(document.getText(), finding, lang, referenceDate()).find((fix) => fix.document?.relativePath === relativePath);
  // Looked at again as it is applied: the file may have appeared (or gone) since the light bulb showed the title.
  const [fix] = candidate ? await onDisk([candidate], uri, lang) : [];
  if (!fix) return false;
  return applyFix(service, document, fix, probe);
}

/**
 * Applies the fix. A quick fix then opens the stub (or the existing file it linked) beside the manifest and says what
 * it did (`documentFixNotice`, kept in the probe `tell` when there is one); the timeline's "Fix…" (`tell` false)
 * tells the result itself and keeps the panel in view.
 */
async function applyFix(
  service: ManifestService,
  document: vscode.TextDocument,
  fix: Fix,
  tell: AcceptInputProbe | false | undefined,
): Promise<boolean> {
  const applied = await vscode.workspace.applyEdit(toWorkspaceEdit(document, fix));
  if (applied && fix.document) {
    // The check of this version may have looked for the file before it was there.
    service.invalidate(document.uri);
    if (tell === false) return applied;
    // A stub is a document to write, not an answer; a linked file counts once written: open it, and say so in a few words.
    await openBeside(vscode.Uri.joinPath(document.uri, '..', fix.document.relativePath));
    say(tell, documentFixNotice(fix.document, currentLang()));
  }
  return applied;
}

async function openBeside(file: vscode.Uri): Promise<void> {
  try {
    await vscode.window.showTextDocument(file, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  } catch {
    // Not a text file the editor can open (or an existing file that was left alone): the notification still says where it is.
  }
}

/**
 * `aiSystemManifest.createFixAllDocuments`: the documentation stubs "Fix all" linked, each created beside the manifest
 * unless a file is there already (then left unchanged); then says which were created and which existing files were
 * linked (`fixAllDocumentsNotice`). The created paths.
 */
export async function createFixAllDocuments(
  service: ManifestService,
  uri: vscode.Uri,
  documents: FixAllResult['documents'],
  probe?: AcceptInputProbe,
): Promise<string[]> {
  const created: string[] = [];
  const existing: string[] = [];
  for (const document of documents) {
    const file = vscode.Uri.joinPath(uri, '..', document.relativePath);
    if (await exists(file)) {
      existing.push(document.relativePath);
      continue;
    }
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(document.content));
    created.push(document.relativePath);
  }
  if (created.length > 0) service.invalidate(uri);
  const notice = fixAllDocumentsNotice(created, existing, currentLang());
  if (notice) say(probe, notice);
  return created;
}

/**
 * `aiSystemManifest.createLinkedDocument` (the link of a missing document path): creates the documentation stub, as
 * the quick fix of `dpia-document-not-found` does, and opens it. A field without a template, or a finding that is
 * gone, opens the path as a new untitled file there instead (saving creates it); an existing file just opens.
 */
export async function createLinkedDocument(
  service: ManifestService,
  uri: vscode.Uri,
  path: ManifestPath,
  target: string,
): Promise<vscode.Uri | undefined> {
  const file = vscode.Uri.joinPath(uri, '..', target);
  if (!(await exists(file)) && !(await applyDocumentFix(service, uri, path, 'dpia-document-not-found', target))) {
    if (file.scheme !== 'file') return undefined;
    await vscode.window.showTextDocument(file.with({ scheme: 'untitled' }));
    return undefined;
  }
  await vscode.window.showTextDocument(file);
  return file;
}

/** What the integration tests see of "Accept the finding …": the input box on screen, and a way to type into it. */
export interface AcceptInputProbe {
  /** 'reason' or 'acceptedBy' while its input box is open. */
  step?: 'reason' | 'acceptedBy';
  /** Sets the open input box's value (as typing would); accepting and cancelling go through VS Code's own commands. */
  type?(value: string): void;
  /** The titles offered by the timeline's "Fix…" QuickPick while it is open. */
  fixChoices?: string[];
  /**
   * The last message a fix showed: the timeline's "Fix…" (what it did and what is left, or why it did nothing), a
   * documentation stub quick fix, or the stubs of "Fix all".
   */
  fixMessage?: string;
}

/** One input box; undefined when the user cancels (Escape, or the box loses its focus). A blank answer is refused. */
function askAcceptance(step: 'reason' | 'acceptedBy', title: string, prompt: string, probe: AcceptInputProbe): Promise<string | undefined> {
  return new Promise((resolve) => {
    const box = vscode.window.createInputBox();
    box.title = title;
    box.prompt = prompt;
    box.step = step === 'reason' ? 1 : 2;
    box.totalSteps = 2;
    box.ignoreFocusOut = true;
    let done = false;
    const disposables = [
      box,
      box.onDidChangeValue(() => (box.validationMessage = undefined)),
      box.onDidAccept(() => {
        if (!box.value.trim()) {
          box.validationMessage = t('Write it down, or press Escape to cancel: nothing is written then.');
          return;
        }
        done = true;
        resolve(box.value.trim());
        box.hide();
      }),
      box.onDidHide(() => {
        if (probe.step === step) Object.assign(probe, { step: undefined, type: undefined });
        for (const disposable of disposables) disposable.dispose();
        if (!done) resolve(undefined);
      }),
    ];
    Object.assign(probe, { step, type: (value: string) => (box.value = value) });
    box.show();
  });
}

/**
 * `aiSystemManifest.acceptFinding`: asks why the finding is accepted and who accepts it (Escape at either step:
 * nothing is written), then inserts the acceptedFindings entry for the finding as the manifest is now, and says so.
 */
export async function acceptFinding(
  service: ManifestService,
  uri: vscode.Uri,
  ruleId: string,
  path: ManifestPath,
  probe: AcceptInputProbe,
): Promise<boolean> {
  const lang = currentLang();
  const title = acceptTitle({ ruleId: ruleId as RuleId, path }, lang).replace(/\u2026$/, '');
  const reason = await askAcceptance(
    'reason',
    title,
    t('Why is this finding accepted? (e.g. the assessment or decision that covers it)'),
    probe,
  );
  if (reason === undefined) return false;
  const acceptedBy = await askAcceptance('acceptedBy', title, t('Who accepts it? (name and function, e.g. the DPO)'), probe);
  if (acceptedBy === undefined) return false;
  const document = await vscode.workspace.openTextDocument(uri);
  const { findings } = await service.check(document);
  const finding = findings.find((candidate) => candidate.ruleId === ruleId && samePath(candidate.path, path));
  const acceptance: AcceptanceAnswers = { reason, acceptedBy };
  const fix = finding && acceptFix(document.getText(), finding, lang, localIsoDate(new Date()), acceptance);
  if (!fix) {
    void vscode.window.showWarningMessage(t('Nothing was written: the finding is gone or already has an acceptedFindings entry.'));
    return false;
  }
  const applied = await vscode.workspace.applyEdit(insertEdit(new vscode.WorkspaceEdit(), document, fix.inserts));
  if (applied) {
    void vscode.window.showInformationMessage(
      t('Accepted {0}: the entry is at the end of acceptedFindings. The finding now shows as information, with your reason.', ruleId),
    );
  }
  return applied;
}
