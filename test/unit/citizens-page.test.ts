// `ai-system-manifest register --format html`: the citizens' page, over the examples and a folder built here — a
// system with a written citizen notice, one with the template stub as its notice, one whose notice names no file,
// one only for the staff, one that does not parse, and one full of hostile input.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';
import { fileExistsBeside, readDocumentBeside } from '../../src/cli/files';
import { checkManifest } from '../../src/core/check';
import { renderNoticeMarkdown, STYLE, STYLE_SHA256 } from '../../src/core/register/citizensPage';
import { renderTemplate } from '../../src/core/templates/index';

const root = path.resolve(__dirname, '../../..');
const examples = path.join(root, 'examples');
const DATE = '2026-12-05';
const EXAMPLE_IDS = ['borgerchatbot', 'journalnotat-assistent', 'match-profilering', 'sygedagpenge-visitation'];

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: () => DATE });
  return { code, stdout, stderr };
}

const LONG_WORD = 'x'.repeat(100_000);
const LONG_LINE = Array.from({ length: 12_500 }, (_, i) => `ord${i}`).join(' ');

/** A notice a municipality would publish: its own words, no template left in it. */
const WRITTEN_NOTICE = `# Sådan bruger Eksempel Kommune kunstig intelligens i journalnotater

## Hvad systemet gør

Når du har en samtale med din sagsbehandler i jobcentret, kan sagsbehandleren bruge et AI-system til at skrive et
første udkast til journalnotatet ud fra sine egne stikord. Sagsbehandleren læser altid udkastet, retter det og
godkender det, før det kommer i din sag. Systemet vurderer dig ikke og foreslår ikke afgørelser.

## Dine oplysninger

Systemet bruger de oplysninger, som sagsbehandleren skriver ned under samtalen. Oplysningerne bliver i kommunens
systemer i EU og bruges ikke til at træne systemet.

## Spørgsmål og klage

Skriv til [jobcentret](mailto:ai@eksempel.dk), hvis du vil vide mere. Læs også om dine rettigheder på
[borger.dk](https://www.borger.dk).
`;

/** A notice with raw HTML, script, hostile links, a remote image, skipped heading levels and 100,000-character lines. */
const HOSTILE_NOTICE = `# Oplysning om systemet

<script>document.title = 'pwned'</script>
<img src="https://tracker.example/pixel.png" onerror="alert(1)">
<iframe src="https://evil.example"></iframe>

### Et afsnit, der springer et niveau over

Her står, hvordan kommunen bruger systemet, og hvad du kan gøre, hvis du er uenig i det, systemet har lavet. Du kan
altid bede om at få en forklaring fra din sagsbehandler, og du kan altid klage over en afgørelse. Læs mere her:
[klik](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
[vbs](vbscript:msgbox(1)) [fil](file:///etc/passwd) <javascript:alert(2)> ![sporing](https://tracker.example/a.png)
[god](https://eksempel.dk/ai)

${LONG_WORD}

${LONG_LINE}

\`\`\`
${LONG_WORD}
\`\`\`

| Kolonne | ${LONG_WORD} |
| --- | --- |
| a | b |
`;

function journalnotat(): string {
  return fs.readFileSync(path.join(examples, 'journalnotat-assistent', 'ai-system.yaml'), 'utf8');
}

/** The journal-note example as another system: its id, name and citizen notice replaced. */
function variant(id: string, name: string, notice: string, edit: (text: string) => string = (t) => t): string {
  return edit(
    journalnotat()
      .replace(/^ {2}id: journalnotat-assistent$/m, `  id: ${id}`)
      .replace(/^ {2}name: Journalnotat-assistent$/m, `  name: ${JSON.stringify(name)}`)
      .replace(/^ {2}citizenNotice: .*$/m, `  citizenNotice: ${JSON.stringify(notice)}`),
  );
}

/** Whether the check reports a document rule on a manifest's local citizen notice (it judges the notice as a document). */
async function checkJudgesNotice(manifest: string): Promise<boolean> {
  const result = await checkManifest(fs.readFileSync(manifest, 'utf8'), {
    fileExists: fileExistsBeside(manifest),
    readDocument: readDocumentBeside(manifest),
    referenceDate: DATE,
  });
  return result.findings.some(
    (f) => ['document-incomplete', 'dpia-document-not-found'].includes(f.ruleId) && f.path.join('.') === 'transparency.citizenNotice',
  );
}

function write(folder: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), text);
  }
}

/** Every `<tag …>` of the page with its attributes. */
function tags(html: string): string[] {
  return html.match(/<[a-zA-Z][^>]*>/g) ?? [];
}

function sectionIds(html: string): string[] {
  return [...html.matchAll(/<section class="system" id="([^"]+)"/g)].map((m) => m[1]);
}

describe("register --format html (the citizens' page)", function () {
  this.timeout(60000);
  let folder: string;

  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-citizens-'));
    const docs = (system: string) =>
      Object.fromEntries(
        ['dpia.md', 'human-oversight.md', 'ai-literacy.md'].map((doc) => [
          `${system}/docs/${doc}`,
          fs.readFileSync(path.join(examples, 'journalnotat-assistent', 'docs', doc), 'utf8'),
        ]),
      );
    const stub = renderTemplate('citizen-notice', 'da', {
      systemName: 'Notat-stub',
      systemId: 'notice-stub',
      organisation: 'Eksempel Kommune',
      role: 'deployer',
      date: DATE,
    });
    write(folder, {
      ...docs('written'),
      'written/ai-system.yaml': variant('notice-written', 'Notatassistent med borgeroplysning', 'docs/citizen-notice.md'),
      'written/docs/citizen-notice.md': WRITTEN_NOTICE,
      ...docs('stub'),
      'stub/ai-system.yaml': variant('notice-stub', 'Notat-stub', 'docs/citizen-notice.md'),
      'stub/docs/citizen-notice.md': stub,
      ...docs('no-file'),
      'no-file/ai-system.yaml': variant('notice-no-file', 'Notat uden fil', 'docs/findes-ikke.md'),
      ...docs('staff'),
      'staff/ai-system.yaml': variant('staff-only', 'Kun for medarbejdere', 'https://eksempel.dk/intra', (t) =>
        t.replace(/^ {2}affectedPersons: .*$/m, '  affectedPersons: [employees]'),
      ),
      'broken/ai-system.yaml': 'manifestVersion: 1\nsystem: [unclosed\n',
      ...docs('hostile'),
      'hostile/ai-system.yaml': variant('hostile', '<img src=x onerror=alert(1)>Fjendtlig & "citeret"', 'docs/citizen-notice.md', (t) =>
        t
          .replace(/^ {2}description: >-\n(?: {4}.*\n)+/m, `  description: "<script>alert('beskrivelse')</script> ${LONG_WORD}"\n`)
          .replace(/^ {4}contact: .*$/m, '    contact: "javascript:alert(1)//@x.dk"')
          .replace(/^ {4}unit: .*$/m, `    unit: "${LONG_LINE}"`),
      ),
      'hostile/docs/citizen-notice.md': HOSTILE_NOTICE,
    });
  });

  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('lists every example (each concerns citizens and tells them on a web page), anchored by system.id; exit 0', async () => {
    const run = await cli('register', examples, '--format', 'html', '--date', DATE);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.deepEqual(sectionIds(run.stdout), EXAMPLE_IDS);
    for (const id of EXAMPLE_IDS) assert.ok(run.stdout.includes(`<li><a href="#${id}">`), `the contents link to #${id}`);
    assert.match(run.stdout, /^<!DOCTYPE html>\n<html lang="da">/);
    assert.ok(run.stdout.includes('<h1>Kunstig intelligens i Eksempel Kommune</h1>'));
    assert.ok(run.stdout.includes('Det er altid en sagsbehandler, der træffer afgørelsen i din sag.'));
    assert.ok(run.stdout.includes('<a class="url" href="mailto:ai@eksempel.dk">ai@eksempel.dk</a>'));
    assert.ok(run.stdout.includes('<a class="url" href="https://eksempel.dk/privatliv#ai-i-jobcentret">'), "the example's notice page");
    assert.ok(run.stdout.includes('Højrisiko-AI-system.'), 'the tier in words');
    assert.ok(run.stdout.includes('I drift siden 1. marts 2025'), 'status and since when');
  });

  it('Danish by default, English with --lang en: the same systems, texts in the language', async () => {
    const da = await cli('register', examples, '--format', 'html', '--date', DATE);
    const en = await cli('register', examples, '--format', 'html', '--date', DATE, '--lang', 'en');
    assert.equal(en.code, 0, en.stderr);
    assert.match(en.stdout, /<html lang="en">/);
    assert.deepEqual(sectionIds(en.stdout), sectionIds(da.stdout));
    assert.ok(en.stdout.includes('<h1>Artificial intelligence at Eksempel Kommune</h1>'));
    assert.ok(en.stdout.includes('A caseworker always makes the decision in your case.'));
    assert.ok(en.stdout.includes('High-risk AI system.'));
    for (const english of ['caseworker', 'decision', 'High-risk', 'Who decides', 'Contact'])
      assert.ok(!da.stdout.includes(english), `no "${english}" in the Danish page`);
  });

  it('leaves out a system whose notice is the template stub or names no file, says so on stderr, exit 1', async () => {
    // The check, not this page, judges the notice (spec: "Documents"): the stub is reported at the field.
    assert.ok(await checkJudgesNotice(path.join(folder, 'stub', 'ai-system.yaml')), 'the check reports the stub notice');
    const run = await cli('register', folder, '--format', 'html', '--date', DATE);
    assert.equal(run.code, 1, 'a system is left out');
    const ids = sectionIds(run.stdout);
    assert.deepEqual(ids, ['hostile', 'notice-written']);
    assert.ok(!run.stdout.includes('Notat-stub') && !run.stdout.includes('Notat uden fil'));
    // stderr in the page's language (Danish by default), numbers agreeing; English with --lang en.
    assert.match(run.stderr, /3 systemer er ikke klar til at blive offentliggjort og er udeladt af borgersiden/);
    assert.doesNotMatch(run.stderr, /not ready to publish/);
    const english = await cli('register', folder, '--format', 'html', '--lang', 'en', '--date', DATE);
    assert.match(english.stderr, /3 system\(s\) not ready to publish, left out/);
    assert.match(run.stderr, /stub\/ai-system\.yaml \(#notice-stub\):\n {4}document-incomplete transparency\.citizenNotice: /);
    assert.match(run.stderr, /no-file\/ai-system\.yaml \(#notice-no-file\):\n {4}dpia-document-not-found transparency\.citizenNotice: /);
    const shown = await cli('register', folder, '--format', 'html', '--date', DATE, '--include-unready');
    const stub = shown.stdout.slice(shown.stdout.indexOf('<section class="system" id="notice-stub"'));
    assert.match(
      stub.slice(0, stub.indexOf('</section>')),
      /Bemærk: beskrivelsen af dette system er ikke klar til at blive offentliggjort:[\s\S]*oplysningerne til borgerne er ikke skrevet færdige/,
    );
    assert.ok(!stub.slice(0, stub.indexOf('</section>')).includes('TODO'), "the stub's text is not published");
  });

  it('leaves out a manifest that does not parse (nobody can tell whom it concerns), not a system for the staff only; exit 1', async () => {
    const run = await cli('register', folder, '--format', 'html', '--date', DATE);
    assert.equal(run.code, 1, 'a system is left out');
    const ids = sectionIds(run.stdout);
    assert.ok(ids.includes('hostile') && ids.includes('notice-written'));
    assert.ok(
      !ids.includes('staff-only') && !run.stdout.includes('Kun for medarbejdere'),
      'a system for the staff only is not on the page',
    );
    assert.ok(!ids.some((id) => id.startsWith('system-')), 'the manifest that does not parse is left out');
    assert.match(run.stderr, /er udeladt af borgersiden \(--include-unready viser dem\):/);
    assert.match(run.stderr, /broken\/ai-system\.yaml \(#system-\d+\):\n {4}yaml-syntax/);
    assert.ok(!run.stderr.includes('staff-only'));
  });

  it('--include-unready shows them, marked as not ready, and exits 0', async () => {
    const run = await cli('register', folder, '--format', 'html', '--date', DATE, '--include-unready');
    assert.equal(run.code, 0, run.stderr);
    const ids = sectionIds(run.stdout);
    for (const id of ['notice-stub', 'notice-no-file', 'notice-written', 'hostile']) assert.ok(ids.includes(id), id);
    const broken = run.stdout.slice(run.stdout.search(/<section class="system" id="system-\d+"/));
    assert.match(
      broken.slice(0, broken.indexOf('</section>')),
      /Bemærk: beskrivelsen af dette system er ikke klar til at blive offentliggjort:[\s\S]*dokumentationen kan ikke læses/,
    );
    assert.match(run.stderr, /er vist markeret som sådan \(--include-unready\)/);
  });

  it("renders a written notice from Markdown under the system's own heading, its headings moved below it", async () => {
    const run = await cli('register', path.join(folder, 'written'), '--format', 'html', '--date', DATE);
    assert.equal(run.code, 0, run.stderr);
    const html = run.stdout;
    assert.ok(html.includes('<h3 id="notice-written-notice">Oplysninger til borgerne om Notatassistent med borgeroplysning</h3>'));
    assert.ok(html.includes('<h4>Sådan bruger Eksempel Kommune kunstig intelligens i journalnotater</h4>'));
    assert.ok(html.includes('<h5>Hvad systemet gør</h5>'));
    assert.ok(html.includes('<a href="mailto:ai@eksempel.dk">jobcentret</a>'));
    assert.ok(html.includes('<a href="https://www.borger.dk">borger.dk</a>'));
    assert.ok(html.includes('<a href="#notice-written-notice">Læs oplysningerne til borgerne nedenfor.</a>'));
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    assert.equal(levels.filter((l) => l === 1).length, 1, 'one h1');
    levels.forEach((level, i) => assert.ok(i === 0 || level <= levels[i - 1] + 1, `heading order: h${levels[i - 1]} → h${level}`));
  });

  it('hostile input: nothing runs, no remote resource, only web, e-mail and in-page links; long lines kept whole', async () => {
    const run = await cli('register', path.join(folder, 'hostile'), '--format', 'html', '--date', DATE);
    assert.equal(run.code, 0, run.stderr);
    const html = run.stdout;
    assert.deepEqual(sectionIds(html), ['hostile']);
    for (const tag of tags(html)) {
      assert.doesNotMatch(tag, /^<(script|img|iframe|object|embed|link|form|input|base|svg|math)\b/i, tag);
      assert.doesNotMatch(tag, /\s(on\w+|src|srcset|style|formaction)\s*=/i, tag.slice(0, 200));
      for (const [, href] of tag.matchAll(/\shref="([^"]*)"/g)) assert.match(href, /^(https?:\/\/|mailto:|#)/, href);
    }
    assert.ok(html.includes('&lt;script&gt;alert(&#39;beskrivelse&#39;)&lt;/script&gt;'), 'the description is shown as text');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;Fjendtlig &amp; &quot;citeret&quot;'), 'the name is shown as text');
    assert.ok(html.includes('&lt;script&gt;document.title'), "the notice's raw HTML is shown as text");
    assert.ok(!html.includes('href="mailto:javascript'), 'a contact that is no e-mail address is no link');
    assert.ok(html.includes('[klik](javascript:alert(1))'), 'a javascript: link stays text');
    assert.ok(html.includes('<a href="https://eksempel.dk/ai">god</a>'));
    assert.ok(html.includes('sporing') && !html.includes('tracker.example/a.png"'), 'an image is shown as its text');
    assert.ok(html.includes('<h4>Oplysning om systemet</h4>') && html.includes('<h5>Et afsnit, der springer et niveau over</h5>'));
    assert.equal(
      html.split(LONG_WORD).length - 1,
      4,
      'the 100,000-character word, whole, in the description, the notice, its code block and its table',
    );
    assert.ok(html.includes(LONG_LINE));
    assert.ok(STYLE.includes('overflow-wrap:anywhere'), 'long words break (the browser test measures it)');
  });

  it('the page allows its own stylesheet only: the Content Security Policy names its hash', () => {
    assert.equal(STYLE_SHA256, `sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}`, 'update STYLE_SHA256');
  });

  it('moves notice headings in order of use, and never below h6', () => {
    assert.deepEqual(
      [...renderNoticeMarkdown('# A\n\n### B\n\n###### C\n\n## D\n', 4).matchAll(/<(h\d)>([A-D])/g)].map((m) => `${m[2]}:${m[1]}`),
      ['A:h4', 'B:h6', 'C:h6', 'D:h5'],
    );
  });

  it('--output DIR writes DIR/index.html; --include-unready needs --format html', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-page-out-'));
    try {
      const run = await cli('register', examples, '--format', 'html', '--date', DATE, '--output', out);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, /borgersiden \(4 systemer\) er skrevet til .*index\.html/);
      assert.deepEqual(sectionIds(fs.readFileSync(path.join(out, 'index.html'), 'utf8')), EXAMPLE_IDS);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
    assert.equal((await cli('register', examples, '--include-unready')).code, 2);
  });
});
