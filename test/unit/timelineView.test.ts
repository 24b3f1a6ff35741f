import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assess } from '../../src/core/assessment/assess';
import { checkManifest, checkManifestText } from '../../src/core/check';
import { renderTemplate } from '../../src/core/templates/index';
import { WRITTEN_DOCUMENT } from './manifests';
import type { Edition } from '../../src/core/law/timeline';
import {
  buildTimelineModel,
  renderTimelineHtml,
  validateTimelineMessage,
  type MilestoneView,
  type ProvisionView,
  type TimelineModel,
} from '../../src/core/views/timelineView';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const WRITTEN = new TextEncoder().encode(WRITTEN_DOCUMENT);
const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

function render(model: TimelineModel, nonce = randomBytes(16).toString('base64')): { html: string; nonce: string } {
  const html = renderTimelineHtml(model, {
    nonce,
    cspSource: CSP_SOURCE,
    scriptUri: `${CSP_SOURCE}/ext/media/timeline.js`,
    styleUri: `${CSP_SOURCE}/ext/media/timeline.css`,
  });
  return { html, nonce };
}

function general(today = '2026-09-01', edition: Edition = 'amended', lang: 'en' | 'da' = 'en'): TimelineModel {
  return buildTimelineModel({ lang, edition, today });
}

function example(name: string, today: string, edition: Edition, lang: 'en' | 'da' = 'en'): TimelineModel {
  const file = path.join(ROOT, 'examples', name, 'ai-system.yaml');
  const result = checkManifestText(fs.readFileSync(file, 'utf8'), { edition });
  return buildTimelineModel({
    lang,
    edition,
    today,
    assessment: assess(result, today, edition),
    fileName: `examples/${name}/ai-system.yaml`,
  });
}

function cspOf(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(match, 'the document has a CSP meta tag');
  return match[1];
}

/** Every start tag, with attribute values blanked (so text inside values cannot look like an attribute). */
function tags(html: string): string[] {
  return (html.match(/<[a-zA-Z][^>]*>/g) ?? []).map((tag) => tag.replace(/"[^"]*"/g, '""').replace(/'[^']*'/g, "''"));
}

function decodeAttribute(value: string): string {
  return value.replace(/&(quot|amp|lt|gt|#39);/g, (_, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'" })[name] ?? '');
}

function milestone(model: TimelineModel, id: string): MilestoneView {
  const found = model.milestones.find((m) => m.id === id);
  assert.ok(found, `milestone ${id}`);
  return found;
}

function provisionAt(model: TimelineModel, milestoneId: string, provisionId: string): ProvisionView {
  const found = milestone(model, milestoneId).provisions.find((p) => p.id === provisionId);
  assert.ok(found, `provision ${provisionId} on ${milestoneId}`);
  return found;
}

describe('timeline view: HTML', () => {
  it('carries a CSP with default-src none, the nonce for scripts and the webview source for styles and images', () => {
    const { html, nonce } = render(general());
    const csp = cspOf(html);
    assert.match(csp, /(^|; )default-src 'none'(;|$)/);
    assert.ok(csp.includes(`script-src 'nonce-${nonce}'`), csp);
    assert.ok(csp.includes(`style-src ${CSP_SOURCE}`), csp);
    assert.ok(csp.includes(`img-src ${CSP_SOURCE} data:`), csp);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  });

  it('uses a nonce that differs between two renders and matches every script tag', () => {
    const first = render(general());
    const second = render(general());
    assert.notEqual(first.nonce, second.nonce);
    for (const { html, nonce } of [first, second]) {
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      assert.ok(scripts.length > 0, 'the document loads the panel script');
      for (const script of scripts) assert.ok(script.includes(`nonce="${nonce}"`), `${script} carries the nonce`);
    }
  });

  it('rejects a nonce that could break out of the attribute', () => {
    assert.throws(() => render(general(), '"><script>'));
  });

  it('loads no remote resource and has no inline event handler or inline style', () => {
    for (const model of [general(), example('match-profilering', '2026-09-01', 'amended')]) {
      const { html } = render(model);
      assert.doesNotMatch(html, /\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\/(?!file\+\.vscode-resource)/i);
      assert.doesNotMatch(html, /\b(?:src|href)\s*=\s*["']?\s*http:\/\//i);
      for (const tag of tags(html)) {
        assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, `inline handler in ${tag}`);
        assert.doesNotMatch(tag, /\sstyle\s*=/i, `inline style in ${tag}`);
      }
      assert.doesNotMatch(html, /<style\b/i);
      assert.doesNotMatch(html, /<(?:iframe|object|embed|img)\b/i);
    }
  });

  it('passes the model as escaped JSON in data-model, and escapes text', () => {
    const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>&amp;';
    const model = buildTimelineModel({
      lang: 'en',
      edition: 'amended',
      today: '2026-09-01',
      fileName: hostile,
      assessment: { tier: null, reasons: [], obligations: [], date: '2026-09-01', edition: 'amended', editionInForce: true },
    });
    const { html } = render(model);
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<img/);
    const match = /data-model="([^"]*)"/.exec(html);
    assert.ok(match);
    assert.deepEqual(JSON.parse(decodeAttribute(match[1])), JSON.parse(JSON.stringify(model)));
    assert.equal((JSON.parse(decodeAttribute(match[1])) as TimelineModel).manifest?.fileName, hostile);
  });

  it('follows the language', () => {
    const { html } = render(general('2026-09-01', 'amended', 'da'));
    assert.match(html, /<html lang="da">/);
    assert.match(html, /<title>Tidslinje for AI-forordningen<\/title>/);
  });
});

describe('timeline view: model', () => {
  it('gives every source line in Danish in the Danish panel, from the data', () => {
    for (const edition of ['adopted', 'amended'] as Edition[]) {
      const da = general('2026-09-01', edition, 'da');
      const en = general('2026-09-01', edition, 'en');
      const sources = [
        da.editionSource,
        ...da.milestones.map((m) => m.source),
        ...da.milestones.flatMap((m) => m.provisions.flatMap((p) => p.dates.map((d) => d.source ?? ''))),
      ].filter((s) => s !== '');
      assert.ok(sources.length > 10);
      for (const source of sources) {
        assert.doesNotMatch(source, /\b(Regulation|Art\.|paragraph|point|secondary|amended|number not)\b/, source);
      }
      assert.match(da.editionSource, /^Forordning \(EU\)/);
      assert.match(en.editionSource, /^Regulation \(EU\)/);
      assert.equal(
        milestone(da, 'general-application').source,
        'Forordning (EU) 2024/1689, art. 113, stk. 2; som ændret ved forordning (EU) 2026/1744',
      );
    }
  });

  it('has the four requested dates, in date order with the rest', () => {
    const model = general();
    assert.deepEqual(
      model.milestones.filter((m) => m.requested).map((m) => m.date),
      ['2025-02-02', '2025-08-02', '2026-08-02', '2027-08-02'],
    );
    const dates = model.milestones.map((m) => m.date);
    assert.deepEqual(dates, [...dates].sort());
    assert.equal(milestone(model, 'prohibitions-and-literacy').dateLabel, '2 February 2025');
    assert.equal(milestone(general('2026-09-01', 'amended', 'da'), 'general-application').dateLabel, '2. august 2026');
  });

  const moved: [string, string, string, string, string][] = [
    // provision, adopted milestone, adopted date, amended milestone, amended date
    ['annex-iii-high-risk', 'general-application', '2026-08-02', 'annex-iii-amended', '2027-12-02'],
    ['annex-i-high-risk', 'annex-i-as-adopted', '2027-08-02', 'annex-i-amended', '2028-08-02'],
    ['transparency-marking-legacy', 'general-application', '2026-08-02', 'omnibus-new-prohibitions', '2026-12-02'],
  ];
  for (const [id, adoptedAt, adoptedDate, amendedAt, amendedDate] of moved) {
    it(`shows both dates of '${id}' (${adoptedDate} → ${amendedDate}) with the one in force per edition`, () => {
      for (const edition of ['amended', 'adopted'] as const) {
        const model = general('2026-09-01', edition);
        for (const at of [adoptedAt, amendedAt]) {
          const p = provisionAt(model, at, id);
          assert.equal(p.moved, true);
          assert.deepEqual(
            p.dates.map((d) => [d.edition, d.date, d.inForce]),
            [
              ['adopted', adoptedDate, edition === 'adopted'],
              ['amended', amendedDate, edition === 'amended'],
            ],
          );
          assert.equal(p.inForceHere, at === (edition === 'adopted' ? adoptedAt : amendedAt));
          assert.ok(
            p.dates.every((d) => d.source && d.certainty),
            'each date names its source and certainty',
          );
        }
      }
      const model = general();
      assert.match(provisionAt(model, adoptedAt, id).note, /Moved by the Digital Omnibus to/);
      assert.match(provisionAt(model, amendedAt, id).note, /Moved by the Digital Omnibus from/);
      assert.equal(provisionAt(model, adoptedAt, id).dates[0].statusLabel, 'superseded by the Digital Omnibus');
      assert.equal(provisionAt(general('2026-09-01', 'adopted'), amendedAt, id).dates[1].statusLabel, 'not used (setting: as adopted)');
    });
  }

  it('shows the new prohibitions on 2 Dec 2026, added by the Omnibus', () => {
    for (const edition of ['amended', 'adopted'] as const) {
      const p = provisionAt(general('2026-09-01', edition), 'omnibus-new-prohibitions', 'new-prohibitions');
      assert.equal(p.added, true);
      assert.equal(p.inForceHere, true, 'as in appliesFrom(): the only date there is');
      assert.deepEqual(
        p.dates.map((d) => [d.edition, d.date, d.inForce]),
        [
          ['adopted', null, false],
          ['amended', '2026-12-02', true],
        ],
      );
    }
    assert.equal(milestone(general(), 'omnibus-new-prohibitions').date, '2026-12-02');
  });

  // Spec "When a duty applies to this system": Art. 49(2) takes the edition's Annex III date "with certainty
  // uncertain"; the duties outside Chapter III Sections 1–3 take the system's high-risk date, uncertain, and "may apply
  // from 2 August 2026". The data says so (the provision's certainty); the panel must not show them as settled.
  it("shows the Art. 49(2) registration's date in each edition as not settled (uncertain), not as its milestone's certainty", () => {
    for (const milestoneId of ['general-application', 'annex-iii-amended']) {
      const p = provisionAt(general(), milestoneId, 'provider-registration-derogation');
      assert.deepEqual(
        p.dates.map((d) => [d.edition, d.certainty]),
        [
          ['adopted', 'uncertain'],
          ['amended', 'uncertain'],
        ],
      );
    }
    const control = provisionAt(general(), 'annex-iii-amended', 'annex-iii-high-risk');
    assert.deepEqual(
      control.dates.map((d) => d.certainty),
      ['primary', 'secondary'],
    );
  });

  it('says on 2 Aug 2026 that the high-risk duties outside Chapter III Sections 1–3 take the high-risk date, not settled', () => {
    const amended = provisionAt(general('2026-09-01', 'amended'), 'general-application', 'high-risk-unsettled');
    assert.match(amended.note, /not settled in the sources/);
    assert.match(amended.note, /2 December 2027/);
    assert.match(amended.note, /2 August 2028/);
    const adopted = provisionAt(general('2026-09-01', 'adopted'), 'general-application', 'high-risk-unsettled');
    assert.match(adopted.note, /2 August 2026/);
    assert.match(adopted.note, /2 August 2027/);
    const da = provisionAt(general('2026-09-01', 'amended', 'da'), 'general-application', 'high-risk-unsettled');
    assert.match(da.note, /2\. december 2027/);
    assert.equal(provisionAt(general(), 'general-application', 'transparency').note, '', 'the control: Art. 50 is settled');
  });

  it('does not mark unmoved provisions as moved', () => {
    const p = provisionAt(general(), 'prohibitions-and-literacy', 'prohibitions');
    assert.equal(p.moved, false);
    assert.equal(p.inForceHere, true);
    assert.deepEqual(p.dates, []);
  });

  it('puts milestones in the past, current or future relative to today', () => {
    const phases = (model: TimelineModel) => Object.fromEntries(model.milestones.map((m) => [m.id, m.phase]));
    const mid = general('2026-09-01');
    assert.equal(mid.currentMilestoneId, 'general-application');
    assert.equal(mid.todayLabel, '1 September 2026');
    assert.deepEqual(phases(mid), {
      'gdpr-application': 'past',
      'entry-into-force': 'past',
      'prohibitions-and-literacy': 'past',
      'gpai-governance-penalties': 'past',
      'danish-legal-basis': 'past',
      'omnibus-in-force': 'past',
      'general-application': 'current',
      'omnibus-new-prohibitions': 'future',
      'annex-i-as-adopted': 'future',
      'annex-iii-amended': 'future',
      'annex-i-amended': 'future',
      'public-authority-backstop': 'future',
    });
    const onTheDay = general('2025-08-02');
    assert.equal(onTheDay.currentMilestoneId, 'gpai-governance-penalties');
    assert.equal(milestone(onTheDay, 'gpai-governance-penalties').phase, 'current');
    assert.equal(milestone(onTheDay, 'prohibitions-and-literacy').phase, 'past');
    const dayBefore = general('2025-08-01');
    assert.equal(dayBefore.currentMilestoneId, 'prohibitions-and-literacy');
    assert.equal(milestone(dayBefore, 'gpai-governance-penalties').phase, 'future');
    const before = general('2017-01-01');
    assert.equal(before.currentMilestoneId, null);
    assert.ok(before.milestones.every((m) => m.phase === 'future'));
    const after = general('2031-01-01');
    assert.equal(after.currentMilestoneId, 'public-authority-backstop');
  });

  it('labels each milestone for screen readers with date, title and status', () => {
    const m = milestone(general('2026-09-01'), 'general-application');
    assert.equal(
      m.ariaLabel,
      '2 August 2026, General application: transparency (Art. 50); Annex III high-risk as adopted, current, Key date',
    );
    const da = milestone(general('2026-09-01', 'amended', 'da'), 'annex-iii-amended');
    assert.match(da.ariaLabel, /^2\. december 2027, Højrisiko efter bilag III \(efter Digital Omnibus\), kommende$/);
  });

  it('has no manifest section for the general timeline', () => {
    const model = general();
    assert.equal(model.manifest, null);
    assert.ok(model.milestones.every((m) => m.obligations.length === 0));
  });

  for (const name of ['borgerchatbot', 'journalnotat-assistent', 'match-profilering']) {
    it(`places every obligation of ${name} on the milestone of its date, with its status`, () => {
      for (const edition of ['amended', 'adopted'] as const) {
        const file = path.join(ROOT, 'examples', name, 'ai-system.yaml');
        const assessment = assess(checkManifestText(fs.readFileSync(file, 'utf8'), { edition }), '2026-09-01', edition);
        const model = example(name, '2026-09-01', edition);
        assert.ok(model.manifest);
        assert.equal(model.manifest.tier, assessment.tier);
        // A duty without a date (Forvaltningsloven, in force on every date) is on no milestone: listed apart.
        const dated = assessment.obligations.filter((o) => o.appliesFrom !== undefined);
        assert.deepEqual(
          model.manifest.unplaced.map((o) => [o.id, o.appliesFromLabel]),
          assessment.obligations.filter((o) => o.appliesFrom === undefined).map((o) => [o.id, 'in force on every date']),
        );
        const placed = model.milestones.flatMap((m) => m.obligations.map((o) => ({ ...o, milestoneDate: m.date })));
        assert.equal(placed.length, dated.length);
        for (const o of dated) {
          const view = placed.find((p) => p.id === o.id);
          assert.ok(view, o.id);
          assert.equal(view.milestoneDate, o.appliesFrom);
          assert.equal(view.status, o.status);
          assert.deepEqual(view.path, [...o.path]);
          assert.equal(view.fixable, (o.status === 'missing' || view.prepared === false) && o.ruleIds.length > 0);
        }
        assert.equal(
          model.manifest.counts.met +
            model.manifest.counts.missing +
            model.manifest.counts.accepted +
            model.manifest.counts['not-yet-applicable'],
          assessment.obligations.length,
        );
      }
    });
  }

  it('shows the high-risk tier of match-profilering, its two missing documents and its DPIA still in progress in the pilot, by edition', () => {
    const amended = example('match-profilering', '2026-09-01', 'amended');
    assert.equal(amended.manifest?.tier, 'high');
    assert.equal(amended.manifest?.tierLabel, 'High-risk AI system');
    const later = milestone(amended, 'annex-iii-amended').obligations;
    const conformity = later.find((o) => o.id === 'conformity-assessment');
    assert.equal(conformity?.status, 'not-yet-applicable');
    assert.equal(conformity?.prepared, false, 'not yet applicable, and still missing in the manifest');
    assert.equal(conformity?.fixable, true);
    assert.equal(later.find((o) => o.id === 'risk-management')?.prepared, true);

    const adopted = example('match-profilering', '2026-09-01', 'adopted');
    const now = milestone(adopted, 'general-application').obligations;
    // The DPIA (GDPR, since 25 May 2018) and the FRIA are in progress while the system is in pilot: due before use.
    assert.deepEqual(
      now
        .filter((o) => o.status === 'missing')
        .map((o) => o.id)
        .sort(),
      ['conformity-assessment', 'deployer-dpia', 'deployer-registration', 'fria', 'provider-registered', 'registration'],
    );
    assert.ok(
      now
        .filter((o) => o.status === 'missing')
        .every(
          (o) =>
            o.fixable &&
            o.ruleIds.some(
              (id) =>
                id === 'provider-documentation-missing' ||
                id === 'deployer-obligation-missing' ||
                id === 'dpia-missing' ||
                id === 'fria-missing',
            ),
        ),
    );
    assert.equal(milestone(adopted, 'general-application').counts.missing, 6);
    assert.match(milestone(adopted, 'general-application').ariaLabel, /obligations of this system, 6 missing$/);
    assert.deepEqual(
      milestone(adopted, 'gdpr-application')
        .obligations.filter((o) => o.status === 'missing')
        .map((o) => o.id),
      ['dpia'],
    );
    assert.equal(adopted.editionInForce, false, 'the text as adopted was not the law on 1 Sep 2026');
    assert.match(adopted.editionStatusLabel, /not the law on 1 September 2026/);
    assert.equal(amended.editionInForce, true);
    assert.equal(amended.editionStatusLabel, 'this edition is in force');
    // One story: the gaps in duties from 2 Dec 2027 are counted as such, not as nothing.
    assert.equal(amended.manifest?.counts.missing, 1, 'the DPIA, in force since 2018');
    assert.equal(amended.manifest?.counts.gaps, 6);
    assert.equal(amended.manifest?.futureGapsLabel, '6 gaps in duties from 2 December 2027');
    assert.equal(milestone(amended, 'annex-iii-amended').counts.gaps, 6);
  });

  it('a duty a fix left open names what is still to answer: the placeholder and the unwritten stub (issue 21.2)', async () => {
    const text = fs
      .readFileSync(path.join(ROOT, 'examples', 'match-profilering', 'ai-system.yaml'), 'utf8')
      .replace(
        /\n {2}dpia:\n( {4}.*\n)+/,
        '\n  dpia:\n    status: "TODO: completed | in-progress | not-required"\n    document: docs/dpia.md\n',
      );
    const stub = new TextEncoder().encode(
      renderTemplate('dpia', 'en', { systemName: 'Match', systemId: 'match', organisation: 'Eksempel Kommune', date: '2026-11-24' }),
    );
    const result = await checkManifest(text, {
      edition: 'amended',
      readDocument: (file) =>
        file === 'docs/dpia.md' ? { size: stub.length, read: () => stub } : { size: WRITTEN.length, read: () => WRITTEN },
    });
    const build = (lang: 'en' | 'da', findings = result.findings): TimelineModel =>
      buildTimelineModel({ lang, edition: 'amended', today: '2026-11-24', assessment: assess(result, '2026-11-24', 'amended'), findings });
    const dpia = (model: TimelineModel) =>
      model.milestones.flatMap((m) => m.obligations).find((o) => o.id === 'dpia' && o.status === 'missing');
    assert.equal(
      dpia(build('en'))?.toAnswer,
      "Still to answer: 'dataProtection.dpia.status' (a placeholder); the questions of docs/dpia.md",
    );
    assert.equal(
      dpia(build('da'))?.toAnswer,
      "Skal stadig besvares: 'dataProtection.dpia.status' (en pladsholder); spørgsmålene i docs/dpia.md",
    );
    // Without the findings (the CLI's preview) or on a duty that is met, no line.
    assert.equal(dpia(build('en', []))?.toAnswer, '');
    assert.ok(
      build('en')
        .milestones.flatMap((m) => m.obligations)
        .every((o) => o.fixable || o.toAnswer === ''),
    );
  });

  it('uses the Danish terms of the glossary', () => {
    const model = example('match-profilering', '2026-09-01', 'adopted', 'da');
    assert.equal(model.texts.title, 'Tidslinje for AI-forordningen');
    assert.equal(model.manifest?.tierLabel, 'Højrisiko-AI-system');
    assert.deepEqual(model.texts.status, {
      met: 'Opfyldt',
      missing: 'Mangler',
      accepted: 'Accepteret',
      'not-yet-applicable': 'Gælder endnu ikke',
    });
    assert.equal(milestone(model, 'prohibitions-and-literacy').title, 'Forbudte former for AI-praksis og AI-færdigheder');
    assert.equal(
      example('borgerchatbot', '2026-09-01', 'amended', 'da').manifest?.tierLabel,
      'Begrænset risiko (gennemsigtighedsforpligtelser)',
    );
  });
});

describe('timeline view: messages from the webview', () => {
  it('accepts reveal and fix with a bounded path and known rule ids', () => {
    assert.deepEqual(validateTimelineMessage({ command: 'reveal', path: ['documentation', 'technical'] }), {
      command: 'reveal',
      path: ['documentation', 'technical'],
    });
    assert.deepEqual(validateTimelineMessage({ command: 'reveal', path: ['riskClassification', 'practices', 0], extra: 'dropped' }), {
      command: 'reveal',
      path: ['riskClassification', 'practices', 0],
    });
    assert.deepEqual(validateTimelineMessage({ command: 'fix', path: ['fria'], ruleIds: ['fria-missing', 'fria-missing'] }), {
      command: 'fix',
      path: ['fria'],
      ruleIds: ['fria-missing'],
    });
  });

  it('ignores anything else', () => {
    const bad: unknown[] = [
      null,
      'reveal',
      [],
      { command: 'update', model: {} },
      { command: 'openExternal', path: ['a'] },
      { command: 'reveal' },
      { command: 'reveal', path: [] },
      { command: 'reveal', path: 'system.id' },
      { command: 'reveal', path: [{}] },
      { command: 'reveal', path: [''] },
      { command: 'reveal', path: [-1] },
      { command: 'reveal', path: [1.5] },
      { command: 'reveal', path: [Number.NaN] },
      { command: 'reveal', path: ['x'.repeat(201)] },
      { command: 'reveal', path: Array.from({ length: 17 }, () => 'a') },
      { command: 'fix', path: ['fria'] },
      { command: 'fix', path: ['fria'], ruleIds: [] },
      { command: 'fix', path: ['fria'], ruleIds: ['rm -rf'] },
      { command: 'fix', path: ['fria'], ruleIds: [42] },
    ];
    for (const message of bad) assert.equal(validateTimelineMessage(message), undefined, JSON.stringify(message));
  });
});

describe('timeline view: sources', () => {
  const files = ['src/core/views/timelineView.ts', 'src/extension/timelinePanel.ts', 'src/webview/timeline.ts', 'media/timeline.css'];
  const months =
    'jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch|ts)?|apr(?:il)?|ma[yj]|jun[ei]?|jul[iy]?|aug(?:ust)?|sep(?:tember)?|o[ck]t(?:ober)?|nov(?:ember)?|dec(?:ember)?';

  it('write no date: every date comes from the timeline data', () => {
    for (const file of files) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      assert.doesNotMatch(text, /\b(?:19|20)\d\d-[01]\d-[0-3]\d\b/, `${file} has an ISO date`);
      assert.doesNotMatch(
        text,
        new RegExp(`\\b\\d{1,2}\\.?\\s+(?:${months})\\.?\\s+(?:19|20)\\d\\d\\b`, 'i'),
        `${file} has a written date`,
      );
    }
  });

  it('keep the webview script free of eval, HTML injection and remote loads', () => {
    const script = fs.readFileSync(path.join(ROOT, 'src/webview/timeline.ts'), 'utf8');
    assert.doesNotMatch(
      script,
      /\beval\s*\(|new\s+Function\b|\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write|setTimeout\s*\(\s*['"`]/,
    );
    assert.doesNotMatch(script, /https?:\/\/|\bfetch\s*\(|XMLHttpRequest|\bimport\s*\(/);
  });

  it('colour the panel only with --vscode-* variables', () => {
    const css = fs.readFileSync(path.join(ROOT, 'media/timeline.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    assert.doesNotMatch(css, /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(|url\(/i);
    const colourValues = css.match(/(?:^|[;{\s])(?:color|background(?:-color)?|border(?:-[a-z]+)*|outline|box-shadow)\s*:[^;]*/g) ?? [];
    for (const declaration of colourValues) {
      const value = declaration.slice(declaration.indexOf(':') + 1);
      const words =
        value.replace(/var\(--vscode-[\w-]+(?:,\s*(?:var\(--vscode-[\w-]+(?:,\s*[\w-]+)?\)|[\w-]+))?\)/g, '').match(/[a-z-]+/gi) ?? [];
      const allowed = /^(?:solid|dashed|none|transparent|inherit|currentColor|px|rem|em|calc|var|inset|left|right|top|bottom)$/i;
      for (const word of words) assert.match(word, allowed, `'${word}' in '${declaration.trim()}'`);
    }
    assert.match(css, /prefers-reduced-motion/);
    assert.match(css, /--vscode-contrastBorder/);
  });
});
