/**
 * Generators of manifest text for the property tests: arbitrary text, YAML-ish pieces, mutated example
 * manifests, and manifest-like data written out by the `yaml` package in its many styles.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { stringify, type ToStringOptions } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export const EXAMPLES = fs
  .readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(ROOT, 'examples', entry.name, 'ai-system.yaml')))
  .map((entry) => fs.readFileSync(path.join(ROOT, 'examples', entry.name, 'ai-system.yaml'), 'utf8'));

/** Pieces of YAML syntax and of the manifest's vocabulary: strings built from them reach far into the parser. */
const YAML_PIECES = [
  ':',
  ': ',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '-',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '?',
  '? ',
  '|',
  '>-',
  '|+',
  '#',
  '# x',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '<<: ',
  '!!str ',
  '!!int ',
  '!x ',
  '"',
  "'",
  '\\',
  '\\u00e6',
  '---',
  '...',
  '%YAML 1.2',
  '~',
  'null',
  'true',
  'false',
  'yes',
  '0x1F',
  '1e3',
  '.nan',
  '-.inf',
  '2026-03-01',
  '\u00e6\u00f8\u00e5',
  '\ud83d\ude00',
  '\u0000',
  '\ufeff',
  'manifestVersion',
  'system',
  'id',
  'role',
  'deployer',
  'purpose',
  'tasks',
  'profiling',
  'riskClassification',
  'practices',
  'annexIII',
  'employment',
  'derogation',
  'dataProtection',
  'personalData',
  'dpia',
  'status',
  'x-note',
];

export const yamlish = fc.array(fc.constantFrom(...YAML_PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''));

export const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), yamlish);

const KEYS = [
  'manifestVersion',
  'system',
  'id',
  'name',
  'role',
  'purpose',
  'tasks',
  'category',
  'decisions',
  'automated',
  'riskClassification',
  'practices',
  'annexIII',
  'profiling',
  'derogation',
  'condition',
  'justification',
  'humanOversight',
  'reviewer',
  'transparency',
  'dataProtection',
  'personalData',
  'dpia',
  'document',
  'logging',
  'retentionMonths',
  'model',
  'hosting',
  'fria',
  'deployment',
  'documentation',
  'x-unknown',
  'sytem',
  '"quoted key"',
  '? complex',
];
const VALUES = [
  '',
  'true',
  'false',
  '1',
  '-3',
  '6',
  '0.5',
  'null',
  '~',
  '[]',
  '{}',
  '[profiling, recommendation]',
  '[chatbot, chatbot]',
  'high',
  'deployer',
  'provider',
  'non-eu',
  'decision-support',
  'interacts-with-persons',
  'not-required',
  'docs/dpia.md',
  '"2026-13-45"',
  "'quoted'",
  '|',
  '>-',
  '&anchor x',
  '*anchor',
  '[unclosed',
  '{a: 1',
  'a: b: c',
  '- item',
  '"\\x"',
];

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
  fc
    .tuple(lineIndex, fc.constantFrom(...KEYS), fc.constantFrom(...VALUES), fc.integer({ min: 0, max: 8 }))
    .map(([i, key, value, indent]): Mutation => (lines) => {
      lines.splice(i % (lines.length + 1), 0, `${' '.repeat(indent)}${key}: ${value}`); // insert a key
    }),
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
  fc
    .tuple(lineIndex, fc.nat(), fc.constantFrom('\t', '\r', '"', "'", '[', '{', '#', '&x', '*x', ': ', '- ', '\u0000', '\ud800'))
    .map(([i, column, character]): Mutation => (lines) => {
      const at = i % lines.length;
      const cut = column % (lines[at].length + 1);
      lines[at] = lines[at].slice(0, cut) + character + lines[at].slice(cut); // insert a character
    }),
);

export const mutatedManifest = fc
  .tuple(
    fc.integer({ min: 0, max: EXAMPLES.length - 1 }),
    fc.array(mutation, { minLength: 1, maxLength: 6 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([which, mutations, eol]) => {
    const lines = EXAMPLES[which].split('\n');
    for (const mutate of mutations) mutate(lines);
    return lines.join(eol);
  });

// --- manifest-like data, written by the yaml package ------------------------------------------------

/** Keys as manifests have them, and keys that look like other things (`true`, `null`, `1`, `__proto__`). */
const PLAIN_KEYS = [
  'system',
  'id',
  'role',
  'purpose',
  'tasks',
  'dpia',
  'required',
  'document',
  'x-note',
  'a_b',
  'K9',
  'on',
  'no',
  'sytem',
  'constructor',
  'toString',
];
const ODD_KEYS = ['true', 'null', '1', '__proto__', 'key with space', 'æble', 'a:b', '-x', 'True', 'a#b'];
const dataKey = fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...PLAIN_KEYS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_KEYS) });

const PLAIN_WORDS = [
  'jobcentret',
  'borgeren',
  'æøå',
  'LOB § 3',
  'C#',
  'http://x.dk/a',
  "it's",
  'say "hi"',
  'a-b',
  '(art. 14)',
  'x,y',
  '3.',
  'a.b',
];
const ODD_WORDS = [
  'a: b',
  'x #y',
  '#',
  'back\\slash',
  '- item',
  '[a]',
  '{b}',
  '&a',
  '*a',
  '!t',
  '%',
  '@',
  '`',
  '|',
  '>',
  '?',
  ':',
  '~',
  'null',
  'true',
  'False',
  '012',
  '0o17',
  '0x1F',
  '1e3',
  '.5',
  '-.inf',
  '.nan',
  '+1',
  '1_000',
  '2026-08-02',
  ' lead',
  'trail ',
  '',
  ' ',
  '\n',
  '\n\n',
  'tab\there',
  '\u00a0',
  '-',
  '-1',
  ':x',
  '?x',
];
const word = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...PLAIN_WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_WORDS) });

const text = fc
  .tuple(fc.array(word, { maxLength: 12 }), fc.constantFrom(' ', ' ', ' ', ' ', ' ', '', '', '\n'))
  .map(([words, separator]) => words.join(separator));
const scalar = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);
const { value: dataValue } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'xsmall', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('value'), { minLength: 1, maxLength: 3 }),
  map: fc.dictionary(dataKey, tie('value'), { minKeys: 1, maxKeys: 4 }),
}));
const manifestData = fc.dictionary(dataKey, dataValue, { minKeys: 1, maxKeys: 8 });

const writeOptions: fc.Arbitrary<ToStringOptions> = fc.record({
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  blockQuote: fc.constantFrom(true, false, 'folded' as const, 'literal' as const),
  lineWidth: fc.constantFrom(0, 0, 0, 20, 80),
  minContentWidth: fc.constantFrom(0, 20),
  defaultStringType: fc.constantFrom(
    'PLAIN' as const,
    'PLAIN' as const,
    'PLAIN' as const,
    'QUOTE_DOUBLE' as const,
    'QUOTE_SINGLE' as const,
    'BLOCK_LITERAL' as const,
    'BLOCK_FOLDED' as const,
  ),
  defaultKeyType: fc.constantFrom(null, 'PLAIN' as const, 'PLAIN' as const, 'PLAIN' as const),
  collectionStyle: fc.constantFrom('any' as const, 'block' as const, 'block' as const, 'flow' as const),
  nullStr: fc.constantFrom('null', '~', '', 'null'),
});

/** Comment lines, blank lines and trailing comments put between the written lines. */
const decoration = fc.array(fc.tuple(fc.nat(), fc.constantFrom('comment', 'blank', 'trailing'), fc.integer({ min: 0, max: 6 })), {
  maxLength: 6,
});

/** Manifest-like data written by `yaml.stringify` in a random style, with comments and blank lines added. */
export const writtenManifest = fc
  .tuple(manifestData, writeOptions, decoration, fc.constantFrom('\n', '\r\n'))
  .map(([data, options, decorations, eol]) => {
    const lines = stringify(data, options).split('\n');
    for (const [at, kind, indent] of decorations) {
      const index = at % lines.length;
      if (kind === 'comment') lines.splice(index, 0, `${' '.repeat(indent)}# note`);
      else if (kind === 'blank') lines.splice(index, 0, ' '.repeat(indent));
      else lines[index] += ' # note';
    }
    return lines.join(eol);
  });
