import * as assert from 'node:assert/strict';
import { check, findingsOf, minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('annex-iii-undeclared', [
  {
    name: 'a recommender with an empty Annex III list',
    triggers: () => with_(minimalManifest(), (m) => (m.purpose.tasks = ['recommendation'])),
    control: () => with_(minimalManifest(), (m) => (m.purpose.tasks = ['journal-notes', 'case-summary'])),
    severity: 'error',
    rangeText: 'annexIII',
    mentions: ["'riskClassification.annexIII'", 'Annex III point 5(a)', "'riskClassification.annexIIIAssessment'"],
  },
  {
    name: 'a decision-support system that says nothing about Annex III (control: it says why no area applies)',
    triggers: () => with_(minimalManifest(), (m) => (m.purpose.category = 'decision-support')),
    control: () =>
      with_(minimalManifest(), (m) => {
        m.purpose.category = 'decision-support';
        m.riskClassification.annexIIIAssessment = 'It prioritises the internal meeting calendar; no decision about a person.';
      }),
    severity: 'error',
    rangeText: 'annexIII',
    mentions: ['supports decisions'],
  },
]);

describe('rule annex-iii-undeclared (tier and date)', () => {
  it('the tier is not determined, and the finding has no date (a consistency finding): --due-only never lowers it', () => {
    const manifest = minimalManifest();
    manifest.purpose.category = 'decision-support';
    const result = check(manifest, { dueOnly: true, referenceDate: '2024-01-01' });
    assert.equal(result.tier?.tier, null);
    const [finding] = findingsOf(result, 'annex-iii-undeclared');
    assert.equal(finding.severity, 'error');
    assert.equal(finding.appliesFrom, undefined);
    assert.match(finding.message.da, /bilag III, punkt 5, litra a/);
    assert.doesNotMatch(finding.message.da, /Annex|point/);
    assert.match(finding.message.en, /until then the tier is not determined/);
    // Where what is present decides the tier (an Art. 5 practice), the finding stays but says nothing of it.
    manifest.riskClassification.practices = ['social-scoring'];
    const decided = check(manifest);
    assert.equal(decided.tier?.tier, 'prohibited');
    assert.doesNotMatch(findingsOf(decided, 'annex-iii-undeclared')[0].message.en, /not determined/);
  });
});

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
