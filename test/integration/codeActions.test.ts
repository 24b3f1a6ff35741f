// Quick fixes through VS Code's code action command, applied and compared with the expected files in
// test/fixtures/workspace/quickfix/expected/ (the spec: insert the missing field under its section, at the
// section's indentation; never change the user's text; applying again changes nothing).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, fixtureUri, ourDiagnostics, restore, ruleId, waitFor } from './helpers';

const MANIFEST = 'quickfix/ai-system.yaml';

async function expectedText(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(`quickfix/expected/${name}`)));
}

/** The diagnostic of a rule, once the check has run. */
async function diagnosticOf(document: vscode.TextDocument, rule: string): Promise<vscode.Diagnostic> {
  return waitFor(() => ourDiagnostics(document.uri).find((d) => ruleId(d) === rule), `a ${rule} diagnostic`);
}

/** Code actions at a diagnostic, as the light bulb asks for them. */
async function actionsAt(document: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind)) ?? [];
}

async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `${action.title} has an edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit!), `${action.title} applied`);
}

describe('quick fixes', () => {
  let document: vscode.TextDocument;
  let original: string;
  before(async () => {
    await extensionApi();
    document = await vscode.workspace.openTextDocument(fixtureUri(MANIFEST));
    original = document.getText();
  });
  beforeEach(async () => {
    await vscode.window.showTextDocument(document);
  });
  afterEach(async () => {
    await restore(document, original);
  });
  after(closeAllEditors);

  it('inserts the missing Art. 50(1) disclosure under transparency; a second request offers it no more', async () => {
    const diagnostic = await diagnosticOf(document, 'ai-disclosure-missing');
    // (VS Code's command does not hand back the actions' diagnostics: the fix is found by the field it names.)
    const fixes = (await actionsAt(document, diagnostic.range)).filter((a) => a.title.includes('aiInteractionDisclosure'));
    const preferred = fixes.find((a) => a.isPreferred);
    assert.ok(preferred, `a preferred fix among: ${fixes.map((a) => a.title).join('; ')}`);
    assert.strictEqual(preferred.kind?.value, vscode.CodeActionKind.QuickFix.value);
    await apply(preferred);
    assert.strictEqual(document.getText(), await expectedText('ai-disclosure.yaml.expected'));
    await waitFor(() => (ourDiagnostics(document.uri).some((d) => ruleId(d) === 'ai-disclosure-missing') ? undefined : true), 'the finding to go');
    const again = (await actionsAt(document, diagnostic.range)).filter((a) => /aiInteractionDisclosure/.test(a.title));
    assert.deepStrictEqual(again.map((a) => a.title), [], 'nothing left to insert');
  });

  it('offers the citizen-notice documentation stub, linked from the manifest', async () => {
    const diagnostic = await diagnosticOf(document, 'transparency-missing');
    const action = (await actionsAt(document, diagnostic.range)).find((a) => /docs\/citizen-notice\.md/.test(a.title));
    assert.ok(action?.edit, 'a "Create documentation stub" fix');
    assert.strictEqual(action.kind?.value, vscode.CodeActionKind.QuickFix.value);
    // An edit that creates a file with contents cannot be re-applied from the extension host once VS Code's command
    // has handed it back ("Could not revive data transfer file"): apply its text edits, the link in the manifest.
    const edit = new vscode.WorkspaceEdit();
    for (const [uri, edits] of action.edit.entries()) edit.set(uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(document.getText(), await expectedText('citizen-notice-stub.yaml.expected'));
  });

  it('fixes all that can be fixed in one source action', async () => {
    await diagnosticOf(document, 'transparency-missing');
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await actionsAt(document, whole, vscode.CodeActionKind.SourceFixAll.value);
    assert.strictEqual(actions.length, 1, actions.map((a) => a.title).join('; '));
    await apply(actions[0]);
    assert.strictEqual(document.getText(), await expectedText('fix-all.yaml.expected'));
    await waitFor(() => (ourDiagnostics(document.uri).length === 0 ? true : undefined), 'no findings left');
    assert.deepStrictEqual(await actionsAt(document, whole, vscode.CodeActionKind.SourceFixAll.value), [], 'applying again changes nothing');
  });
});
