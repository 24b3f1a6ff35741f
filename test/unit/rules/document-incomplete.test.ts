// When a linked document counts (spec: "Documents: when a linked document counts"): the six conditions of
// src/core/documents/written.ts, the rule document-incomplete at every document field, the severity of a field's
// absence, and the legal review's cases with their finding, exit status and assess status.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { checkManifest, type CheckResult } from '../../../src/core/check';
import { runCli } from '../../../src/cli/main';
import { assess } from '../../../src/core/assessment/assess';
import { DOCUMENT_FIELDS } from '../../../src/core/documents/fields';
import {
  judgeDocumentFile,
  judgeDocumentText,
  MAX_DOCUMENT_BYTES,
  type DocumentFile,
  type Verdict,
} from '../../../src/core/documents/written';
import {
  DOCUMENT_KINDS,
  frameText,
  renderTemplate,
  templateTexts,
  type DocumentKind,
  type TemplateInput,
  type TemplateLang,
} from '../../../src/core/templates/index';
import { findingsOf, highRiskManifest, minimalManifest, textAt, toYaml, WRITTEN_DOCUMENT, writtenDocumentsOf } from '../manifests';

const LANGS: readonly TemplateLang[] = ['en', 'da'];
const INPUT: TemplateInput = {
  systemName: 'Journalnotat-assistent',
  systemId: 'journalnotat-assistent',
  organisation: 'Eksempel Kommune',
  role: 'deployer',
  date: '2026-12-01',
};
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Files beside the manifest, by relative path: text, bytes, or a size only (a file that must not be read). */
function files(contents: Record<string, Uint8Array | string | { size: number }>) {
  const file = (relative: string): DocumentFile | undefined => {
    const content = contents[relative];
    if (content === undefined) return undefined;
    if (typeof content === 'object' && !(content instanceof Uint8Array))
      return { size: content.size, read: () => assert.fail(`${relative} is not read`) };
    const bytes = typeof content === 'string' ? encode(content) : content;
    return { size: bytes.length, read: () => bytes };
  };
  return { readDocument: file };
}

const stub = (kind: DocumentKind, lang: TemplateLang = 'en', input: TemplateInput = INPUT) => renderTemplate(kind, lang, input);

/**
 * The Danish DPIA stub with its marker line and its note deleted and its status set, each TODO answered with
 * `dress` of the text `pick` took from the last line it matched above it (a guiding question, a heading).
 */
function dpiaStubAnsweredWith(pick: RegExp, dress: (text: string) => string): string {
  let last = '';
  return stub('dpia', 'da')
    .split('\n')
    .slice(1)
    .filter((line) => !line.startsWith('> '))
    .map((line) => {
      const picked = pick.exec(line);
      if (picked) last = picked[1];
      return line === 'TODO' ? dress(last) : line;
    })
    .join('\n')
    .replace('| Status | Udkast |', '| Status | Godkendt |');
}

/**
 * A stub written the way a person would: the marker line gone, every TODO line and suggestion replaced, each question
 * answered with two sentences of its own, and the status row set.
 */
function answered(text: string, lang: TemplateLang): string {
  const lines = text.split('\n').slice(1); // the marker line
  const out: string[] = [];
  for (const line of lines) {
    if (line.includes('TODO')) continue;
    if (line === frameText(lang).draftRow) {
      out.push(lang === 'en' ? '| Status | Approved on 1 December 2026 |' : '| Status | Godkendt 1. december 2026 |');
      continue;
    }
    out.push(line);
    const question = /^<!-- ai-system-manifest:question ([a-z-]+\.[a-z0-9-]+) -->$/.exec(line);
    if (question)
      out.push(
        '',
        `The jobcentre answers ${question[1]} here in its own words. The team leader checked the answer with the caseworkers in November.`,
      );
  }
  return out.join('\n');
}

const reasonOf = (verdict: Verdict) => (verdict.written ? 'written' : verdict.reason);

describe('documents: when a linked document is written (src/core/documents)', () => {
  describe('the six conditions, in order', () => {
    it('1. a binary office or PDF document is not read: its status in the manifest speaks', async () => {
      for (const name of ['docs/dpia.pdf', 'docs/DPIA.DOCX', 'docs/a.doc', 'docs/a.odt', 'docs/a.xlsx'])
        assert.deepEqual(await judgeDocumentFile(name, { size: 5, read: () => assert.fail('not read') }), { written: true, binary: true });
    });

    it('1. a document over 1 MiB or not UTF-8 cannot be read, and is not written; exactly 1 MiB is read', async () => {
      assert.equal(reasonOf(await judgeDocumentFile('a.md', { size: MAX_DOCUMENT_BYTES + 1, read: () => assert.fail() })), 'too-large');
      assert.equal(reasonOf(await judgeDocumentFile('a.md', { size: 3, read: () => new Uint8Array([0xff, 0xfe, 0]) })), 'not-utf8');
      const read = await judgeDocumentFile('a.md', {
        size: 3,
        read: () => {
          throw new Error('EACCES');
        },
      });
      assert.deepEqual(read, { written: false, reason: 'read-failed', error: 'EACCES' });
      const exactly = encode(WRITTEN_DOCUMENT.padEnd(MAX_DOCUMENT_BYTES, ' '));
      assert.equal(reasonOf(await judgeDocumentFile('a.md', { size: exactly.length, read: () => exactly })), 'written');
    });

    it('2. the template marker, anywhere on a line', () => {
      const verdict = judgeDocumentText(`${WRITTEN_DOCUMENT}\nSee <!-- ai-system-manifest:template dpia --> here.\n`);
      assert.deepEqual(verdict, {
        written: false,
        reason: 'marker',
        at: { line: 6, text: 'See <!-- ai-system-manifest:template dpia --> here.' },
      });
    });

    it('3. a placeholder word (TODO, TBD, FIXME in upper case, a whole word) or a placeholder line (any case)', () => {
      for (const [line, word] of [
        ['Risks: TODO', 'TODO'],
        ['TBD by the DPO', 'TBD'],
        ['(FIXME)', 'FIXME'],
        ['Tbd', 'Tbd'],
        ['  todo: later', 'todo: later'],
        ['…', '…'],
        ['xxx', 'xxx'],
      ]) {
        const verdict = judgeDocumentText(`${WRITTEN_DOCUMENT}${line}\n`);
        assert.equal(reasonOf(verdict), 'placeholder', line);
        assert.equal(!verdict.written && verdict.reason === 'placeholder' && verdict.word, word);
      }
      for (const line of ['Our todo list and TODOs are done; TODOLIST.', 'æTODOø', 'Todosektionen', 'xxx@kommune.dk'])
        assert.equal(reasonOf(judgeDocumentText(`${WRITTEN_DOCUMENT}${line}\n`)), 'written', line);
    });

    it('4. the frame still calls it a draft (either language), and only the unchanged row', () => {
      for (const lang of LANGS) {
        const verdict = judgeDocumentText(`${WRITTEN_DOCUMENT}\n| | |\n| --- | --- |\n  ${frameText(lang).draftRow}  \n`);
        assert.equal(reasonOf(verdict), 'draft');
      }
      assert.equal(reasonOf(judgeDocumentText(`${WRITTEN_DOCUMENT}\n| Status | Approved 1 Dec 2026 |\n`)), 'written');
      assert.equal(reasonOf(judgeDocumentText(`${WRITTEN_DOCUMENT}\n| Status | Udkast til godkendelse |\n`)), 'written');
    });

    it('5. fewer than 40 words of its own text: an empty file, headings, template lines, comments, guiding questions and markup do not count', () => {
      assert.deepEqual(judgeDocumentText(''), { written: false, reason: 'too-short', words: 0 });
      const words = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ');
      assert.equal(reasonOf(judgeDocumentText(`# Title\n\n${words(39)}\n`)), 'too-short');
      assert.equal(reasonOf(judgeDocumentText(`# Title\n\n${words(40)}\n`)), 'written');
      const noise = [
        '# A heading of many many words that do not count at all here',
        '## Another heading',
        '<!-- a comment with many words that are not the text of the document -->',
        '<!-- a comment',
        'over lines with many words that do not count',
        '-->',
        '*An italic guiding question with many words, which the templates write under each heading?*',
        '_Another italic paragraph, also a guiding question in the eyes of the check._',
        '| --- | --- |',
        '- ',
        // Lines of the templates, in both languages, with another system's name filled in.
        ...LANGS.flatMap((lang) => stub('dpia', lang, { ...INPUT, systemName: 'Andet system', organisation: 'Anden Kommune' }).split('\n')),
      ]
        .filter((line) => !line.includes('TODO') && !line.includes('ai-system-manifest:') && !line.includes('| Status |'))
        .join('\n');
      assert.deepEqual(judgeDocumentText(`${noise}\n${words(39)}\n`), { written: false, reason: 'too-short', words: 39 });
      assert.equal(reasonOf(judgeDocumentText(`${noise}\n- ${words(40)}\n`)), 'written', 'list markers are markup, the words count');
    });

    it('6. an unanswered question names its heading and article; a removed question is unanswered; an optional one may go', () => {
      const text = answered(stub('dpia'), 'en');
      assert.equal(reasonOf(judgeDocumentText(text)), 'written');
      // Section 4 answered with one word only.
      const lines = text.split('\n');
      const at = lines.indexOf('<!-- ai-system-manifest:question dpia.35-7-d -->');
      const oneWord = [...lines.slice(0, at + 1), '', 'Encryption.', ...lines.slice(at + 3)].join('\n');
      const verdict = judgeDocumentText(oneWord);
      assert.ok(!verdict.written && verdict.reason === 'unanswered');
      assert.equal(verdict.question.id, 'dpia.35-7-d');
      assert.equal(verdict.question.removed, false);
      assert.deepEqual(verdict.question.heading, { line: at - 1, text: lines[at - 1] });
      assert.deepEqual(
        [verdict.question.question?.en.number, verdict.question.question?.en.title, verdict.question.question?.en.article],
        ['4', 'Measures envisaged to address the risks', 'GDPR Art. 35(7)(d)'],
      );
      assert.equal(verdict.question.question?.da.article, 'databeskyttelsesforordningens art. 35, stk. 7, litra d');
      // The question's comment removed, its section kept: a question removed is a question not answered.
      const removed = judgeDocumentText(lines.filter((line) => !line.includes('dpia.35-9 ')).join('\n'));
      assert.ok(!removed.written && removed.reason === 'unanswered' && removed.question.removed && removed.question.id === 'dpia.35-9');
      // The citizen notice's Art. 50(1) section may be deleted where it does not apply.
      const notice = answered(stub('citizen-notice'), 'en').split('\n');
      const start = notice.findIndex((line) => line.includes('citizen-notice.50-1'));
      const end = notice.findIndex((line, i) => i > start && line.startsWith('## '));
      assert.equal(reasonOf(judgeDocumentText([...notice.slice(0, start - 1), ...notice.slice(end)].join('\n'))), 'written');
    });

    it('a document in the user own format, with no question comments, is written with 40 words of its own', () => {
      for (const example of ['journalnotat-assistent/docs/dpia.md', 'sygedagpenge-visitation/docs/fria.md']) {
        const text = fs.readFileSync(path.resolve(__dirname, '../../../../examples', example), 'utf8');
        assert.equal(reasonOf(judgeDocumentText(text)), 'written', example);
      }
    });

    it('every docs/ file of the examples and the fixtures is a written document', () => {
      const root = path.resolve(__dirname, '../../../..');
      const documents: string[] = [];
      const walk = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
          const full = path.join(dir, entry.name);
          if (entry.isDirectory()) walk(full);
          else if (path.basename(dir) === 'docs' && entry.name.endsWith('.md')) documents.push(full);
        }
      };
      walk(path.join(root, 'examples'));
      walk(path.join(root, 'test', 'fixtures'));
      assert.ok(documents.length >= 40);
      const unwritten = documents.filter((file) => !judgeDocumentText(fs.readFileSync(file, 'utf8')).written);
      assert.deepEqual(unwritten, []);
    });
  });

  describe('properties (fast-check)', () => {
    const templateLine = fc.constantFrom(
      ...[
        ...new Set(
          DOCUMENT_KINDS.flatMap((kind) =>
            LANGS.flatMap((lang) => [...templateTexts(kind, lang).body.split('\n'), ...frameText(lang).header.split('\n')]),
          ),
        ),
      ],
    );

    it('a fresh stub of every kind and language, for any system, organisation, role and date, is not written', () => {
      const input = fc.record({
        systemName: fc.string({ minLength: 1, maxLength: 30 }),
        systemId: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
        organisation: fc.string({ minLength: 1, maxLength: 30 }),
        role: fc.constantFrom(undefined, 'provider', 'deployer', 'provider-and-deployer'),
        date: fc.constantFrom('2026-12-01', '2027-01-31', 'not a date'),
      });
      fc.assert(
        fc.property(fc.constantFrom(...DOCUMENT_KINDS), fc.constantFrom(...LANGS), input, (kind, lang, values) => {
          assert.equal(judgeDocumentText(renderTemplate(kind, lang, values)).written, false);
        }),
        { numRuns: 300 },
      );
    });

    it('answering each question with two sentences and setting the status makes a stub written (every kind and language)', () => {
      for (const kind of DOCUMENT_KINDS)
        for (const lang of LANGS) assert.equal(reasonOf(judgeDocumentText(answered(stub(kind, lang), lang))), 'written', `${kind} ${lang}`);
    });

    it('adding lines of the templates to a document never makes it written', () => {
      const notWritten = fc.constantFrom(
        '',
        'Short note.',
        `# Title\n\n${'ord '.repeat(39)}\n`,
        ...DOCUMENT_KINDS.flatMap((kind) => LANGS.map((lang) => stub(kind, lang))),
        ...DOCUMENT_KINDS.flatMap((kind) =>
          LANGS.map((lang) => {
            // Answered but one question, left with one word.
            const lines = answered(stub(kind, lang), lang).split('\n');
            const at = lines.findIndex((line) => line.startsWith('<!-- ai-system-manifest:question'));
            return [...lines.slice(0, at + 1), '', 'Pending.', ...lines.slice(at + 3)].join('\n');
          }),
        ),
      );
      fc.assert(
        fc.property(notWritten, fc.array(fc.tuple(fc.nat(), templateLine), { maxLength: 40 }), (text, inserts) => {
          fc.pre(!judgeDocumentText(text).written);
          const lines = text.split('\n');
          for (const [at, line] of inserts) lines.splice(at % (lines.length + 1), 0, line);
          assert.equal(judgeDocumentText(lines.join('\n')).written, false);
        }),
        { numRuns: 500 },
      );
    });
  });
});

/** A folder with the manifest and the given documents beside it. */
function folderWith(manifest: unknown, documents: Record<string, string>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-documents-'));
  fs.writeFileSync(path.join(folder, 'ai-system.yaml'), typeof manifest === 'string' ? manifest : toYaml(manifest));
  for (const [name, text] of Object.entries(documents)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), text);
  }
  return folder;
}

async function cliExit(folder: string): Promise<number> {
  return runCli(['check', '--date', '2026-12-05', folder], { stdout: () => undefined, stderr: () => undefined, today: () => '2026-12-05' });
}

const dutyStatus = (result: CheckResult, id: string, date = '2026-12-05') =>
  assess(result, date).obligations.find((obligation) => obligation.id === id)?.status;

describe('rule document-incomplete', () => {
  const text = toYaml(minimalManifest());
  const written = writtenDocumentsOf(minimalManifest());

  it('at every document field: an unwritten document is reported once, at the field, and the field is absent from the data', async () => {
    const manifest: any = highRiskManifest();
    manifest.aiLiteracy.document = 'docs/ai-literacy.md';
    manifest.transparency.citizenNotice = 'docs/citizen-notice.md';
    manifest.decisions.explanation = 'docs/explanation.md';
    manifest.documentation.declarationOfConformity = 'docs/declaration.md';
    const documents = writtenDocumentsOf(manifest);
    for (const field of DOCUMENT_FIELDS) {
      const target = manifest[field.path[0]][field.path[1]]?.[field.path[2] as string] ?? manifest[field.path[0]][field.path[1]];
      assert.equal(typeof target, 'string', `${field.path.join('.')} is linked`);
      const result = await checkManifest(toYaml(manifest), files({ ...documents, [target]: stub(field.kind ?? 'dpia') }));
      const found = findingsOf(result, 'document-incomplete');
      // The same file may be linked from one field only here: each field its own document.
      assert.deepEqual(
        found.map((finding) => finding.path.join('.')),
        [field.path.join('.')],
        field.path.join('.'),
      );
      let data: any = result.data;
      for (const segment of field.path.slice(0, -1)) data = data[segment];
      assert.equal(data[field.path[field.path.length - 1]], undefined, `${field.path.join('.')} counts as absent`);
      assert.deepEqual(
        result.findings.filter((finding) => finding.ruleId !== 'document-incomplete' && finding.path.join('.') === field.path.join('.')),
        [],
        'no other rule reports the field again',
      );
    }
  });

  it('names the first unanswered question with its heading and article, in English and Danish, and where it stands', async () => {
    for (const lang of LANGS) {
      const lines = answered(stub('dpia', lang), lang).split('\n');
      const at = lines.indexOf('<!-- ai-system-manifest:question dpia.35-7-d -->');
      const document = [...lines.slice(0, at + 1), '', '…', ...lines.slice(at + 3)].join('\n').replace('\n…\n', '\n\n');
      const result = await checkManifest(text, files({ ...written, 'docs/dpia.md': document }));
      const [finding] = findingsOf(result, 'document-incomplete');
      assert.equal(finding.severity, 'error', 'a completed DPIA links it');
      assert.equal(textAt(text, finding.range), 'docs/dpia.md');
      assert.match(
        finding.message.en,
        /^'docs\/dpia\.md' \(linked from 'dataProtection\.dpia\.document'\) is not written, although the manifest calls it completed: section 4, Measures envisaged to address the risks \(GDPR Art\. 35\(7\)\(d\)\), is not answered/,
      );
      assert.match(
        finding.message.da,
        /er ikke skrevet, selv om manifestet kalder den gennemført: afsnit 4, Foranstaltninger til imødegåelse af risiciene \(databeskyttelsesforordningens art\. 35, stk\. 7, litra d\), er ikke besvaret/,
      );
      assert.doesNotMatch(finding.message.en + finding.message.da, /`/);
      assert.equal(finding.related?.[0].file, 'docs/dpia.md');
      assert.equal(finding.related?.[0].range.start.line, at - 1, 'the heading of the unanswered section');
    }
  });

  it("the severity: an error where a completed DPIA links it, a warning while it is in progress or where the field is optional, else its absence's", async () => {
    const inProgress = minimalManifest();
    inProgress.system.status = 'development';
    inProgress.dataProtection.dpia.status = 'in-progress';
    inProgress.aiLiteracy.document = 'docs/ai-literacy.md';
    const result = await checkManifest(
      toYaml(inProgress),
      files({ ...written, 'docs/dpia.md': stub('dpia'), 'docs/ai-literacy.md': stub('ai-literacy', 'da') }),
    );
    assert.deepEqual(
      findingsOf(result, 'document-incomplete').map((f) => [f.path.join('.'), f.severity]),
      [
        ['dataProtection.dpia.document', 'warning'],
        ['aiLiteracy.document', 'warning'],
      ],
    );
    assert.equal(dutyStatus(result, 'dpia'), 'not-yet-applicable', 'in progress before the processing starts');
    assert.equal(dutyStatus(result, 'ai-literacy'), 'missing', 'the unwritten plan is no evidence');
    const high = highRiskManifest();
    const monitoring = await checkManifest(
      toYaml(high),
      files({ ...writtenDocumentsOf(high), 'docs/monitoring.md': stub('human-oversight') }),
    );
    assert.deepEqual(
      findingsOf(monitoring, 'document-incomplete').map((f) => [f.path.join('.'), f.severity]),
      [['deployment.monitoring', 'error']],
    );
    assert.deepEqual(findingsOf(monitoring, 'deployer-obligation-missing'), []);
  });

  describe("the legal review's cases: finding, exit status, assess status", () => {
    const withDpia = async (dpia: string) => {
      const folder = folderWith(minimalManifest(), { ...written, 'docs/dpia.md': dpia });
      const result = await checkManifest(text, files({ ...written, 'docs/dpia.md': dpia }));
      const [finding] = findingsOf(result, 'document-incomplete');
      return { finding, exit: await cliExit(folder), status: dutyStatus(result, 'dpia') };
    };

    it('an empty DPIA', async () => {
      const { finding, exit, status } = await withDpia('');
      assert.equal(finding.severity, 'error');
      assert.match(finding.message.en, /it has 0 words of its own text, fewer than 40/);
      assert.deepEqual([exit, status], [1, 'missing']);
    });

    it('a stub with its marker line deleted', async () => {
      const { finding, exit, status } = await withDpia(stub('dpia', 'da').split('\n').slice(1).join('\n'));
      assert.match(finding.message.en, /line \d+ still says 'TODO'/);
      assert.deepEqual([exit, status], [1, 'missing']);
    });

    for (const filler of ['[Udfyldes]', 'Tbd']) {
      it(`a stub with TODO replaced by ${filler} and its marker deleted`, async () => {
        const document = stub('dpia', 'da').split('\n').slice(1).join('\n').replace(/TODO/g, filler);
        const { finding, exit, status } = await withDpia(document);
        assert.ok(finding, 'reported');
        assert.equal(finding.severity, 'error');
        assert.deepEqual([exit, status], [1, 'missing']);
        // And with the status row set as well: too little of its own.
        const set = await withDpia(document.replace('| Status | Udkast |', '| Status | Godkendt |'));
        // [Udfyldes] is no placeholder: its sections hold one word each, so section 1 is the first unanswered.
        assert.match(
          set.finding.message.en,
          filler === 'Tbd' ? /still says 'Tbd'/ : /section 1, Systematic description .*, is not answered/,
        );
        assert.deepEqual([set.exit, set.status], [1, 'missing']);
      });
    }

    it('a stub reduced to its headings and guiding questions, with | Status | Udkast |', async () => {
      const document = stub('dpia', 'da')
        .split('\n')
        .slice(1)
        .filter((line) => !line.includes('TODO'))
        .join('\n');
      const { finding, exit, status } = await withDpia(document);
      assert.match(finding.message.en, /its status row still says Draft \(line \d+: '\| Status \| Udkast \|'\)/);
      assert.match(finding.message.da, /statusrækken siger stadig Udkast/);
      assert.deepEqual([exit, status], [1, 'missing']);
    });

    // Spec "Documents", condition 5: own text is what remains after removing "the guiding questions (the italic
    // paragraphs the templates write under each heading)" and "Markdown markup (... emphasis)": the guiding question
    // with its emphasis taken off, made bold, or set as a list item or quote is still the guiding question, not an answer.
    for (const [form, dress] of [
      ['plain', (question: string) => question],
      ['bold', (question: string) => `**${question}**`],
      ['a list item', (question: string) => `- ${question}`],
      ['a quote', (question: string) => `> ${question}`],
    ] as const) {
      it(`a stub whose answers repeat the guiding question (${form}), marker deleted, status set`, async () => {
        const document = dpiaStubAnsweredWith(/^\*(.+)\*$/, dress);
        assert.ok(!/TODO/.test(document), 'no placeholder is left');
        const { finding, exit, status } = await withDpia(document);
        assert.ok(finding, 'reported');
        assert.match(finding.message.en, /fewer than 40|is not answered/);
        assert.deepEqual([exit, status], [1, 'missing']);
      });
    }

    // The same for the heading: "headings (their whole line)" are not own text, and a heading's text written again as
    // a plain line or a list item ("1. Systematic description …") is the heading with its markup taken off.
    for (const [form, dress] of [
      ['plain', (heading: string) => heading.replace(/^\d+(?:\.\d+)*\.?\s+/, '')],
      ['numbered', (heading: string) => heading],
      ['bold', (heading: string) => `**${heading}**`],
    ] as const) {
      it(`a stub whose answers repeat the section heading (${form}), marker deleted, status set`, async () => {
        const document = dpiaStubAnsweredWith(/^#+\s+(.+)$/, dress);
        assert.ok(!/TODO/.test(document), 'no placeholder is left');
        const { finding, exit, status } = await withDpia(document);
        assert.ok(finding, 'reported');
        assert.deepEqual([exit, status], [1, 'missing']);
      });
    }

    it('the citizen notice: a stub, no such file, free text: each transparency duty missing; written, it is met', async () => {
      const manifest = minimalManifest();
      manifest.transparency.citizenNotice = 'docs/citizen-notice.md';
      const notice = async (documents: Record<string, string>, value?: string) => {
        const linked = { ...manifest, transparency: { citizenNotice: value ?? manifest.transparency.citizenNotice } };
        const result = await checkManifest(toYaml(linked), files(documents));
        const finding = result.findings.find((f) => f.path.join('.') === 'transparency.citizenNotice');
        return { finding, exit: await cliExit(folderWith(linked, documents)), status: dutyStatus(result, 'citizens-informed') };
      };
      const stubbed = await notice({ ...written, 'docs/citizen-notice.md': stub('citizen-notice', 'da') });
      assert.equal(stubbed.finding?.ruleId, 'document-incomplete');
      assert.equal(stubbed.finding?.severity, 'error', 'the severity of transparency-missing, which it replaces');
      assert.deepEqual([stubbed.exit, stubbed.status], [1, 'missing']);
      const absent = await notice(written);
      assert.deepEqual(
        [absent.finding?.ruleId, absent.finding?.severity, absent.exit, absent.status],
        ['dpia-document-not-found', 'error', 1, 'missing'],
      );
      const text = await notice(written, 'Borgerne informeres mundtligt ved behov');
      assert.deepEqual(
        [text.finding?.ruleId, text.finding?.severity, text.exit, text.status],
        ['transparency-missing', 'error', 1, 'missing'],
      );
      assert.match(text.finding!.message.en, /is neither a URL nor the path of a document \('Borgerne informeres mundtligt ved behov'\)/);
      const done = await notice({ ...written, 'docs/citizen-notice.md': answered(stub('citizen-notice', 'da'), 'da') });
      assert.deepEqual([done.finding, done.exit, done.status], [undefined, 0, 'met']);
    });
  });
});
