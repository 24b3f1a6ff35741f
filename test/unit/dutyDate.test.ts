import * as assert from 'node:assert/strict';
import { dutyDate, dutyDatePhrase, editionInForce, resolveEdition, type DutyScope } from '../../src/core/law/dutyDate';
import type { Certainty, ProvisionId } from '../../src/core/law/timeline';
import { checkManifestText } from '../../src/core/check';
import { assess } from '../../src/core/assessment/assess';
import { highRiskManifest, toYaml } from './manifests';

interface Row {
  name: string;
  provision: ProvisionId;
  scope: DutyScope;
  date: string;
  certainty: Certainty;
  /** A piece of the English reason; null: no reason (the timeline's date). */
  reason: string | null;
}

const HIGH = { highRisk: true } as const;

/** The date function, case by case (spec: "When a duty applies to this system"). */
const ROWS: Row[] = [
  // Annex III high-risk duties, amended edition: D = 2 Dec 2027, and the cut-off C = D.
  {
    name: 'no inServiceSince: the timeline date',
    provision: 'annex-iii-high-risk',
    scope: { edition: 'amended', ...HIGH },
    date: '2027-12-02',
    certainty: 'secondary',
    reason: null,
  },
  {
    name: 'in service after the cut-off: the timeline date',
    provision: 'annex-iii-high-risk',
    scope: { edition: 'amended', ...HIGH, system: { inServiceSince: '2028-03-01' } },
    date: '2027-12-02',
    certainty: 'secondary',
    reason: null,
  },
  {
    name: 'in service on the cut-off day: the timeline date',
    provision: 'annex-iii-high-risk',
    scope: { edition: 'amended', ...HIGH, system: { inServiceSince: '2027-12-02' } },
    date: '2027-12-02',
    certainty: 'secondary',
    reason: null,
  },
  {
    name: 'in service before the cut-off, not changed: the 2030 backstop',
    provision: 'annex-iii-high-risk',
    scope: { edition: 'amended', ...HIGH, system: { inServiceSince: '2025-03-01' } },
    date: '2030-08-02',
    certainty: 'secondary',
    reason: 'not significantly changed since (Art. 111(2))',
  },
  {
    name: 'in service before the cut-off, changed before it: still the backstop',
    provision: 'annex-iii-high-risk',
    scope: { edition: 'amended', ...HIGH, system: { inServiceSince: '2025-03-01', lastSignificantChange: '2026-05-01' } },
    date: '2030-08-02',
    certainty: 'secondary',
    reason: 'significantly changed on 1 May 2026, before 2 December 2027, and not since (Art. 111(2))',
  },
  {
    name: 'in service before the cut-off, changed after it: the change',
    provision: 'annex-iii-high-risk',
    scope: { edition: 'amended', ...HIGH, system: { inServiceSince: '2025-03-01', lastSignificantChange: '2028-01-15' } },
    date: '2028-01-15',
    certainty: 'secondary',
    reason: 'significantly changed on 15 January 2028 (Art. 111(2))',
  },
  {
    name: 'in service before the cut-off, changed on it: D',
    provision: 'annex-iii-high-risk',
    scope: { edition: 'amended', ...HIGH, system: { inServiceSince: '2025-03-01', lastSignificantChange: '2027-12-02' } },
    date: '2027-12-02',
    certainty: 'secondary',
    reason: 'significantly changed on 2 December 2027',
  },
  {
    name: 'changed after the backstop: never later than 2 Aug 2030',
    provision: 'annex-iii-high-risk',
    scope: { edition: 'amended', ...HIGH, system: { inServiceSince: '2025-03-01', lastSignificantChange: '2031-01-01' } },
    date: '2030-08-02',
    certainty: 'secondary',
    reason: 'significantly changed on 1 January 2031',
  },
  {
    name: 'not high-risk: Art. 111(2) does not apply',
    provision: 'annex-iii-high-risk',
    scope: { edition: 'amended', highRisk: false, system: { inServiceSince: '2025-03-01' } },
    date: '2027-12-02',
    certainty: 'secondary',
    reason: null,
  },
  {
    name: 'a date that is not ISO is ignored',
    provision: 'annex-iii-high-risk',
    scope: { edition: 'amended', ...HIGH, system: { inServiceSince: 'TODO' } },
    date: '2027-12-02',
    certainty: 'secondary',
    reason: null,
  },
  // As adopted: D = 2 Aug 2026 and C = 2 Aug 2026 (Art. 111(2) as adopted), all primary.
  {
    name: 'adopted, no inServiceSince',
    provision: 'annex-iii-high-risk',
    scope: { edition: 'adopted', ...HIGH },
    date: '2026-08-02',
    certainty: 'primary',
    reason: null,
  },
  {
    name: 'adopted, in service before 2 Aug 2026, not changed',
    provision: 'annex-iii-high-risk',
    scope: { edition: 'adopted', ...HIGH, system: { inServiceSince: '2025-03-01' } },
    date: '2030-08-02',
    certainty: 'primary',
    reason: 'before 2 August 2026, and not significantly changed since',
  },
  {
    name: 'adopted, in service before, changed after',
    provision: 'annex-iii-high-risk',
    scope: { edition: 'adopted', ...HIGH, system: { inServiceSince: '2025-03-01', lastSignificantChange: '2026-10-01' } },
    date: '2026-10-01',
    certainty: 'primary',
    reason: 'significantly changed on 1 October 2026',
  },
  {
    name: 'adopted, in service after the cut-off',
    provision: 'annex-iii-high-risk',
    scope: { edition: 'adopted', ...HIGH, system: { inServiceSince: '2026-09-01' } },
    date: '2026-08-02',
    certainty: 'primary',
    reason: null,
  },
  // Annex I: D = 2 Aug 2028 (amended), 2 Aug 2027 (adopted, C = 2 Aug 2026).
  {
    name: 'Annex I amended, in service before D',
    provision: 'annex-i-high-risk',
    scope: { edition: 'amended', ...HIGH, system: { inServiceSince: '2027-01-01' } },
    date: '2030-08-02',
    certainty: 'secondary',
    reason: 'before 2 August 2028',
  },
  {
    name: 'Annex I adopted, in service after C (2 Aug 2026) but before D',
    provision: 'annex-i-high-risk',
    scope: { edition: 'adopted', ...HIGH, system: { inServiceSince: '2027-01-01' } },
    date: '2027-08-02',
    certainty: 'primary',
    reason: null,
  },
  // Art. 50(2) marking: the Art. 111(4) grace for generative systems already on the market (amended only).
  {
    name: 'Art. 50(2), amended, in service before 2 Aug 2026: 2 Dec 2026',
    provision: 'transparency-marking-legacy',
    scope: { edition: 'amended', system: { inServiceSince: '2025-06-01' } },
    date: '2026-12-02',
    certainty: 'secondary',
    reason: 'in service since 1 June 2025, before 2 August 2026 (Art. 111(4))',
  },
  {
    name: 'Art. 50(2), amended, in service after 2 Aug 2026: 2 Aug 2026',
    provision: 'transparency-marking-legacy',
    scope: { edition: 'amended', system: { inServiceSince: '2026-09-01' } },
    date: '2026-08-02',
    certainty: 'primary',
    reason: null,
  },
  {
    name: 'Art. 50(2), amended, no inServiceSince: 2 Aug 2026',
    provision: 'transparency-marking-legacy',
    scope: { edition: 'amended' },
    date: '2026-08-02',
    certainty: 'primary',
    reason: null,
  },
  {
    name: 'Art. 50(2), adopted, in service before: no grace',
    provision: 'transparency-marking-legacy',
    scope: { edition: 'adopted', system: { inServiceSince: '2025-06-01' } },
    date: '2026-08-02',
    certainty: 'primary',
    reason: null,
  },
  // The new bans: 2 Dec 2026 in both editions.
  {
    name: 'new prohibitions, amended',
    provision: 'new-prohibitions',
    scope: { edition: 'amended' },
    date: '2026-12-02',
    certainty: 'secondary',
    reason: null,
  },
  {
    name: 'new prohibitions, adopted (the tier does not depend on the edition)',
    provision: 'new-prohibitions',
    scope: { edition: 'adopted' },
    date: '2026-12-02',
    certainty: 'secondary',
    reason: null,
  },
  {
    name: 'the Art. 5 bans of 2025 are not grandfathered',
    provision: 'prohibitions',
    scope: { edition: 'amended', system: { inServiceSince: '2024-01-01' } },
    date: '2025-02-02',
    certainty: 'primary',
    reason: null,
  },
  // Other laws: GDPR since 2018; the Danish executive order since 1 Feb 2026 (uncertain); Art. 49(2) uncertain.
  { name: 'GDPR', provision: 'gdpr', scope: { edition: 'amended' }, date: '2018-05-25', certainty: 'primary', reason: null },
  {
    name: 'the Danish executive order',
    provision: 'danish-legal-basis',
    scope: { edition: 'adopted' },
    date: '2026-02-01',
    certainty: 'uncertain',
    reason: null,
  },
  {
    name: 'Art. 49(2): the edition’s Annex III date, uncertain',
    provision: 'provider-registration-derogation',
    scope: { edition: 'amended' },
    date: '2027-12-02',
    certainty: 'uncertain',
    reason: null,
  },
];

describe('the date of a duty for this system (dutyDate)', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const duty = dutyDate(row.provision, row.scope);
      assert.equal(duty.date, row.date);
      assert.equal(duty.certainty, row.certainty);
      if (row.reason === null) assert.equal(duty.reason, undefined);
      else {
        assert.ok(duty.reason, 'has a reason');
        assert.ok(duty.reason.en.includes(row.reason), duty.reason.en);
        assert.doesNotMatch(duty.reason.da, /\bArt\.|\bin service\b|\bbefore\b/);
      }
    });
  }

  it('says why in the message, and the certainty in a few words where it is not primary', () => {
    const duty = dutyDate('annex-iii-high-risk', { edition: 'amended', highRisk: true, system: { inServiceSince: '2025-03-01' } });
    assert.equal(
      dutyDatePhrase(duty).en,
      'applies to this system from 2 August 2030: in service since 1 March 2025, before 2 December 2027, and not significantly changed since (Art. 111(2)); date from secondary sources',
    );
    assert.equal(
      dutyDatePhrase(duty).da,
      'gælder for dette system fra 2. august 2030: i drift siden 1. marts 2025, før 2. december 2027, og ikke væsentligt ændret siden (art. 111, stk. 2); datoen bygger på sekundære kilder',
    );
    assert.equal(dutyDatePhrase(dutyDate('gdpr', { edition: 'amended' })).en, 'applies from 25 May 2018');
  });
});

describe('editions by date (auto)', () => {
  const rows: [string, string][] = [
    ['2024-08-01', 'adopted'],
    ['2026-07-26', 'adopted'],
    ['2026-07-27', 'amended'],
    ['2026-12-01', 'amended'],
  ];
  for (const [date, edition] of rows) {
    it(`on ${date}: ${edition}`, () => {
      assert.equal(editionInForce(date), edition);
      assert.deepEqual(resolveEdition('auto', date), { edition, choice: 'auto', inForce: true });
    });
  }

  it('a forced edition is labelled when it was not the law on the date', () => {
    assert.equal(resolveEdition('amended', '2026-07-26').inForce, false);
    assert.equal(resolveEdition('adopted', '2026-07-27').inForce, false);
    assert.equal(resolveEdition('adopted', '2026-07-26').inForce, true);
  });

  it('check and assess use the edition in force on the date: 26 Jul 2026 adopted, 27 Jul 2026 amended', () => {
    const text = toYaml(highRiskManifest());
    for (const [date, edition, annexIII] of [
      ['2026-07-26', 'adopted', '2026-08-02'],
      ['2026-07-27', 'amended', '2027-12-02'],
    ] as const) {
      const result = checkManifestText(text, { referenceDate: date });
      assert.equal(result.edition.edition, edition);
      const assessment = assess(result, date);
      assert.equal(assessment.edition, edition);
      assert.equal(assessment.obligations.find((o) => o.id === 'fria')?.appliesFrom, annexIII);
    }
  });
});

describe('assess dates each duty for this system', () => {
  it('a system in service since 2025: its high-risk duties at 2 Aug 2030 with the reason, GDPR since 2018', () => {
    const manifest = highRiskManifest();
    (manifest.system as Record<string, unknown>).inServiceSince = '2025-03-01';
    // A deployer only: a provider-and-deployer's own registration would stand for the provider's (Art. 26(8)).
    (manifest.system as Record<string, unknown>).role = 'deployer';
    delete (manifest.deployment as Record<string, unknown>).providerRegistration;
    const assessment = assess(checkManifestText(toYaml(manifest), { referenceDate: '2026-12-01' }), '2026-12-01');
    const registered = assessment.obligations.find((o) => o.id === 'provider-registered');
    assert.equal(registered?.appliesFrom, '2030-08-02');
    assert.equal(registered?.status, 'not-yet-applicable');
    assert.equal(registered?.gap, true, 'a future gap, counted as such');
    assert.match(registered?.dateReason?.en ?? '', /in service since 1 March 2025/);
    assert.equal(assessment.obligations.find((o) => o.id === 'dpia')?.appliesFrom, '2018-05-25');
    assert.equal(assessment.obligations.find((o) => o.id === 'no-automatic-decisions')?.appliesFrom, '2018-05-25');
    assert.equal(assessment.obligations.find((o) => o.id === 'human-review')?.certainty, 'uncertain');
  });

  it('dates "no prohibited practice" by the practice listed, never earlier: a new ban is not missing on 1 Dec 2026', () => {
    const manifest = highRiskManifest();
    (manifest.riskClassification as Record<string, unknown>).practices = ['csam-generation'];
    const result = checkManifestText(toYaml(manifest), { referenceDate: '2026-12-01' });
    const before = assess(result, '2026-12-01').obligations.find((o) => o.id === 'no-prohibited-practice');
    assert.equal(before?.appliesFrom, '2026-12-02');
    assert.equal(before?.status, 'not-yet-applicable');
    assert.equal(assess(result, '2026-12-02').obligations.find((o) => o.id === 'no-prohibited-practice')?.status, 'missing');
  });
});

describe('dates outside Chapter III Sections 1–3, dates said one way, dates that are no dates', () => {
  it('registration, conformity, post-market monitoring, Art. 86: the system high-risk date, uncertain, "may apply from" the other reading', () => {
    const annexIII = dutyDate('high-risk-unsettled', { edition: 'amended', ...HIGH, highRiskProvision: 'annex-iii-high-risk' });
    assert.deepEqual([annexIII.date, annexIII.certainty, annexIII.mayApplyFrom], ['2027-12-02', 'uncertain', '2026-08-02']);
    assert.match(
      dutyDatePhrase(annexIII).en,
      /applies from 2 December 2027; date not settled in the sources; may apply from 2 August 2026/,
    );
    assert.match(
      dutyDatePhrase(annexIII).da,
      /gælder fra 2\. december 2027; datoen er ikke afklaret i kilderne; kan gælde fra 2\. august 2026/,
    );
    // A system high-risk only as an Annex I product: the Annex I date.
    const annexI = dutyDate('high-risk-unsettled', { edition: 'amended', ...HIGH, highRiskProvision: 'annex-i-high-risk' });
    assert.deepEqual([annexI.date, annexI.certainty], ['2028-08-02', 'uncertain']);
    // As adopted, both readings are 2 August 2026: nothing more to name.
    const adopted = dutyDate('high-risk-unsettled', { edition: 'adopted', ...HIGH, highRiskProvision: 'annex-iii-high-risk' });
    assert.deepEqual([adopted.date, adopted.certainty, adopted.mayApplyFrom], ['2026-08-02', 'uncertain', undefined]);
    // A system already in service: Art. 111(2) as for its other high-risk duties, still uncertain.
    const existing = dutyDate('high-risk-unsettled', { edition: 'amended', ...HIGH, system: { inServiceSince: '2025-03-01' } });
    assert.deepEqual([existing.date, existing.certainty], ['2030-08-02', 'uncertain']);
  });

  it('assess and check use it for registration, conformity assessment and post-market monitoring', () => {
    const manifest = highRiskManifest();
    delete manifest.deployment.euDatabaseRegistration;
    const result = checkManifestText(toYaml(manifest), { edition: 'amended' });
    const [finding] = result.findings.filter((f) => f.path.join('.') === 'deployment.euDatabaseRegistration');
    assert.equal(finding.certainty, 'uncertain');
    assert.match(finding.message.en, /may apply from 2 August 2026/);
    const obligations = assess(result, '2026-12-05').obligations;
    for (const id of ['conformity-assessment', 'registration', 'incident-reporting', 'deployer-registration', 'provider-registered']) {
      const duty = obligations.find((o) => o.id === id);
      assert.deepEqual([duty?.certainty, duty?.mayApplyFrom, duty?.appliesFrom], ['uncertain', '2026-08-02', '2027-12-02'], id);
    }
    assert.equal(obligations.find((o) => o.id === 'risk-management')?.certainty, 'secondary');
  });

  it('Art. 111(4) for a deployer: inServiceSince stands in for the provider placing it on the market', () => {
    const deployer = dutyDate('transparency-marking-legacy', {
      edition: 'amended',
      system: { inServiceSince: '2025-03-01', deployer: true },
    });
    assert.equal(deployer.date, '2026-12-02');
    assert.match(
      deployer.reason?.en ?? '',
      /as deployer, the date you put it into service stands in for the provider's placing on the market/,
    );
    assert.match(deployer.reason?.da ?? '', /som idriftsætter står jeres ibrugtagningsdato i stedet for udbyderens omsætningsdato/);
    const provider = dutyDate('transparency-marking-legacy', { edition: 'amended', system: { inServiceSince: '2025-03-01' } });
    assert.doesNotMatch(provider.reason?.en ?? '', /deployer/);
  });

  it('the Art. 50(2) reason of the tier has the date of its duty (2 Dec 2026 for a generative system in service before 2 Aug 2026)', () => {
    const manifest = highRiskManifest();
    manifest.system.inServiceSince = '2025-03-01';
    manifest.system.role = 'provider';
    manifest.riskClassification = { practices: ['synthetic-content'], annexIII: [], profiling: false };
    manifest.purpose = { category: 'case-support', tasks: ['content-generation'] };
    const result = checkManifestText(toYaml(manifest), { edition: 'amended' });
    const reason = result.tier?.reasons.find((r) => r.article === 'Art. 50(2)');
    assert.equal(reason?.appliesFrom, '2026-12-02');
    const duty = assess(result, '2026-12-05').obligations.find((o) => o.id === 'transparency-synthetic-content');
    assert.equal(duty?.appliesFrom, reason?.appliesFrom);
  });

  it('inServiceSince beside a status of a system not yet in service (planned, development): a schema warning, and no date moved by Art. 111', () => {
    for (const status of ['planned', 'development']) {
      const manifest = highRiskManifest();
      manifest.system.status = status;
      manifest.system.inServiceSince = '2025-03-01';
      const result = checkManifestText(toYaml(manifest), { edition: 'amended', referenceDate: '2026-12-01' });
      const warning = result.findings.find((f) => f.ruleId === 'schema' && f.path.join('.') === 'system.inServiceSince');
      assert.equal(warning?.severity, 'warning', status);
      assert.match(warning?.message.en ?? '', new RegExp(`but 'system.status' is '${status}': no duty's date is moved by it`));
      assert.doesNotMatch(warning?.message.da ?? '', /\bstatus is\b|moved/);
      // Not the 2030 backstop of a system in service since 2025: the edition's Annex III date.
      assert.equal(result.tier?.reasons[0].appliesFrom, '2027-12-02', status);
      assert.equal(result.tier?.reasons[0].dateReason, undefined, status);
    }
    // The control: in production since 2025, the backstop and no warning.
    const control = highRiskManifest();
    control.system.status = 'production';
    control.system.inServiceSince = '2025-03-01';
    const checked = checkManifestText(toYaml(control), { edition: 'amended', referenceDate: '2026-12-01' });
    assert.equal(checked.tier?.reasons[0].appliesFrom, '2030-08-02');
    assert.equal(checked.findings.filter((f) => f.ruleId === 'schema' && f.path.join('.') === 'system.inServiceSince').length, 0);
  });

  it('a change before inServiceSince is a schema warning and ignored; impossible dates are schema errors read as absent', () => {
    const manifest = highRiskManifest();
    manifest.system.inServiceSince = '2025-03-01';
    manifest.system.lastSignificantChange = '2024-01-01';
    const result = checkManifestText(toYaml(manifest), { edition: 'amended' });
    const warning = result.findings.find((f) => f.ruleId === 'schema' && f.path.join('.') === 'system.lastSignificantChange');
    assert.equal(warning?.severity, 'warning');
    assert.match(warning?.message.en ?? '', /before the system was put into service/);
    assert.match(warning?.message.da ?? '', /før systemet blev taget i brug/);
    assert.match(result.tier?.reasons[0].dateReason?.en ?? '', /not significantly changed since/);
    for (const impossible of ['2026-02-30', '2026-13-01']) {
      const invalid = highRiskManifest();
      invalid.system.inServiceSince = impossible;
      const checked = checkManifestText(toYaml(invalid), { edition: 'amended' });
      const error = checked.findings.find((f) => f.ruleId === 'schema' && f.path.join('.') === 'system.inServiceSince');
      assert.equal(error?.severity, 'error', impossible);
      assert.match(error?.message.en ?? '', /no date of the calendar/);
      // No 2030 backstop from a date that is no date: the edition's Annex III date.
      assert.equal(checked.tier?.reasons[0].appliesFrom, '2027-12-02', impossible);
    }
    // The control: a real date of 2024 gives the backstop.
    const control = highRiskManifest();
    control.system.inServiceSince = '2024-02-29';
    const checked = checkManifestText(toYaml(control), { edition: 'amended' });
    assert.deepEqual(
      checked.findings.filter((f) => f.ruleId === 'schema'),
      [],
    );
    assert.equal(checked.tier?.reasons[0].appliesFrom, '2030-08-02');
  });
});
