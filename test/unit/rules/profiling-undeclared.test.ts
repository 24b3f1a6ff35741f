import * as assert from 'node:assert/strict';
import { check, findingsOf, minimalManifest, textAt, toYaml } from '../manifests';

describe('rule profiling-undeclared', () => {
  const profilingTask = () => {
    const manifest = minimalManifest();
    manifest.purpose.tasks = ['profiling'];
    manifest.riskClassification.annexIII = ['employment'];
    return manifest;
  };

  it('triggers on the task profiling with profiling: false, at riskClassification.profiling', () => {
    const text = toYaml(profilingTask());
    const result = check(text);
    const [finding] = findingsOf(result, 'profiling-undeclared');
    assert.equal(finding.severity, 'error');
    assert.equal(textAt(text, finding.range), 'false');
    assert.match(finding.message.en, /'riskClassification\.profiling' is not true, but 'purpose\.tasks' has 'profiling'/);
    assert.equal(result.tier?.tier, 'high', 'the tier already counts the system as profiling');
  });

  it('with riskClassification.profiling absent, points at riskClassification', () => {
    const manifest = profilingTask();
    delete manifest.riskClassification.profiling;
    const text = toYaml(manifest);
    const [finding] = findingsOf(check(text), 'profiling-undeclared');
    assert.equal(textAt(text, finding.range), 'riskClassification');
  });

  it('control: profiling: true with the task, or no profiling task', () => {
    const declared = profilingTask();
    declared.riskClassification.profiling = true;
    assert.deepEqual(findingsOf(check(declared), 'profiling-undeclared'), []);
    const noTask = profilingTask();
    noTask.purpose.tasks = ['recommendation'];
    assert.deepEqual(findingsOf(check(noTask), 'profiling-undeclared'), []);
  });
});
