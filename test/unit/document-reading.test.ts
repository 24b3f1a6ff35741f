// Reading and judging linked documents fast (issue 18's budget) without judging differently: the hand-written word
// count held to the regular expression it replaced, the template-line lookup held to a plain set of lines, and the
// CLI's document port (one open, no separate stat) held to what the stat-then-read port answered.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { readDocumentBeside } from '../../src/cli/files';
import { judgeLinkedDocuments } from '../../src/core/documents/linked';
import { countWords, judgeDocumentFile, MAX_DOCUMENT_BYTES } from '../../src/core/documents/written';
import { comparedForm, templateLines, withoutMarkup } from '../../src/core/documents/templateLines';
import { DOCUMENT_KINDS, frameText, TEMPLATE_LANGS, templateTexts } from '../../src/core/templates/index';

/** What `countWords` counted before: the matches of the word expression, up to the limit. */
function countByExpression(text: string, limit: number): number {
  const word = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
  let count = 0;
  while (count < limit && word.exec(text) !== null) count++;
  return count;
}

// Letters and digits inside and outside ASCII (Danish, Greek, Arabic-Indic digits, superscripts, an astral letter),
// joiners, marks that are neither (a combining accent), punctuation, white space and lone surrogates.
const PIECES = [
  'a',
  'Z',
  '7',
  'æ',
  'Ø',
  'å',
  'é',
  'ß',
  'Ω',
  '٣',
  '²',
  'ª',
  '𝒜',
  '𝟘',
  '\u0301',
  "'",
  '’',
  '.',
  '-',
  '--',
  '..',
  ' ',
  '\t',
  ',',
  ';',
  '(',
  ')',
  '*',
  '_',
  '|',
  '#',
  '>',
  '“',
  '…',
  '\ud800',
  '\udc00',
  'TODO',
  'art. 35',
  "don't",
];

describe('reading and judging documents fast, judging the same', () => {
  it('countWords counts as the word expression did, at every limit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.integer({ min: 1, max: 45 }), (pieces, limit) => {
        const text = pieces.join('');
        assert.equal(countWords(text, limit), countByExpression(text, limit), JSON.stringify(text));
      }),
      { numRuns: 2000, seed: 18 },
    );
    for (const text of ['', ' ', "l'homme’s co-op e.g. 3.5", 'a.', '.a', 'a-.b', '𝒜𝒜 𝟘', '\ud800a', 'é\u0301x'])
      for (const limit of [1, 2, 3, 40]) assert.equal(countWords(text, limit), countByExpression(text, limit), JSON.stringify(text));
  });

  it('takes off markup as the four expressions do, each only tried where it can match', () => {
    const byExpressions = (line: string): string =>
      line
        .replace(/^(?:>\s*)+/, '')
        .replace(/^#{1,6}\s+/, '')
        .replace(/^(?:[-*+]|\d+[.)]|\d+(?:\.\d+)+\.?)\s+/, '')
        .replace(/^[*_]+|[*_]+$/g, '')
        .trim()
        .replace(/^(?:[-*+]|\d+[.)]|\d+(?:\.\d+)+\.?)\s+/, '');
    const pieces = ['>', ' ', '#', '-', '*', '+', '_', '1', '2', '.', ')', 'a', 'Æ', '\t'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (chosen) => {
        const line = chosen.join('');
        assert.equal(withoutMarkup(line), byExpressions(line), JSON.stringify(line));
      }),
      { numRuns: 20000, seed: 22 },
    );
  });

  it('knows every template line, and no line that differs from all of them', () => {
    const lines = new Set<string>();
    for (const lang of TEMPLATE_LANGS) {
      for (const text of [frameText(lang).header, ...DOCUMENT_KINDS.map((kind) => templateTexts(kind, lang).body)])
        for (const raw of text.split('\n')) if (raw.trim() !== '' && !raw.includes('{')) lines.add(raw.trim());
    }
    const template = templateLines();
    for (const line of lines) {
      assert.ok(template.has(comparedForm(line)), line);
      // The same length and first characters, one character changed at the end: not a template line.
      const changed = `${line.slice(0, -1)}${line.endsWith('x') ? 'y' : 'x'}`;
      if (!lines.has(changed)) assert.ok(!template.has(comparedForm(changed)), changed);
    }
    assert.ok(!template.has(comparedForm('Kommunen har vurderet systemet grundigt.')));
  });
});

describe("the CLI's document port: one open, no separate stat", () => {
  let folder: string;
  const manifest = (): string => path.join(folder, 'ai-system.yaml');
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-read-'));
    fs.mkdirSync(path.join(folder, 'docs', 'folder.md'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'docs', 'note.md'), 'Kommunen har skrevet dette.\n');
    fs.writeFileSync(path.join(folder, 'docs', 'empty.md'), '');
    fs.writeFileSync(path.join(folder, 'docs', 'latin1.md'), Buffer.from([0x66, 0xe6, 0x6c, 0x64]));
    fs.writeFileSync(path.join(folder, 'docs', 'big.md'), Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x61));
    fs.writeFileSync(path.join(folder, 'docs', 'report.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0xff, 0xfe]));
    fs.writeFileSync(path.join(folder, 'docs', 'empty.docx'), '');
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  const read = async (relative: string) => readDocumentBeside(manifest())(relative);

  it('no such file, a folder, a path through a file: no document', async () => {
    assert.equal(await read('docs/missing.md'), undefined);
    assert.equal(await read('docs/folder.md'), undefined);
    assert.equal(await read('docs/note.md/inside.md'), undefined);
  });

  it('a document: its size and its bytes', async () => {
    const file = await read('docs/note.md');
    assert.ok(file);
    assert.equal(file.size, fs.statSync(path.join(folder, 'docs', 'note.md')).size);
    assert.equal(Buffer.from(await file.read()).toString('utf8'), 'Kommunen har skrevet dette.\n');
    const empty = await read('docs/empty.md');
    assert.equal(empty?.size, 0);
    assert.equal((await empty?.read())?.length, 0);
  });

  it('judges as before: too large by its size, not UTF-8, a PDF not read, an empty file too short (also named .docx)', async () => {
    const verdict = async (relative: string) => judgeDocumentFile(relative, (await read(relative))!);
    assert.deepEqual(await verdict('docs/big.md'), { written: false, reason: 'too-large', bytes: MAX_DOCUMENT_BYTES + 1 });
    assert.deepEqual(await verdict('docs/latin1.md'), { written: false, reason: 'not-utf8' });
    assert.deepEqual(await verdict('docs/report.pdf'), { written: true, binary: true });
    assert.deepEqual(await verdict('docs/empty.md'), { written: false, reason: 'too-short', words: 0 });
    // An empty file named .docx is no office document: nothing speaks for it.
    assert.deepEqual(await verdict('docs/empty.docx'), { written: false, reason: 'too-short', words: 0 });
    const states = await judgeLinkedDocuments(
      { dataProtection: { dpia: { document: 'docs/missing.md' } } },
      { readDocument: readDocumentBeside(manifest()) },
    );
    assert.deepEqual(
      states.map((state) => state.state),
      ['not-found'],
    );
  });

  it('a binary or too large document is not read unless asked for', async () => {
    const big = await read('docs/big.md');
    assert.equal(big?.size, MAX_DOCUMENT_BYTES + 1);
    // Its bytes are read only when asked for: a later change of the file is what it then reads.
    fs.writeFileSync(path.join(folder, 'docs', 'report.pdf'), 'changed');
    const pdf = await read('docs/report.pdf');
    fs.writeFileSync(path.join(folder, 'docs', 'report.pdf'), 'changed again');
    assert.equal(Buffer.from((await pdf?.read()) ?? []).toString('utf8'), 'changed again');
  });
});
