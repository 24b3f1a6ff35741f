#!/usr/bin/env node
// Runs the integration suite (out/test/integration/index.js) in a desktop VS Code 1.100.3 downloaded by
// @vscode/test-electron, for machines that can reach update.code.visualstudio.com (`npm run test:electron`).
// Offline machines and CI use test/integration/run-code-server.mjs instead (same suite, same workspace copy).
//
// Usage: node test/integration/run-electron.mjs [WORKSPACE_FOLDER]
// Prerequisites: `npm run build` and `npx tsc -p .`. On a display-less Linux box, run it under xvfb-run.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const VSCODE_VERSION = '1.100.3';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const extensionTestsPath = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');

for (const [file, hint] of [
  [path.join(repoRoot, 'dist', 'extension.js'), 'npm run build'],
  [extensionTestsPath, 'npx tsc -p .'],
]) {
  if (!fs.existsSync(file)) {
    console.error(`[run-electron] missing ${file} (run: ${hint})`);
    process.exit(3);
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-electron-'));
let folder;
if (process.argv[2]) {
  folder = path.resolve(process.argv[2]);
} else {
  folder = path.join(tmp, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
}

let code;
try {
  code = await runTests({
    version: VSCODE_VERSION,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    launchArgs: [
      folder,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir',
      path.join(tmp, 'user-data'),
      '--extensions-dir',
      path.join(tmp, 'extensions'),
    ],
  });
} catch (err) {
  console.error('[run-electron] tests failed or VS Code could not be started:', err?.message ?? err);
  code = typeof err === 'number' ? err : 1;
} finally {
  if (process.env.AISM_KEEP_TEST_TMP !== '1') fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
