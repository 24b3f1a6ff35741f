import * as assert from 'node:assert/strict';
import { assess } from '../../../src/core/assessment/assess';
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
    assert.match(finding.message.en, /lacks 'interacts-with-persons', but 'purpose\.tasks' has 'chatbot'.*Art\. 50\(1\)/);
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
    assert.match(finding.message.en, /'purpose\.tasks' has 'chatbot'/);
    const control = minimalManifest();
    assert.deepEqual(findingsOf(check(control), 'ai-disclosure-missing'), []);
  });

  const employees = () => {
    const manifest = minimalManifest();
    manifest.purpose.affectedPersons = ['employees'];
    manifest.riskClassification.practices = ['emotion-recognition'];
    manifest.transparency.exposureNotice = 'Staff are told.';
    return manifest;
  };

  it('triggers on emotion recognition of employees without workplace-emotion-recognition: the workplace ban (Art. 5(1)(f))', () => {
    const text = toYaml(employees());
    const result = check(text);
    const [finding] = findingsOf(result, 'practice-undeclared');
    assert.equal(finding.severity, 'error');
    assert.equal(textAt(text, finding.range), 'practices');
    assert.match(finding.message.en, /lacks 'workplace-emotion-recognition'.*Art\. 5\(1\)\(f\)/);
    assert.match(finding.message.da, /mangler 'workplace-emotion-recognition'.*art\. 5, stk\. 1, litra f/);
    assert.equal(finding.appliesFrom, '2025-02-02');
    assert.equal(result.tier?.tier, 'prohibited', 'the tier already treats the practice as declared');
    // "No prohibited practice" is missing.
    const duty = assess(result, '2026-12-05').obligations.find((o) => o.id === 'no-prohibited-practice');
    assert.equal(duty?.status, 'missing');
  });

  it('controls: a medical or safety reason; the practice listed (then prohibited-practice alone reports it)', () => {
    const reason = employees();
    reason.riskClassification.medicalOrSafetyReason = 'Detects signs of acute stress in emergency call handlers, for their safety.';
    const result = check(reason);
    assert.deepEqual(findingsOf(result, 'practice-undeclared'), []);
    assert.deepEqual(findingsOf(result, 'prohibited-practice'), []);
    assert.equal(result.tier?.tier, 'high');
    const listed = employees();
    listed.riskClassification.practices = ['emotion-recognition', 'workplace-emotion-recognition'];
    assert.deepEqual(findingsOf(check(listed), 'practice-undeclared'), []);
    assert.equal(findingsOf(check(listed), 'prohibited-practice').length, 1);
  });
});
