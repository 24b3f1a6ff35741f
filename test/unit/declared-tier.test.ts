import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { applyOffsetEdit, declaredTierEdit, declaredTierFix } from '../../src/core/features/declaredTier';
import { applyInserts } from '../../src/core/features/fixes';
import type { Tier } from '../../src/core/types';

function record(text: string, tier: Tier): string {
  const result = declaredTierEdit(text, tier);
  if (result.kind === 'unchanged') return text;
  assert.equal(result.kind, 'edit', `an edit for:\n${text}`);
  return applyOffsetEdit(text, result.kind === 'edit' ? result.edit : { start: 0, end: 0, text: '' });
}

describe('recording declaredTier (Assess risk tier)', () => {
  it('inserts it as the last entry of a block riskClassification, at its indentation, keeping comments', () => {
    const text =
      'system:\n    role: deployer\nriskClassification:\n    practices: []   # none\n    annexIII: [] # none either\n\n# next\nhumanOversight: {}\n';
    assert.equal(
      record(text, 'minimal'),
      'system:\n    role: deployer\nriskClassification:\n    practices: []   # none\n    annexIII: [] # none either\n    declaredTier: minimal\n\n# next\nhumanOversight: {}\n',
    );
  });

  it('inserts after a nested block and after a folded scalar', () => {
    const text =
      'riskClassification:\n  annexIII: [employment]\n  derogation:\n    condition: preparatory-task\n    justification: >-\n      Drafts\n      only.\nother: 1\n';
    const after = record(text, 'minimal');
    assert.equal(after, text.replace('other: 1', '  declaredTier: minimal\nother: 1'));
    assert.equal(parse(after).riskClassification.derogation.justification, 'Drafts only.');
  });

  it('inserts at the end of a file without a final line break', () => {
    assert.equal(
      record('riskClassification:\n  practices: []', 'minimal'),
      'riskClassification:\n  practices: []\n  declaredTier: minimal',
    );
  });

  it('replaces only the scalar when a different tier is declared', () => {
    const text = 'riskClassification:\n  declaredTier: limited   # set in phase 1\n  profiling: true\n';
    assert.equal(record(text, 'high'), 'riskClassification:\n  declaredTier: high   # set in phase 1\n  profiling: true\n');
    assert.equal(record('riskClassification:\n  declaredTier: "limited"\n', 'high'), 'riskClassification:\n  declaredTier: high\n');
  });

  it('fills an empty declaredTier', () => {
    assert.equal(
      record('riskClassification:\n  declaredTier:\n  profiling: false\n', 'minimal'),
      'riskClassification:\n  declaredTier: minimal\n  profiling: false\n',
    );
  });

  it('changes nothing when the declared tier is already right (applying twice is a no-op)', () => {
    const once = record('riskClassification:\n  practices: []\n', 'minimal');
    assert.deepEqual(declaredTierEdit(once, 'minimal'), { kind: 'unchanged' });
  });

  it('handles flow mappings, an empty riskClassification and a missing one', () => {
    assert.equal(
      record('riskClassification: {practices: [], profiling: false}\n', 'high'),
      'riskClassification: {practices: [], profiling: false, declaredTier: high}\n',
    );
    assert.equal(record('riskClassification: {}\n', 'high'), 'riskClassification: {declaredTier: high}\n');
    assert.equal(
      record('riskClassification:\nsystem:\n  id: x\n', 'minimal'),
      'riskClassification:\n  declaredTier: minimal\nsystem:\n  id: x\n',
    );
    assert.equal(record('system:\n   id: x', 'minimal'), 'system:\n   id: x\nriskClassification:\n   declaredTier: minimal\n');
  });

  it('a missing riskClassification goes into the manifest, before a document end marker, trailing comments or a kept block scalar’s blank lines', () => {
    assert.equal(
      record('---\nsystem:\n  id: x\n...\n', 'minimal'),
      '---\nsystem:\n  id: x\nriskClassification:\n  declaredTier: minimal\n...\n',
    );
    assert.equal(
      record('system:\n  id: x\n# last words\n', 'minimal'),
      'system:\n  id: x\nriskClassification:\n  declaredTier: minimal\n# last words\n',
    );
    const kept = 'system:\n  notes: |+\n    kept\n\n';
    assert.equal(parse(record(kept, 'minimal')).system.notes, 'kept\n\n');
  });

  it('a flow riskClassification with a trailing comma stays valid YAML', () => {
    assert.equal(
      record('riskClassification: {practices: [], profiling: false,}\n', 'high'),
      'riskClassification: {practices: [], profiling: false, declaredTier: high}\n',
    );
    assert.equal(
      record('riskClassification: {\n  practices: [], # none\n}\n', 'high'),
      'riskClassification: {\n  practices: [], declaredTier: high # none\n}\n',
    );
  });

  it('keeps CRLF line breaks wherever it inserts', () => {
    for (const text of [
      'system:\r\n  id: x\r\n',
      'riskClassification:\r\n  practices: []\r\n',
      'riskClassification:\r\nsystem:\r\n  id: x\r\n',
      'system:\r\n  id: x',
    ]) {
      const after = record(text, 'minimal');
      assert.equal(parse(after).riskClassification.declaredTier, 'minimal', JSON.stringify(after));
      assert.doesNotMatch(after, /[^\r]\n/, JSON.stringify(after));
    }
  });

  it('refuses where there is no safe place', () => {
    assert.equal(declaredTierEdit('riskClassification: [a]\n', 'high').kind, 'impossible');
    assert.equal(declaredTierEdit('riskClassification: {\n', 'high').kind, 'impossible');
    assert.equal(declaredTierEdit('- just a list\n', 'high').kind, 'impossible');
  });

  it("refuses hostile documents with the checker's limits instead of composing them", () => {
    const deep = 'riskClassification: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n';
    const started = Date.now();
    assert.equal(declaredTierEdit(deep, 'high').kind, 'impossible');
    const laughs =
      [
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        ...Array.from(
          { length: 8 },
          (_, i) =>
            `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
              .fill('*' + String.fromCharCode(97 + i))
              .join(', ')}]`,
        ),
      ].join('\n') + '\n';
    assert.equal(declaredTierEdit(laughs, 'high').kind, 'impossible');
    assert.ok(Date.now() - started < 2000);
  });
});

describe('quick fix: Set declaredTier to <tier> (tier-mismatch)', () => {
  const manifest = 'riskClassification:\n  practices: [interacts-with-persons]\n  declaredTier: minimal # our first guess\n';
  it('replaces only the declared value with the computed tier, keeping the comment', () => {
    const fix = declaredTierFix(manifest, { ruleId: 'tier-mismatch' }, 'limited', 'en')!;
    assert.equal(fix.title, 'Set declaredTier to limited');
    assert.equal(fix.kind, 'set-declared-tier');
    assert.equal(
      applyInserts(manifest, fix.inserts),
      'riskClassification:\n  practices: [interacts-with-persons]\n  declaredTier: limited # our first guess\n',
    );
    assert.equal(declaredTierFix(manifest, { ruleId: 'tier-mismatch' }, 'high', 'da')!.title, 'Sæt declaredTier til high');
  });
  it('is offered on tier-mismatch only, and only with a computed tier', () => {
    assert.equal(declaredTierFix(manifest, { ruleId: 'placeholder-value' }, 'limited', 'en'), undefined);
    assert.equal(declaredTierFix(manifest, { ruleId: 'tier-mismatch' }, null, 'en'), undefined);
    assert.equal(declaredTierFix('riskClassification: [a]\n', { ruleId: 'tier-mismatch' }, 'high', 'en'), undefined);
  });
});
