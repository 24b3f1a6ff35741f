// Shared helpers for the integration tests (they run inside VS Code's extension host).
import * as path from 'path';
import * as vscode from 'vscode';

/**
 * Polls `probe` every 50 ms until it returns something other than undefined (or a promise of it), and
 * returns that value. Throws `Timed out after …ms waiting for <what>` when `timeoutMs` passes first.
 * Use this instead of fixed sleeps (diagnostics, decorations etc. appear asynchronously).
 */
export async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = 15000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The (single) workspace folder the tests run in: a temp copy of test/fixtures/workspace/. */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need a workspace folder (test/fixtures/workspace copy)');
  return folder;
}

/** Opens `relativePath` (relative to the workspace folder, `/`-separated) in an editor and returns it. */
export async function openFixture(relativePath: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(workspaceFolder().uri, ...relativePath.split(/[\\/]/).filter(Boolean));
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Path of a file in the workspace folder, for tests that need the file system path. */
export function fixturePath(relativePath: string): string {
  return path.join(workspaceFolder().uri.fsPath, relativePath);
}
