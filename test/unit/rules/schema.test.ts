import * as assert from 'node:assert/strict';
import { assess } from '../../../src/core/assessment/assess';
import { check, findingsOf, minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('schema', [
  {
    name: 'an unknown role value',
    triggers: () => with_(minimalManifest(), (m) => (m.system.role = 'user')),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'user',
    mentions: ['system.role', "'deployer'"],
  },
  {
    name: 'a misspelt key is a warning on the key',
    triggers: () => with_(minimalManifest(), (m) => (m.system.rolle = 'deployer')),
    control: () => minimalManifest(),
    severity: 'warning',
    rangeText: 'rolle',
    mentions: ['system.rolle', "Did you mean 'role'?"],
  },
]);

describe('rule schema: a value the schema rejects is reported once, by schema, and read as absent (spec: "How values count")', () => {
  it('canOverride: "yes" is a schema error alone; the duty it evidences is missing', () => {
    const manifest = minimalManifest();
    manifest.humanOversight.canOverride = 'yes';
    const result = check(manifest);
    assert.deepEqual(
      result.findings.map((f) => [f.ruleId, f.path.join('.')]),
      [['schema', 'humanOversight.canOverride']],
    );
    assert.equal(assess(result, '2026-12-05').obligations.find((o) => o.id === 'human-review')?.status, 'missing');
  });

  it('an invalid declaredTier gives no tier-mismatch; a derogation with an invalid condition is not complete', () => {
    const tier = minimalManifest();
    tier.riskClassification.declaredTier = 'medium';
    assert.deepEqual(
      check(tier).findings.map((f) => f.ruleId),
      ['schema'],
    );
    const derogation = minimalManifest();
    derogation.riskClassification.annexIII = ['employment'];
    derogation.riskClassification.derogation = { condition: 'minor-task', justification: 'Drafts only.' };
    const result = check(derogation);
    assert.equal(result.tier?.tier, 'high');
    assert.deepEqual(findingsOf(result, 'derogation-unjustified'), []);
    assert.equal(findingsOf(result, 'schema').filter((f) => f.path.join('.') === 'riskClassification.derogation.condition').length, 1);
  });

  it('the control: a key with no value is absent, reported by the rule that needs it', () => {
    const manifest = minimalManifest();
    manifest.humanOversight.canOverride = null;
    assert.deepEqual(
      check(manifest).findings.map((f) => [f.ruleId, f.path.join('.')]),
      [['human-oversight-missing', 'humanOversight.canOverride']],
    );
  });
});

describe('rule schema: a list that repeats an item', () => {
  it('is a warning, not an error', () => {
    const manifest = minimalManifest();
    manifest.purpose.tasks = ['journal-notes', 'journal-notes'];
    const [finding] = findingsOf(check(manifest), 'schema');
    assert.deepEqual([finding.severity, finding.path], ['warning', ['purpose', 'tasks']]);
    assert.deepEqual(findingsOf(check(minimalManifest()), 'schema'), []);
  });
});

describe('acceptedFindings entries that accept nothing (spec: "How values count")', () => {
  const hosting = (entry: Record<string, unknown>) => {
    const manifest = minimalManifest();
    manifest.model = { hosting: 'non-eu' };
    manifest.acceptedFindings = [{ rule: 'non-eu-hosting', reason: 'Reviewed.', acceptedBy: 'DPO', date: '2026-01-01', ...entry }];
    return findingsOf(check(manifest, { referenceDate: '2026-12-05' }), 'non-eu-hosting')[0];
  };

  it('a blank path, or an expires that is no calendar date, voids the entry; the control accepts', () => {
    assert.equal(hosting({ path: '  ' }).severity, 'warning');
    assert.equal(hosting({ expires: '2027-02-30' }).severity, 'warning');
    assert.equal(hosting({ date: '2026-13-01' }).severity, 'warning');
    assert.equal(hosting({ path: 'model.hosting', expires: '2027-02-28' }).severity, 'information');
  });
});
