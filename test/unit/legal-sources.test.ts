import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TIMELINE } from '../../src/core/law/timeline';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('docs/legal-sources.md', () => {
  it('names, for every date whose certainty is uncertain, the two readings and the source of each', () => {
    const text = fs.readFileSync(path.join(ROOT, 'docs', 'legal-sources.md'), 'utf8');
    const uncertain = [
      ...TIMELINE.provisions.filter((p) => p.certainty === 'uncertain').map((p) => `provision \`${p.id}\``),
      ...TIMELINE.milestones.filter((m) => m.certainty === 'uncertain').map((m) => `milestone \`${m.id}\``),
    ];
    assert.ok(uncertain.length >= 3);
    const section = text.slice(text.indexOf('## Dates not settled in the sources'));
    for (const name of uncertain) {
      const row = section.split('\n').find((line) => line.startsWith('|') && line.includes(name));
      assert.ok(row, `${name} has a row`);
      const cells = row
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      assert.equal(cells.length, 3, name);
      for (const reading of cells.slice(1)) assert.match(reading, /Source|S\d+|reference\.md|seed/, `${name}: a reading names its source`);
    }
  });
});
