import * as assert from 'node:assert/strict';
import { check, findingsOf, highRiskManifest, minimalManifest, textAt, toYaml } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

// The boolean case: the cases below; and "the system profiles" read from the task list.
describe('rule profiling-overrides-derogation (the task list counts)', () => {
  const derogated = (tasks: string[]) => {
    const manifest = minimalManifest();
    manifest.purpose.tasks = tasks;
    manifest.riskClassification.annexIII = ['employment'];
    manifest.riskClassification.derogation = { condition: 'preparatory-task', justification: 'Prepares the case file.' };
    return manifest;
  };

  it('triggers when purpose.tasks has profiling, with profiling: false; the tier is high', () => {
    const result = check(derogated(['profiling']));
    const [finding] = findingsOf(result, 'profiling-overrides-derogation');
    assert.equal(finding.severity, 'error');
    assert.match(finding.message.en, /'purpose\.tasks' has 'profiling'/);
    assert.equal(result.tier?.tier, 'high');
    assert.equal(findingsOf(result, 'profiling-undeclared').length, 1);
  });

  it('control: the same derogation without the profiling task stands (not high-risk)', () => {
    const result = check(derogated(['recommendation']));
    assert.deepEqual(findingsOf(result, 'profiling-overrides-derogation'), []);
    assert.equal(result.tier?.tier, 'minimal');
  });
});

describeRuleCases('profiling-overrides-derogation', [
  {
    name: 'a derogation claimed while profiling',
    triggers: () =>
      with_(highRiskManifest(), (m) => {
        m.riskClassification.profiling = true;
        m.riskClassification.derogation = { condition: 'preparatory-task', justification: 'Ranks cases.' };
      }),
    control: () =>
      with_(highRiskManifest(), (m) => {
        m.riskClassification.profiling = false;
        m.riskClassification.derogation = { condition: 'preparatory-task', justification: 'Ranks cases.' };
      }),
    severity: 'error',
    rangeText: 'derogation',
    mentions: ['riskClassification.derogation', 'profiling', 'Art. 6(3)'],
  },
]);

describe('rule profiling-overrides-derogation (related information)', () => {
  it('profiling-overrides-derogation points at the profiling flag as related information', () => {
    const manifest = highRiskManifest();
    manifest.riskClassification.profiling = true;
    manifest.riskClassification.derogation = { condition: 'preparatory-task', justification: 'x' };
    const text = toYaml(manifest);
    const [finding] = findingsOf(check(text), 'profiling-overrides-derogation');
    assert.equal(finding.related?.length, 1);
    assert.equal(textAt(text, finding.related[0].range), 'true');
  });
});
