import * as assert from 'node:assert/strict';
import { assess } from '../../src/core/assessment/assess';
import { computeTier, prohibitedPractices } from '../../src/core/law/risk';
import { check, highRiskManifest, minimalManifest } from './manifests';

function tierOf(change: (m: Record<string, any>) => void, base = minimalManifest) {
  const manifest = base();
  change(manifest);
  return computeTier(manifest);
}

describe('risk tier (the spec procedure, first match wins)', () => {
  it('1. prohibited: any Art. 5 practice, even beside high-risk and Art. 50 answers', () => {
    const result = tierOf((m) => {
      m.riskClassification.practices = ['interacts-with-persons', 'exploiting-vulnerabilities'];
      m.riskClassification.annexIII = ['employment'];
      m.riskClassification.annexI = true;
    });
    assert.equal(result.tier, 'prohibited');
    assert.equal(result.reasons.length, 1);
    assert.equal(result.reasons[0].article, 'Art. 5(1)(b)');
    assert.equal(result.reasons[0].appliesFrom, '2025-02-02');
  });

  it('1. prohibited: the Omnibus prohibitions apply from 2 Dec 2026', () => {
    const result = tierOf((m) => (m.riskClassification.practices = ['non-consensual-intimate-imagery']));
    assert.equal(result.tier, 'prohibited');
    assert.equal(result.reasons[0].appliesFrom, '2026-12-02');
  });

  it('2. high: Annex I product', () => {
    const result = tierOf((m) => (m.riskClassification.annexI = true));
    assert.equal(result.tier, 'high');
    assert.equal(result.highRiskProvision, 'annex-i-high-risk');
    assert.equal(result.reasons[0].appliesFrom, '2028-08-02');
  });

  it('2. high: emotion recognition (Annex III 1(c)), with the Art. 50(3) duty as a further reason', () => {
    const result = tierOf((m) => (m.riskClassification.practices = ['emotion-recognition']));
    assert.equal(result.tier, 'high');
    assert.ok(result.reasons.some((r) => r.article.includes('Annex III point 1(c)')));
    assert.ok(result.reasons.some((r) => r.article === 'Art. 50(3)' && r.appliesFrom === '2026-08-02'));
    assert.equal(result.highRiskThroughAnnexIII, true);
  });

  it('2. high: Annex III area without a derogation', () => {
    const result = tierOf((m) => (m.riskClassification.annexIII = ['essential-public-services']));
    assert.equal(result.tier, 'high');
    assert.equal(result.reasons[0].appliesFrom, '2027-12-02');
  });

  it('2. high: a derogation without its justification does not lower the tier', () => {
    const result = tierOf((m) => {
      m.riskClassification.annexIII = ['employment'];
      m.riskClassification.derogation = { condition: 'narrow-procedural-task' };
    });
    assert.equal(result.tier, 'high');
  });

  it('2. high: profiling overrides a complete derogation', () => {
    const result = tierOf((m) => {
      m.riskClassification.annexIII = ['employment'];
      m.riskClassification.profiling = true;
      m.riskClassification.derogation = { condition: 'preparatory-task', justification: 'Indexing only.' };
    });
    assert.equal(result.tier, 'high');
    assert.ok(result.reasons[0].text.en.includes('rules out the Art. 6(3) derogation'));
  });

  it('2. high with both routes: the earliest date starts the duties', () => {
    const result = tierOf((m) => {
      m.riskClassification.annexI = true;
      m.riskClassification.annexIII = ['employment'];
    });
    assert.equal(result.highRiskProvision, 'annex-iii-high-risk');
    const adopted = computeTier({ riskClassification: { practices: [], annexI: true, annexIII: ['employment'] } }, 'adopted');
    assert.equal(adopted.highRiskProvision, 'annex-iii-high-risk');
    assert.equal(adopted.reasons[0].appliesFrom, '2027-08-02');
  });

  it('3. limited: a complete derogation and an Art. 50 practice', () => {
    const result = tierOf((m) => {
      m.riskClassification.annexIII = ['essential-public-services'];
      m.riskClassification.derogation = { condition: 'preparatory-task', justification: 'Summaries only.' };
      m.riskClassification.practices = ['synthetic-content'];
    });
    assert.equal(result.tier, 'limited');
    assert.equal(result.derogationApplies, true);
    assert.ok(result.reasons.some((r) => r.article === 'Art. 6(3), 6(4)'));
    assert.ok(result.reasons.some((r) => r.article === 'Art. 50(2)'));
  });

  it('3. limited: an Art. 50 practice alone', () => {
    assert.equal(tierOf((m) => (m.riskClassification.practices = ['interacts-with-persons'])).tier, 'limited');
  });

  it('4. minimal: nothing else holds, also with a complete derogation', () => {
    assert.equal(tierOf(() => undefined).tier, 'minimal');
    const derogated = tierOf((m) => {
      m.riskClassification.annexIII = ['employment'];
      m.riskClassification.derogation = { condition: 'narrow-procedural-task', justification: 'Sorts documents.' };
    });
    assert.equal(derogated.tier, 'minimal');
    assert.equal(derogated.derogationApplies, true);
  });

  it('tolerates data of any shape: answers missing or of the wrong type leave the tier not determined, never minimal', () => {
    for (const data of [null, 42, 'text', [], { riskClassification: 'x' }, { riskClassification: { practices: [1, null, {}] } }]) {
      const tier = computeTier(data);
      assert.equal(tier.tier, null);
      assert.ok(tier.undetermined.length > 0);
    }
    const wrongTypes = computeTier({ riskClassification: { practices: [1, null, {}], annexIII: [], profiling: false } });
    assert.equal(wrongTypes.tier, 'minimal', 'items of the wrong type are no practice (the schema reports them)');
  });

  it('not determined (null) names what to fill in; a blank manifest is never minimal risk', () => {
    assert.deepEqual(computeTier({ manifestVersion: 1 }).undetermined, [['riskClassification']]);
    const partial = computeTier({ riskClassification: { practices: [] } });
    assert.equal(partial.tier, null);
    assert.deepEqual(partial.undetermined, [
      ['riskClassification', 'annexIII'],
      ['riskClassification', 'profiling'],
    ]);
    // The control: the same answers, complete, give minimal.
    assert.equal(computeTier({ riskClassification: { practices: [], annexIII: [], profiling: false } }).tier, 'minimal');
    // The task list answers the profiling question; a profiling system with no Annex III area also needs the reason why none applies.
    assert.deepEqual(
      computeTier({
        purpose: { tasks: ['profiling'] },
        riskClassification: { practices: [], annexIII: [], annexIIIAssessment: 'Internal statistics only.' },
      }).tier,
      'minimal',
    );
  });

  it('a system that supports decisions and lists no Annex III area has no tier until the area or annexIIIAssessment is given', () => {
    const recommender = {
      purpose: { category: 'case-support', tasks: ['recommendation'] },
      riskClassification: { practices: [], annexIII: [], profiling: false },
    };
    const result = computeTier(recommender);
    assert.equal(result.tier, null);
    assert.deepEqual(result.undetermined, [
      ['riskClassification', 'annexIII'],
      ['riskClassification', 'annexIIIAssessment'],
    ]);
    for (const purpose of [
      { category: 'decision-support', tasks: ['other'] },
      { category: 'case-support', tasks: ['profiling'] },
    ])
      assert.equal(computeTier({ ...recommender, purpose }).tier, null, JSON.stringify(purpose));
    assert.equal(computeTier({ ...recommender, riskClassification: { ...recommender.riskClassification, profiling: true } }).tier, null);
    // The controls: the reason why none applies, or a system that does not support decisions.
    const assessed = {
      ...recommender.riskClassification,
      annexIIIAssessment: 'It sorts the caseworkers’ mail; no decision about a person.',
    };
    assert.equal(computeTier({ ...recommender, riskClassification: assessed }).tier, 'minimal');
    assert.equal(computeTier({ ...recommender, purpose: { category: 'case-support', tasks: ['journal-notes'] } }).tier, 'minimal');
    // What is present still decides: an Art. 5 practice, annexI.
    assert.equal(
      computeTier({ ...recommender, riskClassification: { ...recommender.riskClassification, practices: ['social-scoring'] } }).tier,
      'prohibited',
    );
    assert.equal(computeTier({ ...recommender, riskClassification: { ...recommender.riskClassification, annexI: true } }).tier, 'high');
  });

  it('the workplace ban: emotion recognition of employees without a medical or safety reason is prohibited (Art. 5(1)(f))', () => {
    const base = {
      purpose: { category: 'case-support', tasks: ['other'], affectedPersons: ['employees'] },
      riskClassification: { practices: ['emotion-recognition'], annexIII: [], profiling: false },
    };
    const banned = computeTier(base);
    assert.equal(banned.tier, 'prohibited');
    assert.equal(banned.reasons[0].article, 'Art. 5(1)(f)');
    assert.deepEqual(banned.reasons[0].path, ['riskClassification', 'practices', 0]);
    assert.match(banned.reasons[0].text.en, /emotions of employees/);
    assert.match(banned.reasons[0].text.da, /ansattes følelser.*art\. 5, stk\. 1, litra f/);
    assert.deepEqual(prohibitedPractices(base), [{ value: 'workplace-emotion-recognition', index: 0, employees: true }]);
    // The controls: a medical or safety reason, or no employees among the affected persons: Annex III point 1(c), high.
    const reason = { ...base, riskClassification: { ...base.riskClassification, medicalOrSafetyReason: 'Detects fatigue of drivers.' } };
    assert.equal(computeTier(reason).tier, 'high');
    assert.equal(computeTier({ ...base, purpose: { ...base.purpose, affectedPersons: ['citizens'] } }).tier, 'high');
    // A blank reason is no reason.
    assert.equal(
      computeTier({ ...base, riskClassification: { ...base.riskClassification, medicalOrSafetyReason: '  ' } }).tier,
      'prohibited',
    );
  });

  it('what is present can decide a tier with answers missing: an Art. 5 practice, annexI, emotion recognition', () => {
    assert.equal(computeTier({ riskClassification: { practices: ['social-scoring'] } }).tier, 'prohibited');
    assert.equal(computeTier({ riskClassification: { practices: [], annexI: true } }).tier, 'high');
    // Unanswered practices never decide high: a practice could make it prohibited.
    assert.equal(computeTier({ riskClassification: { annexI: true } }).tier, null);
    // The high-risk duties are kept when the tier is decided with profiling unanswered.
    const undecidedProfiling = minimalManifest();
    undecidedProfiling.riskClassification = { practices: [], annexIII: ['essential-public-services'] };
    const kept = check(undecidedProfiling);
    assert.equal(kept.tier?.tier, 'high');
    assert.ok(assess(kept, '2028-01-01').obligations.some((o) => o.id === 'fria'));
    // An Annex III area without a complete derogation decides high whatever profiling says.

    assert.equal(computeTier({ riskClassification: { practices: [], annexIII: ['employment'] } }).tier, 'high');
    const derogation = { condition: 'preparatory-task', justification: 'Drafts only.' };
    assert.equal(computeTier({ riskClassification: { practices: [], annexIII: ['employment'], derogation } }).tier, null);
    // A derogation whose condition the schema rejects is not complete: high.
    const invalid = { condition: 'minor-task', justification: 'Drafts only.' };
    assert.equal(
      computeTier({ riskClassification: { practices: [], annexIII: ['employment'], derogation: invalid, profiling: false } }).tier,
      'high',
    );
    assert.equal(computeTier({ riskClassification: { practices: ['emotion-recognition'] } }).tier, 'high');
    assert.equal(computeTier({ riskClassification: { practices: ['interacts-with-persons'] } }).tier, null);
  });

  it('placeholders count as missing: a TODO answer leaves the tier not determined, a TODO Annex III area is no area', () => {
    const manifest = minimalManifest();
    manifest.riskClassification.annexIII = ['TODO: Annex III area'];
    const result = check(manifest);
    assert.equal(result.tier?.tier, null);
    assert.deepEqual(result.tier?.undetermined, [['riskClassification', 'annexIII']]);
    const control = minimalManifest();
    control.riskClassification.annexIII = [];
    assert.equal(check(control).tier?.tier, 'minimal');
  });

  it('the system profiles when its tasks say so, whatever the boolean: no derogation then (Art. 6(3) last subparagraph)', () => {
    const tier = (tasks: string[], profiling: boolean) =>
      computeTier({
        purpose: { tasks },
        riskClassification: {
          practices: [],
          annexIII: ['employment'],
          profiling,
          derogation: { condition: 'preparatory-task', justification: 'Prepares the file.' },
        },
      }).tier;
    assert.equal(tier(['profiling'], false), 'high');
    assert.equal(tier(['recommendation'], false), 'minimal');
    assert.equal(tier(['recommendation'], true), 'high');
  });

  it('a chatbot interacts with persons: limited risk with the Art. 50(1) duty, whatever practices says', () => {
    const chatbot = computeTier({ purpose: { tasks: ['chatbot'] }, riskClassification: { practices: [], annexIII: [], profiling: false } });
    assert.equal(chatbot.tier, 'limited');
    assert.deepEqual(chatbot.transparencyPractices, ['interacts-with-persons']);
    const control = computeTier({
      purpose: { tasks: ['case-summary'] },
      riskClassification: { practices: [], annexIII: [], profiling: false },
    });
    assert.equal(control.tier, 'minimal');
  });
});

describe('assessment: obligations and their status on a date', () => {
  const statusOf = (date: string, change: (m: Record<string, any>) => void = () => undefined, base = highRiskManifest) => {
    const manifest = base();
    change(manifest);
    const result = assess(check(manifest), date);
    return Object.fromEntries(result.obligations.map((o) => [o.id, o.status]));
  };

  it('the DPIA is met only when completed with its document, or justified not-required where not mandatory', () => {
    const dpia = (change: (m: Record<string, any>) => void) => statusOf('2026-12-01', change, minimalManifest)['dpia'];
    assert.equal(
      dpia(() => undefined),
      'met',
    );
    assert.equal(
      dpia((m) => (m.dataProtection.dpia.document = 'TODO: DPIA document')),
      'missing',
      'a placeholder is no evidence',
    );
    assert.equal(
      dpia((m) => (m.dataProtection.dpia = { status: 'not-required', justification: 'Ordinary data, no profiling.' })),
      'met',
    );
    assert.equal(
      dpia((m) => {
        m.dataProtection.dpia = { status: 'not-required', justification: 'Ordinary data.' };
        m.dataProtection.categories = ['ordinary', 'special-category'];
      }),
      'missing',
      'mandatory: no justification waives it',
    );
    assert.equal(
      dpia((m) => (m.dataProtection.dpia = { status: 'not-required', justification: '...' })),
      'missing',
    );
  });

  it('an in-progress DPIA is not yet due while the system is planned or in development, and missing in pilot or production', () => {
    const dpia = (systemStatus: string) =>
      statusOf(
        '2026-12-01',
        (m) => {
          m.system.status = systemStatus;
          m.dataProtection.dpia.status = 'in-progress';
        },
        minimalManifest,
      )['dpia'];
    assert.equal(dpia('planned'), 'not-yet-applicable');
    assert.equal(dpia('development'), 'not-yet-applicable');
    assert.equal(dpia('pilot'), 'missing');
    assert.equal(dpia('production'), 'missing');
  });

  it('a duty whose evidence is a placeholder is missing', () => {
    const statuses = statusOf('2026-12-01', (m) => (m.humanOversight.reviewer = 'TODO: Reviewer'), minimalManifest);
    assert.equal(statuses['human-review'], 'missing');
    assert.equal(statusOf('2026-12-01', () => undefined, minimalManifest)['human-review'], 'met');
  });

  it('a tier not determined still lists the duties that hold whatever the tier, and what to fill in', () => {
    const result = assess(check({ ...minimalManifest(), riskClassification: { practices: [] } }), '2026-12-01');
    assert.equal(result.tier, null);
    assert.deepEqual(result.undetermined, [
      ['riskClassification', 'annexIII'],
      ['riskClassification', 'profiling'],
    ]);
    assert.ok(result.obligations.some((o) => o.id === 'ai-literacy'));
    assert.equal(result.obligations.find((o) => o.id === 'no-prohibited-practice')?.status, 'met', 'practices answered: none');
    const blank = assess(check({ ...minimalManifest(), riskClassification: undefined }), '2026-12-01');
    assert.equal(blank.obligations.find((o) => o.id === 'no-prohibited-practice')?.status, 'missing', 'unanswered: not shown as met');
  });

  it('high-risk duties are not yet applicable before 2 Dec 2027, then met', () => {
    const before = statusOf('2026-11-24');
    assert.equal(before['risk-management'], 'not-yet-applicable');
    assert.equal(before['fria'], 'not-yet-applicable');
    assert.equal(before['ai-literacy'], 'met');
    assert.equal(before['dpia'], 'met');
    const after = statusOf('2027-12-02');
    assert.equal(after['risk-management'], 'met');
    assert.equal(after['fria'], 'met');
  });

  it('a gap makes the matching obligation missing once it applies', () => {
    const statuses = statusOf('2028-01-01', (m) => {
      delete m.documentation.qualityManagement;
      m.logging.retentionMonths = 2;
    });
    assert.equal(statuses['quality-management'], 'missing');
    assert.equal(statuses['record-keeping'], 'missing');
    assert.equal(statuses['keep-logs'], 'missing');
    assert.equal(statuses['risk-management'], 'met');
  });

  it('a missing documentation section makes every provider documentation duty missing', () => {
    const statuses = statusOf('2028-01-01', (m) => delete m.documentation);
    for (const id of ['risk-management', 'technical-documentation', 'registration', 'incident-reporting'])
      assert.equal(statuses[id], 'missing', id);
  });

  it('lists the duties of the declared role only', () => {
    const provider = statusOf('2028-01-01', (m) => (m.system.role = 'provider'));
    assert.ok('risk-management' in provider && !('follow-instructions' in provider) && !('fria' in provider));
    const deployer = statusOf('2028-01-01', (m) => (m.system.role = 'deployer'));
    assert.ok(!('risk-management' in deployer) && 'follow-instructions' in deployer && 'fria' in deployer);
  });

  it('every tier carries AI literacy, GDPR and the Danish legal basis', () => {
    const statuses = statusOf('2026-11-24', () => undefined, minimalManifest);
    for (const id of ['ai-literacy', 'danish-legal-basis', 'no-automatic-decisions', 'citizens-informed', 'gdpr-basics', 'dpia']) {
      assert.equal(statuses[id], 'met', id);
    }
    assert.ok(!('risk-management' in statuses));
  });

  it('Art. 50 duties apply from 2 Aug 2026', () => {
    const change = (m: Record<string, any>) => (m.riskClassification.practices = ['interacts-with-persons']);
    assert.equal(statusOf('2026-08-01', change, minimalManifest)['transparency-interacts-with-persons'], 'not-yet-applicable');
    assert.equal(statusOf('2026-08-02', change, minimalManifest)['transparency-interacts-with-persons'], 'missing');
  });

  it('the edition as adopted makes Annex III duties apply from 2 Aug 2026', () => {
    const result = assess(check(highRiskManifest(), { edition: 'adopted' }), '2026-11-24', 'adopted');
    assert.equal(result.obligations.find((o) => o.id === 'risk-management')?.status, 'met');
    assert.equal(result.obligations.find((o) => o.id === 'risk-management')?.appliesFrom, '2026-08-02');
  });

  it('a file that does not parse has no tier and no obligations', () => {
    const result = assess(check('system: [unclosed'), '2026-11-24');
    assert.equal(result.tier, null);
    assert.deepEqual(result.obligations, []);
  });
});
