import * as assert from 'node:assert/strict';
import { assess } from '../../../src/core/assessment/assess';
import { checkWithFiles, findingsOf, highRiskManifest, minimalManifest, textAt, toYaml } from '../manifests';

const status = (result: Parameters<typeof assess>[0], id: string) =>
  assess(result, '2031-01-01').obligations.find((obligation) => obligation.id === id)?.status;

describe('rule dpia-document-not-found', () => {
  it('a named document that does not exist: an error where a completed DPIA links it, and the field counts as missing', async () => {
    const manifest = minimalManifest();
    const text = toYaml(manifest);
    const missing = await checkWithFiles(text, (path) => path !== 'docs/dpia.md');
    const found = findingsOf(missing, 'dpia-document-not-found');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.equal(textAt(text, found[0].range), 'docs/dpia.md');
    assert.match(found[0].message.en, /'dataProtection\.dpia\.document' names 'docs\/dpia\.md', which does not exist/);
    assert.doesNotMatch(found[0].message.en + found[0].message.da, /`/, 'plain text: no backticks');
    // Reported once: dpia-missing does not report the document again, and the check's data lacks it.
    assert.deepEqual(findingsOf(missing, 'dpia-missing'), []);
    assert.equal((missing.data as any).dataProtection.dpia.document, undefined);
    assert.equal(status(missing, 'dpia'), 'missing');
    const present = await checkWithFiles(text, () => true);
    assert.deepEqual(findingsOf(present, 'dpia-document-not-found'), []);
    assert.equal(status(present, 'dpia'), 'met');
  });

  // Spec: a finding carries `appliesFrom` (absent only for yaml-syntax, schema and placeholder-value); the document's
  // finding is dated by the duty its field evidences, never left undated because the schema also asks for the field.
  it("is dated like the duty its field evidences: a DPIA's document by the GDPR (25 May 2018), in progress or completed", async () => {
    for (const dpiaStatus of ['completed', 'in-progress']) {
      const manifest = minimalManifest();
      manifest.dataProtection.dpia.status = dpiaStatus;
      manifest.system.status = 'development';
      const result = await checkWithFiles(manifest, (path) => path !== 'docs/dpia.md');
      const [finding] = findingsOf(result, 'dpia-document-not-found');
      assert.equal(finding?.appliesFrom, '2018-05-25', dpiaStatus);
      assert.equal(finding?.certainty, 'primary', dpiaStatus);
    }
    // The control: an explanation rests on Forvaltningsloven, in force on every date: no date.
    const explained = highRiskManifest();
    explained.decisions.explanation = 'docs/explanation.md';
    const result = await checkWithFiles(explained, (path) => path !== 'docs/explanation.md');
    const [explanation] = findingsOf(result, 'dpia-document-not-found');
    assert.equal(explanation?.path.join('.'), 'decisions.explanation');
    assert.equal(explanation?.appliesFrom, undefined);
  });

  it('a warning where the DPIA is in progress, or the field is optional (the procedure of a system that is not high-risk)', async () => {
    const manifest = minimalManifest();
    manifest.dataProtection.dpia.status = 'in-progress';
    manifest.system.status = 'development';
    const result = await checkWithFiles(manifest, () => false);
    const severities = Object.fromEntries(findingsOf(result, 'dpia-document-not-found').map((f) => [f.path.join('.'), f.severity]));
    assert.deepEqual(severities, { 'dataProtection.dpia.document': 'warning', 'humanOversight.procedure': 'warning' });
    assert.deepEqual(findingsOf(result, 'human-oversight-missing'), [], 'the procedure is reported once');
  });

  it("the severity of the field's absence: an error for the high-risk deployer's monitoring procedure and oversight procedure", async () => {
    const manifest = highRiskManifest();
    const result = await checkWithFiles(manifest, (path) => path !== 'docs/monitoring.md' && path !== 'docs/human-oversight.md');
    const found = findingsOf(result, 'dpia-document-not-found');
    assert.deepEqual(
      found.map((f) => [f.path.join('.'), f.severity]),
      [
        ['humanOversight.procedure', 'error'],
        ['deployment.monitoring', 'error'],
      ],
    );
    assert.deepEqual(findingsOf(result, 'deployer-obligation-missing'), [], 'no other rule reports the field again');
    assert.deepEqual(findingsOf(result, 'human-oversight-missing'), []);
    assert.equal(status(result, 'monitor-and-report'), 'missing');
  });

  it('free text where a path or URL is wanted: reported once, the field missing', async () => {
    const manifest = highRiskManifest();
    manifest.deployment.monitoring = 'Beskrevet i teamets håndbog';
    const result = await checkWithFiles(manifest, () => true);
    const [finding] = findingsOf(result, 'dpia-document-not-found');
    assert.equal(finding.severity, 'error');
    assert.deepEqual(finding.path, ['deployment', 'monitoring']);
    assert.match(
      finding.message.en,
      /holds text \('Beskrevet i teamets håndbog'\), not the path or URL of a document: give the path or URL/,
    );
    assert.match(finding.message.da, /indeholder tekst/);
    assert.deepEqual(findingsOf(result, 'deployer-obligation-missing'), []);
    assert.equal(status(result, 'monitor-and-report'), 'missing');
  });

  it('URLs are not checked; decisions.explanation may be text', async () => {
    const manifest = minimalManifest();
    manifest.humanOversight.procedure = 'https://intranet.eksempel.dk/tilsyn';
    manifest.aiLiteracy.document = 'WWW.eksempel.dk/ai';
    manifest.decisions.explanation = 'Afgørelsens begrundelse siger, hvilken rolle forslaget har spillet';
    const result = await checkWithFiles(manifest, (path) => path === 'docs/dpia.md');
    assert.deepEqual(findingsOf(result, 'dpia-document-not-found'), []);
  });
});
