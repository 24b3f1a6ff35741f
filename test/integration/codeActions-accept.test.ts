// "Accept this finding…" in the real editor: the quick fix on a finding inserts an acceptedFindings entry (rule, field,
// placeholders, today's date), only inserting; with the placeholders filled in, the finding is shown as information
// with who accepted it, when and why; the fix is not offered again.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { formatDate, localIsoDate } from '../../src/core/law/timeline';
import { closeAllEditors, extensionApi, fixtureUri, ourDiagnostics, restore, ruleId, waitFor } from './helpers';
import { screenshot } from './screenshot';

interface AcceptInput {
  step?: string;
  type?(value: string): void;
}

const MANIFEST = 'accept/ai-system.yaml';
const TITLE = 'Accept the finding non-eu-hosting at model.hosting…';

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

  it('offers one "Accept the finding <rule> at <field>…", asks for the reason and who accepts (Escape: nothing written), then inserts the entry', async () => {
    const api = (await extensionApi()) as unknown as { acceptInput: AcceptInput };
    const warning = await waitFor(() => hostingDiagnostic(document), 'the non-eu-hosting warning');
    assert.strictEqual(warning.severity, vscode.DiagnosticSeverity.Warning);

    const actions = await actionsAt(document, warning.range);
    const accepts = actions.filter((a) => a.title.startsWith('Accept'));
    assert.deepStrictEqual(
      accepts.map((a) => a.title),
      [TITLE],
      'one per finding, named with its rule and field',
    );
    const accept = accepts[0];
    assert.strictEqual(accept.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(!accept.isPreferred, 'fixing the gap stays preferred over accepting it');
    assert.ok(!accept.edit, 'nothing is written before the questions are answered');
    assert.ok(accept.command, 'the action asks first');

    // The quick-fix menu at the warning, for the screenshot.
    await vscode.window.showTextDocument(document, { selection: warning.range });
    await vscode.commands.executeCommand('editor.action.quickFix');
    await new Promise((resolve) => setTimeout(resolve, 800));
    await screenshot('quick-fix-menu-accept');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('hideCodeActionWidget');

    // Escape at the first question: nothing written.
    const cancelled = vscode.commands.executeCommand<boolean>(accept.command.command, ...(accept.command.arguments ?? []));
    await waitFor(() => (api.acceptInput.step === 'reason' ? true : undefined), 'the reason input box');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await cancelled, false);
    assert.strictEqual(document.getText(), original, 'cancelled: nothing written');

    // Answered: the entry with the answers.
    const done = vscode.commands.executeCommand<boolean>(accept.command.command, ...(accept.command.arguments ?? []));
    await waitFor(() => (api.acceptInput.step === 'reason' ? true : undefined), 'the reason input box');
    api.acceptInput.type!('Standard contractual clauses reviewed in the DPIA');
    await screenshot('accept-finding-reason');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await waitFor(() => (api.acceptInput.step === 'acceptedBy' ? true : undefined), 'the acceptedBy input box');
    api.acceptInput.type!('DPO, Eksempel Kommune');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.strictEqual(await done, true);

    const today = localIsoDate(new Date());
    const expected =
      original +
      'acceptedFindings:\n' +
      '  - rule: non-eu-hosting\n' +
      '    path: model.hosting\n' +
      '    reason: "Standard contractual clauses reviewed in the DPIA"\n' +
      '    acceptedBy: "DPO, Eksempel Kommune"\n' +
      `    date: ${today}\n`;
    assert.strictEqual(document.getText(), expected, 'only inserted, after the last section');

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
    const afterAccepting = await actionsAt(document, information.range);
    assert.ok(!afterAccepting.some((a) => a.title === TITLE), 'an accepted finding is not offered for acceptance again');
  });

  it('offers "Set declaredTier to <tier>" on tier-mismatch, which replaces only the declared value', async () => {
    const match = await vscode.workspace.openTextDocument(fixtureUri('match-profilering/ai-system.yaml'));
    const before = match.getText();
    try {
      await vscode.window.showTextDocument(match);
      const mismatch = await waitFor(() => ourDiagnostics(match.uri).find((d) => ruleId(d) === 'tier-mismatch'), 'tier-mismatch');
      const actions = await actionsAt(match, mismatch.range);
      const set = actions.find((a) => a.title === 'Set declaredTier to high');
      assert.ok(set, `"Set declaredTier to high" among: ${actions.map((a) => a.title).join('; ')}`);
      assert.ok(set.isPreferred);
      assert.ok(set.edit && (await vscode.workspace.applyEdit(set.edit)));
      assert.strictEqual(match.getText(), before.replace('  declaredTier: limited', '  declaredTier: high'));
      await waitFor(() => (ourDiagnostics(match.uri).some((d) => ruleId(d) === 'tier-mismatch') ? undefined : true), 'tier-mismatch to go');
    } finally {
      await restore(match, before);
    }
  });
});
