import * as assert from 'node:assert/strict';
import { checkManifest, type CheckResult } from '../../src/core/check';
import { applyInserts, fixAll, fixesFor, linkingExistingFile } from '../../src/core/features/fixes';
import { gapFindings } from '../../src/core/assessment/openFindings';
import { fixOutcome, gapChoices, noOpenGap, nothingToFix, type GapChoice } from '../../src/core/features/gapFix';
import { assess } from '../../src/core/assessment/assess';
import { detectTemplateKind } from '../../src/core/templates/index';
import type { Finding, RuleId } from '../../src/core/types';
import { highRiskManifest, minimalManifest, toYaml, WRITTEN_DOCUMENT, writtenDocumentsOf } from './manifests';

const DATE = '2026-11-24';
const DPIA: ['dataProtection', 'dpia'] = ['dataProtection', 'dpia'];
const DPIA_RULES: RuleId[] = ['dpia-missing'];

/** Checks with the files beside the manifest: `files` (path → text) exist, nothing else does. */
function checkWith(text: string, files: Record<string, string>): Promise<CheckResult> {
  return checkManifest(text, {
    referenceDate: DATE,
    readDocument: (path) => {
      const content = files[path];
      if (content === undefined) return undefined;
      const bytes = new TextEncoder().encode(content);
      return { size: bytes.length, read: () => bytes };
    },
  });
}

/** A profiling pilot whose DPIA records only its date: no status, no document (the DPIA's finding is on its status). */
function dpiaWithoutStatusOrDocument(): { text: string; files: Record<string, string> } {
  const manifest = minimalManifest();
  manifest.riskClassification.profiling = true;
  manifest.purpose.tasks = ['profiling'];
  manifest.dataProtection.dpia = { date: '2026-03-01' };
  const files = writtenDocumentsOf(manifest);
  return { text: toYaml(manifest), files };
}

const labels = (choices: GapChoice[]): string[] => choices.map((choice) => choice.label);

describe('the timeline’s "Fix…" (core: gapFix)', () => {
  it('a DPIA without status or document: the finding on its status offers the DPIA stub first (preferred), then the placeholder', async () => {
    const { text, files } = dpiaWithoutStatusOrDocument();
    const gap = gapFindings((await checkWith(text, files)).findings, DPIA, DPIA_RULES);
    assert.deepEqual(
      gap.map((finding) => [finding.ruleId, finding.path.join('.')]),
      [['dpia-missing', 'dataProtection.dpia.status']],
    );
    const fixes = fixesFor(text, gap[0], 'en', DATE);
    assert.deepEqual(
      fixes.map((fix) => [fix.kind, fix.isPreferred ?? false, fix.document?.relativePath]),
      [
        ['create-document', true, 'docs/dpia.md'],
        ['insert-field', false, undefined],
      ],
    );
    assert.equal(detectTemplateKind(fixes[0].document!.content), 'dpia');
    // The stub links the document and leaves the status a placeholder: nothing is answered for the user.
    const after = applyInserts(text, fixes[0].inserts);
    assert.match(after, /\n {4}status: "TODO: completed \| in-progress \| not-required"\n/);
    assert.match(after, /\n {4}document: docs\/dpia\.md(\n|$)/);
    // Fix all makes the same choice (issue 21.3: the document over the placeholder).
    const all = fixAll(text, (await checkWith(text, files)).findings, 'en', DATE);
    assert.ok(all.documents.some((document) => document.relativePath === 'docs/dpia.md'));
    const allAfter = applyInserts(text, all.inserts);
    assert.match(allAfter, /\n {4}document: docs\/dpia\.md(\n|$)/);
    assert.ok(!allAfter.includes('TODO: DPIA document'), 'no placeholder where the DPIA stub can be created');
  });

  it('the choices: the fixes, where to answer, and accepting — in that order, in either language', async () => {
    const { text, files } = dpiaWithoutStatusOrDocument();
    const gap = gapFindings((await checkWith(text, files)).findings, DPIA, DPIA_RULES);
    assert.deepEqual(labels(gapChoices(text, gap, 'en', DATE, DATE)), [
      "Create documentation stub docs/dpia.md and link it from 'dataProtection.dpia.document'",
      "Insert 'dataProtection.dpia.status' with placeholders",
      "Go to 'dataProtection.dpia.status' in the manifest",
      'Accept the finding dpia-missing at dataProtection.dpia.status…',
    ]);
    assert.deepEqual(
      gapChoices(text, gap, 'da', DATE, DATE).map((choice) => choice.kind),
      ['fix', 'fix', 'reveal', 'accept'],
    );
    assert.equal(labels(gapChoices(text, gap, 'da', DATE, DATE))[2], "Gå til 'dataProtection.dpia.status' i manifestet");
  });

  it('after the stub: the outcome names what is still open; a second "Fix…" offers where to answer it, not the same fix', async () => {
    const { text, files } = dpiaWithoutStatusOrDocument();
    const [finding] = gapFindings((await checkWith(text, files)).findings, DPIA, DPIA_RULES);
    const [stub] = fixesFor(text, finding, 'en', DATE);
    const after = applyInserts(text, stub.inserts);
    const withStub = { ...files, [stub.document!.relativePath]: stub.document!.content };
    const left = gapFindings((await checkWith(after, withStub)).findings, DPIA, DPIA_RULES);
    assert.deepEqual(left.map((candidate) => [candidate.ruleId, candidate.path.join('.')]).sort(), [
      ['document-incomplete', 'dataProtection.dpia.document'],
      ['placeholder-value', 'dataProtection.dpia.status'],
    ]);
    assert.equal(
      fixOutcome(stub, finding, left, 'en'),
      "Created docs/dpia.md, linked from 'dataProtection.dpia.document'. The gap stays open until these are answered: " +
        "'dataProtection.dpia.status' (a placeholder); the questions of docs/dpia.md.",
    );
    assert.equal(
      fixOutcome(stub, finding, left, 'da'),
      "docs/dpia.md er oprettet, og 'dataProtection.dpia.document' henviser til den. Manglen består, indtil I har besvaret: " +
        "'dataProtection.dpia.status' (en pladsholder); spørgsmålene i docs/dpia.md.",
    );
    const again = gapChoices(after, left, 'en', DATE, DATE);
    assert.deepEqual(labels(again).sort(), [
      "Fill in the placeholder in 'dataProtection.dpia.status'",
      'Open docs/dpia.md where it is not written',
    ]);
    assert.ok(!again.some((choice) => choice.kind === 'fix'), 'no fix is offered twice');
  });

  it('after linking an existing file: the outcome says it was linked unchanged, and the document checks judge it', async () => {
    const { text, files } = dpiaWithoutStatusOrDocument();
    const [finding] = gapFindings((await checkWith(text, files)).findings, DPIA, DPIA_RULES);
    const link = linkingExistingFile(fixesFor(text, finding, 'en', DATE)[0], 'en')!;
    const after = applyInserts(text, link.inserts);
    // An old stub at docs/dpia.md: linked, it is still a document to write.
    const oldStub = { ...files, 'docs/dpia.md': fixesFor(text, finding, 'en', DATE)[0].document!.content };
    const left = gapFindings((await checkWith(after, oldStub)).findings, DPIA, DPIA_RULES);
    assert.equal(
      fixOutcome(link, finding, left, 'en'),
      "Linked the existing docs/dpia.md from 'dataProtection.dpia.document', unchanged. The gap stays open until these are answered: " +
        "'dataProtection.dpia.status' (a placeholder); the questions of docs/dpia.md.",
    );
    // A written DPIA there: only the status placeholder is left.
    const written = { ...files, 'docs/dpia.md': WRITTEN_DOCUMENT };
    const leftWritten = gapFindings((await checkWith(after, written)).findings, DPIA, DPIA_RULES);
    assert.equal(
      fixOutcome(link, finding, leftWritten, 'da'),
      "'dataProtection.dpia.document' henviser nu til den eksisterende fil docs/dpia.md, som ikke er ændret. " +
        "Manglen består, indtil I har besvaret: 'dataProtection.dpia.status' (en pladsholder).",
    );
  });

  it('after a placeholder: the outcome says the placeholder is left to fill in', async () => {
    const manifest = highRiskManifest();
    delete manifest.deployment.euDatabaseRegistration;
    const text = toYaml(manifest);
    const files = writtenDocumentsOf(manifest);
    const path = ['deployment', 'euDatabaseRegistration'];
    const rules: RuleId[] = ['deployer-obligation-missing'];
    const [finding] = gapFindings((await checkWith(text, files)).findings, path, rules);
    const [insert] = fixesFor(text, finding, 'en', DATE);
    assert.equal(insert.kind, 'insert-field');
    const left = gapFindings((await checkWith(applyInserts(text, insert.inserts), files)).findings, path, rules);
    assert.equal(
      fixOutcome(insert, finding, left, 'en'),
      "Inserted placeholders for 'deployment.euDatabaseRegistration'. The gap stays open until these are answered: " +
        "'deployment.euDatabaseRegistration' (a placeholder).",
    );
  });

  it('no stub beside a DPIA marked not-required, nor a technical documentation stub for another document field', async () => {
    const notRequired = minimalManifest();
    notRequired.dataProtection.dpia = { status: 'not-required' };
    const text = toYaml(notRequired);
    const [justification] = gapFindings((await checkWith(text, writtenDocumentsOf(notRequired))).findings, DPIA, DPIA_RULES);
    assert.deepEqual(justification.path, [...DPIA, 'justification']);
    assert.deepEqual(
      fixesFor(text, justification, 'en', DATE).map((fix) => fix.kind),
      ['insert-field'],
    );

    const high = highRiskManifest();
    delete high.documentation.conformityAssessment;
    const highText = toYaml(high);
    const [conformity] = gapFindings(
      (await checkWith(highText, writtenDocumentsOf(high))).findings,
      ['documentation', 'conformityAssessment'],
      ['provider-documentation-missing'],
    );
    assert.deepEqual(
      fixesFor(highText, conformity, 'en', DATE).map((fix) => fix.kind),
      ['insert-field'],
    );
  });

  it('a duty whose gap is gone (or accepted) has no findings: "Fix…" says so', async () => {
    const manifest = minimalManifest();
    const clean = await checkWith(toYaml(manifest), writtenDocumentsOf(manifest));
    assert.deepEqual(gapFindings(clean.findings, DPIA, DPIA_RULES), []);
    assert.equal(nothingToFix(DPIA, 'en'), "Nothing to fix at 'dataProtection.dpia': the check finds no open gap there any more.");
    assert.equal(
      nothingToFix(DPIA, 'da'),
      "Intet at rette ved 'dataProtection.dpia': kontrollen finder ikke længere nogen åben mangel der.",
    );
    const accepted = { ruleId: 'dpia-missing', path: [...DPIA, 'status'], accepted: { by: 'DPO' } } as unknown as Finding;
    assert.deepEqual(gapFindings([accepted], DPIA, DPIA_RULES), []);
  });

  it('a duty missing with no finding at its field (a DPIA not-required while profiling is open): "Fix…" says why, not "nothing to fix"', async () => {
    const manifest = minimalManifest();
    manifest.dataProtection.dpia = { status: 'not-required', justification: 'Only ordinary data of few persons; no new technology.' };
    manifest.riskClassification.profiling = 'TODO';
    const result = await checkWith(toYaml(manifest), writtenDocumentsOf(manifest));
    assert.deepEqual(gapFindings(result.findings, DPIA, DPIA_RULES), []);
    const { obligations } = assess(result, DATE);
    assert.equal(obligations.find((obligation) => obligation.id === 'dpia')?.status, 'missing');
    const said = noOpenGap(DPIA, obligations, 'en');
    assert.match(said, /^Nothing to change at 'dataProtection\.dpia' itself: .*riskClassification\.profiling/);
    assert.doesNotMatch(noOpenGap(DPIA, obligations, 'da'), /Nothing|itself/);
    // Answered: met, and the gap is gone as before.
    manifest.riskClassification.profiling = false;
    const answered = await checkWith(toYaml(manifest), writtenDocumentsOf(manifest));
    assert.equal(noOpenGap(DPIA, assess(answered, DATE).obligations, 'en'), nothingToFix(DPIA, 'en'));
  });

  it('the duty’s own rule at the missing section above its field counts; another rule’s finding elsewhere does not', () => {
    const at = (ruleId: string, path: (string | number)[]): Finding => ({ ruleId, path }) as unknown as Finding;
    const section = at('transparency-missing', ['transparency']);
    const other = at('placeholder-value', ['humanOversight', 'reviewer']);
    const schema = at('schema', ['transparency', 'citizenNotice']);
    assert.deepEqual(gapFindings([other, schema, section], ['transparency', 'citizenNotice'], ['transparency-missing']), [section]);
  });

  it('WRITTEN_DOCUMENT is written (the fixture the cases above rely on)', async () => {
    const manifest = minimalManifest();
    const result = await checkWith(toYaml(manifest), { ...writtenDocumentsOf(manifest), 'docs/dpia.md': WRITTEN_DOCUMENT });
    assert.equal(result.findings.length, 0, JSON.stringify(result.findings.map((finding) => finding.ruleId)));
  });
});
