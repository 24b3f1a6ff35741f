import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/types';
import { ENTRY, withGaps } from '../acceptanceManifests';
import { check, minimalManifest, textAt, toYaml } from '../manifests';

const DATE = '2026-12-01';
const of = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

describe('rule acceptance-unused', () => {
  it('fires when a valid, unexpired entry matches no finding (the gap was closed)', () => {
    const manifest = minimalManifest();
    manifest.model = { hosting: 'eu' };
    manifest.acceptedFindings = [{ rule: 'non-eu-hosting', path: 'model.hosting', ...ENTRY, expires: '2027-11-20' }];
    const text = toYaml(manifest);
    const [unused] = of(check(text, { referenceDate: DATE }).findings, 'acceptance-unused');
    assert.equal(unused.severity, 'warning');
    assert.ok(textAt(text, unused.range).startsWith('rule: non-eu-hosting'), textAt(text, unused.range));
    assert.match(unused.message.en, /'acceptedFindings\[0\]' accepts 'non-eu-hosting' at 'model.hosting', but there is no such finding/);
    assert.match(unused.message.da, /manglen er lukket, så fjern posten/);
  });

  it('control: the same entry with the gap still open is used', () => {
    const { findings } = check(withGaps([{ rule: 'non-eu-hosting', path: 'model.hosting', ...ENTRY, expires: '2027-11-20' }]), {
      referenceDate: DATE,
    });
    assert.deepEqual(of(findings, 'acceptance-unused'), []);
  });

  it('an entry for an acceptance rule matches nothing, so it is unused', () => {
    const { findings } = check(withGaps([{ rule: 'acceptance-unused', ...ENTRY }]), { referenceDate: DATE });
    assert.equal(of(findings, 'acceptance-unused').length, 1);
    assert.equal(of(findings, 'acceptance-unused')[0].accepted, undefined);
  });
});
