/**
 * Issue 18 items 4, 5, 7 and issue 19 "duties given to the wrong party", as the legal review asked: for each case the
 * finding, the CLI's exit status and the status `assess` gives the duty.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';
import { assess, type Obligation } from '../../src/core/assessment/assess';
import { dutyOverview, dutyState, nextDutyOf } from '../../src/core/assessment/dutyStatus';
import { inUse } from '../../src/core/law/applicability';
import { buildEntry } from '../../src/core/register/record';
import { renderRegister } from '../../src/core/register/index';
import { ENTRY } from './acceptanceManifests';
import { check, highRiskManifest, minimalManifest, toYaml, writtenDocumentsOf } from './manifests';

/** After the Annex III date as amended (2 Dec 2027): the FRIA and the deployer's duties apply. */
const LATER = '2028-01-01';

function folderWith(manifest: Record<string, any>, documents = writtenDocumentsOf(manifest)): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-duties-'));
  fs.writeFileSync(path.join(folder, 'ai-system.yaml'), toYaml(manifest));
  for (const [name, text] of Object.entries(documents)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), text);
  }
  return folder;
}

async function cli(...args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: () => undefined, today: () => '2026-11-24' });
  return { code, stdout };
}

interface Outcome {
  exit: number;
  findings: { ruleId: string; severity: string; message: string }[];
  obligations: { id: string; status: string; accepted?: unknown }[];
}

/** `check --format json` and `assess --format json` on the manifest with its documents written, on `date`. */
async function run(manifest: Record<string, any>, date = LATER, documents?: Record<string, string>): Promise<Outcome> {
  const folder = folderWith(manifest, documents);
  const checked = await cli('check', '--format', 'json', '--date', date, folder);
  const assessed = await cli('assess', '--format', 'json', '--date', date, path.join(folder, 'ai-system.yaml'));
  return {
    exit: checked.code,
    findings: JSON.parse(checked.stdout).files[0].findings,
    obligations: JSON.parse(assessed.stdout).obligations,
  };
}

const statusOf = (outcome: Outcome, id: string) => outcome.obligations.find((o) => o.id === id)?.status;
const findingOf = (outcome: Outcome, rule: string) => outcome.findings.filter((f) => f.ruleId === rule);

describe('duties: in use', () => {
  it('pilot or production, or in service since a date on or before the reference date', () => {
    const m = minimalManifest();
    assert.equal(inUse(m, '2026-11-24'), true, 'pilot');
    m.system.status = 'development';
    assert.equal(inUse(m, '2026-11-24'), false);
    m.system.inServiceSince = '2026-11-24';
    assert.equal(inUse(m, '2026-11-24'), true, 'on the date');
    assert.equal(inUse(m, '2026-11-23'), false, 'before it was put into service');
    m.system.status = 'production';
    assert.equal(inUse(m, '2026-11-23'), true);
  });

  it('a DPIA in progress after inServiceSince is missing, not "not yet applicable" (dpia-missing, exit 1)', async () => {
    const m = minimalManifest();
    m.system.status = 'development';
    m.system.inServiceSince = '2026-01-01';
    m.dataProtection.dpia.status = 'in-progress';
    // Mandatory (special categories, Art. 35(3)(b)): an error.
    m.dataProtection.categories = ['ordinary', 'special-category'];
    const used = await run(m, '2026-11-24');
    assert.equal(used.exit, 1);
    const [finding] = findingOf(used, 'dpia-missing');
    assert.equal(finding.severity, 'error', JSON.stringify(used.findings));
    assert.match(finding.message, /in-progress while the system is in service since 1 January 2026/);
    assert.equal(statusOf(used, 'dpia'), 'missing');
    // Control: put into service only later: due before the processing starts.
    m.system.inServiceSince = '2027-06-01';
    const before = await run(m, '2026-11-24');
    assert.deepEqual(findingOf(before, 'dpia-missing'), []);
    assert.equal(statusOf(before, 'dpia'), 'not-yet-applicable');
  });
});

describe('duties: the FRIA like the DPIA (fria-missing, Art. 27(1))', () => {
  it('not-required: no justification can waive it — error, exit 1, missing', async () => {
    const m = highRiskManifest();
    m.fria = { status: 'not-required', justification: 'We think the risk is low.' };
    const outcome = await run(m);
    assert.equal(outcome.exit, 1);
    const found = findingOf(outcome, 'fria-missing');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.match(found[0].message, /cannot be not-required/);
    assert.doesNotMatch(found[0].message, /fria\.document/, 'a not-required FRIA is not asked for a document');
    assert.equal(statusOf(outcome, 'fria'), 'missing');
  });

  it('in-progress while the system is in use (pilot) — error, exit 1, missing; before use: not yet applicable', async () => {
    const m = highRiskManifest();
    m.fria = { status: 'in-progress', document: 'docs/fria.md' };
    const outcome = await run(m);
    assert.equal(outcome.exit, 1);
    const found = findingOf(outcome, 'fria-missing');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /'fria\.status' is in-progress while 'system\.status' is pilot: .*before the system is first used/);
    assert.equal(statusOf(outcome, 'fria'), 'missing');
    m.system.status = 'development';
    const before = await run(m);
    assert.deepEqual(findingOf(before, 'fria-missing'), []);
    assert.equal(statusOf(before, 'fria'), 'not-yet-applicable', 'due before first use');
  });

  it('completed without a document — error, exit 1, missing; with its written document: met', async () => {
    const m = highRiskManifest();
    m.fria = { status: 'completed' };
    const outcome = await run(m);
    assert.equal(outcome.exit, 1);
    const found = findingOf(outcome, 'fria-missing');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /'fria\.document' is missing/);
    assert.equal(statusOf(outcome, 'fria'), 'missing');
    const complete = await run(highRiskManifest());
    assert.deepEqual(findingOf(complete, 'fria-missing'), []);
    assert.equal(statusOf(complete, 'fria'), 'met');
    assert.equal(complete.exit, 0, JSON.stringify(complete.findings));
  });

  it('status missing and document missing: one finding naming both reasons', () => {
    const m = highRiskManifest();
    m.fria = { date: '2026-01-01' };
    const found = check(m).findings.filter((f) => f.ruleId === 'fria-missing');
    assert.equal(found.length, 1);
    assert.match(found[0].message.en, /'fria\.document' is missing.*; 'fria\.status' is missing/);
  });

  it('dated from the Annex III date for this system: not yet applicable before it, whatever the FRIA says', async () => {
    const m = highRiskManifest();
    m.fria = { status: 'not-required' };
    const outcome = await run(m, '2026-11-24');
    assert.equal(findingOf(outcome, 'fria-missing').length, 1);
    assert.equal(outcome.findings.find((f) => f.ruleId === 'fria-missing') && statusOf(outcome, 'fria'), 'not-yet-applicable');
  });

  it('an accepted unfinished FRIA is accepted, not met — the finding is information, exit 0', async () => {
    const m = highRiskManifest();
    m.fria = { status: 'in-progress', document: 'docs/fria.md' };
    m.acceptedFindings = [{ rule: 'fria-missing', ...ENTRY }];
    const outcome = await run(m);
    const [finding] = findingOf(outcome, 'fria-missing');
    assert.equal(finding.severity, 'information');
    assert.equal(outcome.exit, 0, JSON.stringify(outcome.findings));
    const fria = outcome.obligations.find((o) => o.id === 'fria')!;
    assert.equal(fria.status, 'accepted');
    assert.ok(fria.accepted);
    const text = (await cli('assess', '--date', LATER, path.join(folderWith(m), 'ai-system.yaml'))).stdout;
    assert.match(text, /\[accepted +\] Fundamental rights impact assessment/);
  });
});

describe('duties: accepted is not met', () => {
  it('an accepted document-incomplete gap leaves its duty accepted, not met', async () => {
    const m = highRiskManifest();
    const documents = writtenDocumentsOf(m);
    documents['docs/monitoring.md'] = '# Monitoring\n\nTODO\n';
    const open = await run(m, LATER, documents);
    assert.equal(findingOf(open, 'document-incomplete').length, 1, JSON.stringify(open.findings));
    assert.equal(statusOf(open, 'monitor-and-report'), 'missing');
    m.acceptedFindings = [{ rule: 'document-incomplete', path: 'deployment.monitoring', ...ENTRY }];
    const accepted = await run(m, LATER, documents);
    assert.equal(findingOf(accepted, 'document-incomplete')[0].severity, 'information');
    assert.equal(statusOf(accepted, 'monitor-and-report'), 'accepted');
  });

  // Spec "Risk tier": each duty is met, missing, accepted ("its only gaps are accepted findings") or not yet
  // applicable — also the duty without a date (Forvaltningsloven), which is otherwise met or missing on any date.
  it('an accepted explanation-missing makes "Explain decisions" accepted, not missing (a duty without a date)', () => {
    const explain = (m: Record<string, any>) =>
      assess(check(m, { referenceDate: LATER }), LATER).obligations.find((o) => o.id === 'explain-decisions');
    const accepted = highRiskManifest();
    delete accepted.decisions.explanation;
    accepted.acceptedFindings = [{ rule: 'explanation-missing', ...ENTRY }];
    const duty = explain(accepted);
    assert.equal(duty?.status, 'accepted');
    assert.equal(duty?.accepted?.by, ENTRY.acceptedBy);
    assert.equal(duty?.appliesFrom, undefined, 'still without a date');
    // The controls: the same gap not accepted is missing; a placeholder (which no entry accepts) stays missing.
    const open = highRiskManifest();
    delete open.decisions.explanation;
    assert.equal(explain(open)?.status, 'missing');
    const placeholder = highRiskManifest();
    placeholder.decisions.explanation = 'TODO';
    placeholder.acceptedFindings = [{ rule: 'explanation-missing', ...ENTRY }];
    assert.equal(explain(placeholder)?.status, 'missing');
  });

  it('the register counts an accepted duty neither as missing nor names it as next', () => {
    const m = highRiskManifest();
    m.fria = { status: 'in-progress', document: 'docs/fria.md' };
    m.acceptedFindings = [{ rule: 'fria-missing', ...ENTRY }];
    const result = check(m, { referenceDate: LATER });
    const entry = buildEntry({ file: 'x/ai-system.yaml', result, findings: result.findings, date: LATER, edition: 'amended' });
    assert.equal(entry.record.missing, 0);
    assert.equal(entry.record.nextDuty, null);
    assert.deepEqual(
      entry.duties?.accepted.map((o) => o.id),
      ['fria'],
    );
  });
});

// Art. 26(9): "where applicable", the deployer uses the provider's information for the GDPR DPIA; the manifest asks for
// a DPIA only when personal data is processed (spec: `dpia` required when personalData; Annex VIII C.5 not applicable
// without it). A high-risk deployer that processes none has no DPIA duty that could ever be met.
describe('duties: the deployer’s DPIA (Art. 26(9)) where personal data is processed', () => {
  const duty = (m: Record<string, any>) =>
    assess(check(m, { referenceDate: LATER }), LATER).obligations.find((o) => o.id === 'deployer-dpia')?.status;
  it('no personal data (personalData: false): no deployer DPIA duty', () => {
    const m = highRiskManifest();
    m.dataProtection = { personalData: false };
    assert.equal(duty(m), undefined);
  });
  it('the controls: personal data without a DPIA, and personalData unanswered, leave it missing', () => {
    const withData = highRiskManifest();
    delete withData.dataProtection.dpia;
    assert.equal(duty(withData), 'missing');
    const unanswered = highRiskManifest();
    unanswered.dataProtection = { personalData: 'TODO' };
    assert.equal(duty(unanswered), 'missing');
  });
});

describe('duties: only the fields a duty reads are its evidence (spec "Placeholders")', () => {
  it('a placeholder in dpia.summary leaves the GDPR basics and the DPIA met; the placeholder is still reported', async () => {
    const m = highRiskManifest();
    m.dataProtection.dpia.summary = 'TODO';
    const outcome = await run(m);
    assert.deepEqual(
      findingOf(outcome, 'placeholder-value').map((f) => f.severity),
      ['error'],
    );
    assert.equal(outcome.exit, 1);
    assert.equal(statusOf(outcome, 'gdpr-basics'), 'met');
    assert.equal(statusOf(outcome, 'dpia'), 'met');
    assert.equal(statusOf(outcome, 'deployer-dpia'), 'met');
  });

  it('a placeholder in a field the duty reads makes it missing: security for the GDPR basics, the DPIA document for both DPIA duties', async () => {
    const security = highRiskManifest();
    security.dataProtection.security = 'TBD';
    const withSecurity = await run(security);
    assert.equal(statusOf(withSecurity, 'gdpr-basics'), 'missing');
    assert.equal(statusOf(withSecurity, 'dpia'), 'met');
    const document = highRiskManifest();
    document.dataProtection.dpia.document = 'TODO';
    const withDocument = await run(document);
    assert.equal(statusOf(withDocument, 'dpia'), 'missing');
    assert.equal(statusOf(withDocument, 'deployer-dpia'), 'missing');
    assert.equal(statusOf(withDocument, 'gdpr-basics'), 'met');
  });

  it('the FRIA is judged like the DPIA: a placeholder in fria.summary or fria.date leaves it met, one in fria.document does not', async () => {
    for (const field of ['summary', 'date']) {
      const m = highRiskManifest();
      m.fria[field] = 'TODO';
      const outcome = await run(m);
      assert.equal(findingOf(outcome, 'placeholder-value').length, 1, field);
      assert.equal(statusOf(outcome, 'fria'), 'met', `fria.${field}`);
    }
    const document = highRiskManifest();
    document.fria.document = 'TODO';
    assert.equal(statusOf(await run(document), 'fria'), 'missing');
  });

  it('a placeholder in decisions.explanation leaves "no automatic decisions" met (explaining decisions is its own duty)', async () => {
    const explanation = highRiskManifest();
    explanation.decisions.explanation = 'TODO';
    const withExplanation = await run(explanation);
    assert.equal(statusOf(withExplanation, 'no-automatic-decisions'), 'met');
    assert.equal(statusOf(withExplanation, 'explain-decisions'), 'missing');
    const automated = highRiskManifest();
    automated.decisions.automated = 'TODO';
    assert.equal(statusOf(await run(automated), 'no-automatic-decisions'), 'missing');
  });

  it('a placeholder in humanOversight.procedure leaves "a caseworker can override" met, not the oversight duty that reads it', async () => {
    const m = highRiskManifest();
    const before = await run(m);
    m.humanOversight.procedure = 'TODO';
    const after = await run(m);
    assert.equal(statusOf(after, 'human-review'), 'met');
    const changed = after.obligations.filter((o) => o.status !== statusOf(before, o.id)).map((o) => o.id);
    assert.ok(changed.length > 0, 'some duty reads the procedure');
  });
});

// Spec `dpia-missing`: the DPIA duty is met "not-required with a justification where it is not mandatory", and
// "A duty is met only on evidence": while an answer that decides whether the DPIA is mandatory — the tier (high,
// prohibited), profiling, the categories (special-category) — is a placeholder or rejected, nothing shows that it
// is not mandatory, so not-required is no evidence. A completed DPIA does not depend on those answers.
describe('duties: a DPIA not-required counts only where the answers decide it is not mandatory', () => {
  const notRequired = () => {
    const m = minimalManifest();
    m.dataProtection.dpia = { status: 'not-required', justification: 'Only ordinary data of few persons; no new technology.' };
    return m;
  };
  const cases: [string, (m: Record<string, any>) => void, string][] = [
    ['profiling a placeholder (tier not determined)', (m) => (m.riskClassification.profiling = 'TODO'), 'riskClassification.profiling'],
    [
      'an Annex III area a placeholder (tier not determined)',
      (m) => (m.riskClassification.annexIII = ['TODO']),
      'riskClassification.annexIII',
    ],
    ['a category a placeholder', (m) => m.dataProtection.categories.push('TBD'), 'dataProtection.categories'],
    ['a category the schema rejects', (m) => m.dataProtection.categories.push('health'), 'dataProtection.categories'],
    // "categories: [] while personalData is true counts as missing (personal data always has a category)".
    ['no category', (m) => (m.dataProtection.categories = []), 'dataProtection.categories'],
  ];

  it('answered: met', async () => {
    assert.equal(statusOf(await run(notRequired()), 'dpia'), 'met');
  });

  for (const [what, edit, field] of cases)
    it(`${what}: missing, with a note naming what to answer; a completed DPIA stays met`, async () => {
      const m = notRequired();
      edit(m);
      const outcome = await run(m);
      assert.equal(outcome.exit, 1, 'the placeholder or schema error is reported');
      assert.equal(statusOf(outcome, 'dpia'), 'missing');
      const note = (outcome.obligations.find((o) => o.id === 'dpia') as { note?: string } | undefined)?.note ?? '';
      assert.match(note, /counts only once the answers that decide whether the DPIA is mandatory are given: /);
      assert.ok(note.endsWith(field) || note.includes(`${field},`), note);
      const completed = minimalManifest();
      edit(completed);
      assert.equal(statusOf(await run(completed), 'dpia'), 'met');
    });
});

describe('duties: workers informed (Art. 26(7))', () => {
  it('every high-risk deployer, employees listed or not — error, exit 1, missing; true: met', async () => {
    const m = highRiskManifest();
    delete m.transparency.workersInformed;
    assert.deepEqual(m.purpose.affectedPersons, ['citizens']);
    const outcome = await run(m);
    assert.equal(outcome.exit, 1);
    assert.equal(findingOf(outcome, 'workers-not-informed')[0]?.severity, 'error');
    assert.equal(statusOf(outcome, 'inform-workers'), 'missing');
    m.transparency.workersInformed = false;
    assert.equal(statusOf(await run(m), 'inform-workers'), 'missing');
    m.transparency.workersInformed = true;
    const informed = await run(m);
    assert.deepEqual(findingOf(informed, 'workers-not-informed'), []);
    assert.equal(statusOf(informed, 'inform-workers'), 'met');
  });

  it('a provider only is not asked (no finding, no duty)', async () => {
    const m = highRiskManifest();
    m.system.role = 'provider';
    delete m.transparency.workersInformed;
    delete m.fria;
    delete m.deployment;
    const outcome = await run(m);
    assert.deepEqual(findingOf(outcome, 'workers-not-informed'), []);
    assert.equal(statusOf(outcome, 'inform-workers'), undefined);
  });
});

describe('duties: a role holds only its own duties', () => {
  const ids = (m: Record<string, any>) => assess(check(m, { referenceDate: LATER }), LATER).obligations.map((o) => o.id);
  const PROVIDER_ONLY = ['risk-management', 'technical-documentation', 'conformity-assessment', 'registration', 'incident-reporting'];
  const DEPLOYER_ONLY = ['follow-instructions', 'inform-workers', 'deployer-dpia', 'fria', 'deployer-registration'];

  function withTransparency(role: string): Record<string, any> {
    const m = highRiskManifest();
    m.system.role = role;
    m.riskClassification.practices = ['interacts-with-persons', 'synthetic-content', 'deepfake', 'emotion-recognition'];
    return m;
  }

  it('deployer: no provider duty (Arts. 9–17, 43, 49(1), 72; Art. 50(2)); Art. 50(1) stays', () => {
    const list = ids(withTransparency('deployer'));
    for (const id of PROVIDER_ONLY) assert.ok(!list.includes(id), id);
    assert.ok(!list.includes('transparency-synthetic-content'), 'Art. 50(2) marking is the provider’s');
    assert.ok(list.includes('transparency-interacts-with-persons'), 'Art. 50(1) stays on a deployer’s list');
    for (const id of [...DEPLOYER_ONLY, 'transparency-deepfake', 'transparency-emotion-recognition']) assert.ok(list.includes(id), id);
  });

  it('provider: no deployer duty (Arts. 26, 27; Art. 50(3), 50(4))', () => {
    const list = ids(withTransparency('provider'));
    for (const id of [...DEPLOYER_ONLY, 'transparency-deepfake', 'transparency-emotion-recognition']) assert.ok(!list.includes(id), id);
    for (const id of [...PROVIDER_ONLY, 'transparency-synthetic-content', 'transparency-interacts-with-persons'])
      assert.ok(list.includes(id), id);
  });

  it('provider-and-deployer: both lists', () => {
    const list = ids(withTransparency('provider-and-deployer'));
    for (const id of [...PROVIDER_ONLY, ...DEPLOYER_ONLY, 'transparency-synthetic-content', 'transparency-deepfake'])
      assert.ok(list.includes(id), id);
  });

  it('the Art. 6(4) documented assessment is the provider’s, not the deployer’s', () => {
    const derogated = (role: string) => {
      const m = minimalManifest();
      m.system.role = role;
      m.riskClassification.annexIII = ['essential-public-services'];
      m.riskClassification.derogation = { condition: 'preparatory-task', justification: 'Only sorts incoming mail.' };
      return ids(m);
    };
    assert.ok(!derogated('deployer').includes('derogation-documented'));
    assert.ok(derogated('provider').includes('derogation-documented'));
    assert.ok(derogated('provider-and-deployer').includes('derogation-documented'));
  });
});

describe('duties: one definition of overdue, accepted, due before use, missing later and next', () => {
  const duty = (id: string, status: Obligation['status'], appliesFrom: string, gap = status === 'missing'): Obligation =>
    ({ id, status, appliesFrom, gap, text: { en: id, da: id } }) as unknown as Obligation;
  const date = '2026-11-24';
  const obligations = [
    duty('met', 'met', '2018-05-25'),
    duty('overdue', 'missing', '2025-02-02'),
    duty('accepted', 'accepted', '2018-05-25'),
    duty('due-before-use', 'not-yet-applicable', '2018-05-25', false),
    duty('prepared', 'not-yet-applicable', '2027-06-01', false),
    duty('later', 'not-yet-applicable', '2027-12-02', true),
    duty('much-later', 'not-yet-applicable', '2030-08-02', true),
  ];

  it('names each state once', () => {
    assert.deepEqual(
      obligations.map((o) => dutyState(o, date)),
      ['met', 'overdue', 'accepted', 'due-before-use', 'prepared', 'missing-later', 'missing-later'],
    );
  });

  it('next is the earliest duty still to do after the date: never met, recorded, accepted or overdue', () => {
    const overview = dutyOverview({ obligations, date });
    assert.equal(overview.next?.id, 'later');
    assert.deepEqual(
      overview.overdue.map((o) => o.id),
      ['overdue'],
    );
    assert.deepEqual(
      overview.missingLater.map((o) => o.id),
      ['later', 'much-later'],
    );
  });

  it('the register’s nextDuty keeps the spec: the earliest duty missing or not yet applicable (never met or accepted)', () => {
    assert.equal(nextDutyOf({ obligations, date })?.id, 'due-before-use');
    assert.equal(nextDutyOf({ obligations: obligations.filter((o) => o.id !== 'due-before-use'), date })?.id, 'overdue');
  });

  it('the register names an overdue next duty as overdue, never "from" a past date', () => {
    const m = highRiskManifest();
    delete m.documentation.conformityAssessment;
    const result = check(m, { referenceDate: LATER });
    const entry = buildEntry({ file: 'x/ai-system.yaml', result, findings: result.findings, date: LATER, edition: 'amended' });
    assert.equal(entry.record.nextDuty?.status, 'missing');
    assert.equal(entry.record.missing, 1);
    const markdown = renderRegister('markdown', [entry], { lang: 'en', date: LATER, edition: 'amended' }, '0.0.0').text;
    assert.match(markdown, /Conformity assessment — AI Act Art\. 43 \| overdue since 2 December 2027/);
    assert.doesNotMatch(markdown, /from 2 December 2027/);
  });
});

describe('duties: registration by Annex (Art. 49(1), 49(3), 49(5); Art. 26(8))', () => {
  const outcome = (m: Record<string, any>) => {
    const result = check(m, { referenceDate: LATER });
    return {
      ids: assess(result, LATER).obligations.map((o) => o.id),
      fields: result.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.path.join('.')}`),
      messages: result.findings.map((f) => f.message.en).join('\n'),
    };
  };
  /** A high-risk provider-and-deployer with the given route to high risk, every other answer as `highRiskManifest`. */
  function routed(classification: Record<string, unknown>, role = 'provider-and-deployer'): Record<string, any> {
    const m = highRiskManifest();
    m.system.role = role;
    m.riskClassification = { practices: [], annexIII: [], profiling: false, ...classification };
    return m;
  }
  const REGISTRATIONS = ['registration', 'deployer-registration', 'provider-registered'];

  it('an Annex I product only: no Art. 49(1) registration asked (no finding, no duty), also with documentation missing', () => {
    for (const role of ['provider', 'provider-and-deployer']) {
      const m = routed({ annexI: true }, role);
      delete m.documentation.euDatabaseRegistration;
      const { ids, fields } = outcome(m);
      for (const id of REGISTRATIONS) assert.ok(!ids.includes(id), `${role}: ${id}`);
      assert.ok(!fields.includes('provider-documentation-missing documentation.euDatabaseRegistration'), `${role}: ${fields.join(', ')}`);
      assert.ok(ids.includes('technical-documentation'), 'the other provider duties stay');
      delete m.documentation;
      const none = outcome(m);
      assert.ok(!/EU database|49/.test(none.messages), none.messages);
    }
  });

  it('critical infrastructure (Annex III point 2) only: registered nationally (Art. 49(5)), not in the EU database', () => {
    const m = routed({ annexIII: ['critical-infrastructure'] });
    delete m.documentation.euDatabaseRegistration;
    delete m.deployment.euDatabaseRegistration;
    delete m.deployment.providerRegistration;
    const { ids, fields } = outcome(m);
    for (const id of REGISTRATIONS) assert.ok(!ids.includes(id), id);
    assert.ok(!fields.some((f) => f.endsWith('euDatabaseRegistration') || f.endsWith('providerRegistration')), fields.join(', '));
  });

  it('the control: an Annex III area (point 5(a)) beside point 2 or an Annex I product is registered (Art. 49(1) and 49(3))', () => {
    for (const classification of [
      { annexIII: ['critical-infrastructure', 'essential-public-services'] },
      { annexI: true, annexIII: ['employment'] },
    ]) {
      const m = routed(classification);
      delete m.documentation.euDatabaseRegistration;
      delete m.deployment.euDatabaseRegistration;
      const { ids, fields } = outcome(m);
      for (const id of REGISTRATIONS) assert.ok(ids.includes(id), `${JSON.stringify(classification)}: ${id}`);
      assert.ok(fields.includes('provider-documentation-missing documentation.euDatabaseRegistration'), fields.join(', '));
      assert.ok(fields.includes('deployer-obligation-missing deployment.euDatabaseRegistration'), fields.join(', '));
    }
  });

  it("a provider-and-deployer's own entry (Art. 49(1)) is the provider's entry its use refers to (Art. 26(8)): met; not with a placeholder", () => {
    const statusOf = (m: Record<string, any>) =>
      assess(check(m, { referenceDate: LATER }), LATER).obligations.find((o) => o.id === 'provider-registered')?.status;
    const own = routed({ annexIII: ['essential-public-services'] });
    delete own.deployment.providerRegistration;
    assert.equal(statusOf(own), 'met');
    const placeholder = routed({ annexIII: ['essential-public-services'] });
    delete placeholder.deployment.providerRegistration;
    placeholder.documentation.euDatabaseRegistration = 'TODO';
    assert.equal(statusOf(placeholder), 'missing');
    const deployerOnly = routed({ annexIII: ['essential-public-services'] }, 'deployer');
    delete deployerOnly.deployment.providerRegistration;
    assert.equal(statusOf(deployerOnly), 'missing', "a deployer's manifest names no provider entry of its own");
  });

  it('emotion recognition (Annex III point 1(c)) registers both the provider (Art. 49(1)) and the deployer’s use (Art. 49(3))', () => {
    const m = routed({ practices: ['emotion-recognition'] });
    m.transparency.exposureNotice = 'Borgeren får det at vide, før samtalen begynder.';
    delete m.documentation.euDatabaseRegistration;
    delete m.deployment.euDatabaseRegistration;
    delete m.deployment.providerRegistration;
    const { ids, fields } = outcome(m);
    for (const id of REGISTRATIONS) assert.ok(ids.includes(id), id);
    for (const field of ['documentation.euDatabaseRegistration', 'deployment.euDatabaseRegistration'])
      assert.ok(
        fields.some((f) => f.endsWith(field)),
        `${field} in ${fields.join(', ')}`,
      );
  });
});
