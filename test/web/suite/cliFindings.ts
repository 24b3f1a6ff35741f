// The browser's stand-in for test/integration/cliFindings.ts: the CLI cannot run in the web worker, so
// test/web/run-web-tests.mjs runs it (`node dist/cli.js check --format json`) over the workspace before the tests
// and writes each manifest's findings, described like `describeDiagnostics`, to .vscode/cli-findings.json.
import * as vscode from 'vscode';
import { fixtureUri } from '../../integration/helpers';

let all: Promise<Record<string, string[]>> | undefined;

export async function cliFindings(uri: vscode.Uri): Promise<string[]> {
  all ??= Promise.resolve(vscode.workspace.fs.readFile(fixtureUri('.vscode/cli-findings.json'))).then(
    (bytes) => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, string[]>,
  );
  const relative = vscode.workspace.asRelativePath(uri, false);
  const findings = (await all)[relative];
  if (!findings) throw new Error(`the CLI did not check ${relative}`);
  return findings;
}
