// "Accept this finding…" in the real editor: the quick fix on a finding inserts an acceptedFindings entry (rule, field,
// placeholders, today's date), only inserting; with the placeholders filled in, the finding is shown as information
// with who accepted it, when and why; the fix is not offered again.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { formatDate, localIsoDate } from '../../src/core/law/timeline';
import { closeAllEditors, extensionApi, fixtureUri, ourDiagnostics, replaceText, restore, ruleId, waitFor } from './helpers';

const MANIFEST = 'accept/ai-system.yaml';
const TITLE = 'Accept this finding…';

async function actionsAt(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range)) ?? [];
}

function hostingDiagnostic(document: vscode.TextDocument): vscode.Diagnostic | undefined {
  return ourDiagnostics(document.uri).find((d) => ruleId(d) === 'non-eu-hosting');
}

describe('accepted findings in the editor', () => {
  let document: vscode.TextDocument;
  let original: string;
  before(async () => {
    await extensionApi();
    document = await vscode.workspace.openTextDocument(fixtureUri(MANIFEST));
    original = document.getText();
    await vscode.window.showTextDocument(document);
  });
  after(async () => {
    await restore(document, original);
    await closeAllEditors();
  });

  it('offers "Accept this finding…", inserts the entry, and shows the accepted finding as information with the reason', async () => {
    const warning = await waitFor(() => hostingDiagnostic(document), 'the non-eu-hosting warning');
    assert.strictEqual(warning.severity, vscode.DiagnosticSeverity.Warning);

    const actions = await actionsAt(document, warning.range);
    const accept = actions.find((a) => a.title === TITLE);
    assert.ok(accept, `"${TITLE}" among: ${actions.map((a) => a.title).join('; ')}`);
    assert.strictEqual(accept.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(!accept.isPreferred, 'fixing the gap stays preferred over accepting it');
    assert.ok(accept.edit && (await vscode.workspace.applyEdit(accept.edit)), 'the edit applies');

    const today = localIsoDate(new Date());
    const expected =
      original +
      'acceptedFindings:\n' +
      '  - rule: non-eu-hosting\n' +
      '    path: model.hosting\n' +
      '    reason: "TODO: why this finding is accepted"\n' +
      '    acceptedBy: "TODO: who accepted it (name, function)"\n' +
      `    date: ${today}\n`;
    assert.strictEqual(document.getText(), expected, 'only inserted, after the last section');

    // With placeholders the entry accepts nothing: the warning stays, and the fix is not offered twice.
    await waitFor(async () => {
      const again = await actionsAt(document, warning.range);
      return again.some((a) => a.title === TITLE) ? undefined : true;
    }, 'the fix not to be offered again');
    assert.strictEqual(hostingDiagnostic(document)?.severity, vscode.DiagnosticSeverity.Warning);

    await replaceText(document, '"TODO: why this finding is accepted"', 'Standard contractual clauses reviewed in the DPIA');
    await replaceText(document, '"TODO: who accepted it (name, function)"', 'DPO, Eksempel Kommune');
    const information = await waitFor(() => {
      const d = hostingDiagnostic(document);
      return d?.severity === vscode.DiagnosticSeverity.Information ? d : undefined;
    }, 'the accepted finding as information');
    assert.ok(
      information.message.startsWith(
        `Accepted by DPO, Eksempel Kommune on ${formatDate(today, 'en')}: Standard contractual clauses reviewed in the DPIA — `,
      ),
      information.message,
    );
    assert.deepStrictEqual(
      ourDiagnostics(document.uri)
        .filter((d) => d.severity !== vscode.DiagnosticSeverity.Information)
        .map(ruleId),
      [],
      'nothing else reported (no acceptance-unused: the entry is used)',
    );
    const afterAccepting = await actionsAt(document, information.range);
    assert.ok(!afterAccepting.some((a) => a.title === TITLE), 'an accepted finding is not offered for acceptance again');
  });
});
