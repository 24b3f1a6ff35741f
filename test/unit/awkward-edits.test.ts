/**
 * The editor's edits on awkward but valid manifests: comments above, inline and after the last key, CRLF, four-space
 * indentation, flow mappings (with a trailing comma), anchors and aliases, block scalars (`|`, `>-`, `|+`) as the last
 * value, `---` and `...` markers, no final line break, Danish characters, tabs inside scalars, long lines. After each
 * quick fix, Fix all, "Accept the finding…", "Set declaredTier" and Format Document: the text parses, every comment
 * and every value is still there (but the placeholder a fix replaces by name, and the declared tier it sets), the
 * line breaks are the file's, a quick fix closes its finding, and Fix all and Format are idempotent.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Lexer, parseAllDocuments } from 'yaml';
import { checkManifestText } from '../../src/core/check';
import { acceptFix } from '../../src/core/features/acceptFix';
import { applyOffsetEdit, declaredTierEdit } from '../../src/core/features/declaredTier';
import { applyInserts, fixAll, fixesFor } from '../../src/core/features/fixes';
import { formatManifest } from '../../src/core/features/format';
import { samePath } from '../../src/core/rules/rule';
import type { ManifestPath } from '../../src/core/types';
import { MINIMAL_MANIFEST_TEXT } from './manifests';

const DATE = '2026-12-06';
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

/** A minimal-risk deployer's manifest without gaps; `GAPS` are the lines the generated manifests leave out. */
const BASE = MINIMAL_MANIFEST_TEXT;
const GAPS: readonly string[] = [
  'manifestVersion: 1\n',
  '  procedure: docs/human-oversight.md\n',
  'transparency:\n  citizenNotice: https://eksempel.dk/privatliv#ai\n',
  '    document: docs/dpia.md\n',
  'aiLiteracy:\n  measures: Training for all caseworkers.\n',
  'riskClassification:\n  practices: []\n  annexIII: []\n  profiling: false\n',
];

/** A value written last: at the end of the file, or as the last field of `humanOversight`. */
const LAST_VALUES = {
  none: '',
  literal: 'notes: |\n  line one\n  line two\n',
  folded: 'notes: >-\n  folded\n  text\n',
  kept: 'notes: |+\n  kept\n\n\n',
  list: 'notes:\n  - a # first\n  - b\n',
  flowList: 'notes: [x, y, ]\n',
} as const;

interface Shape {
  gaps: string[];
  comments: boolean;
  trailingComment: boolean;
  indent4: boolean;
  danish: boolean;
  tabs: boolean;
  longLine: boolean;
  anchors: boolean;
  flowOversight: 'block' | 'flow' | 'flow-trailing-comma';
  lastValue: keyof typeof LAST_VALUES;
  lastInOversight: keyof typeof LAST_VALUES;
  markers: boolean;
  noFinalBreak: boolean;
  crlf: boolean;
}

function manifestOf(shape: Shape): string {
  let text = shape.gaps.reduce((result, gap) => result.replace(gap, ''), BASE);
  if (shape.danish) text = text.replace('Testsystem', 'Æblegrød-søgning på Ærø').replace('Sagsbehandler', 'Sagsbehandlerens leder (ÆØÅ)');
  if (shape.tabs) text = text.replace('Drafts journal notes', 'Drafts\tjournal\tnotes');
  if (shape.longLine) text = text.replace('Drafts journal notes for caseworkers.', `${'Lang tekst om systemet. '.repeat(200)}`.trim());
  if (shape.anchors)
    text = text.replace('organisation: Eksempel Kommune', 'organisation: &org Eksempel Kommune').replace(/reviewer: .*/, 'reviewer: *org');
  const inOversight = LAST_VALUES[shape.lastInOversight].replace(/^/gm, '  ').replace(/^ +$/gm, '');
  text = text.replace('  canOverride: true\n', `  canOverride: true\n${inOversight}`);
  if (shape.comments) {
    text = `# Manifest\n${text.replace(/^(\S[^:\n]*:.*)$/gm, '# about $1\n$1').replace(/^( +[\w]+: (?![|>])[^#\n]+)$/gm, '$1 # inline')}`;
  }
  if (shape.indent4) text = text.replace(/^( +)/gm, '$1$1');
  if (shape.flowOversight !== 'block') {
    const comma = shape.flowOversight === 'flow-trailing-comma' ? ',' : '';
    text = text.replace(/^humanOversight:\n((?: .*\n)+)/m, (section, body: string) =>
      /[|>#[-]/.test(body) ? section : `humanOversight: {${body.trim().split(/\n\s*/).join(', ')}${comma}}\n`,
    );
  }
  text += LAST_VALUES[shape.lastValue];
  if (shape.trailingComment) text += '# the end\n';
  if (shape.markers) text = `---\n${text}...\n`;
  if (shape.noFinalBreak) text = text.replace(/\n+$/, '');
  return shape.crlf ? text.replace(/\n/g, '\r\n') : text;
}

const shapes: fc.Arbitrary<Shape> = fc.record({
  gaps: fc.subarray([...GAPS], { minLength: 1 }),
  comments: fc.boolean(),
  trailingComment: fc.boolean(),
  indent4: fc.boolean(),
  danish: fc.boolean(),
  tabs: fc.boolean(),
  longLine: fc.boolean(),
  anchors: fc.boolean(),
  flowOversight: fc.constantFrom('block', 'flow', 'flow-trailing-comma'),
  lastValue: fc.constantFrom(...(Object.keys(LAST_VALUES) as (keyof typeof LAST_VALUES)[])),
  lastInOversight: fc.constantFrom(...(Object.keys(LAST_VALUES) as (keyof typeof LAST_VALUES)[])),
  markers: fc.boolean(),
  noFinalBreak: fc.boolean(),
  crlf: fc.boolean(),
});

// --- what must hold after an edit ------------------------------------------------------------------------------

function comments(text: string): string[] {
  return Array.from(new Lexer().lex(text))
    .filter((token) => token.startsWith('#'))
    .map((token) => token.slice(1).trim())
    .sort();
}

/** The first document's data, as (path, value) leaves; an empty collection is a leaf of its own. */
function leaves(text: string): Map<string, unknown> {
  const result = new Map<string, unknown>();
  const walk = (value: unknown, path: string): void => {
    if (value !== null && typeof value === 'object') {
      const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
      if (entries.length === 0) result.set(path, Array.isArray(value) ? '[]' : '{}');
      for (const [key, item] of entries) walk(item, `${path}/${key}`);
    } else result.set(path, value);
  };
  walk(parseAllDocuments(text)[0]?.toJS({ maxAliasCount: 100 }), '');
  return result;
}

function assertKeeps(before: string, after: string, what: string, changed: ManifestPath[] = []): void {
  const documents = parseAllDocuments(after);
  assert.deepEqual(
    documents.flatMap((document) => document.errors.map((error) => error.message)),
    [],
    `${what}: the result parses\n${after}`,
  );
  assert.equal(documents.length, parseAllDocuments(before).length, `${what}: as many YAML documents as before`);
  const kept = comments(after);
  for (const comment of comments(before)) {
    const index = kept.indexOf(comment);
    assert.ok(index >= 0, `${what}: the comment "# ${comment}" is kept\n${after}`);
    kept.splice(index, 1);
  }
  const afterLeaves = leaves(after);
  const changedPrefixes = changed.map((path) => `/${path.join('/')}`);
  for (const [path, value] of leaves(before)) {
    if (changedPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) continue;
    assert.deepEqual(afterLeaves.get(path), value, `${what}: the value at ${path} is kept\n${after}`);
  }
  if (before.includes('\r\n')) assert.doesNotMatch(after, /(^|[^\r])\n/, `${what}: CRLF line breaks only`);
}

function assertEditsKeepTheManifest(text: string): void {
  const findings = checkManifestText(text).findings;
  assert.ok(findings.length > 0, 'the manifest has gaps to fix');
  let accepted = false;
  for (const finding of findings) {
    for (const fix of fixesFor(text, finding, 'da', DATE)) {
      if (fix.inserts.length === 0) continue;
      const what = `${finding.ruleId} at ${finding.path.join('.')}: ${fix.title}`;
      const after = applyInserts(text, fix.inserts);
      assertKeeps(text, after, what, fix.inserts.some((insert) => insert.length) ? [finding.path] : []);
      const again = checkManifestText(after).findings.find(
        (other) => other.ruleId === finding.ruleId && samePath(other.path, finding.path),
      );
      assert.ok(!again?.missing, `${what}: the finding is closed\n${after}`);
    }
    const accept = accepted ? undefined : acceptFix(text, finding, 'en', DATE);
    if (accept) {
      accepted = true;
      assertKeeps(text, applyInserts(text, accept.inserts), `accept ${finding.ruleId}`);
    }
  }
  const tier = declaredTierEdit(text, 'high');
  if (tier.kind === 'edit') {
    const after = applyOffsetEdit(text, tier.edit);
    assertKeeps(text, after, 'Set declaredTier', [['riskClassification', 'declaredTier']]);
    assert.equal(leaves(after).get('/riskClassification/declaredTier'), 'high', `declaredTier is set in the manifest\n${after}`);
  }
  const all = fixAll(text, findings, 'en', DATE);
  const fixed = applyInserts(text, all.inserts);
  assertKeeps(text, fixed, 'Fix all');
  assert.deepEqual(fixAll(fixed, checkManifestText(fixed).findings, 'en', DATE).inserts, [], 'Fix all twice adds nothing');
  const formatted = formatManifest(text);
  if (formatted !== undefined) {
    assertKeeps(text, formatted, 'Format Document');
    assert.equal(formatManifest(formatted), formatted, 'Format Document twice changes nothing');
  }
}

describe("the editor's edits on awkward manifests", function () {
  this.timeout(0);

  const named: [string, Partial<Shape>][] = [
    ['comments above, inline and after the last key', { comments: true, trailingComment: true }],
    ['CRLF line breaks, comments and four-space indentation', { crlf: true, comments: true, indent4: true }],
    ['a flow mapping with a trailing comma', { flowOversight: 'flow-trailing-comma' }],
    ['anchors and aliases, Danish characters, tabs inside a scalar', { anchors: true, danish: true, tabs: true }],
    ['a literal block scalar as the last value, no final line break', { lastValue: 'literal', noFinalBreak: true }],
    ['a folded block scalar (>-) as the last value, --- and ... markers', { lastValue: 'folded', markers: true }],
    ['a block scalar that keeps its final line breaks (|+) last in the file', { lastValue: 'kept' }],
    ['a block scalar that keeps its final line breaks (|+) last in a section', { lastInOversight: 'kept' }],
    ['a flow list with a trailing comma last, a block list last in a section', { lastValue: 'flowList', lastInOversight: 'list' }],
    ['a 4,800-character line', { longLine: true }],
  ];
  for (const [name, shape] of named) {
    it(name, () => {
      const text = manifestOf({
        gaps: [...GAPS],
        comments: false,
        trailingComment: false,
        indent4: false,
        danish: false,
        tabs: false,
        longLine: false,
        anchors: false,
        flowOversight: 'block',
        lastValue: 'none',
        lastInOversight: 'none',
        markers: false,
        noFinalBreak: false,
        crlf: false,
        ...shape,
      });
      assertEditsKeepTheManifest(text);
    });
  }

  it(`property: any combination of them (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(shapes, (shape) => assertEditsKeepTheManifest(manifestOf(shape))),
      { numRuns: RUNS },
    );
  });
});
