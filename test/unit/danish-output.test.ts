import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkManifest, checkManifestText } from '../../src/core/check';
import { assess } from '../../src/core/assessment/assess';
import { DOMAIN_RULES, RULES } from '../../src/core/rules/index';
import { assessmentMarkdown } from '../../src/core/views/assessmentMarkdown';
import { buildTimelineModel } from '../../src/core/views/timelineView';
import { formatAssessmentText } from '../../src/cli/output';
import type { Edition } from '../../src/core/law/timeline';
import { highRiskManifest, minimalManifest, toYaml } from './manifests';
import { enumName, enumNames, type EnumKind } from '../../src/core/law/enumNames';
import { runCli } from '../../src/cli/main';
import { scanMessages } from '../../scripts/l10n-messages';
import { cite } from '../../src/core/law/articles';
import { roleLabel, statusLabel } from '../../src/core/register/formats';

/**
 * Danish output is Danish (spec, rule catalogue): no English word from this list in any Danish message, reason,
 * obligation or panel text. Code (`…`), quoted values ('…'), enum values with hyphens, URLs and paths are the
 * manifest's own words and are left out first.
 */
const ENGLISH = [
  'Annex',
  'point',
  'points',
  'Art.',
  'Arts.',
  'Article',
  'applies',
  'apply',
  'missing',
  'from',
  'since',
  'before',
  'after',
  'the',
  'and',
  'of',
  'is',
  'must',
  'AI Act',
  'Chapter',
  'subparagraph',
  'executive order',
  'in force',
  'date',
  'secondary',
  'sources',
  'settled',
  'edition',
  'gap',
  'gaps',
  'this',
  'not',
  'changed',
  'service',
  'shown',
  'comparison',
  'Regulation',
  'Section',
  'Sections',
  'amended',
  'adopted',
  'deployer',
  'provider',
  'registration',
  'database',
  'due',
  'until',
  'serious incidents',
  'Danish',
  'executive order',
  'completed',
  'risk tier',
  'checked',
  'Reasons',
  'Obligations',
  'Guidance',
  'unknown',
  'accepted',
  'Legal basis',
  'findings',
  'documentation',
  'special categories',
];

/**
 * An enum value in Danish prose is shown by its Danish name (spec, rule catalogue: "enum values are shown by their
 * Danish names wherever text is shown … the field's own value may follow in code font"): every value whose Danish
 * name differs is an English word here, unless quoted or in code. Values that are Danish words as well (`pilot`,
 * `chatbot`, `migration`, `deepfake`, the acts' abbreviations, `eu`, `cpr`) are left out.
 */
const DANISH_WORDS = new Set(['pilot', 'chatbot', 'migration', 'deepfake', 'LAB', 'LAS', 'SDL', 'LKHE', 'INL', 'eu', 'cpr']);
const ENUM_KINDS: EnumKind[] = [
  'tier',
  'status',
  'role',
  'act',
  'category',
  'task',
  'affectedPerson',
  'practice',
  'annexIII',
  'condition',
  'dataCategory',
  'dpiaStatus',
  'friaStatus',
  'hosting',
];
const ENUM_NAMES = ENUM_KINDS.flatMap((kind) => enumNames(kind)).filter(([value, name]) => value !== name && !DANISH_WORDS.has(value));
const ENGLISH_VALUES = [...new Set(ENUM_NAMES.map(([value]) => value))];
/** The Danish names, longest first: taken out of a text before its values are looked for ("minimal risiko"). */
const DANISH_NAMES = [...new Set(ENUM_NAMES.map(([, name]) => name))].sort((a, b) => b.length - a.length);

function withoutCode(text: string): string {
  return text
    .replace(/`[^`]*`/g, ' ')
    .replace(/'[^']*'/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[\w.-]+\/[\w./-]+/g, ' ') // paths
    .replace(/\b[a-zA-Z]+(?:\.[a-zA-Z]+)+\b/g, ' '); // field and setting names such as aiSystemManifest.edition
}

/** Rule ids are names, as code is ("prohibited-practice"). */
const RULE_IDS = [...RULES.map((rule) => rule.id as string)].sort((a, b) => b.length - a.length);

/**
 * One form of address: the municipality is "I/jeres" (spec, rule catalogue; glossary-da.md), never "du/dig/din".
 * Not English, but as wrong in Danish output; reported with the English words.
 */
const SECOND_PERSON_SINGULAR = ['du', 'Du', 'dig', 'Dig', 'din', 'dit', 'dine'];

/** The fields that hold one enum value, as messages name them. */
const KIND_OF_FIELD: Record<string, EnumKind> = {
  'riskClassification.declaredTier': 'tier',
  'system.status': 'status',
  'system.role': 'role',
  'legalBasis.act': 'act',
  'purpose.category': 'category',
  'riskClassification.derogation.condition': 'condition',
  'dataProtection.dpia.status': 'dpiaStatus',
  'fria.status': 'friaStatus',
  'model.hosting': 'hosting',
};

/**
 * A field said to hold an enum value written only as the value ("'riskClassification.declaredTier' er 'limited'",
 * "manifestets svar giver 'high'"): the spec lets the field's own value follow its Danish name ("er pilotforløb
 * ('pilot')"), not stand for it. Other quoted values (a list to choose from, a value to write) are the manifest's
 * own words.
 */
function bareValuesIn(text: string): string[] {
  const bare: string[] = [];
  const said = [
    ...[...text.matchAll(/(['`])([\w.]+)\1 er (['`])([a-z][a-z0-9-]*)\3/g)].map((m) => ({ kind: KIND_OF_FIELD[m[2]], value: m[4] })),
    ...[...text.matchAll(/svar giver (['`])([a-z][a-z0-9-]*)\1/g)].map((m) => ({ kind: 'tier' as const, value: m[2] })),
  ];
  for (const { kind, value } of said) {
    const name = kind && enumName(kind, value, 'da');
    if (name && name !== value) bare.push(`'${value}' without its Danish name`);
  }
  return bare;
}

function englishWordsIn(text: string): string[] {
  const bare = bareValuesIn(text);
  let plain = withoutCode(text);
  for (const name of [...DANISH_NAMES, ...RULE_IDS]) plain = plain.split(name).join(' ');
  const words = [...ENGLISH, ...ENGLISH_VALUES, ...SECOND_PERSON_SINGULAR].filter((word) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}])${escaped}(?=$|[^\\p{L}])`, 'u').test(plain);
  });
  return [...words, ...bare];
}

/** Collects every text with English words, so that one run names them all (each once). */
let problems: Set<string> | undefined;

function assertDanish(label: string, text: string): void {
  const found = englishWordsIn(text);
  if (found.length === 0) return;
  const problem = `${label}: English ${found.map((w) => `'${w}'`).join(', ')} in: ${text}`;
  if (problems) problems.add(problem);
  else assert.fail(problem);
}

/** Runs `body`, then fails with every problem it found. */
async function allDanish(body: () => void | Promise<void>): Promise<void> {
  problems = new Set();
  try {
    await body();
    assert.deepEqual([...problems], []);
  } finally {
    problems = undefined;
  }
}

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLES = fs
  .readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => path.join(ROOT, 'examples', entry.name, 'ai-system.yaml'))
  .filter((file) => fs.existsSync(file));

type Manifest = Record<string, any>;

/** Every leaf and section of a manifest, as paths. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, i) => paths(item, [...prefix, i]))];
  if (value && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

function mutate(manifest: Manifest, at: (string | number)[], change: (parent: any, key: string | number) => void): Manifest {
  const copy = structuredClone(manifest);
  let parent: any = copy;
  for (const key of at.slice(0, -1)) parent = parent?.[key];
  if (parent && typeof parent === 'object') change(parent, at[at.length - 1]);
  return copy;
}

/**
 * Variants that make each rule speak in each of its forms: every field removed, set false, set to `other`; every
 * practice listed; each role; a derogation; a system in service since 2025, changed later; both editions.
 */
function variants(): Manifest[] {
  const high = highRiskManifest();
  const derogation = structuredClone(minimalManifest());
  derogation.system.role = 'provider';
  derogation.riskClassification = {
    practices: [],
    annexIII: ['essential-public-services'],
    profiling: false,
    derogation: { condition: 'preparatory-task', justification: 'Drafts only.' },
  };
  const profilingDerogation = structuredClone(derogation);
  profilingDerogation.riskClassification.profiling = true;
  const bases: Manifest[] = [minimalManifest(), high, derogation, profilingDerogation];
  for (const role of ['provider', 'deployer']) bases.push(mutate(high, ['system', 'role'], (p, k) => (p[k] = role)));
  const legacy = structuredClone(high);
  legacy.system.inServiceSince = '2025-03-01';
  bases.push(legacy);
  const changed = structuredClone(legacy);
  changed.system.lastSignificantChange = '2028-01-15';
  bases.push(changed);
  const practices = [
    'social-scoring',
    'csam-generation',
    'interacts-with-persons',
    'synthetic-content',
    'emotion-recognition',
    'biometric-categorisation',
    'deepfake',
    'public-interest-text',
  ];
  for (const practice of practices) {
    const listed = mutate(legacy, ['riskClassification', 'practices'], (p, k) => (p[k] = [practice]));
    bases.push(listed);
  }
  bases.push(mutate(high, ['riskClassification'], (p, k) => (p[k] = { ...p[k], declaredTier: 'minimal', annexI: true })));
  bases.push(mutate(minimalManifest(), ['purpose', 'tasks'], (p, k) => (p[k] = ['profiling', 'recommendation'])));
  bases.push(mutate(minimalManifest(), ['purpose', 'category'], (p, k) => (p[k] = 'decision-support')));
  bases.push(mutate(minimalManifest(), ['purpose', 'tasks'], (p, k) => (p[k] = ['chatbot'])));
  bases.push(mutate(minimalManifest(), ['system', 'name'], (p, k) => (p[k] = 'TODO')));
  const accepted = structuredClone(high);
  accepted.model = { hosting: 'non-eu' };
  accepted.acceptedFindings = [
    { rule: 'non-eu-hosting', reason: 'Standard contractual clauses.', acceptedBy: 'DPO', date: '2026-11-20', expires: '2026-11-30' },
    { rule: 'schema', reason: 'x', acceptedBy: 'DPO', date: '2026-11-20' },
    { rule: 'fria-missing', reason: 'x', acceptedBy: 'DPO', date: '2026-11-20' },
  ];
  bases.push(accepted);
  bases.push(mutate(high, ['purpose', 'affectedPersons'], (p, k) => (p[k] = ['employees'])));
  bases.push(mutate(high, ['riskClassification', 'derogation'], (p, k) => (p[k] = { condition: 'preparatory-task' })));
  bases.push(mutate(high, ['riskClassification', 'profiling'], (p, k) => (p[k] = true)));
  bases.push(mutate(high, ['logging', 'retentionMonths'], (p, k) => (p[k] = 3)));
  bases.push(mutate(high, ['model'], (p, k) => (p[k] = { hosting: 'non-eu' })));
  bases.push(mutate(high, ['dataProtection', 'dpia'], (p, k) => (p[k] = { status: 'not-required' })));
  bases.push(mutate(high, ['dataProtection', 'categories'], (p, k) => (p[k] = ['special-category'])));
  return bases;
}

/** The bases, and each with every field removed, set false, or (a string) set to `other`. */
function mutations(bases: Manifest[]): Manifest[] {
  const all: Manifest[] = [];
  for (const base of bases) {
    for (const at of paths(base)) {
      if (at.length === 0 || at[0] === 'manifestVersion') continue;
      const leaf = at.reduce<any>((node, key) => node?.[key], base);
      all.push(mutate(base, at, (p, k) => (Array.isArray(p) ? p.splice(Number(k), 1) : delete p[k])));
      if (typeof leaf !== 'object') all.push(mutate(base, at, (p, k) => (p[k] = false)));
      if (typeof leaf === 'string') all.push(mutate(base, at, (p, k) => (p[k] = 'other')));
    }
  }
  return all;
}

describe('Danish output is Danish', () => {
  it('finds English words (the check can fail)', () => {
    assert.deepEqual(englishWordsIn('applies from 2 December 2027 (Annex III point 5)'), ['Annex', 'point', 'applies', 'from']);
    assert.deepEqual(englishWordsIn('`deployment.providerRegistration` mangler (art. 26, stk. 8)'), []);
    assert.deepEqual(englishWordsIn('risikoniveau high; status er in-progress (serious incidents: art. 73)'), [
      'serious incidents',
      'high',
      'in-progress',
    ]);
    assert.deepEqual(englishWordsIn("status er i gang (`in-progress`), 'completed'; minimal risiko; Minimal eller ingen risiko"), []);
    assert.deepEqual(englishWordsIn('Hold dig inden for hjemlen; Registrér jeres brug (prohibited-practice)'), ['dig']);
    assert.deepEqual(englishWordsIn("'riskClassification.declaredTier' er 'limited', men manifestets svar giver 'high': …"), [
      "'limited' without its Danish name",
      "'high' without its Danish name",
    ]);
    assert.deepEqual(englishWordsIn("'model.hosting' er 'non-eu', og 'legalBasis.act' er 'other'"), [
      "'non-eu' without its Danish name",
      "'other' without its Danish name",
    ]);
    assert.deepEqual(
      englishWordsIn("'fria.status' er i gang ('in-progress'), mens 'system.status' er pilotforløb ('pilot'); giver højrisiko ('high')"),
      [],
    );
    assert.deepEqual(englishWordsIn("'acceptedFindings[0].rule' er 'other', som ikke er et regel-id"), []);
  });

  it('every rule’s Danish message, in every variant the rule can produce, in both editions', async function () {
    this.timeout(120000);
    const seen = new Map<string, Set<string>>();
    const bases = variants();
    const runs: [Manifest, Edition][] = [
      ...bases.flatMap((base) => (['amended', 'adopted'] as Edition[]).map((edition): [Manifest, Edition] => [base, edition])),
      ...mutations(bases).map((manifest): [Manifest, Edition] => [manifest, 'amended']),
    ];
    for (const [manifest, edition] of runs) {
      const text = toYaml(manifest);
      {
        const result = await checkManifest(text, {
          edition,
          referenceDate: '2026-12-01',
          fileExists: (file) => !file.includes('monitoring'),
          readDocument: (file) => {
            const bytes = new TextEncoder().encode(file.includes('dpia') ? 'TODO: fill in\n' : '# Done\n');
            return { size: bytes.length, read: () => bytes };
          },
        });
        for (const finding of result.findings) {
          if (finding.ruleId === 'schema' || finding.ruleId === 'yaml-syntax') continue;
          const messages = seen.get(finding.ruleId) ?? new Set<string>();
          messages.add(finding.message.da);
          seen.set(finding.ruleId, messages);
        }
      }
    }
    for (const rule of DOMAIN_RULES) assert.ok(seen.has(rule.id), `no variant made ${rule.id} speak`);
    assert.ok(seen.has('dpia-document-not-found'));
    await allDanish(() => {
      for (const [ruleId, messages] of seen) for (const message of messages) assertDanish(ruleId, message);
    });
  });

  it('every rule’s articles, cited in Danish', () =>
    allDanish(() => {
      for (const rule of RULES) assertDanish(`${rule.id} articles`, cite(rule.articles, 'da'));
    }));

  it('every rule’s Danish description', () =>
    allDanish(() => {
      for (const rule of RULES) assertDanish(rule.id, rule.description.da);
    }));

  it('assess (text and the editor’s view) and the timeline panel in Danish', function () {
    this.timeout(60000);
    return allDanish(() => {
      const manifests = [...EXAMPLES.map((file) => fs.readFileSync(file, 'utf8')), ...variants().map((m) => toYaml(m))];
      for (const text of manifests) {
        for (const [date, edition] of [
          ['2026-07-01', undefined],
          ['2026-12-01', 'adopted'],
          ['2031-01-01', undefined],
        ] as const) {
          const result = checkManifestText(text, { referenceDate: date, edition });
          const assessment = assess(result, date);
          assertDanish('assess text', formatAssessmentText('ai-system.yaml', assessment, 'da'));
          assertDanish('assessment view', assessmentMarkdown(assessment, { lang: 'da', subject: 'System' }));
          const model = buildTimelineModel({
            lang: 'da',
            edition: assessment.edition,
            today: date,
            assessment,
            fileName: 'ai-system.yaml',
          });
          for (const [where, value] of panelTexts(model)) assertDanish(`panel ${where}`, value);
        }
      }
    });
  });
});

/** A high-risk deployer that profiles: every deployer duty, the FRIA and the registration speak. */
function highRiskProfiling(): Manifest {
  const manifest = highRiskManifest();
  manifest.system.role = 'deployer';
  manifest.purpose.category = 'decision-support';
  manifest.purpose.tasks = ['profiling', 'recommendation'];
  manifest.riskClassification.profiling = true;
  manifest.dataProtection.dpia = { status: 'in-progress' };
  manifest.fria = { status: 'in-progress' };
  return manifest;
}

async function cli(args: string[]): Promise<string> {
  let stdout = '';
  await runCli(args, { stdout: (t) => (stdout += t), stderr: () => undefined, today: () => '2026-12-01' });
  return stdout;
}

describe('check and assess --lang da on the examples and a high-risk profiling manifest', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-da-'));
  const profiling = path.join(dir, 'ai-system.yaml');
  fs.writeFileSync(profiling, toYaml(highRiskProfiling()));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const files = [...EXAMPLES, profiling];
  const label = (file: string) => path.relative(ROOT, file) || file;

  for (const date of ['2026-12-01', '2028-01-01']) {
    it(`every finding's message of check on ${date}`, () =>
      allDanish(async () => {
        for (const file of files) {
          const json = JSON.parse(await cli(['check', file, '--format', 'json', '--lang', 'da', '--date', date]));
          const findings = json.files.flatMap((f: { findings: { ruleId: string; message: string }[] }) => f.findings);
          assert.ok(findings.length > 0 || file !== profiling, 'the profiling manifest has findings');
          for (const finding of findings) assertDanish(`${label(file)} ${finding.ruleId}`, finding.message);
        }
      }));

    // The text output's columns `file:line:col severity rule-id` are what problem matchers read (README: "readable by
    // editors' and CI's problem matchers"): the severity is the JSON's enum value, like the rule id, in either
    // language. The message after them, the tier lines and the summary are Danish.
    it(`every line of check's text output on ${date}`, () =>
      allDanish(async () => {
        const text = await cli(['check', ...files, '--lang', 'da', '--date', date]);
        assert.match(text, /kontrolleret: /);
        for (const line of text.split('\n')) {
          const message = line.replace(/^\S+:\d+:\d+ (error|warning|information) [a-z0-9-]+ /, '').replace(/^\S+\.yaml: /, '');
          if (message.trim()) assertDanish('check text', message);
        }
      }));

    it(`every reason, obligation text and note of assess on ${date}`, () =>
      allDanish(async () => {
        for (const file of files) {
          const json = JSON.parse(await cli(['assess', file, '--format', 'json', '--lang', 'da', '--date', date]));
          for (const reason of json.reasons)
            for (const key of ['text', 'article', 'dateReason']) if (reason[key]) assertDanish(`${label(file)} reason ${key}`, reason[key]);
          for (const obligation of json.obligations) {
            // A duty's text is a whole sentence: not cut off after a preposition ("…som systemet hjælper med").
            if (/\s(med|til|af|for|om|på|fra|i|ved)$/.test(obligation.text))
              problems?.add(`${label(file)} ${obligation.id}: cut off: ${obligation.text}`);
            for (const key of ['text', 'article', 'dateReason', 'note'])
              if (obligation[key]) assertDanish(`${label(file)} ${obligation.id} ${key}`, obligation[key]);
          }
          assertDanish(`${label(file)} assess text`, await cli(['assess', file, '--lang', 'da', '--date', date]));
        }
      }));
  }
});

describe('the next duty in the Danish register (JSON, CycloneDX) is cited in Danish', () => {
  it('names the duty and cites its article as Danish law does, in every example, on dates before and after the duties', () =>
    allDanish(async () => {
      let seen = 0;
      for (const date of ['2026-07-01', '2026-12-01', '2028-01-01']) {
        const json = JSON.parse(
          await cli(['register', ...EXAMPLES.map((file) => path.dirname(file)), '--format', 'json', '--lang', 'da', '--date', date]),
        );
        for (const record of json.systems) {
          if (!record.nextDuty) continue;
          seen++;
          assertDanish(`register ${record.file} nextDuty`, `${record.nextDuty.text} (${record.nextDuty.article})`);
        }
        const bom = JSON.parse(
          await cli(['register', ...EXAMPLES.map((file) => path.dirname(file)), '--format', 'cyclonedx', '--lang', 'da', '--date', date]),
        );
        const properties = JSON.stringify(bom).match(/"ai-system-manifest:nextDuty","value":"[^"]*"/g) ?? [];
        for (const property of properties) assertDanish('cyclonedx nextDuty', property.replace(/^.*"value":/, '').replace(/"/g, ''));
      }
      assert.ok(seen > 0, 'no next duty in the register');
    }));
});

/** Every string of the panel's model but sources (citations of the legal texts), ids, paths and file names. */
function panelTexts(value: unknown, where = ''): [string, string][] {
  const skip = new Set([
    'source',
    'editionSource',
    'fileName',
    'id',
    'path',
    'pathLabel',
    'ruleIds',
    'milestoneId',
    'lang',
    'edition',
    'today',
    'date',
    'appliesFrom',
    'kind',
    'status',
    'phase',
    'tier',
    'certainty',
    'currentMilestoneId',
  ]);
  if (typeof value === 'string') return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => panelTexts(item, `${where}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (skip.has(key) ? [] : panelTexts(item, where ? `${where}.${key}` : key)));
  }
  return [];
}

/** Every string of a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The bundle's messages used only by the citizens' page, which speaks to one citizen. */
const CITIZENS_PAGE = 'src/core/register/citizensPage.ts';
function citizensOnly(): Set<string> {
  const { messages } = scanMessages(ROOT);
  const elsewhere = new Set(messages.filter((m) => m.file !== CITIZENS_PAGE).map((m) => m.message));
  return new Set(messages.filter((m) => m.file === CITIZENS_PAGE && !elsewhere.has(m.message)).map((m) => m.message));
}

describe('the Danish texts address the municipality as I/jeres', () => {
  // The citizens' texts (the citizen-notice template, the citizens' page: src/core/register/citizensPage.ts) speak to
  // one citizen as "du" and are not read here: these are the texts the product says to the municipality's staff.
  const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n/bundle.l10n.da.json'), 'utf8')) as Record<string, string>;
  const citizens = citizensOnly();
  it('leaves out the citizens’ page’s texts only', () => {
    assert.ok(citizens.has('Who decides'), 'the citizens’ page’s texts are found');
    assert.ok(!citizens.has('Risk tier'), 'a text the staff read too is read');
  });
  const sources: [string, unknown][] = [
    [
      'l10n/bundle.l10n.da.json',
      Object.entries(bundle)
        .filter(([english]) => !citizens.has(english))
        .map(([, danish]) => danish),
    ],
    ['package.nls.da.json', JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.da.json'), 'utf8'))],
    ['schemas/ai-system.schema.da.json', JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/ai-system.schema.da.json'), 'utf8'))],
  ];
  for (const [file, json] of sources) {
    it(`${file} never says du/dig/din/dit/dine`, () => {
      const texts = strings(json);
      assert.ok(texts.length > 20, `no texts read from ${file}`);
      const singular = texts.filter((text) =>
        SECOND_PERSON_SINGULAR.some((word) => new RegExp(`(^|[^\\p{L}])${word}(?=$|[^\\p{L}])`, 'u').test(withoutCode(text))),
      );
      assert.deepEqual(singular, []);
    });
  }
});

describe('the register names roles and statuses from the one table of enum names', () => {
  it('statusLabel and roleLabel in Danish are the table’s names (src/core/law/enumNames.ts)', () => {
    for (const [value, name] of enumNames('status')) assert.equal(statusLabel(value, 'da'), name, value);
    for (const [value, name] of enumNames('role')) assert.equal(roleLabel(value, 'da'), name, value);
  });
});

describe('YAML syntax errors in Danish', () => {
  // The `yaml` library writes its errors in English; each one a manifest meets is translated in the bundle
  // (src/core/yaml/syntaxMessages.ts), so `check --lang da` on a broken file (examples/README.md as YAML) is Danish.
  const broken = [
    'system:\n  name: a: b\n',
    'system:\n\tname: x\n',
    'a: 1\na: 2\n',
    'a: "unclosed\n',
    "a: 'unclosed\n",
    'a: @x\n',
    'a: `x\n',
    'a: , b\n',
    'a: %x\n',
    'a: 1\n---\nb: 2\n',
    'key without value\nb: 1\n',
    'a: {b: 1 c: 2}\n',
    'a: "\\q"\n',
    'a: &x &y 1\n',
    'a: |x\n  b\n',
    '- a\nb: 1\n',
    'a:\n  b: 1\n c: 2\n',
    '[a\n',
    '{a: 1\n',
    'a: [b, c\n',
    'a: *\n',
    'a: b\n  c: d\n',
  ];
  it('every message of the library the check meets is translated, in Danish words', () =>
    allDanish(() => {
      for (const text of broken) {
        const findings = checkManifestText(text, { referenceDate: '2026-12-01' }).findings.filter((f) => f.ruleId === 'yaml-syntax');
        assert.ok(findings.length > 0, `no syntax error in ${JSON.stringify(text)}`);
        for (const finding of findings) {
          assert.match(finding.message.en, /^YAML syntax error: /);
          if (finding.message.da.includes('YAML-bibliotekets meddelelse')) problems?.add(`not translated: ${finding.message.en}`);
          assertDanish(`yaml-syntax ${JSON.stringify(text)}`, finding.message.da);
        }
      }
    }));

  it('check --lang da on a Markdown file read as YAML (examples/README.md)', () =>
    allDanish(async () => {
      const text = await cli(['check', path.join(ROOT, 'examples', 'README.md'), '--lang', 'da', '--date', '2026-12-01']);
      assert.match(text, /yaml-syntax/);
      for (const line of text.split('\n')) {
        const message = line.replace(/^\S+:\d+:\d+ (error|warning|information) [a-z0-9-]+ /, '').replace(/^\S+\.md: /, '');
        if (message.trim()) assertDanish('check README.md', message.replace(/ikke gyldig YAML: .*/, 'ikke gyldig YAML'));
      }
    }));
});

describe('check --format sarif --lang da', () => {
  it('names every rule, its legal basis and the guidance in Danish', () =>
    allDanish(async () => {
      const sarif = JSON.parse(await cli(['check', EXAMPLES[0], '--format', 'sarif', '--lang', 'da', '--date', '2026-12-01']));
      const rules = sarif.runs[0].tool.driver.rules as {
        id: string;
        fullDescription: { text: string };
        help: { text: string; markdown: string };
      }[];
      assert.equal(rules.length, RULES.length);
      for (const rule of rules) {
        assertDanish(`sarif ${rule.id} fullDescription`, rule.fullDescription.text);
        assertDanish(`sarif ${rule.id} help`, rule.help.text);
        assertDanish(`sarif ${rule.id} help markdown`, rule.help.markdown.replace(/\*\*[a-z0-9-]+\*\*/, ''));
      }
    }));
});
