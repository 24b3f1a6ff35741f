// The citizens' page (`register --format html`) in real headless Chromium (Debian's `chromium`, driven by
// playwright-core): built by the CLI (dist/cli.js) from the examples and from a system with a written citizen notice
// full of hostile input, opened from file://. Checks what a citizen gets: nothing runs and nothing is fetched, axe-core's
// WCAG 2.1 A/AA rules find no violation in the light and the dark colour scheme, the page reflows at 320 px and at
// 200 % zoom without scrolling sideways, and it prints. Saves out/citizens-page-{light,dark,320px,print-1}.png and
// out/citizens-page.pdf.
//
//   npm run test:browser
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'out');
const CHROMIUM = '/usr/bin/chromium';
const DATE = '2026-12-05';
const EXAMPLE_IDS = ['borgerchatbot', 'journalnotat-assistent', 'match-profilering', 'sygedagpenge-visitation'];
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LONG_WORD = 'x'.repeat(100_000);

/** A written notice (the check judges it written: its own words, no template) with hostile Markdown in it. */
const NOTICE = `# Sådan bruger Eksempel Kommune kunstig intelligens i journalnotater

## Hvad systemet gør

Når du har en samtale med din sagsbehandler i jobcentret, kan sagsbehandleren bruge et AI-system til at skrive et
første udkast til journalnotatet ud fra sine egne stikord. Sagsbehandleren læser altid udkastet, retter det og
godkender det, før det kommer i din sag. Systemet vurderer dig ikke og foreslår ikke afgørelser.

<script>window.pwned = true</script><img src="https://tracker.example/p.png" onerror="window.pwned = true">

## Dine oplysninger

Systemet bruger de oplysninger, som sagsbehandleren skriver ned under samtalen. Oplysningerne bliver i kommunens
systemer i EU og bruges ikke til at træne systemet. [Klik her](javascript:window.pwned=true) eller læs på
[borger.dk](https://www.borger.dk). ![billede](https://tracker.example/a.png)

${LONG_WORD}

| Felt | Værdi |
| --- | --- |
| Lang | ${LONG_WORD} |

\`\`\`
${LONG_WORD}
\`\`\`
`;

function buildPages() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-citizens-browser-'));
  const source = path.join(ROOT, 'examples', 'journalnotat-assistent');
  fs.cpSync(source, path.join(folder, 'notat'), { recursive: true });
  const manifest = path.join(folder, 'notat', 'ai-system.yaml');
  fs.writeFileSync(
    manifest,
    fs
      .readFileSync(manifest, 'utf8')
      .replace(/^ {2}id: journalnotat-assistent$/m, '  id: notat-med-oplysning')
      .replace(/^ {2}name: .*$/m, '  name: "<script>window.pwned = true</script>Notat med borgeroplysning"')
      .replace(/^ {2}citizenNotice: .*$/m, '  citizenNotice: docs/citizen-notice.md'),
  );
  fs.writeFileSync(path.join(folder, 'notat', 'docs', 'citizen-notice.md'), NOTICE);
  fs.mkdirSync(OUT, { recursive: true });
  const page = path.join(OUT, 'citizens-page.html');
  const cli = path.join(ROOT, 'dist', 'cli.js');
  execFileSync(
    process.execPath,
    [cli, 'register', path.join(ROOT, 'examples'), folder, '--format', 'html', '--date', DATE, '--output', page],
    {
      stdio: 'pipe',
    },
  );
  const english = path.join(OUT, 'citizens-page.en.html');
  execFileSync(
    process.execPath,
    [cli, 'register', path.join(ROOT, 'examples'), '--format', 'html', '--lang', 'en', '--date', DATE, '--output', english],
    {
      stdio: 'pipe',
    },
  );
  fs.rmSync(folder, { recursive: true, force: true });
  return { page, english };
}

describe("the citizens' page in Chromium", function () {
  this.timeout(120000);
  /** @type {import('playwright-core').Browser} */
  let browser;
  let pages;

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: bash scripts/ensure-test-host.sh installs it`);
    pages = buildPages();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  after(async function () {
    await browser?.close();
  });

  /** The page in a fresh context; `bypassCSP` only to inject axe-core (the page itself allows no script). */
  async function open(file, { width = 1100, height = 900, colorScheme = 'light', bypassCSP = false, deviceScaleFactor = 1 } = {}) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme, bypassCSP, deviceScaleFactor });
    const page = await context.newPage();
    const problems = [];
    const requests = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => problems.push(`console ${message.type()}: ${message.text()}`));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href);
    return { page, context, problems, requests };
  }

  async function axe(page) {
    await page.addScriptTag({ content: AXE });
    return page.evaluate(async (tags) => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, WCAG_21_AA);
  }

  it('shows every system that concerns citizens, anchored by system.id, the written notice rendered under its system', async () => {
    const { page, context, problems, requests } = await open(pages.page);
    const ids = await page.$$eval('section.system', (sections) => sections.map((s) => s.id));
    assert.deepEqual(ids, [...EXAMPLE_IDS, 'notat-med-oplysning']);
    assert.equal(await page.getAttribute('html', 'lang'), 'da');
    assert.equal(await page.textContent('#notat-med-oplysning h4'), 'Sådan bruger Eksempel Kommune kunstig intelligens i journalnotater');
    await page.click('a[href="#journalnotat-assistent"]');
    assert.equal(await page.evaluate(() => window.location.hash), '#journalnotat-assistent');
    assert.deepEqual(problems, [], 'nothing is logged');
    assert.deepEqual(requests, [pathToFileURL(pages.page).href], 'nothing but the page itself is loaded');
    await context.close();
  });

  it('runs nothing: no script element, the hostile name and notice shown as text, a javascript: link is no link', async () => {
    const { page, context } = await open(pages.page);
    assert.equal(await page.evaluate(() => document.scripts.length), 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll('img, iframe, object, embed').length), 0);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.match(await page.textContent('#notat-med-oplysning-title'), /^<script>window\.pwned = true<\/script>Notat med borgeroplysning$/);
    const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href')));
    for (const href of hrefs) assert.match(href, /^(https?:\/\/|mailto:|#)/, href);
    assert.ok((await page.textContent('#notat-med-oplysning .notice')).includes('[Klik her](javascript:window.pwned=true)'));
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    it(`passes axe-core's WCAG 2.1 A and AA rules in the ${colorScheme} colour scheme (screenshot out/citizens-page-${colorScheme}.png)`, async () => {
      const { page, context } = await open(pages.page, { colorScheme, bypassCSP: true });
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(background, colorScheme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)');
      await page.screenshot({ path: path.join(OUT, `citizens-page-${colorScheme}.png`) });
      assert.deepEqual(await axe(page), []);
      const english = await open(pages.english, { colorScheme, bypassCSP: true });
      assert.deepEqual(await axe(english.page), [], 'the English page');
      await english.context.close();
      await context.close();
    });
  }

  it('has landmarks, one h1 and headings in order', async () => {
    const { page, context } = await open(pages.page);
    for (const landmark of ['header', 'nav', 'main', 'footer']) assert.equal(await page.locator(landmark).count(), 1, landmark);
    const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (headings) => headings.map((h) => Number(h.tagName[1])));
    assert.equal(levels.filter((l) => l === 1).length, 1);
    assert.equal(levels[0], 1);
    levels.forEach((level, i) => assert.ok(i === 0 || level <= levels[i - 1] + 1, `h${levels[i - 1]} → h${level}`));
    await context.close();
  });

  for (const [what, width, scale] of [
    ['320 px wide', 320, 1],
    ['200 % zoom of a 1280 px window', 640, 2],
  ]) {
    it(`reflows at ${what}: no sideways scrolling, 100,000-character words wrapped`, async () => {
      const { page, context } = await open(pages.page, { width, height: 800, deviceScaleFactor: scale });
      const { scrollWidth, widest } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        widest: Math.max(...[...document.querySelectorAll('body *')].map((element) => element.getBoundingClientRect().right)),
      }));
      assert.ok(scrollWidth <= width, `the page is ${scrollWidth} px wide in a ${width} px window`);
      assert.ok(widest <= width + 0.5, `an element reaches ${widest} px`);
      if (width === 320) {
        await page.screenshot({ path: path.join(OUT, 'citizens-page-320px.png') });
        await page.locator('#notat-med-oplysning-notice').scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(OUT, 'citizens-page-320px-notice.png') });
      }
      await context.close();
    });
  }

  it('prints: A4 pages with the links written out, nothing of the navigation (out/citizens-page.pdf)', async () => {
    const { page, context } = await open(pages.page);
    const pdf = path.join(OUT, 'citizens-page.pdf');
    await page.pdf({ path: pdf, format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
    await context.close();
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.match(text, /Kunstig intelligens i Eksempel Kommune/);
    assert.match(text, /borger\.dk \(https:\/\/www\.borger\.dk\)/, "a link's address is printed after its text");
    assert.match(
      text,
      /Læs mere på https:\/\/eksempel\.dk\/privatliv#chatbot(?! \()/,
      'a link that shows its address is not printed twice',
    );
    assert.doesNotMatch(text, /AI-systemer på siden/, 'the contents are not printed');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(OUT, 'citizens-page-print')]);
    const printed = fs.readdirSync(OUT).filter((name) => /^citizens-page-print-0*1\.png$/.test(name));
    assert.equal(printed.length, 1, 'the first printed page as PNG');
  });
});
