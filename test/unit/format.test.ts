/**
 * Format Document (core/features/format): the `yaml` printer, checked on examples and by properties over generated
 * manifests (fast-check): formatting never changes the parsed data, never drops (or adds) a comment, and is
 * idempotent; where it cannot keep that, it changes nothing (undefined). `npm run fuzz`-sized runs with FUZZ_RUNS.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Lexer, parseDocument } from 'yaml';
import { formatManifest } from '../../src/core/features/format';
import { EXAMPLES, mutatedManifest, writtenManifest } from './generators';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

function comments(text: string): string[] {
  return Array.from(new Lexer().lex(text))
    .filter((token) => token.startsWith('#'))
    .map((token) => token.slice(1).trim())
    .sort();
}

function data(text: string): unknown {
  return parseDocument(text, { uniqueKeys: false }).toJS({ maxAliasCount: 100 });
}

/** The three properties for one text, and whether it was formatted at all. */
function assertFormatsSafely(text: string): boolean {
  const formatted = formatManifest(text);
  if (formatted === undefined) return false;
  assert.deepEqual(data(formatted), data(text), 'the parsed data is unchanged');
  assert.deepEqual(comments(formatted), comments(text), 'every comment is kept');
  assert.equal(formatManifest(formatted), formatted, 'formatting twice gives the same text');
  return true;
}

describe('format document', () => {
  it('formats each example, keeping every comment and value, idempotently', () => {
    for (const example of EXAMPLES) {
      assert.ok(assertFormatsSafely(example), 'an example is formatted');
      const formatted = formatManifest(example)!;
      assert.ok(
        formatted.split('\n').every((line) => !line.includes('\t')),
        'spaces only',
      );
    }
  });

  it('re-indents block mappings and lists, and keeps flow lists and comments in place', () => {
    const text =
      'system:\n    id: a   # the id\n    owner:\n          unit: x\npurpose:\n    tasks: [ profiling,   recommendation ]\n# last\n';
    assert.equal(
      formatManifest(text),
      'system:\n  id: a # the id\n  owner:\n    unit: x\npurpose:\n  tasks: [profiling, recommendation]\n\n# last\n',
    );
    assert.equal(
      formatManifest(text, { indent: 4 }),
      'system:\n    id: a # the id\n    owner:\n        unit: x\npurpose:\n    tasks: [profiling, recommendation]\n\n# last\n',
    );
  });

  it('keeps CRLF line breaks, and a formatted CRLF file is left as it is', () => {
    const text = 'system:\r\n    id: a   # the id\r\n    notes: |\r\n      one\r\n      two\r\npurpose:\r\n    tasks: [ x,   y ]\r\n';
    const formatted = formatManifest(text)!;
    assert.equal(formatted, 'system:\r\n  id: a # the id\r\n  notes: |\r\n    one\r\n    two\r\npurpose:\r\n  tasks: [x, y]\r\n');
    assert.ok(assertFormatsSafely(text));
    assert.equal(formatManifest(formatted), formatted);
  });

  it('changes nothing in broken YAML, an empty file or a file over the limits', () => {
    assert.equal(formatManifest('system:\n  id: [unclosed\n'), undefined);
    assert.equal(formatManifest('a: 1\na: 2\n'), undefined, 'a duplicate key is an error of the manifest');
    assert.equal(formatManifest('a: ' + '['.repeat(5000)), undefined);
    assert.doesNotThrow(() => formatManifest(''));
  });

  it('property: formatting never changes the data, never drops a comment, and is idempotent (written manifests)', () => {
    let formatted = 0;
    fc.assert(
      fc.property(writtenManifest, (text) => {
        if (assertFormatsSafely(text)) formatted++;
      }),
      { numRuns: RUNS },
    );
    assert.ok(formatted > RUNS / 2, `most generated manifests are formatted (${formatted} of ${RUNS})`);
  });

  it('property: the same on mutated examples (many do not parse: those are left alone)', () => {
    fc.assert(
      fc.property(mutatedManifest, (text) => void assertFormatsSafely(text)),
      { numRuns: RUNS },
    );
  });
});
