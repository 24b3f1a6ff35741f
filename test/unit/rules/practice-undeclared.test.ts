import * as assert from 'node:assert/strict';
import { check, findingsOf, minimalManifest, textAt, toYaml } from '../manifests';

describe('rule practice-undeclared', () => {
  const chatbot = () => {
    const manifest = minimalManifest();
    manifest.purpose.tasks = ['chatbot'];
    manifest.transparency.aiInteractionDisclosure = 'The chat says it is an AI.';
    return manifest;
  };

  it('triggers on the task chatbot without interacts-with-persons, at riskClassification.practices', () => {
    const text = toYaml(chatbot());
    const result = check(text);
    const [finding] = findingsOf(result, 'practice-undeclared');
    assert.equal(finding.severity, 'error');
    assert.equal(textAt(text, finding.range), 'practices');
    assert.match(finding.message.en, /lacks 'interacts-with-persons', but `purpose\.tasks` has 'chatbot'.*Art\. 50\(1\)/);
    assert.equal(result.tier?.tier, 'limited', 'the tier already treats the practice as declared');
  });

  it('control: the practice listed', () => {
    const manifest = chatbot();
    manifest.riskClassification.practices = ['interacts-with-persons'];
    assert.deepEqual(check(manifest).findings, []);
  });

  it('ai-disclosure-missing reads the chatbot task as the practice', () => {
    const manifest = chatbot();
    delete manifest.transparency.aiInteractionDisclosure;
    const [finding] = findingsOf(check(manifest), 'ai-disclosure-missing');
    assert.deepEqual(finding.path, ['transparency', 'aiInteractionDisclosure']);
    assert.match(finding.message.en, /`purpose\.tasks` has 'chatbot'/);
    const control = minimalManifest();
    assert.deepEqual(findingsOf(check(control), 'ai-disclosure-missing'), []);
  });
});
