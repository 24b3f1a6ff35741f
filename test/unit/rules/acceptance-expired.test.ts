import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/types';
import { ENTRY, withGaps } from '../acceptanceManifests';
import { check, textAt, toYaml } from '../manifests';

const of = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);
const entry = { rule: 'non-eu-hosting', path: 'model.hosting', ...ENTRY, expires: '2027-11-20' };

describe('rule acceptance-expired', () => {
  it('fires when expires is before the reference date: the entry accepts nothing', () => {
    const text = toYaml(withGaps([entry]));
    const { findings } = check(text, { referenceDate: '2027-11-21' });
    const [expired] = of(findings, 'acceptance-expired');
    assert.equal(expired.severity, 'warning');
    assert.equal(textAt(text, expired.range), '2027-11-20');
    assert.match(expired.message.en, /expired on 20 November 2027, before the reference date 21 November 2027/);
    assert.match(expired.message.da, /udløb den 20\. november 2027, før referencedatoen 21\. november 2027/);
    const [finding] = of(findings, 'non-eu-hosting');
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.accepted, undefined);
    assert.deepEqual(of(findings, 'acceptance-unused'), [], 'an expired entry is not also unused');
  });

  it('control: on the expiry day itself the entry still accepts', () => {
    const { findings } = check(withGaps([entry]), { referenceDate: '2027-11-20' });
    assert.deepEqual(of(findings, 'acceptance-expired'), []);
    assert.equal(of(findings, 'non-eu-hosting')[0].severity, 'information');
  });

  it('without a reference date an entry with expires accepts nothing, and is not called expired', () => {
    const { findings } = check(withGaps([entry]));
    assert.deepEqual(of(findings, 'acceptance-expired'), []);
    assert.equal(of(findings, 'non-eu-hosting')[0].severity, 'warning');
  });
});
