import * as assert from 'node:assert/strict';
import { assess } from '../../../src/core/assessment/assess';
import type { CheckResult } from '../../../src/core/check';
import { check, checkWithFiles, findingsOf, minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('transparency-missing', [
  {
    name: 'the transparency section is missing',
    triggers: () => with_(minimalManifest(), (m) => delete m.transparency),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'manifestVersion',
    mentions: ['transparency', 'GDPR Arts. 13–14'],
  },
  {
    name: 'the citizen notice is missing',
    triggers: () => with_(minimalManifest(), (m) => (m.transparency = { workersInformed: true })),
    control: () => with_(minimalManifest(), (m) => (m.transparency.workersInformed = true)),
    severity: 'error',
    rangeText: 'transparency',
    mentions: ['transparency.citizenNotice'],
  },
]);

describe('transparency-missing: the citizen notice only with personal data (spec: transparency "required when personalData is true")', () => {
  const shape = (result: CheckResult) => result.findings.map((f) => [f.ruleId, f.severity, f.path.join('.')]);
  const noPersonalData = (): Record<string, any> =>
    with_(minimalManifest(), (m) => {
      m.dataProtection = { personalData: false };
    });
  const citizensInformed = (result: CheckResult) => assess(result, '2026-12-05').obligations.find((o) => o.id === 'citizens-informed');

  it('no personal data and no transparency section: no finding (neither the rule nor the schema), no citizen-notice duty', () => {
    const m = noPersonalData();
    delete m.transparency;
    const result = check(m);
    assert.deepEqual(shape(result), []);
    assert.equal(citizensInformed(result), undefined);
  });

  it('no personal data and a transparency section without citizenNotice: no finding', () => {
    const m = noPersonalData();
    m.transparency = { workersInformed: true };
    assert.deepEqual(shape(check(m)), []);
  });

  it('the control: personal data and no transparency section is transparency-missing, once (no schema finding beside it)', () => {
    const m = minimalManifest();
    delete m.transparency;
    const result = check(m);
    assert.deepEqual(shape(result), [['transparency-missing', 'error', 'transparency']]);
    assert.equal(citizensInformed(result)?.status, 'missing');
  });

  it('personalData unanswered (a placeholder): the notice is not asked before the answer; personalData is reported', () => {
    const m = minimalManifest();
    m.dataProtection.personalData = 'TODO: true | false';
    delete m.transparency;
    const result = check(m);
    assert.deepEqual(findingsOf(result, 'transparency-missing'), []);
    assert.ok(findingsOf(result, 'placeholder-value').some((f) => f.path.join('.') === 'dataProtection.personalData'));
  });

  it('no personal data, a notice given that is no file: a warning (the field is optional), never an error', async () => {
    const m = noPersonalData();
    m.transparency.citizenNotice = 'docs/citizen-notice.md';
    const result = await checkWithFiles(m, (file) => !file.includes('citizen-notice'));
    assert.deepEqual(shape(result), [['dpia-document-not-found', 'warning', 'transparency.citizenNotice']]);
  });
});
