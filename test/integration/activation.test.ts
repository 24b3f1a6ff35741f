import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, waitFor } from './helpers';

// publisher.name from package.json
const EXTENSION_ID = 'ai-system-manifest.ai-system-manifest';

describe('activation', () => {
  it('activates the extension and opens the fixture manifest', async () => {
    const editor = await openFixture('ai-system.yaml');

    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in the test host`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);

    const doc = await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === editor.document.uri.toString()),
      'ai-system.yaml to be among the open documents',
    );
    assert.ok(doc.uri.path.endsWith('/ai-system.yaml'));
    assert.match(doc.getText(), /^manifestVersion: 1$/m);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
  });
});
