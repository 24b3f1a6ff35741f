// What the extension loads in the real extension host: one bundle, dist/extension.js (package.json `main`), for
// activation, the first check and every feature after it (esbuild.mjs; that it needs nothing from node_modules is
// checked in test/unit/bundle-layout.test.ts, since this test harness loads mocha from there). Runs first (file
// order); the tests run in the extension host, so `require.cache` is the extension's.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, extensionApi, openFixture, ourDiagnostics, waitFor } from './helpers';

/** The extension's files of dist/ that are loaded, by path in the extension. */
function loadedFiles(): string[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const dist = path.join(extension.extensionPath, 'dist') + path.sep;
  return Object.keys(require.cache)
    .filter((file) => file.startsWith(dist))
    .map((file) => path.relative(extension.extensionPath, file).split(path.sep).join('/'))
    .sort();
}

describe('the bundle the extension host loads', () => {
  after(closeAllEditors);

  it('activation and the first diagnostics load dist/extension.js only', async () => {
    const editor = await openFixture('ai-system.yaml');
    await extensionApi();
    await waitFor(() => (ourDiagnostics(editor.document.uri).length > 0 ? true : undefined), 'the first diagnostics');
    assert.deepStrictEqual(loadedFiles(), ['dist/extension.js']);
  });

  it('the first hover and the first code actions are answered by the same bundle, loading nothing more', async () => {
    const editor = await openFixture('ai-system.yaml');
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((text) => text.startsWith('system:'));
    assert.ok(line >= 0, 'the fixture has a system section');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      new vscode.Position(line, 2),
    );
    assert.ok(hovers.length > 0, 'a hover over `system`');
    const [diagnostic] = ourDiagnostics(editor.document.uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      diagnostic.range,
    );
    assert.ok(actions.length > 0, 'a quick fix');
    assert.deepStrictEqual(loadedFiles(), ['dist/extension.js']);
  });
});
