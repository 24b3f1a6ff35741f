import * as assert from 'node:assert/strict';
import { check, findingsOf, minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('annex-iii-undeclared', [
  {
    name: 'a recommender with an empty Annex III list',
    triggers: () => with_(minimalManifest(), (m) => (m.purpose.tasks = ['recommendation'])),
    control: () => with_(minimalManifest(), (m) => (m.purpose.tasks = ['journal-notes', 'case-summary'])),
    severity: 'warning',
    rangeText: 'annexIII',
    mentions: ['riskClassification.annexIII', 'Annex III'],
  },
]);

describe('rule annex-iii-undeclared (required field)', () => {
  it('annex-iii-undeclared leaves a missing annexIII to the schema, as the required-field error it is', () => {
    const manifest = minimalManifest();
    manifest.purpose.category = 'decision-support';
    delete manifest.riskClassification.annexIII;
    const result = check(manifest);
    assert.deepEqual(findingsOf(result, 'annex-iii-undeclared'), []);
    const [required] = findingsOf(result, 'schema');
    assert.deepEqual([required.path, required.severity], [['riskClassification', 'annexIII'], 'error']);
  });
});
