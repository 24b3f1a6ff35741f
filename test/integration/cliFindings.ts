// The CLI's findings for a manifest, described like `describeDiagnostics` (helpers.ts), for the diagnostics tests'
// comparison of the editor with the CLI. On the desktop: `node dist/cli.js check --format json FILE`. In the browser
// test run, test/web/suite/cliFindings.ts takes this module's place (test/web/run-web-tests.mjs).
import { execFile } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

interface CliFinding {
  ruleId: string;
  severity: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export function cliFindings(uri: vscode.Uri): Promise<string[]> {
  const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
  return cliFindingsOf(path.join(extensionPath, 'dist', 'cli.js'), uri);
}

/** The findings of the CLI bundle `cli` for a manifest. */
export function cliFindingsOf(cli: string, uri: vscode.Uri): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // ELECTRON_RUN_AS_NODE: under test-electron the extension host's executable is Electron.
    execFile(
      process.execPath,
      [cli, 'check', '--format', 'json', uri.fsPath],
      { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } },
      (error, stdout) => {
        if (error && (error as { code?: number }).code !== 1)
          return reject(new Error(`the CLI failed: ${error.message}`, { cause: error }));
        try {
          const findings = JSON.parse(stdout).files[0].findings as CliFinding[];
          resolve(
            findings
              .map(
                (f) =>
                  `${f.ruleId} ${f.severity} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`,
              )
              .sort(),
          );
        } catch (parseError) {
          reject(new Error('the CLI printed no JSON report', { cause: parseError }));
        }
      },
    );
  });
}
