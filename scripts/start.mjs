// `npm start`: the main job on the bundled examples — `check` prints every finding and each manifest's tier.
// The examples include a work-in-progress manifest with errors on purpose, so the check exits 1; in a CI
// pipeline that status fails the build. Here we report it and end normally, since the demo did its job.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = spawnSync(
  process.execPath,
  [path.join(root, 'dist', 'cli.js'), 'check', ...(process.argv.slice(2).length ? process.argv.slice(2) : [path.join('examples')])],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
const meaning = { 0: 'no errors', 1: 'errors found (in CI this fails the build)', 2: 'bad usage or unreadable path' };
console.log(`\nai-system-manifest check exited with status ${run.status}: ${meaning[run.status] ?? 'unexpected'}.`);
process.exit(run.status === 2 || run.status === null ? 2 : 0);
