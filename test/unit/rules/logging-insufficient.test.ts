import * as assert from 'node:assert/strict';
import { assess } from '../../../src/core/assessment/assess';
import { check, findingsOf, highRiskManifest, minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('logging-insufficient', [
  {
    name: 'logs kept for 3 months',
    triggers: () => with_(highRiskManifest(), (m) => (m.logging.retentionMonths = 3)),
    control: () => highRiskManifest(),
    severity: 'error',
    rangeText: '3',
    mentions: ['logging.retentionMonths', '6 months', '26(6)'],
  },
  {
    name: 'no logging section on a high-risk system',
    triggers: () => with_(highRiskManifest(), (m) => delete m.logging),
    control: () => with_(minimalManifest(), (m) => delete m.logging),
    severity: 'error',
    rangeText: 'manifestVersion',
    mentions: ['logging'],
  },
]);

describe('rule logging-insufficient (one finding per logging section)', () => {
  it('names every reason in one finding: not enabled and kept too briefly', () => {
    const manifest = highRiskManifest();
    manifest.logging = { enabled: false, retentionMonths: 3 };
    const found = findingsOf(check(manifest), 'logging-insufficient');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].path, ['logging', 'enabled']);
    assert.match(found[0].message.en, /'logging\.enabled' must be true.*; 'logging\.retentionMonths' is 3/);
    assert.match(found[0].message.da, /'logging\.enabled' skal være true.*; 'logging\.retentionMonths' er 3/);
    assert.deepEqual(
      found[0].related?.map((r) => r.message.en.slice(0, 28)),
      ["'logging.retentionMonths' is"],
    );
  });

  it('a value the schema rejects is reported by the schema alone, and read as absent', () => {
    const manifest = highRiskManifest();
    manifest.logging = { enabled: true, retentionMonths: '12' };
    const result = check(manifest);
    assert.deepEqual(findingsOf(result, 'logging-insufficient'), []);
    const [schema] = findingsOf(result, 'schema');
    assert.deepEqual([schema.path, schema.severity], [['logging', 'retentionMonths'], 'error']);
    assert.equal(assess(result, '2031-01-01').obligations.find((o) => o.id === 'keep-logs')?.status, 'missing');
  });
});
