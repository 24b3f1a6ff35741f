// A linked document counts only when it is written (spec: "Documents"), as a user meets it in the editor: the
// citizen-notice stub that the quick fix of transparency-missing creates leaves the duty missing, the diagnostic names
// the first question to answer, its quick fix opens the notice there, and answering the questions clears it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, fixtureUri, ourDiagnostics, ruleId, waitFor } from './helpers';
import { screenshot } from './screenshot';

const FOLDER = fixtureUri('citizen-notice-flow');
const MANIFEST = fixtureUri('citizen-notice-flow/ai-system.yaml');
const NOTICE = fixtureUri('citizen-notice-flow/docs/citizen-notice.md');
const CREATE_DOCUMENT_KIND = vscode.CodeActionKind.QuickFix.append('createDocument').value;

/** Five lines: a system that says nothing else yet; Fix all starts it. */
const FIVE_LINES = 'manifestVersion: 1\nsystem:\n  id: borgerchat\n  name: Borgerchat\n  role: deployer\n';

async function actionsAt(document: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind)) ?? [];
}

/** The notice written as a person writes it: the marker line gone, each question answered in two sentences, status set. */
function answered(stub: string): string {
  const out: string[] = [];
  for (const line of stub.split('\n').slice(1)) {
    if (line.includes('TODO')) continue;
    out.push(line === '| Status | Draft |' ? '| Status | Approved on 1 December 2026 |' : line);
    if (line.startsWith('<!-- ai-system-manifest:question '))
      out.push('', 'We tell citizens this on our website and in every letter. The text was checked with our data protection officer.');
  }
  return out.join('\n');
}

describe('documents: the citizen notice counts only when it is written', () => {
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(FOLDER, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('the stub from "Create documentation stub" leaves the duty missing and names the first question; answering it clears it', async () => {
    await extensionApi();
    await vscode.workspace.fs.writeFile(MANIFEST, new TextEncoder().encode(FIVE_LINES));
    const document = await vscode.workspace.openTextDocument(MANIFEST);
    await vscode.window.showTextDocument(document);

    // Fix all: placeholders, and the documentation stubs it can create (then written by its command).
    await waitFor(() => (ourDiagnostics(MANIFEST).length > 0 ? true : undefined), 'the first check');
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const [fixAll] = await actionsAt(document, whole, vscode.CodeActionKind.SourceFixAll.value);
    assert.ok(fixAll?.edit, 'a Fix all source action');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    if (fixAll.command) await vscode.commands.executeCommand(fixAll.command.command, ...(fixAll.command.arguments ?? []));
    assert.match(document.getText(), /personalData: "TODO: true \| false"/);
    await screenshot('fix-all-five-lines');
    // The user answers that personal data is processed.
    const answer = new vscode.WorkspaceEdit();
    const at = document.getText().indexOf('"TODO: true | false"', document.getText().indexOf('personalData:'));
    answer.replace(MANIFEST, new vscode.Range(document.positionAt(at), document.positionAt(at + '"TODO: true | false"'.length)), 'true');
    assert.ok(await vscode.workspace.applyEdit(answer));

    // The citizen notice is missing: its quick fix creates the stub and links it.
    const missing = await waitFor(() => ourDiagnostics(MANIFEST).find((d) => ruleId(d) === 'transparency-missing'), 'transparency-missing');
    const stubFix = (await actionsAt(document, missing.range, CREATE_DOCUMENT_KIND)).find((a) =>
      a.title.includes('docs/citizen-notice.md'),
    );
    assert.ok(stubFix?.command, 'a "Create documentation stub" fix for docs/citizen-notice.md');
    assert.strictEqual(await vscode.commands.executeCommand<boolean>(stubFix.command.command, ...(stubFix.command.arguments ?? [])), true);
    assert.match(document.getText(), /citizenNotice: docs\/citizen-notice\.md/);

    // The duty stays missing: the stub is not written, and the diagnostic says where to start.
    const incomplete = await waitFor(
      () =>
        ourDiagnostics(MANIFEST).find((d) => ruleId(d) === 'document-incomplete' && document.getText(d.range) === 'docs/citizen-notice.md'),
      'document-incomplete on the citizen notice',
    );
    assert.strictEqual(incomplete.severity, vscode.DiagnosticSeverity.Error, 'as transparency-missing, whose gap it still is');
    assert.strictEqual(document.getText(incomplete.range), 'docs/citizen-notice.md');
    assert.match(incomplete.message, /the first question to answer is section 1, We use artificial intelligence \(GDPR Arts\. 13–14\)/);
    assert.doesNotMatch(incomplete.message, /`/, 'plain text in the Problems panel');
    assert.ok(!ourDiagnostics(MANIFEST).some((d) => ruleId(d) === 'transparency-missing'), 'reported once');

    // Its quick fix opens the notice at that question.
    const open = (await actionsAt(document, incomplete.range, vscode.CodeActionKind.QuickFix.value)).find((a) =>
      a.title.startsWith('Open docs/citizen-notice.md'),
    );
    assert.ok(open?.command, 'an "Open … where it is not written" fix');
    await vscode.commands.executeCommand(open.command.command, ...(open.command.arguments ?? []));
    const editor = await waitFor(
      () => (vscode.window.activeTextEditor?.document.uri.toString() === NOTICE.toString() ? vscode.window.activeTextEditor : undefined),
      'the notice in the active editor',
    );
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /^## 1\. We use artificial intelligence$/);
    // What the user sees: the notice opened at its first question, and the manifest's diagnostic in a hover.
    const manifestEditor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    manifestEditor.selection = new vscode.Selection(incomplete.range.start, incomplete.range.start);
    await vscode.commands.executeCommand('editor.action.showHover');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await screenshot('citizen-notice-stub-not-written');

    // Answering every question and setting the status: written, the finding goes, without touching the manifest.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(NOTICE, new vscode.Range(0, 0, editor.document.lineCount, 0), answered(editor.document.getText()));
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await editor.document.save());
    await waitFor(
      () => (ourDiagnostics(MANIFEST).some((d) => d.range.isEqual(incomplete.range)) ? undefined : true),
      'no finding on the citizen notice',
    );
    // The hover on the link now shows no finding on it (the manifest reopened, so no hover of before stays open).
    assert.ok(await document.save());
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const again = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    again.selection = new vscode.Selection(incomplete.range.start.translate(0, 1), incomplete.range.start.translate(0, 1));
    await vscode.commands.executeCommand('editor.action.showHover');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await screenshot('citizen-notice-written');
  });
});
