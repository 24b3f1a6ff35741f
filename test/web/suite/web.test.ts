// What is particular to the browser: the extension runs from its browser bundle in the web-worker extension host of
// VS Code for the Web, over a virtual workspace (test-web mounts the fixture folder under its own scheme), so every
// file it reads or writes goes through vscode.workspace.fs. The feature suites of test/integration/ follow.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, extensionApi, fixtureUri, openFixture, ourDiagnostics, waitFor, workspaceFolder } from '../../integration/helpers';

describe('in the browser', () => {
  it('runs the browser bundle (package.json "browser") in a web worker of VS Code for the Web', async () => {
    await extensionApi();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension?.isActive, 'the extension is active');
    assert.strictEqual(extension.packageJSON.browser, './dist/web/extension.js');
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
    assert.strictEqual(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'the extension host is a web worker');
    assert.strictEqual(
      typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node,
      'undefined',
      'no Node.js',
    );
  });

  it('works on a virtual workspace: the manifest is checked and its documents are found through workspace.fs', async () => {
    assert.notStrictEqual(workspaceFolder().uri.scheme, 'file', 'test-web serves the folder under its own scheme');
    const editor = await openFixture('journalnotat-assistent/ai-system.yaml');
    assert.strictEqual(editor.document.languageId, 'ai-system-yaml');
    // Its three documents exist beside it: no dpia-document-not-found (the stat went through workspace.fs).
    await waitFor(
      async () => ((await vscode.workspace.fs.stat(fixtureUri('journalnotat-assistent/docs/dpia.md'))) ? true : undefined),
      'the DPIA document',
    );
    const api = await extensionApi();
    await waitFor(
      () => (api.statusBar.visible && api.statusBar.text.endsWith('Limited risk') ? true : undefined),
      'the status bar to show the tier',
    );
    assert.deepStrictEqual(ourDiagnostics(editor.document.uri), []);
  });
});
