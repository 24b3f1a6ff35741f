import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatDate, TIMELINE } from '../../src/core/law/timeline';

const root = path.resolve(__dirname, '../../..');

function filesUnder(folder: string, pattern: RegExp): string[] {
  return fs
    .readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

// The layering (no vscode, Node built-ins, clock or network in src/core; no vscode in src/cli) is checked by ESLint:
// eslint.config.mjs, and test/unit/lint-boundaries.test.ts shows those rules fire.
describe('dates of the law in the code', () => {
  it('no date of the law is written in the code: the timeline data is the one source', () => {
    const code = [...filesUnder('src', /\.ts$/), ...filesUnder('media', /\.(js|css)$/)];
    assert.ok(code.length > 20);
    const dates = TIMELINE.milestones.map((milestone) => milestone.date);
    for (const file of code) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const date of dates) {
        for (const written of [date, formatDate(date, 'en'), formatDate(date, 'da')]) {
          assert.ok(!text.includes(written), `${file} writes the date ${written}; read it from src/core/law/ai-act-timeline.json`);
        }
      }
    }
  });
});
