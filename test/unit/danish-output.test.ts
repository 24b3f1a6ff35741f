import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkManifest, checkManifestText } from '../../src/core/check';
import { assess } from '../../src/core/assessment/assess';
import { DOMAIN_RULES, RULES } from '../../src/core/rules/index';
import { assessmentMarkdown } from '../../src/core/views/assessmentMarkdown';
import { buildTimelineModel } from '../../src/core/views/timelineView';
import { formatAssessmentText } from '../../src/cli/output';
import type { Edition } from '../../src/core/law/timeline';
import { highRiskManifest, minimalManifest, toYaml } from './manifests';

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
];

function withoutCode(text: string): string {
  return text
    .replace(/`[^`]*`/g, ' ')
    .replace(/'[^']*'/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[\w.-]+\/[\w./-]+/g, ' ') // paths
    .replace(/\b[a-zA-Z]+(?:-[a-zA-Z]+)+\b/g, ' ') // enum values such as not-required, in-progress
    .replace(/\b[a-zA-Z]+(?:\.[a-zA-Z]+)+\b/g, ' '); // field and setting names such as aiSystemManifest.edition
}

function englishWordsIn(text: string): string[] {
  const plain = withoutCode(text);
  return ENGLISH.filter((word) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}])${escaped}(?=$|[^\\p{L}])`, 'u').test(plain);
  });
}

function assertDanish(label: string, text: string): void {
  const found = englishWordsIn(text);
  assert.deepEqual(found, [], `${label}: English ${found.map((w) => `'${w}'`).join(', ')} in: ${text}`);
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
    for (const [ruleId, messages] of seen) for (const message of messages) assertDanish(ruleId, message);
  });

  it('every rule’s Danish description', () => {
    for (const rule of RULES) assertDanish(rule.id, rule.description.da);
  });

  it('assess (text and the editor’s view) and the timeline panel in Danish', function () {
    this.timeout(60000);
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
        const model = buildTimelineModel({ lang: 'da', edition: assessment.edition, today: date, assessment, fileName: 'ai-system.yaml' });
        for (const [where, value] of panelTexts(model)) assertDanish(`panel ${where}`, value);
      }
    }
  });
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
