/**
 * Properties of the checker over generated input: it never throws, every range lies inside the document,
 * and the result is deterministic; a placeholder never lowers the number of errors, and Fix all's placeholders
 * are each reported once, as `placeholder-value`. `npm test` runs a modest number of cases; `npm run fuzz` runs the same
 * properties with 100,000 cases each (or FUZZ_RUNS). A failure prints fast-check's seed and path to replay it.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkManifestText } from '../../src/core/check';
import type { Finding, SourceRange } from '../../src/core/types';
import { anyText, EXAMPLES, mutatedManifest } from './generators';
import { applyInserts, fixAll } from '../../src/core/features/fixes';
import { parseManifest } from '../../src/core/yaml/parse';
import { scanPlaceholders } from '../../src/core/yaml/placeholders';
import { highRiskManifest, minimalManifest, toYaml } from './manifests';

const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.npm_lifecycle_event === 'fuzz' ? 100_000 : 300));
/** Fix all checks the manifest once per round: a tenth of the cases. */
const FIX_ALL_RUNS = Math.max(20, Math.round(RUNS / 10));

/** The lines as an editor counts them: LF, CRLF and a lone CR each end a line. */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function assertInside(range: SourceRange, lines: string[], what: string): void {
  for (const position of [range.start, range.end]) {
    assert.ok(
      Number.isInteger(position.line) && position.line >= 0 && position.line < lines.length,
      `${what}: line ${position.line} of ${lines.length}`,
    );
    const length = lines[position.line].length;
    assert.ok(
      Number.isInteger(position.character) && position.character >= 0 && position.character <= length,
      `${what}: character ${position.character} > ${length}`,
    );
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

// --- placeholders never pass as answers ----------------------------------------------------------------

/** Manifests with no error (no document look-ups): a minimal-risk deployer, a high-risk provider-and-deployer, a chatbot. */
function passingManifests(): Record<string, any>[] {
  const chatbot = minimalManifest();
  chatbot.purpose.tasks = ['chatbot'];
  chatbot.riskClassification.practices = ['interacts-with-persons'];
  chatbot.transparency.aiInteractionDisclosure = 'The chat says it is an AI.';
  return [minimalManifest(), highRiskManifest(), chatbot];
}

/** Every scalar of the data (list items too), as paths. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  return [path];
}

function setAt(data: any, path: (string | number)[], value: unknown): void {
  let holder = data;
  for (const segment of path.slice(0, -1)) holder = holder[segment];
  holder[path[path.length - 1]] = value;
}

function deleteAt(data: any, path: (string | number)[]): void {
  let holder = data;
  for (const segment of path.slice(0, -1)) {
    holder = holder?.[segment];
    if (typeof holder !== 'object' || holder === null) return;
  }
  if (Array.isArray(holder)) holder.splice(path[path.length - 1] as number, 1);
  else if (holder) delete holder[path[path.length - 1]];
}

const PLACEHOLDER_SPELLINGS = ['TODO', 'TODO: fill in', 'tbd', 'FIXME later', 'XXX', 'xxx:', '...', '…', ' Todo: y'];
const errors = (findings: Finding[]) => findings.filter((finding) => finding.severity === 'error').length;
const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((segment, i) => segment === b[i]);

/** A passing manifest with one value replaced by a placeholder, and that value's path. */
const oneValuePlaceholder = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...PLACEHOLDER_SPELLINGS)).map(([which, at, placeholder]) => {
  const bases = passingManifests();
  const base = bases[which % bases.length];
  const paths = leafPaths(base);
  const path = paths[at % paths.length];
  const changed = structuredClone(base);
  setAt(changed, path, placeholder);
  return { before: toYaml(base), after: toYaml(changed), path };
});

/** A passing manifest with some fields and sections taken out (what Fix all starts from). */
const partialManifest = fc
  .tuple(fc.nat(), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 3 }))
  .map(([which, leaves, sections]) => {
    const bases = passingManifests();
    const manifest = structuredClone(bases[which % bases.length]);
    const sectionKeys = Object.keys(manifest).filter((key) => key !== 'manifestVersion');
    for (const at of sections) delete manifest[sectionKeys[at % sectionKeys.length]];
    for (const at of leaves) {
      const paths = leafPaths(manifest);
      if (paths.length > 0) deleteAt(manifest, paths[at % paths.length]);
    }
    return toYaml(manifest);
  });

describe(`properties of placeholders (${RUNS} cases; Fix all ${FIX_ALL_RUNS})`, function () {
  this.timeout(0);

  it('the passing manifests pass', () => {
    for (const manifest of passingManifests()) assert.equal(errors(checkManifestText(toYaml(manifest)).findings), 0);
  });

  it('any one value of a passing manifest replaced by a placeholder: never fewer errors, one placeholder-value at it and nothing else on it', () => {
    fc.assert(
      fc.property(oneValuePlaceholder, ({ before, after, path }) => {
        const was = checkManifestText(before).findings;
        const now = checkManifestText(after).findings;
        assert.ok(errors(now) >= errors(was), `${errors(now)} errors < ${errors(was)}`);
        const onIt = now.filter((finding) => samePath(finding.path, path));
        assert.deepEqual(
          onIt.map((finding) => finding.ruleId),
          ['placeholder-value'],
          `findings on ${path.join('.')}`,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('Fix all on a partial manifest: every inserted placeholder is a placeholder-value finding, and no other finding is on it', () => {
    fc.assert(
      fc.property(partialManifest, (text) => {
        const fixed = applyInserts(text, fixAll(text, checkManifestText(text).findings, 'en', '2026-12-05').inserts);
        const result = checkManifestText(fixed);
        const inserted = scanPlaceholders(parseManifest(fixed).data).placeholders;
        assert.equal(scanPlaceholders(parseManifest(text).data).placeholders.length, 0);
        for (const placeholder of inserted) {
          const onIt = result.findings.filter((finding) => samePath(finding.path, placeholder.path));
          assert.deepEqual(
            onIt.map((finding) => finding.ruleId),
            ['placeholder-value'],
            `findings on ${placeholder.path.join('.')}`,
          );
        }
        assert.equal(result.findings.filter((finding) => finding.ruleId === 'placeholder-value').length, inserted.length);
      }),
      { numRuns: FIX_ALL_RUNS },
    );
  });
});
