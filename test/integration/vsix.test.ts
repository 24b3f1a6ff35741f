// The packaged extension, as users install it: run by `npm run test:vsix` (the launcher's --vsix packages the
// extension, installs the .vsix into the test host's extensions folder and runs only the tests titled "packaged").
// In the ordinary integration run the extension is the development folder, and this test is skipped.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { cliFindingsOf } from './cliFindings';
import { EXTENSION_ID, describeDiagnostics, fixtureUri, waitForDiagnostics } from './helpers';

describe('the packaged extension (.vsix)', () => {
  it('packaged: installed from the .vsix, it runs from the extensions folder, activates, and reports on an example what the CLI reports', async function () {
    const extensionsDir = process.env.AISM_VSIX_EXTENSIONS_DIR;
    if (!extensionsDir) this.skip(); // the development folder is the extension in this run
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in the test host`);
    const installedIn = path.relative(fs.realpathSync(extensionsDir), fs.realpathSync(extension.extensionPath));
    assert.ok(!installedIn.startsWith('..') && !path.isAbsolute(installedIn), `runs from ${extension.extensionPath}, not the .vsix`);
    // What the .vsix holds (test/unit/package.test.ts checks the list): the minified bundle, no sources or maps.
    for (const absent of ['src', 'test', 'out', 'node_modules', 'dist/extension.js.map', 'dist/cli.js']) {
      assert.ok(!fs.existsSync(path.join(extension.extensionPath, absent)), `the installed extension holds ${absent}`);
    }
    const bundle = fs.readFileSync(path.join(extension.extensionPath, 'dist', 'extension.js'), 'utf8');
    assert.ok(bundle.split('\n').length < bundle.length / 300, 'dist/extension.js is the production (minified) bundle');

    await extension.activate();
    assert.strictEqual(extension.isActive, true);
    const uri = fixtureUri('match-profilering/ai-system.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // The CLI of this repository (the .vsix holds no CLI) on the same file: the example has seven findings.
    const repoRoot = path.resolve(__dirname, '..', '..', '..');
    const expected = await cliFindingsOf(path.join(repoRoot, 'dist', 'cli.js'), uri);
    assert.ok(expected.length >= 5, `the example should have findings: ${expected.join('; ')}`);
    const diagnostics = await waitForDiagnostics(uri, expected, 30_000);
    assert.deepStrictEqual(describeDiagnostics(diagnostics), expected);
  });
});
