import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_IDS } from '../../src/core/rules/index';
import type { RuleId, Severity } from '../../src/core/types';
import { check, checkWithFiles, findingsOf, highRiskManifest, minimalManifest, textAt, toYaml } from './manifests';

interface RuleCase {
  name: string;
  rule: RuleId;
  /** The manifest (object or YAML text) that triggers the rule. */
  triggers: () => unknown;
  /** A near-identical manifest that does not. */
  control: () => unknown;
  severity: Severity;
  /** The text the finding's range covers. */
  rangeText: string;
  /** Part of the message (English) that must be there: the field and article. */
  mentions: string[];
  count?: number;
}

function with_<T>(value: T, change: (value: T) => void): T {
  change(value);
  return value;
}

const cases: RuleCase[] = [
  {
    name: 'a prohibited practice is listed',
    rule: 'prohibited-practice',
    triggers: () => with_(minimalManifest(), (m) => (m.riskClassification.practices = ['social-scoring'])),
    control: () =>
      with_(minimalManifest(), (m) => {
        m.riskClassification.practices = ['interacts-with-persons'];
        m.transparency.aiInteractionDisclosure = 'The chat says it is an AI.';
      }),
    severity: 'error',
    rangeText: 'social-scoring',
    mentions: ['riskClassification.practices', 'Art. 5(1)(c)', '2 February 2025'],
  },
  {
    name: 'a new Omnibus prohibition is dated 2 Dec 2026',
    rule: 'prohibited-practice',
    triggers: () => with_(minimalManifest(), (m) => (m.riskClassification.practices = ['csam-generation'])),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'csam-generation',
    mentions: ['Art. 5(1)(bb)', '2 December 2026'],
  },
  {
    name: 'the system decides automatically',
    rule: 'automated-decision',
    triggers: () => with_(minimalManifest(), (m) => (m.decisions.automated = true)),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'true',
    mentions: ['decisions.automated', 'GDPR Art. 22'],
  },
  {
    name: 'no caseworker decides',
    rule: 'automated-decision',
    triggers: () => with_(minimalManifest(), (m) => (m.decisions.caseworkerDecides = false)),
    control: () => with_(minimalManifest(), (m) => (m.decisions.caseworkerDecides = true)),
    severity: 'error',
    rangeText: 'false',
    mentions: ['decisions.caseworkerDecides'],
  },
  {
    name: 'no reviewer is named',
    rule: 'human-oversight-missing',
    triggers: () => with_(minimalManifest(), (m) => delete m.humanOversight.reviewer),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'humanOversight',
    mentions: ['humanOversight.reviewer', 'executive order'],
  },
  {
    name: 'the reviewer cannot override',
    rule: 'human-oversight-missing',
    triggers: () => with_(minimalManifest(), (m) => (m.humanOversight.canOverride = false)),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'false',
    mentions: ['humanOversight.canOverride'],
  },
  {
    name: 'a high-risk system without oversight competence',
    rule: 'human-oversight-missing',
    triggers: () => with_(highRiskManifest(), (m) => delete m.humanOversight.competence),
    control: () => with_(minimalManifest(), (m) => delete m.humanOversight.competence),
    severity: 'error',
    rangeText: 'humanOversight',
    mentions: ['humanOversight.competence', 'Art. 26(2)', '2 December 2027'],
  },
  {
    name: 'the transparency section is missing',
    rule: 'transparency-missing',
    triggers: () => with_(minimalManifest(), (m) => delete m.transparency),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'manifestVersion',
    mentions: ['transparency', 'GDPR Arts. 13–14'],
  },
  {
    name: 'the citizen notice is missing',
    rule: 'transparency-missing',
    triggers: () => with_(minimalManifest(), (m) => (m.transparency = { workersInformed: true })),
    control: () => with_(minimalManifest(), (m) => (m.transparency.workersInformed = true)),
    severity: 'error',
    rangeText: 'transparency',
    mentions: ['transparency.citizenNotice'],
  },
  {
    name: 'a chatbot without AI disclosure',
    rule: 'ai-disclosure-missing',
    triggers: () => with_(minimalManifest(), (m) => (m.riskClassification.practices = ['interacts-with-persons'])),
    control: () =>
      with_(minimalManifest(), (m) => {
        m.riskClassification.practices = ['interacts-with-persons'];
        m.transparency.aiInteractionDisclosure = 'The chat opens by saying it is an AI.';
      }),
    severity: 'error',
    rangeText: 'transparency',
    mentions: ['transparency.aiInteractionDisclosure', 'Art. 50(1)', 'the provider', '2 August 2026'],
  },
  {
    name: 'a deepfake without marking names the deployer',
    rule: 'ai-disclosure-missing',
    triggers: () => with_(minimalManifest(), (m) => (m.riskClassification.practices = ['deepfake'])),
    control: () =>
      with_(minimalManifest(), (m) => {
        m.riskClassification.practices = ['deepfake'];
        m.transparency.contentMarking = 'Watermarked and labelled.';
      }),
    severity: 'error',
    rangeText: 'transparency',
    mentions: ['transparency.contentMarking', 'Art. 50(4)', 'the deployer'],
  },
  {
    name: 'no DPIA on a minimal-risk system is a warning',
    rule: 'dpia-missing',
    triggers: () => with_(minimalManifest(), (m) => delete m.dataProtection.dpia),
    control: () =>
      with_(minimalManifest(), (m) => {
        m.dataProtection = { personalData: false };
      }),
    severity: 'warning',
    rangeText: 'dataProtection',
    mentions: ['dataProtection.dpia', 'GDPR Art. 35'],
  },
  {
    name: 'no DPIA with special-category data is an error',
    rule: 'dpia-missing',
    triggers: () =>
      with_(minimalManifest(), (m) => {
        m.dataProtection.categories = ['special-category'];
        delete m.dataProtection.dpia;
      }),
    control: () => with_(minimalManifest(), (m) => (m.dataProtection.categories = ['special-category'])),
    severity: 'error',
    rangeText: 'dataProtection',
    mentions: ['dataProtection.dpia'],
  },
  {
    name: 'a DPIA without its document on a high-risk system',
    rule: 'dpia-missing',
    triggers: () => with_(highRiskManifest(), (m) => delete m.dataProtection.dpia.document),
    control: () => highRiskManifest(),
    severity: 'error',
    rangeText: 'dpia',
    mentions: ['dataProtection.dpia.document'],
  },
  {
    name: 'a DPIA marked not-required without justification',
    rule: 'dpia-missing',
    triggers: () => with_(minimalManifest(), (m) => (m.dataProtection.dpia = { status: 'not-required' })),
    control: () =>
      with_(minimalManifest(), (m) => (m.dataProtection.dpia = { status: 'not-required', justification: 'Only public data.' })),
    severity: 'warning',
    rangeText: 'dpia',
    mentions: ['dataProtection.dpia.justification'],
  },
  {
    name: 'a high-risk deployer without FRIA',
    rule: 'fria-missing',
    triggers: () => with_(highRiskManifest(), (m) => delete m.fria),
    control: () =>
      with_(highRiskManifest(), (m) => {
        delete m.fria;
        m.riskClassification.annexIII = ['critical-infrastructure'];
      }),
    severity: 'error',
    rangeText: 'manifestVersion',
    mentions: ['fria', 'Art. 27(1)', '2 December 2027'],
  },
  {
    name: 'a provider only needs no FRIA',
    rule: 'fria-missing',
    triggers: () =>
      with_(highRiskManifest(), (m) => {
        delete m.fria;
        m.system.role = 'deployer';
      }),
    control: () =>
      with_(highRiskManifest(), (m) => {
        delete m.fria;
        m.system.role = 'provider';
      }),
    severity: 'error',
    rangeText: 'manifestVersion',
    mentions: ['fria'],
  },
  {
    name: 'logs kept for 3 months',
    rule: 'logging-insufficient',
    triggers: () => with_(highRiskManifest(), (m) => (m.logging.retentionMonths = 3)),
    control: () => highRiskManifest(),
    severity: 'error',
    rangeText: '3',
    mentions: ['logging.retentionMonths', '6 months', '26(6)'],
  },
  {
    name: 'no logging section on a high-risk system',
    rule: 'logging-insufficient',
    triggers: () => with_(highRiskManifest(), (m) => delete m.logging),
    control: () => with_(minimalManifest(), (m) => delete m.logging),
    severity: 'error',
    rangeText: 'manifestVersion',
    mentions: ['logging'],
  },
  {
    name: 'no AI literacy measures',
    rule: 'ai-literacy-missing',
    triggers: () => with_(minimalManifest(), (m) => (m.aiLiteracy = { document: 'docs/ai-literacy.md' })),
    control: () => with_(minimalManifest(), (m) => (m.aiLiteracy.document = 'docs/ai-literacy.md')),
    severity: 'warning',
    rangeText: 'aiLiteracy',
    mentions: ['aiLiteracy.measures', 'Art. 4', '2 February 2025'],
  },
  {
    name: 'employees affected by a high-risk system, not informed',
    rule: 'workers-not-informed',
    triggers: () => with_(highRiskManifest(), (m) => (m.purpose.affectedPersons = ['citizens', 'employees'])),
    control: () =>
      with_(highRiskManifest(), (m) => {
        m.purpose.affectedPersons = ['citizens', 'employees'];
        m.transparency.workersInformed = true;
      }),
    severity: 'error',
    rangeText: 'transparency',
    mentions: ['transparency.workersInformed', 'Art. 26(7)'],
  },
  {
    name: 'a derogation without justification',
    rule: 'derogation-unjustified',
    triggers: () =>
      with_(minimalManifest(), (m) => {
        m.riskClassification.annexIII = ['essential-public-services'];
        m.riskClassification.derogation = { condition: 'preparatory-task' };
      }),
    control: () =>
      with_(minimalManifest(), (m) => {
        m.riskClassification.annexIII = ['essential-public-services'];
        m.riskClassification.derogation = {
          condition: 'preparatory-task',
          justification: 'Summaries only; the caseworker reads the file.',
        };
      }),
    severity: 'error',
    rangeText: 'derogation',
    mentions: ['riskClassification.derogation.justification', 'Art. 6(4)'],
  },
  {
    name: 'a derogation claimed while profiling',
    rule: 'profiling-overrides-derogation',
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
  {
    name: 'a recommender with an empty Annex III list',
    rule: 'annex-iii-undeclared',
    triggers: () => with_(minimalManifest(), (m) => (m.purpose.tasks = ['recommendation'])),
    control: () => with_(minimalManifest(), (m) => (m.purpose.tasks = ['journal-notes', 'case-summary'])),
    severity: 'warning',
    rangeText: 'annexIII',
    mentions: ['riskClassification.annexIII', 'Annex III'],
  },
  {
    name: 'the declared tier is wrong',
    rule: 'tier-mismatch',
    triggers: () => with_(minimalManifest(), (m) => (m.riskClassification.declaredTier = 'high')),
    control: () => with_(minimalManifest(), (m) => (m.riskClassification.declaredTier = 'minimal')),
    severity: 'warning',
    rangeText: 'high',
    mentions: ['riskClassification.declaredTier', "'minimal'"],
  },
  {
    name: 'a high-risk provider without its quality management system',
    rule: 'provider-documentation-missing',
    triggers: () => with_(highRiskManifest(), (m) => delete m.documentation.qualityManagement),
    control: () =>
      with_(highRiskManifest(), (m) => {
        delete m.documentation.qualityManagement;
        m.system.role = 'deployer';
      }),
    severity: 'error',
    rangeText: 'documentation',
    mentions: ['documentation.qualityManagement', 'Art. 17', '2 December 2027'],
  },
  {
    name: 'a high-risk deployer that does not follow the instructions',
    rule: 'deployer-obligation-missing',
    triggers: () => with_(highRiskManifest(), (m) => (m.deployment.instructionsFollowed = false)),
    control: () => highRiskManifest(),
    severity: 'error',
    rangeText: 'false',
    mentions: ['deployment.instructionsFollowed', 'Art. 26(1)'],
  },
  {
    name: 'a high-risk deployer without a deployment section',
    rule: 'deployer-obligation-missing',
    triggers: () => with_(highRiskManifest(), (m) => delete m.deployment),
    control: () =>
      with_(highRiskManifest(), (m) => {
        delete m.deployment;
        m.system.role = 'provider';
      }),
    severity: 'error',
    rangeText: 'manifestVersion',
    mentions: ['deployment', 'Art. 26'],
  },
  {
    name: 'personal data without security measures',
    rule: 'gdpr-field-missing',
    triggers: () => with_(minimalManifest(), (m) => delete m.dataProtection.security),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'dataProtection',
    mentions: ['dataProtection.security', 'GDPR Art. 32'],
  },
  {
    name: 'a legal basis outside LOB § 3, stk. 2',
    rule: 'legal-basis-out-of-scope',
    triggers: () => with_(minimalManifest(), (m) => (m.legalBasis.act = 'other')),
    control: () => with_(minimalManifest(), (m) => (m.legalBasis.act = 'SDL')),
    severity: 'warning',
    rangeText: 'other',
    mentions: ['legalBasis.act', 'LOB § 3, stk. 2'],
  },
  {
    name: 'a model hosted outside the EU with personal data',
    rule: 'non-eu-hosting',
    triggers: () => with_(minimalManifest(), (m) => (m.model = { generalPurpose: true, hosting: 'non-eu' })),
    control: () => with_(minimalManifest(), (m) => (m.model = { generalPurpose: true, hosting: 'eu' })),
    severity: 'warning',
    rangeText: 'non-eu',
    mentions: ['model.hosting', 'GDPR Chapter V'],
  },
  {
    name: 'an unknown role value',
    rule: 'schema',
    triggers: () => with_(minimalManifest(), (m) => (m.system.role = 'user')),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'user',
    mentions: ['system.role', "'deployer'"],
  },
  {
    name: 'a misspelt key is a warning on the key',
    rule: 'schema',
    triggers: () => with_(minimalManifest(), (m) => (m.system.rolle = 'deployer')),
    control: () => minimalManifest(),
    severity: 'warning',
    rangeText: 'rolle',
    mentions: ['system.rolle', "Did you mean 'role'?"],
  },
  {
    name: 'broken YAML',
    rule: 'yaml-syntax',
    triggers: () => toYaml(minimalManifest()).replace('practices: []', 'practices: [social-scoring'),
    control: () => toYaml(minimalManifest()),
    severity: 'error',
    rangeText: '',
    mentions: ['YAML'],
  },
];

describe('rules', () => {
  it('the clean base manifests trigger nothing', () => {
    assert.deepEqual(check(minimalManifest()).findings, []);
    assert.deepEqual(check(highRiskManifest()).findings, []);
  });

  for (const c of cases) {
    it(`${c.rule}: ${c.name}`, () => {
      const triggered = c.triggers();
      const text = typeof triggered === 'string' ? triggered : toYaml(triggered);
      const found = findingsOf(check(text), c.rule);
      assert.equal(
        found.length,
        c.count ?? 1,
        `expected ${c.rule} in:\n${text}\ngot ${JSON.stringify(check(text).findings.map((f) => f.ruleId))}`,
      );
      const [finding] = found;
      assert.equal(finding.severity, c.severity);
      if (c.rangeText) assert.equal(textAt(text, finding.range), c.rangeText);
      for (const mention of c.mentions)
        assert.ok(finding.message.en.includes(mention), `message lacks '${mention}': ${finding.message.en}`);
      assert.ok(finding.message.da.length > 0 && finding.message.da !== finding.message.en, 'a Danish message');
      assert.deepEqual(findingsOf(check(c.control()), c.rule), [], 'the near-identical control must not trigger it');
    });
  }

  it('dpia-document-not-found: a named document that does not exist', async () => {
    const manifest = minimalManifest();
    const text = toYaml(manifest);
    const missing = await checkWithFiles(text, (path) => path !== 'docs/dpia.md');
    const found = findingsOf(missing, 'dpia-document-not-found');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(textAt(text, found[0].range), 'docs/dpia.md');
    assert.ok(found[0].message.en.includes('dataProtection.dpia.document'));
    const present = await checkWithFiles(text, () => true);
    assert.deepEqual(findingsOf(present, 'dpia-document-not-found'), []);
  });

  it('dpia-document-not-found: URLs are not checked', async () => {
    const manifest = minimalManifest();
    manifest.humanOversight.procedure = 'https://intranet.eksempel.dk/tilsyn';
    const result = await checkWithFiles(manifest, (path) => path !== 'https://intranet.eksempel.dk/tilsyn');
    assert.deepEqual(findingsOf(result, 'dpia-document-not-found'), []);
  });

  it('profiling-overrides-derogation points at the profiling flag as related information', () => {
    const manifest = highRiskManifest();
    manifest.riskClassification.profiling = true;
    manifest.riskClassification.derogation = { condition: 'preparatory-task', justification: 'x' };
    const text = toYaml(manifest);
    const [finding] = findingsOf(check(text), 'profiling-overrides-derogation');
    assert.equal(finding.related?.length, 1);
    assert.equal(textAt(text, finding.related[0].range), 'true');
  });

  it('a gap a named rule reports is not reported by schema too', () => {
    const manifest = minimalManifest();
    delete manifest.humanOversight;
    delete manifest.dataProtection.security;
    manifest.decisions.caseworkerDecides = 'yes';
    const result = check(manifest);
    const schemaPaths = findingsOf(result, 'schema').map((f) => f.path.join('.'));
    assert.ok(!schemaPaths.includes('humanOversight'), 'humanOversight is reported by human-oversight-missing');
    assert.ok(!schemaPaths.includes('dataProtection.security'), 'security is reported by gdpr-field-missing');
    assert.ok(schemaPaths.includes('decisions.caseworkerDecides'), 'a wrong type no rule reports stays a schema finding');
    assert.equal(findingsOf(result, 'human-oversight-missing').length, 1);
  });

  it('annex-iii-undeclared leaves a missing annexIII to the schema, as the required-field error it is', () => {
    const manifest = minimalManifest();
    manifest.purpose.category = 'decision-support';
    delete manifest.riskClassification.annexIII;
    const result = check(manifest);
    assert.deepEqual(findingsOf(result, 'annex-iii-undeclared'), []);
    const [required] = findingsOf(result, 'schema');
    assert.deepEqual([required.path, required.severity], [['riskClassification', 'annexIII'], 'error']);
  });

  it('every rule id of the catalogue has a case here, or its own test file in rules/', () => {
    // dpia-document-not-found: its own cases below; the newer rules (acceptance-*, placeholder-value, …): test/unit/rules/<rule-id>.test.ts.
    const ownFile = (id: string) => fs.existsSync(path.join(__dirname, 'rules', `${id}.test.js`));
    const tested = new Set([...cases.map((c) => c.rule), 'dpia-document-not-found', ...RULE_IDS.filter(ownFile)]);
    assert.deepEqual(
      RULE_IDS.filter((id) => !tested.has(id)),
      [],
    );
  });

  it('messages follow the edition: as adopted, high-risk duties date from 2 August 2026', () => {
    const manifest = highRiskManifest();
    delete manifest.fria;
    const [amended] = findingsOf(check(manifest), 'fria-missing');
    const [adopted] = findingsOf(check(manifest, { edition: 'adopted' }), 'fria-missing');
    assert.ok(amended.message.en.includes('2 December 2027'));
    assert.ok(adopted.message.en.includes('2 August 2026'));
    assert.ok(adopted.message.da.includes('2. august 2026'));
  });
});
