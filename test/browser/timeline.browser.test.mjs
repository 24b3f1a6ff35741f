// The AI Act timeline panel in real headless Chromium (Debian's `chromium`, driven by playwright-core).
// Builds out/timeline-preview.html for a fixed date, loads it from file://, and checks what the user sees:
// the asked-for dates, the dates the Digital Omnibus moved, the today marker, each example's obligations,
// keyboard navigation, the messages posted to the extension, themes and reduced motion. Saves screenshots
// out/timeline-{light,dark,high-contrast}.png.
//
//   npm run test:browser
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'out');
const CHROMIUM = '/usr/bin/chromium';
const TODAY = '2026-09-01';
const EXAMPLES = ['borgerchatbot', 'journalnotat-assistent', 'match-profilering', 'sygedagpenge-visitation'];
const THEMES = ['light', 'dark', 'high-contrast'];

/** The preview writer and the core, bundled from the TypeScript sources (so this test does not depend on tsc's output). */
async function loadHarness() {
  const outfile = path.join(OUT, 'test', 'browser', 'harness.cjs');
  await esbuild.build({
    stdin: {
      contents: [
        "export { writePreview } from './scripts/preview-timeline';",
        "export { validateTimelineMessage } from './src/core/views/timelineView';",
        "export { checkManifest } from './src/core/check';",
        "export { assess } from './src/core/assessment/assess';",
        "export { fileExistsBeside } from './src/cli/files';",
      ].join('\n'),
      resolveDir: ROOT,
      sourcefile: 'browser-test-harness.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // The preview writer runs esbuild to bundle its page script: esbuild stays a package, not part of the bundle.
    external: ['esbuild'],
    outfile,
    logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile);
}

describe('AI Act timeline panel in Chromium', function () {
  this.timeout(60000);
  /** @type {import('playwright-core').Browser} */
  let browser;
  let harness;
  let previewUrl;
  /** Expected assessments: example → edition → Assessment. */
  const expected = {};

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} is missing: install Debian's chromium (apt-get update && apt-get install -y chromium, or bash scripts/ensure-test-host.sh)`,
      );
    }
    harness = await loadHarness();
    const file = await harness.writePreview(TODAY, OUT);
    previewUrl = pathToFileURL(file).href;
    for (const name of EXAMPLES) {
      const manifest = path.join(ROOT, 'examples', name, 'ai-system.yaml');
      const text = fs.readFileSync(manifest, 'utf8');
      expected[name] = {};
      for (const edition of ['amended', 'adopted']) {
        const result = await harness.checkManifest(text, { edition, fileExists: harness.fileExistsBeside(manifest) });
        expected[name][edition] = harness.assess(result, TODAY, edition);
      }
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
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

  /** A fresh page (new context: no saved webview state) on the preview with the given query. */
  async function open(query = {}, options = {}) {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1100, height: options.height ?? 900 },
      reducedMotion: options.reducedMotion ?? 'no-preference',
    });
    const page = await context.newPage();
    const problems = [];
    const requests = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('request', (request) => requests.push(request.url()));
    const search = new URLSearchParams({ state: 'general', lang: 'en', edition: 'amended', theme: 'light', ...query });
    await page.goto(`${previewUrl}?${search}`);
    await page.waitForSelector('ol.tl-axis > li.tl-item');
    return { page, context, problems, requests };
  }

  async function expandAll(page) {
    await page.click('button[data-action="expand-all"]');
  }

  /** The text of each date entry of a provision on a milestone: [edition, text, in force]. */
  async function provisionDates(page, milestoneId, provisionId) {
    return page.$$eval(
      `li.tl-item[data-id="${milestoneId}"] li.tl-provision[data-provision="${provisionId}"] li.tl-date-entry`,
      (entries) =>
        entries.map((e) => [
          e.getAttribute('data-edition'),
          e.querySelector('.tl-date-value')?.textContent,
          e.getAttribute('data-in-force') === 'true',
          e.textContent,
        ]),
    );
  }

  it('loads under its CSP with no error and no request outside the page', async function () {
    const { page, context, problems, requests } = await open({ state: 'match-profilering' });
    await expandAll(page);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9+/=]+'/);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      requests.filter((url) => !url.startsWith('file://')),
      [],
    );
    assert.equal(await page.$$eval('[onclick], [onload], [onerror], [style]', (nodes) => nodes.length), 0);
    await context.close();
  });

  it('shows the four asked-for dates, in both languages', async function () {
    const { page, context } = await open();
    assert.deepEqual(await page.$$eval('li.tl-item.tl-requested .tl-date time', (nodes) => nodes.map((n) => n.textContent)), [
      '2 February 2025',
      '2 August 2025',
      '2 August 2026',
      '2 August 2027',
    ]);
    for (const time of await page.locator('li.tl-item.tl-requested .tl-date time').all()) assert.ok(await time.isVisible());
    assert.deepEqual(await page.$$eval('li.tl-item.tl-requested .tl-badge-requested', (nodes) => nodes.map((n) => n.textContent)), [
      'Key date',
      'Key date',
      'Key date',
      'Key date',
    ]);
    await page.selectOption('#preview-lang', 'da');
    await page.waitForFunction(() => document.documentElement.lang === 'da');
    assert.deepEqual(await page.$$eval('li.tl-item.tl-requested .tl-date time', (nodes) => nodes.map((n) => n.textContent)), [
      '2. februar 2025',
      '2. august 2025',
      '2. august 2026',
      '2. august 2027',
    ]);
    assert.equal(await page.textContent('h1'), 'Tidslinje for AI-forordningen');
    await context.close();
  });

  it('shows the dates the Digital Omnibus moved, both of them, and which is in force per edition', async function () {
    const { page, context } = await open();
    await expandAll(page);
    await page.evaluate(() => {
      window.__notReloaded = true;
    });
    const cases = [
      // milestone, provision, as adopted, after the Omnibus
      ['general-application', 'annex-iii-high-risk', '2 August 2026', '2 December 2027'],
      ['annex-iii-amended', 'annex-iii-high-risk', '2 August 2026', '2 December 2027'],
      ['annex-i-as-adopted', 'annex-i-high-risk', '2 August 2027', '2 August 2028'],
      ['annex-i-amended', 'annex-i-high-risk', '2 August 2027', '2 August 2028'],
      ['omnibus-new-prohibitions', 'transparency-marking-legacy', '2 August 2026', '2 December 2026'],
    ];
    for (const edition of ['amended', 'adopted']) {
      if (edition === 'adopted') {
        // An update message, as the extension sends on a change of setting: re-rendered without a reload.
        await page.selectOption('#preview-edition', 'adopted');
        await page.waitForSelector('li.tl-date-entry[data-edition="adopted"][data-in-force="true"]');
      }
      for (const [milestoneId, provisionId, adopted, amended] of cases) {
        const dates = await provisionDates(page, milestoneId, provisionId);
        assert.deepEqual(
          dates.map(([e, text, inForce]) => [e, text, inForce]),
          [
            ['adopted', adopted, edition === 'adopted'],
            ['amended', amended, edition === 'amended'],
          ],
          `${provisionId} on ${milestoneId} (${edition})`,
        );
        const inForceText = dates.find(([, , inForce]) => inForce)[3];
        assert.match(inForceText, /in force/);
        assert.match(inForceText, /Source: /);
      }
    }
    const newProhibitions = await provisionDates(page, 'omnibus-new-prohibitions', 'new-prohibitions');
    assert.deepEqual(
      newProhibitions.map(([e, text, inForce]) => [e, text, inForce]),
      [
        ['adopted', 'not in this text', false],
        ['amended', '2 December 2026', true],
      ],
    );
    assert.equal(await page.textContent('li.tl-item[data-id="omnibus-new-prohibitions"] .tl-date time'), '2 December 2026');
    assert.equal(await page.evaluate(() => window.__notReloaded), true, 'the update message re-rendered the page without a reload');
    await context.close();
  });

  it('says on 2 Aug 2026 that the high-risk duties outside Chapter III Sections 1-3 have no settled date, which no moved date says', async function () {
    const { page, context } = await open();
    await expandAll(page);
    const note = (milestoneId, provisionId) =>
      page
        .locator(`li.tl-item[data-id="${milestoneId}"] li.tl-provision[data-provision="${provisionId}"] [data-provision-note]`)
        .allTextContents();
    const [unsettled] = await note('general-application', 'high-risk-unsettled');
    assert.match(unsettled ?? '', /not settled/);
    // A provision with a settled date and no move has no note.
    assert.deepEqual(await note('general-application', 'transparency'), []);
    await context.close();
  });

  it('marks today between the milestones before and after it, and the current milestone', async function () {
    const { page, context } = await open();
    const today = page.locator('li.tl-today');
    assert.equal(await today.count(), 1);
    assert.match(await today.getAttribute('aria-label'), /^Today: 1 September 2026$/);
    assert.equal(await today.locator('time').getAttribute('datetime'), TODAY);
    const around = await page.$eval('li.tl-today', (li) => [
      li.previousElementSibling?.getAttribute('data-date'),
      li.nextElementSibling?.getAttribute('data-date'),
    ]);
    assert.ok(around[0] <= TODAY && TODAY < around[1], `today between ${around}`);
    const boxes = await page.$$eval('li.tl-today, li.tl-today + li, li:has(+ li.tl-today)', (nodes) =>
      nodes.map((n) => n.getBoundingClientRect().top),
    );
    assert.ok(boxes[0] < boxes[1] && boxes[1] < boxes[2], 'the marker sits between them on screen');
    assert.ok(await today.isVisible());
    assert.equal(await page.getAttribute('button.tl-toggle[aria-current="date"]', 'data-id'), 'general-application');
    assert.deepEqual(
      await page.$$eval('li.tl-item', (items) => items.map((li) => `${li.getAttribute('data-date')}:${li.getAttribute('data-phase')}`)),
      [
        '2018-05-25:past',
        '2024-08-01:past',
        '2025-02-02:past',
        '2025-08-02:past',
        '2026-02-01:past',
        '2026-07-27:past',
        '2026-08-02:current',
        '2026-12-02:future',
        '2027-08-02:future',
        '2027-12-02:future',
        '2028-08-02:future',
        '2030-08-02:future',
      ],
    );
    await context.close();
  });

  for (const name of EXAMPLES) {
    it(`shows the tier and every obligation of ${name} with its status, on the milestone of its date`, async function () {
      const { page, context, problems } = await open({ state: name });
      for (const edition of ['amended', 'adopted']) {
        if (edition === 'adopted') {
          await page.selectOption('#preview-edition', 'adopted');
          await page.waitForFunction(() => document.querySelector('.tl-edition strong')?.textContent?.includes('as adopted'));
        }
        await expandAll(page);
        const want = expected[name][edition];
        assert.equal(await page.getAttribute('[data-tier]', 'data-tier'), want.tier);
        const shown = await page.$$eval('li.tl-obligation', (rows) =>
          rows.map((row) => ({
            id: row.getAttribute('data-obligation'),
            status: row.getAttribute('data-status'),
            date: row.closest('li.tl-item')?.getAttribute('data-date'),
            text: row.querySelector('.tl-obligation-text > span')?.textContent,
            statusText: row.querySelector('.tl-status')?.textContent,
            visible: row.getBoundingClientRect().height > 0,
            fix: row.querySelector('button[data-action="fix"]') !== null,
            reveal: row.querySelector('button[data-action="reveal"]') !== null,
          })),
        );
        assert.equal(shown.length, want.obligations.length, `${edition}: one row per obligation`);
        for (const o of want.obligations) {
          const row = shown.find((s) => s.id === o.id);
          assert.ok(row, `${edition}: ${o.id} shown`);
          assert.equal(row.status, o.status, `${edition}: status of ${o.id}`);
          assert.equal(row.date, o.appliesFrom, `${edition}: ${o.id} on the milestone of its date`);
          assert.equal(row.text, o.text.en);
          assert.ok(row.visible && row.reveal, `${edition}: ${o.id} visible with its link`);
          assert.match(row.statusText, { met: /Met/, missing: /Missing/, 'not-yet-applicable': /Not yet applicable/ }[o.status]);
          if (o.status === 'missing') assert.ok(row.fix, `${edition}: a missing ${o.id} offers the fix`);
          if (o.status === 'met') assert.ok(!row.fix, `${edition}: a met ${o.id} offers no fix`);
        }
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('names the missing documents and registrations of match-profilering: missing as adopted, future gaps after the Omnibus, counted as such', async function () {
    const { page, context } = await open({ state: 'match-profilering' });
    await expandAll(page);
    const gaps = ['conformity-assessment', 'deployer-dpia', 'deployer-registration', 'fria', 'provider-registered', 'registration'];
    const prepared = await page.$$eval('li.tl-obligation [data-prepared="false"]', (nodes) =>
      nodes.map((n) => n.closest('li.tl-obligation').getAttribute('data-obligation')).sort(),
    );
    assert.deepEqual(prepared, gaps);
    // One story: the header and the milestone count the future gaps, not "0 missing" alone.
    assert.match(await page.textContent('.tl-future-gaps'), /6 gaps in duties from 2 December 2027/);
    assert.match(await page.textContent('li.tl-item[data-id="annex-iii-amended"] .tl-badges'), /6 gaps/);
    // The edition in force on 1 Sep 2026 is said to be in force; a date still to come is "in force from", without a check mark.
    assert.match(await page.textContent('.tl-edition'), /this edition is in force/);
    const future = (await provisionDates(page, 'annex-iii-amended', 'annex-iii-high-risk')).find(([, , inForce]) => inForce)[3];
    assert.match(future, /in force from 2 December 2027/);
    assert.equal(
      await page.$$eval(
        'li.tl-item[data-id="annex-iii-amended"] li.tl-date-entry[data-in-force="true"] .tl-icon-in-force',
        (n) => n.length,
      ),
      0,
    );
    await page.selectOption('#preview-edition', 'adopted');
    await page.waitForSelector('li.tl-obligation[data-status="missing"]');
    assert.deepEqual(
      await page.$$eval('li.tl-item[data-id="general-application"] li.tl-obligation[data-status="missing"]', (rows) =>
        rows.map((r) => r.getAttribute('data-obligation')).sort(),
      ),
      gaps,
    );
    assert.match(await page.textContent('li.tl-item[data-id="general-application"] .tl-badges'), /6 missing/);
    assert.match(await page.textContent('.tl-edition'), /not the law on 1 September 2026: shown for comparison/);
    await context.close();
  });

  it('puts the high-risk duties of a system in service since 2025 at 2 Aug 2030, with the reason, and saves out/timeline-in-service-since-2025.png', async function () {
    for (const lang of ['en', 'da']) {
      const { page, context, problems } = await open({ state: 'sygedagpenge-visitation', lang }, { width: 1100, height: 1500 });
      await page.click('#tl-toggle-public-authority-backstop');
      const backstop = 'li.tl-item[data-id="public-authority-backstop"]';
      const ids = await page.$$eval(`${backstop} li.tl-obligation`, (rows) => rows.map((r) => r.getAttribute('data-obligation')));
      for (const id of ['fria', 'deployer-registration', 'provider-registered', 'follow-instructions', 'competent-oversight'])
        assert.ok(ids.includes(id), `${id} at 2 Aug 2030`);
      assert.equal(
        await page.$$eval('li.tl-item[data-id="annex-iii-amended"] li.tl-obligation', (rows) => rows.length),
        0,
        'none at 2 Dec 2027',
      );
      const note = await page.textContent(`${backstop} [data-system-note]`);
      const badges = await page.textContent(`${backstop} .tl-badges`);
      if (lang === 'en') {
        assert.match(
          note,
          /This system: in service since 1 March 2025, before 2 December 2027, and not significantly changed since \(Art\. 111\(2\)\)/,
        );
        assert.match(badges, /this system’s date/);
        assert.match(badges, /3 gaps/);
        assert.match(await page.textContent('.tl-future-gaps'), /3 gaps in duties from 2 August 2030/);
        assert.match(await page.textContent('.tl-reasons'), /applies from 2 August 2030 — in service since 1 March 2025/);
      } else {
        assert.match(
          note,
          /Dette system: i drift siden 1\. marts 2025, før 2\. december 2027, og ikke væsentligt ændret siden \(art\. 111, stk\. 2\)/,
        );
        assert.match(await page.textContent('.tl-future-gaps'), /3 mangler i forpligtelserne fra 2\. august 2030/);
      }
      assert.deepEqual(problems, []);
      await page.locator(backstop).scrollIntoViewIfNeeded();
      await page.screenshot({
        path: path.join(OUT, lang === 'en' ? 'timeline-in-service-since-2025.png' : 'timeline-in-service-since-2025-da.png'),
        fullPage: true,
      });
      await context.close();
    }
  });

  it('moves between milestones with the keyboard (roving tabindex) and expands with Enter and Space', async function () {
    const { page, context } = await open();
    const focusedId = () =>
      page.evaluate(() =>
        document.activeElement?.classList.contains('tl-toggle') ? document.activeElement.getAttribute('data-id') : null,
      );
    assert.deepEqual(
      await page.$$eval('button.tl-toggle[tabindex="0"]', (b) => b.map((x) => x.getAttribute('data-id'))),
      ['general-application'],
      'one milestone in the tab order',
    );
    // Reach the milestones with Tab from the top of the page.
    await page.evaluate(() => document.activeElement?.blur());
    let steps = 0;
    while ((await focusedId()) === null && steps++ < 20) await page.keyboard.press('Tab');
    assert.equal(await focusedId(), 'general-application');
    assert.equal(
      await page.evaluate(() => document.activeElement.closest('[role="listitem"]')?.parentElement?.getAttribute('role')),
      'list',
    );
    assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^2 August 2026, .*, current, Key date$/);

    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedId(), 'omnibus-new-prohibitions');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focusedId(), 'annex-i-as-adopted');
    await page.keyboard.press('ArrowUp');
    assert.equal(await focusedId(), 'omnibus-new-prohibitions');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await focusedId(), 'general-application');
    await page.keyboard.press('End');
    assert.equal(await focusedId(), 'public-authority-backstop');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focusedId(), 'public-authority-backstop', 'stays on the last');
    await page.keyboard.press('Home');
    assert.equal(await focusedId(), 'gdpr-application');
    assert.deepEqual(await page.$$eval('button.tl-toggle[tabindex="0"]', (b) => b.map((x) => x.getAttribute('data-id'))), [
      'gdpr-application',
    ]);

    const toggle = page.locator('#tl-toggle-gdpr-application');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.isVisible('#tl-details-gdpr-application'), false);
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.isVisible('#tl-details-gdpr-application'), true);
    assert.equal(await focusedId(), 'gdpr-application', 'focus stays on the milestone');
    await page.keyboard.press('Space');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');

    // Tab leaves the list instead of walking every milestone.
    await page.keyboard.press('Tab');
    const afterTab = await focusedId();
    assert.equal(afterTab, null);

    // The selected milestone survives a reload (getState/setState).
    await page.reload();
    await page.waitForSelector('ol.tl-axis');
    assert.deepEqual(await page.$$eval('button.tl-toggle[tabindex="0"]', (b) => b.map((x) => x.getAttribute('data-id'))), [
      'gdpr-application',
    ]);
    assert.equal(await page.getAttribute('ol.tl-axis', 'role'), 'list');
    assert.equal(await page.$$eval('ol.tl-axis > li', (items) => items.every((li) => li.getAttribute('role') === 'listitem')), true);
    await context.close();
  });

  it("posts validated 'reveal' and 'fix' messages from the obligation links", async function () {
    const { page, context } = await open({ state: 'match-profilering', edition: 'adopted' });
    await expandAll(page);
    await page.click('li.tl-item[data-id="general-application"] li.tl-obligation[data-obligation="fria"] button[data-action="reveal"]');
    await page.click(
      'li.tl-item[data-id="general-application"] li.tl-obligation[data-obligation="conformity-assessment"] button[data-action="fix"]',
    );
    await page.click('.tl-reasons button[data-action="reveal"]');
    const posted = await page.evaluate(() => window.__posted);
    assert.deepEqual(posted, [
      { command: 'reveal', path: ['fria'] },
      {
        command: 'fix',
        path: ['documentation', 'conformityAssessment'],
        // The rules that name the duty in their `evidence`, in catalogue order.
        ruleIds: ['provider-documentation-missing'],
      },
      { command: 'reveal', path: ['riskClassification', 'annexIII'] },
    ]);
    for (const message of posted) assert.deepEqual(harness.validateTimelineMessage(message), message, 'the extension accepts it');
    assert.match(
      await page.getAttribute('li.tl-obligation[data-obligation="fria"] button[data-action="reveal"]', 'aria-label'),
      /^Go to the field fria in the manifest$/,
    );
    await context.close();
  });

  it('respects prefers-reduced-motion', async function () {
    const reduced = await open({}, { reducedMotion: 'reduce' });
    assert.equal(await reduced.page.$eval('.tl-card', (n) => getComputedStyle(n).transitionDuration), '0s');
    await reduced.context.close();
    const normal = await open();
    assert.notEqual(await normal.page.$eval('.tl-card', (n) => getComputedStyle(n).transitionDuration), '0s');
    await normal.context.close();
  });

  it('fits a narrow panel without horizontal scrolling or overlapping parts', async function () {
    for (const width of [420, 1100]) {
      const { page, context } = await open({ state: 'match-profilering' }, { width });
      await expandAll(page);
      assert.ok(
        await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1),
        `no horizontal scroll at ${width}px`,
      );
      const overlaps = await page.$$eval('li.tl-item, li.tl-today', (items) => {
        const hits = [];
        const intersect = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        for (const li of items) {
          const parts = [...li.children]
            .map((c) => [c.className, c.getBoundingClientRect()])
            .filter(([, r]) => r.width > 0 && r.height > 0);
          for (let i = 0; i < parts.length; i++)
            for (let j = i + 1; j < parts.length; j++)
              if (intersect(parts[i][1], parts[j][1])) hits.push(`${li.getAttribute('data-date')}: ${parts[i][0]} / ${parts[j][0]}`);
        }
        return hits;
      });
      assert.deepEqual(overlaps, [], `no overlap at ${width}px`);
      await context.close();
    }
  });

  for (const theme of THEMES) {
    it(`is readable in the ${theme} theme (contrast) and saves out/timeline-${theme}.png`, async function () {
      const { page, context, problems } = await open(
        { state: 'match-profilering', theme, edition: 'adopted' },
        { width: 1100, height: 1300 },
      );
      await expandAll(page);
      // Contrast of text against its effective background (WCAG AA: 4.5 for text; badges and statuses included).
      const lowContrast = () =>
        page.evaluate(() => {
          const parse = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
          const lum = ([r, g, b]) => {
            const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
            return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
          };
          const background = (node) => {
            for (let n = node; n; n = n.parentElement) {
              const c = parse(getComputedStyle(n).backgroundColor);
              if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
            }
            return [255, 255, 255];
          };
          const selectors = [
            'h1',
            '.tl-date time',
            '.tl-milestone-title',
            '.tl-badge',
            '.tl-status',
            '.tl-prepared',
            '.tl-summary',
            '.tl-source',
            '.tl-button',
            '.tl-today-line time',
            '.tl-muted',
            '.tl-note',
            'code',
            '.tl-date-value',
          ];
          const failures = [];
          for (const selector of selectors) {
            for (const node of document.querySelectorAll(selector)) {
              if (node.getBoundingClientRect().height === 0) continue;
              const fg = lum(parse(getComputedStyle(node).color).slice(0, 3));
              const bg = lum(background(node));
              const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
              if (ratio < 4.5) failures.push(`${selector} "${node.textContent.trim().slice(0, 30)}": ${ratio.toFixed(2)}`);
            }
          }
          return [...new Set(failures)];
        });
      assert.deepEqual(await lowContrast(), [], `low contrast in ${theme}, as adopted (missing obligations)`);
      await page.selectOption('#preview-edition', 'amended');
      await page.waitForSelector('[data-prepared="false"]');
      assert.deepEqual(await lowContrast(), [], `low contrast in ${theme}, after the Omnibus (not yet applicable)`);
      // The screenshot: the default edition, the current milestone and the one that brings this system's duties open.
      await page.click('button[data-action="collapse-all"]');
      await page.click('#tl-toggle-general-application');
      await page.click('#tl-toggle-annex-iii-amended');
      if (theme === 'high-contrast') {
        const border = await page.$eval('.tl-card', (n) => getComputedStyle(n).borderTopColor);
        assert.equal(border, 'rgb(111, 195, 223)', 'cards take --vscode-contrastBorder');
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(OUT, `timeline-${theme}.png`), fullPage: true });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
