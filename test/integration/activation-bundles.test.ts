// What the extension loads in the real extension host: dist/extension.js for activation and the first check, and a
// bundle of esbuild.mjs's "loaded on first use" only when one of its features is first used. Runs first (file
// order), before the other suites use those features; the tests run in the extension host, so `require.cache` is
// the extension's.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, extensionApi, openFixture, ourDiagnostics, waitFor } from './helpers';

/** The extension's files of dist/ that are loaded, by name. */
function loadedBundles(): string[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const dist = path.join(extension.extensionPath, 'dist') + path.sep;
  return Object.keys(require.cache)
    .filter((file) => file.startsWith(dist))
    .map((file) => path.basename(file))
    .sort();
}

describe('bundles loaded on first use', () => {
  after(closeAllEditors);

  it('activation and the first diagnostics load dist/extension.js only', async () => {
    const editor = await openFixture('ai-system.yaml');
    await extensionApi();
    await waitFor(() => (ourDiagnostics(editor.document.uri).length > 0 ? true : undefined), 'the first diagnostics');
    assert.deepStrictEqual(loadedBundles(), ['extension.js']);
  });

  it('the first hover loads dist/language.js, which answers it', async () => {
    const editor = await openFixture('ai-system.yaml');
    const line = editor.document.getText().split('\n').findIndex((text) => text.startsWith('system:'));
    assert.ok(line >= 0, 'the fixture has a system section');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 2));
    assert.ok(hovers.length > 0, 'a hover over `system`');
    assert.deepStrictEqual(loadedBundles(), ['extension.js', 'language.js']);
  });

  it('the first code actions for a diagnostic of ours load dist/fixes.js, which answers them', async () => {
    const editor = await openFixture('ai-system.yaml');
    const [diagnostic] = ourDiagnostics(editor.document.uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range);
    assert.ok(actions.length > 0, 'a quick fix');
    assert.deepStrictEqual(loadedBundles(), ['extension.js', 'fixes.js', 'language.js']);
  });
});
