// New manifests in the real editor: the file templates of snippets/, completion without VS Code's word suggestions,
// the whole-manifest choices first in an empty file, and completion in acceptedFindings (issue 21, points 6 and 9).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, ourDiagnostics, ruleId, waitFor, type TestApi } from './helpers';
import { screenshot } from './screenshot';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** An untitled manifest with `text` in an editor, the cursor at its `|`. */
async function editorAt(text: string): Promise<vscode.TextEditor> {
  const offset = text.indexOf('|');
  const document = await vscode.workspace.openTextDocument({ language: 'ai-system-yaml', content: text.replace('|', '') });
  const editor = await vscode.window.showTextDocument(document);
  const position = document.positionAt(Math.max(0, offset));
  editor.selection = new vscode.Selection(position, position);
  return editor;
}

async function completionItems(editor: vscode.TextEditor): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    editor.document.uri,
    editor.selection.active,
  );
  return list.items;
}

const COMPLETE_SECTION = [
  'manifestVersion: 1',
  'system:',
  '  id: journalnotat-assistent',
  '  name: Journalnotat-assistent',
  '  description: Udkast til journalnotater fra sagsbehandlerens egne stikord – aldrig en afgørelse',
  '  role: deployer',
  'decisions:',
  '  automated: false',
  '  caseworkerDecides: true',
  '  explanation: Begrundelsen nævner forslaget og sagsbehandlerens egen vurdering',
  '  |',
  'humanOversight:',
  '  reviewer: Sagsbehandler i jobcentret',
  '',
].join('\n');

describe('new manifests and completion without noise', () => {
  let api: TestApi;
  before(async () => {
    api = await extensionApi();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('hideSuggestWidget');
    await closeAllEditors();
  });

  it('word-based suggestions and the ambiguous-character highlight are off for manifests', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'ai-system-yaml' });
    assert.strictEqual(editor.get('wordBasedSuggestions'), 'off');
    assert.strictEqual(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    const yaml = vscode.workspace.getConfiguration('editor', { languageId: 'yaml' });
    assert.notStrictEqual(yaml.get('wordBasedSuggestions'), 'off', 'only for our language');
  });

  it('completion inside a complete section offers no words of the document', async () => {
    const editor = await editorAt(COMPLETE_SECTION);
    const labels = (await completionItems(editor)).map(labelOf);
    for (const word of ['Sagsbehandler', 'jobcentret', 'journalnotater', 'deployer', 'automated', 'aldrig'])
      assert.ok(!labels.includes(word), `no word suggestion '${word}' among ${labels.join(', ')}`);
    assert.deepStrictEqual(labels, [], 'every key of decisions is present: nothing to suggest');
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await new Promise((resolve) => setTimeout(resolve, 800)); // the widget would show words by now; it shows nothing
    await screenshot('completion-complete-section');
  });

  it('in an empty file the whole-manifest choices come first', async () => {
    const editor = await editorAt('|');
    const items = await completionItems(editor);
    const sorted = [...items].sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));
    assert.deepStrictEqual(sorted.slice(0, 4).map(labelOf), [
      'AI system manifest: citizen chatbot',
      'AI system manifest: journal-note assistant',
      'AI system manifest: decision-support tool',
      "AI system manifest: provider's system",
    ]);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await waitFor(async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return true;
    }, 'the suggest widget');
    await screenshot('completion-empty-file');
  });

  it('completes acceptedFindings: rule ids, and the manifest’s own field paths', async () => {
    const text =
      'manifestVersion: 1\nmodel:\n  hosting: non-eu\ndataProtection:\n  personalData: true\nacceptedFindings:\n  - rule: non-eu-hosting\n    path: |\n';
    const editor = await editorAt(text);
    const labels = (await completionItems(editor)).map(labelOf);
    assert.ok(labels.includes('model.hosting') && labels.includes('dataProtection.personalData'), labels.join(', '));
    const ruleEditor = await editorAt('manifestVersion: 1\nacceptedFindings:\n  - rule: |\n');
    const rules = (await completionItems(ruleEditor)).map(labelOf);
    assert.ok(rules.includes('non-eu-hosting') && !rules.includes('placeholder-value'), rules.join(', '));
  });

  for (const name of ['AI system manifest: journal-note assistant', 'AI system manifest: citizen chatbot']) {
    it(`the file template "${name}", inserted in an empty file: tier not determined, only placeholder findings`, async () => {
      const editor = await editorAt('|');
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'ai-system-yaml', name });
      await waitFor(() => (editor.document.getText().startsWith('manifestVersion: 1') ? true : undefined), 'the template inserted');
      assert.match(editor.document.getText(), /reviewer: "TODO: /);
      await waitFor(() => (ourDiagnostics(editor.document.uri).length > 10 ? true : undefined), 'the placeholders as diagnostics');
      assert.deepStrictEqual(
        [...new Set(ourDiagnostics(editor.document.uri).map(ruleId))],
        ['placeholder-value'],
        'every finding is a placeholder to fill in',
      );
      await waitFor(
        () => (api.statusBar.visible && api.statusBar.text.endsWith('Risk tier not determined') ? true : undefined),
        `the tier not determined (${api.statusBar.text})`,
      );
      await screenshot(`file-template-${name.includes('chatbot') ? 'chatbot' : 'journal-note'}`);
    });
  }
});
