/**
 * Properties of the checker over generated input: it never throws, every range lies inside the document,
 * and the result is deterministic. `npm test` runs a modest number of cases; `npm run fuzz` runs the same
 * properties with 100,000 cases each (or FUZZ_RUNS). A failure prints fast-check's seed and path to replay it.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkManifestText } from '../../src/core/check';
import type { Finding, SourceRange } from '../../src/core/types';
import { anyText, EXAMPLES, mutatedManifest } from './generators';

const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.npm_lifecycle_event === 'fuzz' ? 100_000 : 300));

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
