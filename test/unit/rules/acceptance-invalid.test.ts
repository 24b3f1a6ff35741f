import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/types';
import { ENTRY, withGaps } from '../acceptanceManifests';
import { check, minimalManifest, textAt, toYaml } from '../manifests';

const DATE = '2026-12-01';
const of = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

describe('rule acceptance-invalid', () => {
  it('fires for each never-acceptable rule, and the finding it names stays as it was', () => {
    const manifest = withGaps();
    manifest.decisions = { automated: true, caseworkerDecides: false };
    manifest.riskClassification.practices = ['social-scoring'];
    const before = check(manifest, { referenceDate: DATE }).findings;
    for (const rule of ['yaml-syntax', 'schema', 'prohibited-practice', 'automated-decision', 'placeholder-value']) {
      manifest.acceptedFindings = [{ rule, ...ENTRY }];
      const text = toYaml(manifest);
      const { findings } = check(text, { referenceDate: DATE });
      const invalid = of(findings, 'acceptance-invalid');
      assert.equal(invalid.length, 1, rule);
      assert.equal(invalid[0].severity, 'error');
      assert.equal(textAt(text, invalid[0].range), rule);
      assert.match(invalid[0].message.en, /can never be accepted/);
      assert.match(invalid[0].message.da, /kan aldrig accepteres/);
      for (const id of ['automated-decision', 'prohibited-practice']) {
        assert.deepEqual(
          of(findings, id).map((f) => [f.severity, f.accepted]),
          of(before, id).map((f) => [f.severity, f.accepted]),
          `${rule}: ${id} unchanged`,
        );
      }
      assert.deepEqual(of(findings, 'acceptance-unused'), [], 'an invalid entry is not also unused');
    }
  });

  it('fires for an unknown rule id', () => {
    const { findings } = check(withGaps([{ rule: 'non-eu-hostng', ...ENTRY }]), { referenceDate: DATE });
    const [invalid] = of(findings, 'acceptance-invalid');
    assert.match(invalid.message.en, /'non-eu-hostng', which is not a rule id/);
    assert.equal(of(findings, 'non-eu-hosting')[0].severity, 'warning');
  });

  it('control: an acceptable rule id gives no acceptance-invalid', () => {
    const { findings } = check(withGaps([{ rule: 'non-eu-hosting', ...ENTRY }]), { referenceDate: DATE });
    assert.deepEqual(of(findings, 'acceptance-invalid'), []);
    assert.deepEqual(of(check(minimalManifest(), { referenceDate: DATE }).findings, 'acceptance-invalid'), []);
  });
});
