// Screenshots from the desktop launcher (Node only: kept out of helpers.ts, which the browser's test run shares).
import * as fs from 'fs';
import * as path from 'path';
import { waitFor } from './helpers';

/**
 * Asks the launcher (run-code-server.mjs) for a screenshot of the whole workbench, out/screenshots/NAME.png, and waits
 * until it is written; a launcher without screenshots (test-electron) writes none, and the test goes on.
 */
export async function screenshot(name: string): Promise<void> {
  const file = path.resolve(__dirname, '../../../out/screenshots', `${name}.png`);
  const before = fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
  console.log(`[screenshot] ${name}`);
  try {
    await waitFor(() => (fs.existsSync(file) && fs.statSync(file).mtimeMs > before ? true : undefined), `screenshot ${name}`, 5000);
  } catch {
    // no screenshot from this launcher
  }
}

/**
 * Asks the launcher (run-code-server.mjs) to click, in the webview showing the citizens' page, its last in-page
 * contents link and then its first web link; returns what it saw (out/screenshots/NAME.json, with a screenshot
 * NAME.png after the in-page link), or undefined from a launcher that cannot (test-electron).
 */
export async function followWebviewLinks(name: string): Promise<Record<string, unknown> | undefined> {
  const file = path.resolve(__dirname, '../../../out/screenshots', `${name}.json`);
  const before = fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
  console.log(`[webview-links] ${name}`);
  try {
    await waitFor(() => (fs.existsSync(file) && fs.statSync(file).mtimeMs > before ? true : undefined), `webview links ${name}`, 20000);
  } catch {
    return undefined;
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/**
 * Asks the launcher (run-code-server.mjs) for the errors the workbench and the extension host logged since the last
 * request (out/screenshots/NAME.json); undefined from a launcher that cannot (test-electron).
 */
export async function loggedErrors(name: string): Promise<string[] | undefined> {
  const file = path.resolve(__dirname, '../../../out/screenshots', `${name}.json`);
  const before = fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
  console.log(`[console-errors] ${name}`);
  try {
    await waitFor(() => (fs.existsSync(file) && fs.statSync(file).mtimeMs > before ? true : undefined), `logged errors ${name}`, 5000);
  } catch {
    return undefined;
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as string[];
}
