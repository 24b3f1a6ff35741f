import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full).map((f) => path.join(entry.name, f)) : [entry.name];
  });
}

describe('integration test fixtures', () => {
  for (const example of ['journalnotat-assistent', 'match-profilering', 'borgerchatbot']) {
    it(`test/fixtures/workspace/${example}/ is a copy of examples/${example}/ (copy it again when this fails)`, () => {
      const source = path.join(root, 'examples', example);
      const copy = path.join(root, 'test', 'fixtures', 'workspace', example);
      assert.deepEqual(files(copy).sort(), files(source).sort());
      for (const file of files(source)) {
        assert.equal(fs.readFileSync(path.join(copy, file), 'utf8'), fs.readFileSync(path.join(source, file), 'utf8'), file);
      }
    });
  }
});
