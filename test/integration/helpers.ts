// Shared helpers for the integration tests (they run inside VS Code's extension host: the desktop's, and the
// browser's web worker for the suites test/web/suite/index.ts runs there too, so nothing Node-only here).
import * as vscode from 'vscode';

/**
 * Polls `probe` every 50 ms until it returns something other than undefined (or a promise of it), and
 * returns that value. Throws `Timed out after …ms waiting for <what>` when `timeoutMs` passes first.
 * Use this instead of fixed sleeps (diagnostics, decorations etc. appear asynchronously).
 */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 15000): Promise<T> {
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

/** Path of a file in the workspace folder, for tests that need the file system path (desktop only). */
export function fixturePath(relativePath: string): string {
  return fixtureUri(relativePath).fsPath;
}

// ---- Extension, diagnostics, editors (used by the editor feature tests) ----

/** publisher.name from package.json */
export const EXTENSION_ID = 'ai-system-manifest.ai-system-manifest';
/** `Diagnostic.source` of the extension's diagnostics. */
export const SOURCE = 'ai-system-manifest';

/** What the extension exports for tests (see src/extension/extension.ts `ExtensionApi`). */
export interface TestApi {
  readonly statusBar: { visible: boolean; text: string; tooltip: string; command?: string };
  readonly quickInput: {
    step?: string;
    active: string[];
    selected: string[];
    counter?: string;
    title?: string;
    placeholder?: string;
    back?: boolean;
  };
  readonly timelinePanel: {
    readonly open: boolean;
    readonly panels: number;
    readonly shown?: { fileName: string | null; tier: string | null };
    readonly html: string;
    /** The model last delivered to the webview: its duties, with the path and rules "Fix…" sends. */
    readonly model?: {
      milestones: {
        obligations: { id: string; status: string; fixable: boolean; toAnswer: string; path: (string | number)[]; ruleIds: string[] }[];
      }[];
    };
    receive(message: unknown): Promise<boolean>;
  };
  /** The panels of "Assess risk tier" (src/extension/assessmentPanel.ts), by manifest URI (as a string) or 'answers'. */
  readonly assessmentPanels: {
    readonly panels: number;
    readonly renders: number;
    shown(
      key: string,
    ): { title: string; tier: string | null; markdown: string; offered: string | null; result: string | null; html: string } | undefined;
    receive(key: string, message: unknown): Promise<boolean>;
  };
  /** The input boxes of "Accept the finding …" and the timeline's "Fix…" QuickPick (src/extension/codeActions.ts). */
  readonly acceptInput: { step?: string; fixChoices?: string[]; fixMessage?: string };
}

/** Activates the extension and returns its exports. */
export async function extensionApi(): Promise<TestApi> {
  const extension = vscode.extensions.getExtension<TestApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in the test host`);
  return extension.activate();
}

/** URI of a file in the workspace folder (`/`-separated relative path). */
export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...relativePath.split(/[\\/]/).filter(Boolean));
}

/** The extension's diagnostics for a document. */
export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** The rule id in a diagnostic's `code` (`{ value, target }`). */
export function ruleId(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

const SEVERITY_NAMES = ['error', 'warning', 'information', 'hint'];

/** `rule-id severity line:col-line:col` (0-based), one string per diagnostic, sorted: easy to compare. */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics
    .map((d) => {
      const r = d.range;
      return `${ruleId(d)} ${SEVERITY_NAMES[d.severity]} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
    })
    .sort();
}

/** Polls until the document's diagnostics, described, equal `expected` (sorted); returns the diagnostics. */
export async function waitForDiagnostics(uri: vscode.Uri, expected: string[], timeoutMs = 15000): Promise<vscode.Diagnostic[]> {
  const want = JSON.stringify([...expected].sort());
  let last: string[] = [];
  try {
    return await waitFor(
      () => {
        const diagnostics = ourDiagnostics(uri);
        last = describeDiagnostics(diagnostics);
        return JSON.stringify(last) === want ? diagnostics : undefined;
      },
      `diagnostics of ${uri.path}`,
      timeoutMs,
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}\n  expected: ${want}\n  last:     ${JSON.stringify(last)}`, { cause: error });
  }
}

/** Closes every editor (and reverts nothing: tests revert what they change). */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Applies a single replacement to a document through a WorkspaceEdit (as typing would change it). */
export async function replaceText(document: vscode.TextDocument, search: string, replacement: string): Promise<void> {
  const offset = document.getText().indexOf(search);
  if (offset < 0) throw new Error(`'${search}' is not in ${document.uri.path}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(offset), document.positionAt(offset + search.length)), replacement);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`the edit of ${document.uri.path} was not applied`);
}

/** Puts a document back to `text` (what it was before the test) and saves it, whatever happened in between. */
export async function restore(document: vscode.TextDocument, text: string): Promise<void> {
  if (document.getText() !== text) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`${document.uri.path} could not be restored`);
  }
  if (document.isDirty) await document.save();
}
