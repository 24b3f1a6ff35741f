/**
 * Generates realistic `ai-system.yaml` manifests of a chosen length for the benchmark.
 *
 * The shape is that of a real manifest (a high-risk profiling tool of a jobcentre, deployed by the
 * municipality): every section present, enum values valid, a few typical findings. A manifest grows the way
 * real ones do: longer prose in the free-text fields (folded block scalars) and longer explanatory comments
 * above the sections, never unknown keys (those would be warnings, not content). Deterministic for a seed.
 */

const WORDS = (
  'sagsbehandleren borgeren jobcentret kommunen vurderingen modellen udkastet afgørelsen oplysningerne ' +
  'konsekvensanalysen leverandøren databehandleraftalen tilbuddet ledigheden samtalen forløbet indsatsen ' +
  'dokumentationen registreringen vejledningen medarbejderen teamlederen kontrollen stikprøven afvigelsen ' +
  'hændelsen rapporten gennemgangen kriterierne datagrundlaget repræsentativiteten nøjagtigheden ' +
  'logningen opbevaringen sletningen adgangen rettighederne fagsystemet integrationen overvågningen ' +
  'kvartalsvis løbende altid aldrig kun ikke også derfor desuden særligt efter før under ved med uden ' +
  'og eller men som der det den de en et til fra om af på i for at skal kan bliver er har vurderer ' +
  'dokumenterer gennemgår kontrollerer godkender retter afviser registrerer sletter opbevarer vejleder'
).split(' ');

const ARTICLES = ['art. 26, stk. 1', 'art. 26, stk. 5', 'art. 27', 'art. 14', 'art. 6, stk. 3', 'art. 35 GDPR', 'LOB § 3'];

/** Small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One line of prose, about `width` characters, ending in a full stop now and then. */
function proseLine(next: () => number, width: number): string {
  const words: string[] = [];
  let length = 0;
  while (length < width) {
    let word = WORDS[Math.floor(next() * WORDS.length)];
    if (words.length === 0) word = word[0].toUpperCase() + word.slice(1);
    if (next() < 0.04) word += ` (${ARTICLES[Math.floor(next() * ARTICLES.length)]})`;
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ') + (next() < 0.5 ? '.' : ',');
}

function prose(next: () => number, lines: number, indent: string, width = 72): string[] {
  return Array.from({ length: lines }, () => indent + proseLine(next, width));
}

function comment(next: () => number, lines: number, indent = ''): string[] {
  return Array.from({ length: lines }, () => `${indent}# ${proseLine(next, 72)}`);
}

/** How many free-text fields the skeleton writes as folded block scalars (`>-`). */
const BLOCK_FIELDS = 10;
/** Top-level sections, each with a comment block above it. */
const SECTIONS = 14;

/** The manifest with about `targetLines` lines (at least 50: its required fields with one-line values). */
export function generateManifest(targetLines: number, seed = 1): string {
  const next = random(seed);
  // Below ~100 lines the manifest keeps to the fields a high-risk deployer must fill in, one line each;
  // from there on it has the optional fields too, and all growth is prose and comments.
  const full = targetLines >= 100;
  const skeletonLines = full ? 96 : 50;
  const extra = Math.max(0, targetLines - skeletonLines);
  // 80 % of the growth is prose in the block scalars, 20 % explanatory comments above the sections.
  const perBlock = Math.floor((extra * 0.8) / BLOCK_FIELDS);
  const perComment = Math.floor((extra * 0.2) / SECTIONS);
  const block = (indent: string): string => (perBlock === 0 ? proseLine(next, 40) : ['>-', ...prose(next, perBlock, indent)].join('\n'));
  const about = (): string[] => comment(next, perComment);
  const optional = (...lines: string[]): string[] => (full ? lines : []);

  // Each section with its comment block above it.
  const section = (...lines: string[]): string[] => [...about(), ...lines];
  const lines = [
    '# AI-system-manifest: Match-profilering (Eksempel Kommune, Jobcenter Eksempel)',
    ...section('manifestVersion: 1', ...optional('')),
    ...section(
      'system:',
      '  id: match-profilering',
      '  name: Match-profilering',
      `  description: ${block('    ')}`,
      ...optional('  version: 3.1.0'),
      ...optional('  status: production'),
      '  owner:',
      '    organisation: Eksempel Kommune',
      ...optional('    unit: Jobcenter Eksempel'),
      '    contact: ai@eksempel.dk',
      '  role: deployer',
    ),
    ...section('legalBasis:', '  act: LAB', ...optional('  provision: "LOB § 3, stk. 2"')),
    ...section(
      'purpose:',
      '  category: decision-support',
      '  tasks: [profiling, recommendation]',
      ...optional('  affectedPersons: [citizens]'),
    ),
    ...section('decisions:', '  automated: false', '  caseworkerDecides: true'),
    ...section(
      'riskClassification:',
      '  practices: []',
      ...optional('  annexI: false'),
      '  annexIII: [essential-public-services, employment]',
      '  profiling: true',
      ...optional('  derogation:', '    condition: preparatory-task', `    justification: ${block('      ')}`),
      ...optional('  declaredTier: limited'),
    ),
    ...section(
      'humanOversight:',
      '  reviewer: Sagsbehandler i jobcentret',
      '  canOverride: true',
      `  competence: ${block('    ')}`,
      '  procedure: docs/human-oversight.md',
    ),
    ...section(
      'transparency:',
      '  citizenNotice: "https://eksempel.dk/privatliv#ai"',
      `  aiInteractionDisclosure: ${block('    ')}`,
      '  workersInformed: true',
    ),
    ...section(
      'dataProtection:',
      '  personalData: true',
      '  categories: [ordinary, cpr]',
      `  gdprLegalBasis: ${block('    ')}`,
      `  dataMinimisation: ${block('    ')}`,
      `  security: ${block('    ')}`,
      ...optional(`  retention: ${block('    ')}`),
      '  dpia:',
      '    status: completed',
      '    document: docs/dpia.md',
      ...optional('    date: "2026-01-20"'),
    ),
    ...section('fria:', '  status: completed', '  document: docs/fria.md'),
    ...section('logging:', '  enabled: true', '  retentionMonths: 6'),
    ...section('aiLiteracy:', `  measures: ${block('    ')}`, ...optional('  document: docs/ai-literacy.md')),
    ...section(
      ...optional('model:', '  generalPurpose: false', '  name: Match v3', '  provider: Leverandøren MatchData ApS', '  hosting: non-eu'),
    ),
    ...section(
      'deployment:',
      '  instructionsFollowed: true',
      `  inputDataRelevance: ${block('    ')}`,
      '  monitoring: docs/monitoring.md',
      '  affectedPersonsInformed: true',
    ),
  ];
  return lines.join('\n') + '\n';
}

/** Number of lines of a text (a final line break does not start another line). */
export function countLines(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  return text.endsWith('\n') ? count : count + 1;
}
