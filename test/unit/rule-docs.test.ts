import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderRuleDocs, RULE_DOCS_PATH } from '../../scripts/generate-rule-docs';
import { RULE_IDS } from '../../src/core/rules/index';

// out/test/unit/ -> repository root
const root = path.resolve(__dirname, '..', '..', '..');

describe('docs/rules.md', () => {
  it('is up to date with the rule catalogue (run `npm run docs:rules` when this fails)', () => {
    const onDisk = fs.readFileSync(path.join(root, RULE_DOCS_PATH), 'utf8');
    assert.strictEqual(onDisk, renderRuleDocs(), 'docs/rules.md is out of date: run `npm run docs:rules`');
  });

  it("has an anchor for every rule id, the target of each diagnostic's code link", () => {
    const text = renderRuleDocs();
    for (const id of RULE_IDS) assert.ok(text.includes(`<a id="${id}"></a>`), `no anchor for ${id}`);
  });
});
