import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { checkManifestText } from '../../src/core/check';
import { manifestTemplate } from '../../src/core/features/manifestTemplate';
import { answersToManifest, parseWizardAnswers, wizardChoices, type WizardAnswers } from '../../src/core/features/wizard';
import type { Tier } from '../../src/core/types';

const NONE: WizardAnswers = { role: 'deployer', prohibitedPractices: [], annexIII: [], profiling: false, transparencyPractices: [] };

/** The spec's risk-tier procedure, answer by answer: the first step that holds wins. */
const CASES: { name: string; answers: WizardAnswers; tier: Tier }[] = [
  { name: 'nothing declared', answers: NONE, tier: 'minimal' },
  { name: 'an Art. 50 practice', answers: { ...NONE, transparencyPractices: ['interacts-with-persons'] }, tier: 'limited' },
  { name: 'an Annex III area without derogation', answers: { ...NONE, annexIII: ['essential-public-services'] }, tier: 'high' },
  {
    name: 'an Annex III area with a documented derogation',
    answers: {
      ...NONE,
      annexIII: ['essential-public-services'],
      derogation: { condition: 'preparatory-task', justification: 'Drafts only.' },
    },
    tier: 'minimal',
  },
  {
    name: 'a derogation with profiling',
    answers: {
      ...NONE,
      annexIII: ['employment'],
      derogation: { condition: 'preparatory-task', justification: 'Drafts only.' },
      profiling: true,
    },
    tier: 'high',
  },
  {
    name: 'emotion recognition (Annex III point 1(c))',
    answers: { ...NONE, transparencyPractices: ['emotion-recognition'] },
    tier: 'high',
  },
  {
    name: 'an Art. 5 practice before everything else',
    answers: { ...NONE, prohibitedPractices: ['social-scoring'], annexIII: ['employment'], transparencyPractices: ['deepfake'] },
    tier: 'prohibited',
  },
];

describe('wizard (Assess risk tier without a manifest)', () => {
  for (const { name, answers, tier } of CASES) {
    it(`${name} gives ${tier}, and the pre-filled manifest has the same tier`, () => {
      for (const lang of ['en', 'da'] as const) {
        const result = answersToManifest(answers, lang);
        assert.equal(result.tier.tier, tier);
        assert.equal(result.manifest.riskClassification.declaredTier, tier);
        const checked = checkManifestText(result.text);
        assert.equal(checked.tier?.tier, tier, `the ${lang} manifest's own tier`);
        assert.deepEqual(
          checked.findings.filter((f) => f.ruleId === 'tier-mismatch'),
          [],
        );
        assert.deepEqual(
          checked.findings.filter((f) => f.ruleId === 'yaml-syntax'),
          [],
        );
      }
    });
  }

  it('records the answers in riskClassification and system.role', () => {
    const answers: WizardAnswers = {
      role: 'provider-and-deployer',
      prohibitedPractices: [],
      annexIII: ['essential-public-services', 'employment'],
      derogation: { condition: 'narrow-procedural-task', justification: 'Sorts incoming documents: "a: b" # not a comment' },
      profiling: false,
      transparencyPractices: ['synthetic-content'],
    };
    const data = parse(answersToManifest(answers, 'en').text);
    assert.equal(data.system.role, 'provider-and-deployer');
    assert.deepEqual(data.riskClassification, {
      practices: ['synthetic-content'],
      annexIII: ['essential-public-services', 'employment'],
      profiling: false,
      derogation: { condition: 'narrow-procedural-task', justification: 'Sorts incoming documents: "a: b" # not a comment' },
      declaredTier: 'limited',
    });
    assert.match(data.transparency.contentMarking, /^TODO: /, 'the Art. 50(2) field is there to fill in');
  });

  it('drops a derogation when no Annex III area is chosen', () => {
    const result = answersToManifest({ ...NONE, derogation: { condition: 'preparatory-task', justification: 'x' } }, 'en');
    assert.equal('derogation' in result.manifest.riskClassification, false);
  });

  it('offers every enum value of the schema with its article and its carve-outs, in both languages', () => {
    for (const lang of ['en', 'da'] as const) {
      const choices = wizardChoices(lang);
      assert.deepEqual(
        choices.roles.map((c) => c.value),
        ['provider', 'deployer', 'provider-and-deployer'],
      );
      assert.equal(choices.prohibitedPractices.length, 10);
      assert.equal(choices.transparencyPractices.length, 6);
      assert.equal(choices.annexIII.length, 8);
      assert.equal(choices.derogationConditions.length, 4);
      for (const choice of Object.values(choices).flat()) {
        assert.ok(choice.article, `${choice.value} has an article`);
        assert.ok(choice.text.length > 20, `${choice.value} has a description`);
      }
    }
    const workplace = wizardChoices('en').prohibitedPractices.find((c) => c.value === 'workplace-emotion-recognition');
    assert.match(workplace?.carveOut ?? '', /^Not prohibited: systems used for medical or safety reasons/, 'the carve-out, on its own');
    assert.match(workplace?.text ?? '', /^Inferring the emotions of people in the workplace/);
    assert.doesNotMatch(workplace?.text ?? '', /Not prohibited/);
    const daCrime = wizardChoices('da').prohibitedPractices.find((c) => c.value === 'crime-risk-profiling');
    assert.match(daCrime?.carveOut ?? '', /^Ikke forbudt:/);
    assert.equal(wizardChoices('en').prohibitedPractices.filter((c) => c.carveOut).length, 8, 'points (a)–(h) name what they leave out');
    assert.match(wizardChoices('da').roles[1].text, /Idriftsætter/);
  });

  /** The problem parseWizardAnswers reports, or the answers it accepted as JSON (so that the match fails). */
  const problemOf = (result: ReturnType<typeof parseWizardAnswers>): string =>
    typeof result === 'string' ? result : JSON.stringify(result);

  it('checks answers given as data', () => {
    assert.deepEqual(parseWizardAnswers({ role: 'deployer', profiling: false }), { ...NONE, derogation: undefined });
    assert.match(problemOf(parseWizardAnswers({ role: 'vendor', profiling: false })), /role/);
    assert.match(problemOf(parseWizardAnswers({ role: 'deployer', profiling: false, annexIII: ['housing'] })), /annexIII/);
    assert.match(
      problemOf(parseWizardAnswers({ role: 'deployer', profiling: false, prohibitedPractices: ['deepfake'] })),
      /prohibitedPractices/,
    );
    assert.match(problemOf(parseWizardAnswers({ role: 'deployer', profiling: 'no' })), /profiling/);
    assert.match(
      problemOf(parseWizardAnswers({ role: 'deployer', profiling: false, derogation: { condition: 'preparatory-task' } })),
      /derogation/,
    );
    assert.equal(typeof parseWizardAnswers(null), 'string');
  });
});

describe('manifest template (New AI system manifest)', () => {
  for (const lang of ['en', 'da'] as const) {
    it(`(${lang}) is valid YAML with every required section, and each TODO is a placeholder finding`, () => {
      const text = manifestTemplate({ lang });
      const data = parse(text);
      for (const key of [
        'manifestVersion',
        'system',
        'legalBasis',
        'purpose',
        'decisions',
        'riskClassification',
        'humanOversight',
        'transparency',
        'dataProtection',
        'aiLiteracy',
      ]) {
        assert.ok(key in data, `${key} is in the template`);
      }
      const result = checkManifestText(text);
      assert.equal(result.tier?.tier, null, 'nobody answered the questions the tier turns on');
      const todos = (text.match(/"TODO: /g) ?? []).length;
      assert.ok(todos >= 25, `${todos} TODO fields`);
      assert.equal(result.findings.filter((f) => f.ruleId === 'placeholder-value').length, todos, 'each TODO is a finding');
      assert.ok(!result.findings.some((f) => f.severity === 'warning' && /unknown|ukendt/i.test(f.message.en)), 'no unknown keys');
    });
  }

  it('placeholders in the chosen language', () => {
    assert.match(manifestTemplate({ lang: 'en' }), /"TODO: the human role that reviews every output"/);
    assert.match(manifestTemplate({ lang: 'da' }), /"TODO: den rolle, der gennemgår alt output"/);
  });

  it('adds the sections a high-risk provider-and-deployer needs', () => {
    const text = manifestTemplate({
      lang: 'en',
      role: 'provider-and-deployer',
      riskClassification: { practices: [], annexIII: ['employment'], profiling: true },
    });
    const data = parse(text);
    for (const key of ['fria', 'logging', 'deployment', 'documentation']) assert.ok(key in data, `${key} is in the template`);
    assert.match(data.logging.retentionMonths, /^TODO: /, 'a placeholder, not a default');
    const ruleIds = new Set(checkManifestText(text).findings.map((f) => f.ruleId));
    for (const absent of ['fria-missing', 'logging-insufficient']) assert.ok(!ruleIds.has(absent as never), `${absent} does not fire`);
  });
});
