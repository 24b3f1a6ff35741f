import * as vscode from 'vscode';
import { FIX_ALL_TITLE, fixAll, fixesFor, samePath, type Fix, type TextInsert } from '../core/fixes';
import type { Finding, Lang, ManifestPath } from '../core/types';
import { ruleIdOf, toRange } from './diagnostics';
import { LANGUAGE_ID, type ManifestService } from './manifestService';
import { currentLang, referenceDate } from './settings';

/** The kind of the "fix all" source action (also runs on save under `editor.codeActionsOnSave: source.fixAll`). */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('aiSystemManifest');

export const APPLY_FIX_COMMAND = 'aiSystemManifest.applyFix';

/** Quick fixes keyed by the diagnostics' rule id, the "fix all" source action, and the command the timeline panel calls. */
export function registerCodeActions(service: ManifestService): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, new ManifestCodeActions(service), {
      providedCodeActionKinds: ManifestCodeActions.providedCodeActionKinds,
    }),
    // The timeline panel passes the manifest's URI, or its string form when it comes through a webview message.
    vscode.commands.registerCommand(APPLY_FIX_COMMAND, (uri: vscode.Uri | string, path: ManifestPath, ruleIds: string[]) =>
      applyFirstFix(service, typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, path, ruleIds),
    ),
  );
}

class ManifestCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly service: ManifestService) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const wantsQuickFixes = !context.only || context.only.contains(vscode.CodeActionKind.QuickFix);
    // "Fix all" only when asked for (Source Action menu, on save) or invoked, not on every automatic light-bulb request.
    const wantsFixAll = context.only ? context.only.contains(FIX_ALL_KIND) : context.triggerKind === vscode.CodeActionTriggerKind.Invoke;
    const { findings } = await this.service.check(document);
    const text = document.getText();
    const lang = currentLang();
    const actions: vscode.CodeAction[] = [];

    if (wantsQuickFixes) {
      const date = referenceDate();
      for (const diagnostic of context.diagnostics) {
        for (const finding of findingsOf(diagnostic, findings, lang)) {
          for (const fix of fixesFor(text, finding, lang, date)) {
            const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
            action.edit = toWorkspaceEdit(document, fix);
            action.diagnostics = [diagnostic];
            action.isPreferred = fix.isPreferred;
            actions.push(action);
          }
        }
      }
    }

    if (wantsFixAll) {
      const inserts = fixAll(text, findings, lang);
      if (inserts.length > 0) {
        const action = new vscode.CodeAction(FIX_ALL_TITLE[lang], FIX_ALL_KIND);
        action.edit = insertEdit(new vscode.WorkspaceEdit(), document, inserts);
        actions.push(action);
      }
    }
    return actions;
  }
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

/** The fix's inserts, and for a documentation stub the new file beside the manifest (an existing file is left alone). */
function toWorkspaceEdit(document: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  if (fix.document) {
    edit.createFile(vscode.Uri.joinPath(document.uri, '..', fix.document.relativePath), {
      ignoreIfExists: true,
      contents: new TextEncoder().encode(fix.document.content),
    });
  }
  return insertEdit(edit, document, fix.inserts);
}

function insertEdit(edit: vscode.WorkspaceEdit, document: vscode.TextDocument, inserts: readonly TextInsert[]): vscode.WorkspaceEdit {
  for (const insert of inserts) edit.insert(document.uri, document.positionAt(insert.offset), insert.text);
  return edit;
}

/** `aiSystemManifest.applyFix`: the first fix for the finding at `path` with one of `ruleIds`; false when there is none. */
async function applyFirstFix(service: ManifestService, uri: vscode.Uri, path: ManifestPath, ruleIds: string[]): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const { findings } = await service.check(document);
  const finding = findings.find((candidate) => ruleIds.includes(candidate.ruleId) && samePath(candidate.path, path));
  const fix = finding && fixesFor(document.getText(), finding, currentLang(), referenceDate())[0];
  if (!fix) return false;
  const applied = await vscode.workspace.applyEdit(toWorkspaceEdit(document, fix));
  if (applied && fix.document) service.invalidate(uri);
  return applied;
}
