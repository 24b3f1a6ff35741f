import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatDate, TIMELINE } from '../../src/core/law/timeline';

const root = path.resolve(__dirname, '../../..');

function filesUnder(folder: string, pattern: RegExp): string[] {
  return fs.readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

describe('boundaries of the code', () => {
  const core = filesUnder('src/core', /\.ts$/);

  it('src/core imports no vscode, reads no clock and touches no network, file system or process', () => {
    assert.ok(core.length > 20);
    for (const file of core) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      assert.doesNotMatch(text, /from ['"]vscode['"]|require\(/, `${file} imports vscode or requires at run time`);
      assert.doesNotMatch(text, /\bDate\.now\b|new Date\(\s*\)|performance\.now|process\.hrtime/, `${file} reads the clock`);
      assert.doesNotMatch(text, /from ['"](?:node:)?(?:http|https|http2|net|dns|tls|dgram|fs|child_process|os)['"]|\bfetch\(|XMLHttpRequest|WebSocket/, `${file} touches the network, files or the process`);
    }
  });

  it('no date of the law is written in the code: the timeline data is the one source', () => {
    const code = [...filesUnder('src', /\.ts$/), ...filesUnder('media', /\.(js|css)$/)];
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
