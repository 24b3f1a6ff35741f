// `node test/web/run-web-tests.mjs --screenshot FILE`: not a test. Opens a manifest with findings in VS Code for the
// Web, waits for its diagnostics, shows the Problems panel, and tells the launcher to take the picture.
import * as vscode from 'vscode';
import { extensionApi, openFixture, ourDiagnostics, waitFor } from '../../integration/helpers';

export async function run(): Promise<void> {
  const api = await extensionApi();
  const editor = await openFixture('match-profilering/ai-system.yaml');
  await waitFor(() => (ourDiagnostics(editor.document.uri).length > 0 ? true : undefined), 'the diagnostics', 30_000);
  await waitFor(() => (api.statusBar.visible ? true : undefined), 'the status bar item');
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  // The cursor on the first finding, so the editor shows it in view.
  const [first] = ourDiagnostics(editor.document.uri).sort((a, b) => a.range.start.line - b.range.start.line);
  await vscode.window.showTextDocument(editor.document, { selection: first.range, preserveFocus: false });
  editor.revealRange(first.range, vscode.TextEditorRevealType.InCenter);
  await new Promise((resolve) => setTimeout(resolve, 2000)); // let the workbench paint
  // The launcher takes the picture when it reads this line: once the suite returns, the extension host is shut down
  // and its diagnostics leave the workbench.
  console.log(SCREENSHOT_READY);
  await new Promise((resolve) => setTimeout(resolve, 15_000));
}

export const SCREENSHOT_READY = '[aism] ready for the screenshot';
