/**
 * Hostile input: every case ends in findings within a bounded time, never in an exception or a hang.
 * The bound (TIME_LIMIT_MS) is generous for a slow CI machine; the measured times are far below it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkManifestText, type CheckResult } from '../../src/core/check';
import { decodeManifestBytes, MAX_ALIAS_COUNT, MAX_MANIFEST_BYTES, MAX_NESTING_DEPTH, notUtf8Finding } from '../../src/core/yaml/parse';
import type { Finding } from '../../src/core/types';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TIME_LIMIT_MS = 2000;

function example(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'examples', name, 'ai-system.yaml'), 'utf8');
}

/** Checks within the time limit and without throwing; also asserts every range lies inside the text. */
function timedCheck(text: string, limitMs = TIME_LIMIT_MS): CheckResult & { ms: number } {
  const start = performance.now();
  const result = checkManifestText(text);
  const ms = performance.now() - start;
  assert.ok(ms < limitMs, `took ${ms.toFixed(0)} ms, limit ${limitMs} ms`);
  assertRangesInside(text, result.findings);
  return { ...result, ms };
}

function assertRangesInside(text: string, findings: Finding[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const finding of findings) {
    for (const position of [finding.range.start, finding.range.end]) {
      assert.ok(position.line >= 0 && position.line < lines.length, `line ${position.line} of ${lines.length}`);
      assert.ok(position.character >= 0 && position.character <= lines[position.line].length, `character ${position.character}`);
    }
    const { start, end } = finding.range;
    assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), 'start ≤ end');
  }
}

function onlySyntax(result: CheckResult): Finding[] {
  assert.ok(result.findings.length > 0, 'expected findings');
  assert.ok(
    result.findings.every((finding) => finding.ruleId === 'yaml-syntax'),
    result.findings.map((f) => f.ruleId).join(', '),
  );
  assert.equal(result.tier, null);
  return result.findings;
}

/** Comparable form of findings: what a user or a test outside the project sees. */
function summary(findings: Finding[]): unknown[] {
  return findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, path: f.path, range: f.range, message: f.message.en }));
}

describe('hostile input', () => {
  describe('"billion laughs" (alias expansion)', () => {
    const laughs = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
    ].join('\n');

    it('is stopped by the alias limit in milliseconds, with one yaml-syntax finding naming the limit', () => {
      const result = timedCheck(laughs, 200);
      const [finding] = onlySyntax(result);
      assert.match(finding.message.en, new RegExp(`more than ${MAX_ALIAS_COUNT} alias expansions`));
      assert.equal(result.findings.length, 1);
    });

    it('is stopped when the bomb hides inside a real manifest', () => {
      const text = example('borgerchatbot').replace('legalBasis:', `${laughs.replace(/^(\w):/gm, 'x-$1:')}\nlegalBasis:`);
      onlySyntax(timedCheck(text, 200));
    });

    it('is stopped when the aliases are merge keys', () => {
      const lines = ['base: &l0 {a: 1, b: 2, c: 3}'];
      for (let i = 1; i < 12; i++)
        lines.push(
          `l${i}: &l${i} [${Array(10)
            .fill(`*l${i - 1}`)
            .join(', ')}]`,
        );
      onlySyntax(timedCheck(lines.join('\n'), 200));
    });

    it('leaves a manifest with a few aliases alone', () => {
      const text = example('borgerchatbot').replace('  act: LAB', '  act: &act LAB') + 'x-act: *act\n';
      const result = timedCheck(text);
      assert.notEqual(result.tier, null);
    });

    it('self-referencing aliases (circular data) get findings, not an endless loop', () => {
      const base = example('borgerchatbot');
      for (const text of [
        base.replace('  tasks: [chatbot]', '  tasks: &t [chatbot, *t]'),
        base
          .replace('riskClassification:', 'riskClassification: &r')
          .replace('  declaredTier: limited', '  declaredTier: limited\n  self: *r'),
        base + 'x-loop: &loop {a: *loop}\n',
      ]) {
        const result = timedCheck(text);
        assert.notEqual(result.tier, null);
        assert.ok(result.findings.length > 0);
      }
    });

    it('alias chains cannot multiply nesting into a stack overflow', () => {
      const lines = [`a0: &a0 ${'['.repeat(99)}1${']'.repeat(99)}`];
      for (let i = 1; i < 30; i++) lines.push(`a${i}: &a${i} ${'['.repeat(99)}*a${i - 1}${']'.repeat(99)}`);
      const result = timedCheck(lines.join('\n'));
      assert.ok(result.findings.length > 0);
    });
  });

  describe('20,000-deep nesting', () => {
    const depth = 20_000;

    it('flow sequences [[[[…]]]]', () => {
      onlySyntax(timedCheck('['.repeat(depth) + ']'.repeat(depth)));
    });

    it('flow mappings {a: {a: …}}', () => {
      onlySyntax(timedCheck('{a: '.repeat(depth) + '1' + '}'.repeat(depth)));
    });

    it('block sequences - - - - …', () => {
      onlySyntax(timedCheck('- '.repeat(depth) + 'x\n'));
    });

    it('deep nesting as the value of a manifest field', () => {
      const text = example('borgerchatbot').replace('tasks: [chatbot]', `tasks: ${'['.repeat(depth)}${']'.repeat(depth)}`);
      onlySyntax(timedCheck(text));
    });

    it(`nesting within the limit (${MAX_NESTING_DEPTH} levels) loads and gets schema findings`, () => {
      const deep = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);
      // The root map is level 1, `purpose` 2, `tasks` 3: its items nest levels 4 to 100.
      const text = example('borgerchatbot').replace(
        'tasks: [chatbot]',
        `tasks: [${deep(MAX_NESTING_DEPTH - 3)}, ${deep(MAX_NESTING_DEPTH - 3)}]`,
      );
      const result = timedCheck(text);
      assert.notEqual(result.tier, null);
      assert.ok(result.findings.some((f) => f.ruleId === 'schema' && f.path.join('.').startsWith('purpose.tasks')));
    });

    it(`one level more than ${MAX_NESTING_DEPTH} is one yaml-syntax finding where the limit is crossed`, () => {
      const text = example('borgerchatbot').replace(
        'tasks: [chatbot]',
        `tasks: [${'['.repeat(MAX_NESTING_DEPTH - 2)}${']'.repeat(MAX_NESTING_DEPTH - 2)}]`,
      );
      const [finding] = onlySyntax(timedCheck(text));
      assert.match(finding.message.en, new RegExp(`more than ${MAX_NESTING_DEPTH} levels deep`));
      assert.equal(
        finding.range.start.line,
        text.split('\n').findIndex((line) => line.includes('tasks: [')),
      );
    });

    it('the same document checked again and again does not wear down the process', () => {
      // Before the depth limit, yaml's recursion overflowed the stack, and a few repetitions killed the process.
      const text = '['.repeat(depth) + ']'.repeat(depth);
      for (let i = 0; i < 5; i++) onlySyntax(timedCheck(text));
    });
  });

  describe('size', () => {
    it(`a 10 MB file gets one clear "file too large" finding (limit ${MAX_MANIFEST_BYTES / 2 ** 20} MiB)`, () => {
      const base = example('journalnotat-assistent');
      const text = base + '\n# padding\n'.repeat(Math.ceil(10_000_000 / 11));
      assert.ok(text.length > 10_000_000);
      const [finding] = onlySyntax(timedCheck(text, 500));
      assert.equal(finding.range.start.line, firstContentLine(text));
      assert.match(finding.message.en, /larger than 5 MiB and is not checked/);
    });

    it('a file just under the limit is checked (with multi-byte characters counted as UTF-8 bytes)', () => {
      // 'æ' is 2 bytes in UTF-8: 1.5 M of them is 3 MB of comment, under the limit, though 1.5 M characters.
      const under = example('journalnotat-assistent') + '# ' + 'æ'.repeat(1_500_000) + '\n';
      assert.notEqual(timedCheck(under).tier, null);
      // 2 M 'æ' (4 MB) + 1 M '€' (3 bytes each, 3 MB): 3 M characters, but 7 MB.
      const over = example('journalnotat-assistent') + '# ' + 'æ'.repeat(2_000_000) + '€'.repeat(1_000_000) + '\n';
      onlySyntax(timedCheck(over));
    });

    it('one very long line (1 MB scalar)', () => {
      const text = example('borgerchatbot').replace('  name: Jobcentrets chatbot', `  name: ${'x'.repeat(1_000_000)}`);
      assert.notEqual(timedCheck(text).tier, null);
    });
  });

  describe('bytes that are not UTF-8 text', () => {
    function randomBytes(length: number, seed: number): Uint8Array {
      const bytes = new Uint8Array(length);
      let state = seed;
      for (let i = 0; i < length; i++) {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        bytes[i] = state >>> 24;
      }
      return bytes;
    }

    it('random binary bytes are refused by the decoder with the not-UTF-8 finding', () => {
      for (const seed of [1, 2, 3, 42]) {
        assert.equal(decodeManifestBytes(randomBytes(64 * 1024, seed)), undefined);
      }
      const finding = notUtf8Finding();
      assert.equal(finding.ruleId, 'yaml-syntax');
      assert.equal(finding.severity, 'error');
      assert.match(finding.message.en, /not valid UTF-8/);
    });

    it('binary-ish text passed straight to the checker gets findings, not an exception', () => {
      for (const seed of [1, 2, 3, 42]) {
        const text = Buffer.from(randomBytes(64 * 1024, seed)).toString('latin1');
        const result = timedCheck(text);
        assert.ok(result.findings.length > 0);
      }
      // NUL and other control characters, and lone surrogates.
      assert.ok(timedCheck('manifestVersion: 1\nsystem:\n  id: a\u0000b\u0001\n').findings.length > 0);
      assert.ok(timedCheck('manifestVersion: 1\nsystem: "\ud800 \udfff"\n').findings.length > 0);
    });

    it('invalid UTF-8 sequences inside an otherwise valid manifest are refused', () => {
      const valid = Buffer.from(example('borgerchatbot'), 'utf8');
      const cut = valid.indexOf('legalBasis:');
      for (const bad of [[0xc3, 0x28], [0xff], [0xe2, 0x82], [0xed, 0xa0, 0x80] /* surrogate */, [0xc0, 0xaf] /* overlong */]) {
        const bytes = Buffer.concat([valid.subarray(0, cut), Buffer.from(bad), valid.subarray(cut)]);
        assert.equal(decodeManifestBytes(bytes), undefined, `bytes ${bad.map((b) => b.toString(16)).join(' ')}`);
      }
    });

    it('a UTF-8 byte-order mark is dropped and changes nothing', () => {
      const text = example('borgerchatbot');
      const decoded = decodeManifestBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
      assert.equal(decoded, text);
    });
  });

  describe('tabs and line ends', () => {
    it('a tab used for indentation is a yaml-syntax finding at that line', () => {
      const text = example('borgerchatbot');
      const lines = text.split('\n');
      const at = lines.indexOf('  act: LAB');
      assert.ok(at > 0);
      lines[at] = '\tact: LAB';
      const findings = onlySyntax(timedCheck(lines.join('\n')));
      assert.ok(
        findings.some((f) => f.range.start.line === at),
        `expected a finding on line ${at}: ${findings.map((f) => `${f.range.start.line}: ${f.message.en}`).join('; ')}`,
      );
    });

    it('tabs inside values and comments are fine', () => {
      const text = example('borgerchatbot').replace('  act: LAB', '  act: LAB\t# tab before the comment');
      assert.notEqual(timedCheck(text).tier, null);
    });

    for (const name of ['borgerchatbot', 'journalnotat-assistent', 'match-profilering']) {
      it(`CRLF line ends give the same findings and line numbers as LF (${name})`, () => {
        // Remove a few fields so that there are findings with ranges to compare.
        const lf = example(name)
          .replace(/^ {2}reviewer:.*\n/m, '')
          .replace(/^ {2}citizenNotice:.*\n/m, '')
          .replace(/^ {2}role: .*$/m, '  role: deployr');
        const crlf = lf.replace(/\n/g, '\r\n');
        const lfResult = timedCheck(lf);
        const crlfResult = timedCheck(crlf);
        assert.ok(lfResult.findings.length >= 2);
        assert.deepEqual(summary(crlfResult.findings), summary(lfResult.findings));
        assert.deepEqual(crlfResult.tier, lfResult.tier);
      });
    }

    it('old Mac CR-only line ends: findings inside the document, no exception', () => {
      // YAML 1.2 reads a lone CR as a line break, the yaml package does not; the ranges still lie in the text.
      const cr = example('borgerchatbot').replace(/\n/g, '\r');
      assert.ok(timedCheck(cr).findings.length > 0);
    });
  });

  describe('10,000 unknown keys', () => {
    const keys = (count: number, indent: string): string =>
      Array.from({ length: count }, (_, i) => `${indent}x-unknown-${i}: value ${i}`).join('\n') + '\n';

    it('at the top level: warnings for the unknown keys, in bounded time', () => {
      const text = example('borgerchatbot') + keys(10_000, '');
      const result = timedCheck(text);
      const unknown = result.findings.filter((f) => f.ruleId === 'schema' && f.severity === 'warning');
      assert.ok(unknown.length >= 1);
      assert.notEqual(result.tier, null);
    });

    it('inside a section: the warnings point at the keys', () => {
      const text = example('borgerchatbot').replace('legalBasis:\n', 'legalBasis:\n' + keys(10_000, '  '));
      const result = timedCheck(text);
      const unknown = result.findings.filter((f) => f.ruleId === 'schema' && f.severity === 'warning');
      assert.ok(unknown.length >= 1);
      const start = text.split('\n').indexOf('  x-unknown-0: value 0');
      assert.equal(unknown[0].range.start.line, start);
    });
  });

  describe('other shapes', () => {
    it('10,000 documents in one file', () => {
      onlySyntax(timedCheck('a: 1\n---\n'.repeat(10_000)));
    });

    it("a second document: the message says what to do, in the author's words (not the library's advice to call an API)", () => {
      const [finding] = onlySyntax(timedCheck('manifestVersion: 1\n---\nsystem: {}\n'));
      assert.equal(
        finding.message.en,
        "YAML syntax error: the file holds more than one YAML document; a manifest is one document (remove the '---' between them)",
      );
      assert.equal(
        finding.message.da,
        "YAML-syntaksfejl: filen indeholder flere YAML-dokumenter; et manifest er ét dokument (fjern '---' mellem dem)",
      );
      assert.equal(finding.range.start.line, 1);
    });

    it('a document that is only a scalar, a list, null or empty', () => {
      for (const text of ['just text', '- a\n- b', '~', '', '\n\n', '# only a comment']) {
        const result = timedCheck(text);
        assert.ok(result.findings.length > 0, JSON.stringify(text));
      }
    });

    it('10,000 duplicate keys', () => {
      const findings = onlySyntax(timedCheck('a: 1\n'.repeat(10_000)));
      assert.equal(findings.length, 9_999);
      assert.equal(findings[0].range.start.line, 1);
    });

    it('one duplicate among 10,000 distinct keys: one finding at the duplicate, in bounded time', () => {
      const text = Array.from({ length: 10_000 }, (_, i) => `key-${i}: ${i}`).join('\n') + '\nkey-5000: again\n';
      const findings = onlySyntax(timedCheck(text));
      assert.deepEqual(
        findings.map((f) => [f.range.start.line, f.range.start.character, f.message.en]),
        [[10_000, 0, 'YAML syntax error: Map keys must be unique']],
      );
    });

    it("duplicate keys in small maps: the yaml package's own errors, in its order", () => {
      const text = 'a: 1\nb: {x: 1, x: 2}\nc:\n  - k: 1\n    k: 2\n"a": 3\n? d\n: 1\nd: 2\n';
      const findings = onlySyntax(timedCheck(text));
      assert.deepEqual(
        findings.map((f) => f.range.start.line),
        [1, 4, 5, 8],
      );
      assert.ok(findings.every((f) => f.message.en === 'YAML syntax error: Map keys must be unique'));
    });

    it('unterminated quotes and flow collections', () => {
      for (const text of ['a: "' + 'x'.repeat(100_000), 'a: [' + '1, '.repeat(50_000), "a: '" + "''".repeat(50_000) + 'x']) {
        onlySyntax(timedCheck(text));
      }
    });
  });
});

function firstContentLine(text: string): number {
  const lines = text.split('\n');
  return lines.findIndex((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
}
