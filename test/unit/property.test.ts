/**
 * Properties of the checker over generated input: it never throws, every range lies inside the document,
 * and the result is deterministic. `npm test` runs a modest number of cases; `npm run fuzz` runs the same
 * properties with 100,000 cases each (or FUZZ_RUNS). A failure prints fast-check's seed and path to replay it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { checkManifestText } from '../../src/core/check';
import type { Finding, SourceRange } from '../../src/core/types';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.npm_lifecycle_event === 'fuzz' ? 100_000 : 300));

const EXAMPLES = fs
  .readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(ROOT, 'examples', entry.name, 'ai-system.yaml')))
  .map((entry) => fs.readFileSync(path.join(ROOT, 'examples', entry.name, 'ai-system.yaml'), 'utf8'));

/** The lines as an editor counts them: LF, CRLF and a lone CR each end a line. */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function assertInside(range: SourceRange, lines: string[], what: string): void {
  for (const position of [range.start, range.end]) {
    assert.ok(Number.isInteger(position.line) && position.line >= 0 && position.line < lines.length, `${what}: line ${position.line} of ${lines.length}`);
    const length = lines[position.line].length;
    assert.ok(Number.isInteger(position.character) && position.character >= 0 && position.character <= length, `${what}: character ${position.character} > ${length}`);
  }
  const { start, end } = range;
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what}: start after end`);
}

function assertWellFormed(text: string, findings: Finding[]): void {
  const lines = linesOf(text);
  for (const finding of findings) {
    assertInside(finding.range, lines, finding.ruleId);
    for (const related of finding.related ?? []) assertInside(related.range, lines, `${finding.ruleId} (related)`);
    assert.ok(finding.message.en.length > 0 && finding.message.da.length > 0, `${finding.ruleId}: empty message`);
  }
}

/** The three properties at once: no exception, ranges inside, the same result twice. */
function checkProperties(text: string): void {
  const first = checkManifestText(text);
  assertWellFormed(text, first.findings);
  const second = checkManifestText(text);
  assert.deepEqual({ findings: second.findings, tier: second.tier }, { findings: first.findings, tier: first.tier });
}

// --- generators ------------------------------------------------------------------------------------

/** Pieces of YAML syntax and of the manifest's vocabulary: strings built from them reach far into the parser. */
const YAML_PIECES = [
  ':', ': ', ' ', '  ', '\n', '\r\n', '\r', '\t', '-', '- ', '[', ']', '{', '}', ',', '?', '? ', '|', '>-', '|+',
  '#', '# x', '&a ', '*a', '&b ', '*b', '<<: ', '!!str ', '!!int ', '!x ', '"', "'", '\\', '\\u00e6', '---', '...',
  '%YAML 1.2', '~', 'null', 'true', 'false', 'yes', '0x1F', '1e3', '.nan', '-.inf', '2026-03-01', '\u00e6\u00f8\u00e5', '\ud83d\ude00', '\u0000', '\ufeff',
  'manifestVersion', 'system', 'id', 'role', 'deployer', 'purpose', 'tasks', 'profiling', 'riskClassification',
  'practices', 'annexIII', 'employment', 'derogation', 'dataProtection', 'personalData', 'dpia', 'status', 'x-note',
];

const yamlish = fc.array(fc.constantFrom(...YAML_PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''));

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  yamlish,
);

const KEYS = ['manifestVersion', 'system', 'id', 'name', 'role', 'purpose', 'tasks', 'category', 'decisions', 'automated',
  'riskClassification', 'practices', 'annexIII', 'profiling', 'derogation', 'condition', 'justification', 'humanOversight',
  'reviewer', 'transparency', 'dataProtection', 'personalData', 'dpia', 'document', 'logging', 'retentionMonths', 'model',
  'hosting', 'fria', 'deployment', 'documentation', 'x-unknown', 'sytem', '"quoted key"', '? complex'];
const VALUES = ['', 'true', 'false', '1', '-3', '6', '0.5', 'null', '~', '[]', '{}', '[profiling, recommendation]', '[chatbot, chatbot]',
  'high', 'deployer', 'provider', 'non-eu', 'decision-support', 'interacts-with-persons', 'not-required', 'docs/dpia.md',
  '"2026-13-45"', "'quoted'", '|', '>-', '&anchor x', '*anchor', '[unclosed', '{a: 1', 'a: b: c', '- item', '"\\x"'];

type Mutation = (lines: string[]) => void;

const lineIndex = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  lineIndex.map((i): Mutation => (lines) => {
    if (lines.length > 1) lines.splice(i % lines.length, 1); // delete a line
  }),
  lineIndex.map((i): Mutation => (lines) => {
    const at = i % lines.length;
    lines.splice(at, 0, lines[at]); // duplicate a line
  }),
  fc.tuple(lineIndex, fc.constantFrom(...KEYS), fc.constantFrom(...VALUES), fc.integer({ min: 0, max: 8 })).map(
    ([i, key, value, indent]): Mutation =>
      (lines) => {
        lines.splice(i % (lines.length + 1), 0, `${' '.repeat(indent)}${key}: ${value}`); // insert a key
      },
  ),
  fc.tuple(lineIndex, fc.constantFrom(...VALUES)).map(([i, value]): Mutation => (lines) => {
    const at = i % lines.length;
    lines[at] = lines[at].replace(/:( .*)?$/, `: ${value}`); // replace a value
  }),
  fc.tuple(lineIndex, fc.integer({ min: -4, max: 4 })).map(([i, shift]): Mutation => (lines) => {
    const at = i % lines.length;
    lines[at] = shift >= 0 ? ' '.repeat(shift) + lines[at] : lines[at].replace(new RegExp(`^ {0,${-shift}}`), ''); // re-indent
  }),
  fc.tuple(lineIndex, lineIndex).map(([i, j]): Mutation => (lines) => {
    const a = i % lines.length;
    const b = j % lines.length;
    [lines[a], lines[b]] = [lines[b], lines[a]]; // swap two lines
  }),
  fc.tuple(lineIndex, fc.nat(), fc.constantFrom('\t', '\r', '"', "'", '[', '{', '#', '&x', '*x', ': ', '- ', '\u0000', '\ud800')).map(
    ([i, column, character]): Mutation =>
      (lines) => {
        const at = i % lines.length;
        const cut = column % (lines[at].length + 1);
        lines[at] = lines[at].slice(0, cut) + character + lines[at].slice(cut); // insert a character
      },
  ),
);

const mutatedManifest = fc
  .tuple(fc.integer({ min: 0, max: EXAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'))
  .map(([which, mutations, eol]) => {
    const lines = EXAMPLES[which].split('\n');
    for (const mutate of mutations) mutate(lines);
    return lines.join(eol);
  });

// --- the properties --------------------------------------------------------------------------------

describe(`properties of the checker (${RUNS} cases each)`, function () {
  this.timeout(0);

  it('examples to mutate were found', () => {
    assert.ok(EXAMPLES.length >= 3);
  });

  it('arbitrary text: never throws, ranges inside the document, deterministic', () => {
    fc.assert(fc.property(anyText, checkProperties), { numRuns: RUNS });
  });

  it('mutated example manifests: never throws, ranges inside the document, deterministic', () => {
    fc.assert(fc.property(mutatedManifest, checkProperties), { numRuns: RUNS });
  });
});
