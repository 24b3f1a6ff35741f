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
