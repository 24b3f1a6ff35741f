import * as assert from 'node:assert/strict';
import { assess } from '../../../src/core/assessment/assess';
import { check, findingsOf, highRiskManifest, minimalManifest, textAt, toYaml } from '../manifests';
import { stringList } from '../../../src/core/yaml/fields';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('schema', [
  {
    name: 'an unknown role value',
    triggers: () => with_(minimalManifest(), (m) => (m.system.role = 'user')),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'user',
    mentions: ['system.role', "'deployer'"],
  },
  {
    name: 'a misspelt key is a warning on the key',
    triggers: () => with_(minimalManifest(), (m) => (m.system.rolle = 'deployer')),
    control: () => minimalManifest(),
    severity: 'warning',
    rangeText: 'rolle',
    mentions: ['system.rolle', "Did you mean 'role'?"],
  },
]);

describe('rule schema: a value the schema rejects is reported once, by schema, and read as absent (spec: "How values count")', () => {
  it('canOverride: "yes" is a schema error alone; the duty it evidences is missing', () => {
    const manifest = minimalManifest();
    manifest.humanOversight.canOverride = 'yes';
    const result = check(manifest);
    assert.deepEqual(
      result.findings.map((f) => [f.ruleId, f.path.join('.')]),
      [['schema', 'humanOversight.canOverride']],
    );
    assert.equal(assess(result, '2026-12-05').obligations.find((o) => o.id === 'human-review')?.status, 'missing');
  });

  it('an invalid declaredTier gives no tier-mismatch; a derogation with an invalid condition is not complete', () => {
    const tier = minimalManifest();
    tier.riskClassification.declaredTier = 'medium';
    assert.deepEqual(
      check(tier).findings.map((f) => f.ruleId),
      ['schema'],
    );
    const derogation = minimalManifest();
    derogation.riskClassification.annexIII = ['employment'];
    derogation.riskClassification.derogation = { condition: 'minor-task', justification: 'Drafts only.' };
    const result = check(derogation);
    assert.equal(result.tier?.tier, 'high');
    assert.deepEqual(findingsOf(result, 'derogation-unjustified'), []);
    assert.equal(findingsOf(result, 'schema').filter((f) => f.path.join('.') === 'riskClassification.derogation.condition').length, 1);
  });

  it('the control: a key with no value is absent, reported by the rule that needs it', () => {
    const manifest = minimalManifest();
    manifest.humanOversight.canOverride = null;
    assert.deepEqual(
      check(manifest).findings.map((f) => [f.ruleId, f.path.join('.')]),
      [['human-oversight-missing', 'humanOversight.canOverride']],
    );
  });
});

// Spec "How values count": "A key with no value (`reviewer:`), an empty or white-space-only string, and a placeholder
// count as **absent**", and `schema` reports "a value, type or required field that no rule below covers". A required
// field written as '' or spaces is a required field missing, as when its key is left out (it passed, exit 0).
describe('rule schema: a required field that is blank is missing (spec: "How values count")', () => {
  const blanks: [string, (m: Record<string, any>) => void][] = [
    ['system.name', (m) => (m.system.name = '')],
    ['system.description', (m) => (m.system.description = '   ')],
    ['system.owner.organisation', (m) => (m.system.owner.organisation = '\t')],
    [
      'acceptedFindings.0.acceptedBy',
      (m) => (m.acceptedFindings = [{ rule: 'tier-mismatch', reason: 'Reviewed.', acceptedBy: ' ', date: '2026-01-01' }]),
    ],
  ];
  for (const [field, edit] of blanks)
    it(`${field} blank: one schema error "Required field … is missing" at the field, as when the key is left out`, () => {
      const manifest = minimalManifest();
      edit(manifest);
      const result = check(manifest, { referenceDate: '2026-12-05' });
      const schema = findingsOf(result, 'schema').filter((f) => f.path.join('.') === field);
      assert.equal(schema.length, 1, JSON.stringify(result.findings.map((f) => [f.ruleId, f.path.join('.')])));
      assert.equal(schema[0].severity, 'error');
      assert.match(schema[0].message.en, /^Required field '[^']+'( \([^)]+\))? is missing\.$/);
    });

  it('a blank field a rule covers is reported by that rule alone; a blank optional field is no finding', () => {
    const reviewer = minimalManifest();
    reviewer.humanOversight.reviewer = '  ';
    assert.deepEqual(
      check(reviewer).findings.map((f) => [f.ruleId, f.path.join('.')]),
      [['human-oversight-missing', 'humanOversight.reviewer']],
    );
    const optional = minimalManifest();
    optional.legalBasis.provision = '';
    assert.deepEqual(check(optional).findings, []);
  });
});

describe('rule schema: a list that repeats an item', () => {
  it('is a warning, not an error', () => {
    const manifest = minimalManifest();
    manifest.purpose.tasks = ['journal-notes', 'journal-notes'];
    const [finding] = findingsOf(check(manifest), 'schema');
    assert.deepEqual([finding.severity, finding.path], ['warning', ['purpose', 'tasks']]);
    assert.deepEqual(findingsOf(check(minimalManifest()), 'schema'), []);
  });
});

describe('acceptedFindings entries that accept nothing (spec: "How values count")', () => {
  const hosting = (entry: Record<string, unknown>) => {
    const manifest = minimalManifest();
    manifest.model = { hosting: 'non-eu' };
    manifest.acceptedFindings = [{ rule: 'non-eu-hosting', reason: 'Reviewed.', acceptedBy: 'DPO', date: '2026-01-01', ...entry }];
    return findingsOf(check(manifest, { referenceDate: '2026-12-05' }), 'non-eu-hosting')[0];
  };

  it('a blank path, or an expires that is no calendar date, voids the entry; the control accepts', () => {
    assert.equal(hosting({ path: '  ' }).severity, 'warning');
    assert.equal(hosting({ expires: '2027-02-30' }).severity, 'warning');
    assert.equal(hosting({ date: '2026-13-01' }).severity, 'warning');
    assert.equal(hosting({ path: 'model.hosting', expires: '2027-02-28' }).severity, 'information');
  });
});

describe('rule schema: a list item the schema rejects is read as absent by the tier and every rule (spec: "How values count")', () => {
  const shape = (result: ReturnType<typeof check>) => result.findings.map((f) => [f.ruleId, f.severity, f.path.join('.')]);

  it('annexIII: [employment, social-welfare] is one schema error at the item; the tier reads employment alone', () => {
    const manifest = highRiskManifest();
    manifest.riskClassification.annexIII = ['employment', 'social-welfare'];
    const text = toYaml(manifest);
    const result = check(text);
    assert.deepEqual(shape(result), [['schema', 'error', 'riskClassification.annexIII.1']]);
    assert.equal(textAt(text, result.findings[0].range), 'social-welfare');
    assert.equal(result.tier?.tier, 'high');
    const reasons = result.tier?.reasons.map((r) => r.text.en).join(' ') ?? '';
    assert.ok(!reasons.includes('social-welfare'), reasons);
    assert.deepEqual(stringList(result.data, ['riskClassification', 'annexIII']), ['employment']);
  });

  it('annexIII: [social-welfare] alone: the list is absent, so the tier is not determined (never "none", never high on an unknown area)', () => {
    const manifest = minimalManifest();
    manifest.riskClassification.annexIII = ['social-welfare'];
    const result = check(manifest);
    assert.deepEqual(shape(result), [['schema', 'error', 'riskClassification.annexIII.0']]);
    assert.equal(result.tier?.tier, null);
    assert.deepEqual(result.tier?.undetermined, [['riskClassification', 'annexIII']]);
  });

  it('practices: [mind-reading] is not "no practice": the tier is not determined; "no prohibited practice" is not met', () => {
    const manifest = minimalManifest();
    manifest.riskClassification.practices = ['mind-reading'];
    const result = check(manifest);
    assert.deepEqual(shape(result), [['schema', 'error', 'riskClassification.practices.0']]);
    assert.equal(result.tier?.tier, null);
  });

  it('a rejected item before a valid one: the valid item keeps its place in the findings and the tier reasons', () => {
    const manifest = minimalManifest();
    manifest.riskClassification.practices = ['mind-reading', 'social-scoring'];
    const text = toYaml(manifest);
    const result = check(text);
    assert.equal(result.tier?.tier, 'prohibited');
    assert.deepEqual(
      result.tier?.reasons.map((r) => r.path.join('.')),
      ['riskClassification.practices.1'],
    );
    const prohibited = findingsOf(result, 'prohibited-practice');
    assert.deepEqual(
      prohibited.map((f) => f.path.join('.')),
      ['riskClassification.practices.1'],
    );
    assert.equal(textAt(text, prohibited[0].range), 'social-scoring');
    assert.deepEqual(
      findingsOf(result, 'schema').map((f) => f.path.join('.')),
      ['riskClassification.practices.0'],
    );
  });

  it('categories: [ordinary, secret] reads ordinary; categories: [secret] is missing without a second finding', () => {
    const one = minimalManifest();
    one.dataProtection.categories = ['ordinary', 'secret'];
    assert.deepEqual(shape(check(one)), [['schema', 'error', 'dataProtection.categories.1']]);
    const only = minimalManifest();
    only.dataProtection.categories = ['secret'];
    const result = check(only);
    assert.deepEqual(shape(result), [['schema', 'error', 'dataProtection.categories.0']]);
    assert.equal(assess(result, '2026-12-05').obligations.find((o) => o.id === 'gdpr-basics')?.status, 'missing');
  });

  it('a task the schema rejects beside chatbot: the chatbot is still read (practice-undeclared at practices)', () => {
    const manifest = minimalManifest();
    manifest.purpose.tasks = ['talking', 'chatbot'];
    manifest.transparency.aiInteractionDisclosure = 'The chat window says it is an AI assistant.';
    const result = check(manifest);
    assert.deepEqual(
      result.findings.map((f) => f.ruleId),
      ['schema', 'practice-undeclared'],
    );
    assert.equal(findingsOf(result, 'schema')[0].path.join('.'), 'purpose.tasks.0');
  });
});

// Spec, "Fields": `fria.date` is an optional ISO date (when the FRIA was completed), as `dpia.date`; and where no FRIA
// is required, `fria` "is optional, and then its fields are optional too (no finding but for a document given and not
// written)". A FRIA that is required and lacks its status is fria-missing's finding, not the schema's.
describe('rule schema: the FRIA section as the spec gives it', () => {
  const rows = (manifest: unknown) => check(manifest).findings.map((f) => `${f.ruleId} ${f.severity} ${f.path.join('.')}`);
  it('fria.date is a field of the format (an ISO date), not an unknown key; an impossible date is a schema error', () => {
    const dated = highRiskManifest();
    dated.fria.date = '2026-03-01';
    assert.deepEqual(rows(dated), []);
    const impossible = highRiskManifest();
    impossible.fria.date = '2026-02-30';
    assert.deepEqual(rows(impossible), ['schema error fria.date']);
    const misspelt = highRiskManifest();
    misspelt.fria.dato = '2026-03-01';
    assert.deepEqual(rows(misspelt), ['schema warning fria.dato'], 'the control: an unknown key is still one');
  });

  it('where no FRIA is required, a fria section without status has no finding; where it is required, fria-missing reports it', () => {
    const optional = minimalManifest();
    optional.fria = { summary: 'Not required here; kept for the record.' };
    assert.deepEqual(rows(optional), []);
    const required = highRiskManifest();
    delete required.fria.status;
    assert.deepEqual(rows(required), ['fria-missing error fria.status']);
  });
});
