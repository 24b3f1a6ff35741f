import * as assert from 'node:assert/strict';
import { check, findingsOf, minimalManifest } from '../manifests';

// The boolean case is in rules.test.ts; here, "the system profiles" read from the task list.
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
    assert.match(finding.message.en, /`purpose\.tasks` has 'profiling'/);
    assert.equal(result.tier?.tier, 'high');
    assert.equal(findingsOf(result, 'profiling-undeclared').length, 1);
  });

  it('control: the same derogation without the profiling task stands (not high-risk)', () => {
    const result = check(derogated(['recommendation']));
    assert.deepEqual(findingsOf(result, 'profiling-overrides-derogation'), []);
    assert.equal(result.tier?.tier, 'minimal');
  });
});
