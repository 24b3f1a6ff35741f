import * as assert from 'node:assert/strict';
import { check, findingsOf, highRiskManifest, minimalManifest, textAt, toYaml } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

// The revised rule (GDPR Art. 35(1), 35(3)); the older cases (absent DPIA, status, document, justification) are at the end.
describe('rule dpia-missing (revised)', () => {
  it('a mandatory DPIA cannot be not-required, whatever the justification', () => {
    const manifest = minimalManifest();
    manifest.dataProtection.categories = ['ordinary', 'special-category'];
    manifest.dataProtection.dpia = { status: 'not-required', justification: 'We think the risk is low.' };
    const text = toYaml(manifest);
    const [finding] = findingsOf(check(text), 'dpia-missing');
    assert.equal(finding.severity, 'error');
    assert.equal(textAt(text, finding.range), 'not-required');
    assert.match(finding.message.en, /cannot be not-required: the DPIA is mandatory here.*Art\. 35\(3\)/);
    // Special categories: Art. 35(3)(b), "on a large scale", and why that holds for a municipality's caseload.
    assert.match(
      finding.message.en,
      /on a large scale \(Art\. 35\(3\)\(b\)\): a municipality's employment services process the data of a whole caseload/,
    );
    assert.match(
      finding.message.da,
      /i stort omfang \(art\. 35, stk\. 3, litra b\): en kommunes beskæftigelsesindsats behandler oplysninger om en hel sagsstamme/,
    );
    assert.doesNotMatch(finding.message.en, /profiles/, 'only the reasons that hold');
    // Danish names the manifest's value quoted (issue 19: no bare English word in a Danish sentence).
    assert.match(finding.message.da, /kan ikke være 'not-required': konsekvensanalysen er obligatorisk her/);
    // Control: ordinary data only, no profiling, not high-risk: a justified not-required stands.
    const control = minimalManifest();
    control.dataProtection.dpia = { status: 'not-required', justification: 'We think the risk is low.' };
    assert.deepEqual(findingsOf(check(control), 'dpia-missing'), []);
  });

  // Spec dpia-missing: "The mandatory-DPIA message for special categories cites Art. 35(3)(b) ('on a large scale')
  // and says why it holds here" — also where the DPIA is not recorded at all, naming only the reasons that hold.
  it('a mandatory DPIA that is missing says why it is mandatory here: special categories on a large scale (Art. 35(3)(b))', () => {
    const manifest = minimalManifest();
    manifest.dataProtection.categories = ['ordinary', 'special-category'];
    delete manifest.dataProtection.dpia;
    const [finding] = findingsOf(check(manifest), 'dpia-missing');
    assert.equal(finding.severity, 'error');
    assert.match(
      finding.message.en,
      /mandatory here: special categories of data are processed on a large scale \(Art\. 35\(3\)\(b\)\): a municipality's employment services process the data of a whole caseload/,
    );
    assert.match(finding.message.da, /i stort omfang \(art\. 35, stk\. 3, litra b\)/);
    assert.doesNotMatch(finding.message.en, /profil|high-risk/, 'only the reasons that hold');
    // The control: profiling alone names Art. 35(3)(a), not special categories.
    const profiling = minimalManifest();
    profiling.riskClassification.profiling = true;
    profiling.riskClassification.annexIII = ['employment'];
    delete profiling.dataProtection.dpia;
    const [profiled] = findingsOf(check(profiling), 'dpia-missing');
    assert.match(profiled.message.en, /Art\. 35\(3\)\(a\)/);
    assert.doesNotMatch(profiled.message.en, /special categories/);
    // A prohibited system is not called high-risk: it uses a prohibited practice.
    const prohibited = minimalManifest();
    prohibited.riskClassification.practices = ['social-scoring'];
    delete prohibited.dataProtection.dpia;
    const [banned] = findingsOf(check(prohibited), 'dpia-missing');
    assert.match(banned.message.en, /mandatory here: the system uses a prohibited AI practice \(AI Act Art\. 5/);
    assert.doesNotMatch(banned.message.en, /high-risk/);
  });

  it('in Danish, the status values are quoted and explained (no bare English word in a Danish sentence)', () => {
    const manifest = minimalManifest();
    delete (manifest.dataProtection.dpia as { status?: string }).status;
    const [finding] = findingsOf(check(manifest), 'dpia-missing');
    assert.match(finding.message.en, /say whether the DPIA is completed, in-progress or not-required/);
    assert.match(finding.message.da, /'completed' \(gennemført\), 'in-progress' \(i gang\) eller 'not-required' \(ikke påkrævet\)/);
  });

  it('profiling by the task list makes the DPIA mandatory too', () => {
    const manifest = minimalManifest();
    manifest.purpose.tasks = ['profiling'];
    manifest.riskClassification.profiling = true;
    manifest.riskClassification.annexIII = ['employment'];
    manifest.dataProtection.dpia = { status: 'not-required', justification: 'Low risk.' };
    assert.equal(findingsOf(check(manifest), 'dpia-missing')[0]?.severity, 'error');
  });

  it('in-progress while the system is in pilot or production: the DPIA comes before the processing (Art. 35(1))', () => {
    for (const status of ['pilot', 'production']) {
      const manifest = minimalManifest();
      manifest.system.status = status;
      manifest.dataProtection.dpia.status = 'in-progress';
      const text = toYaml(manifest);
      const findings = findingsOf(check(text), 'dpia-missing');
      assert.equal(findings.length, 1, status);
      assert.equal(textAt(text, findings[0].range), 'in-progress');
      assert.match(findings[0].message.en, new RegExp(`in-progress while 'system.status' is ${status}.*Art\\. 35\\(1\\)`));
      assert.equal(findings[0].severity, 'warning', 'not mandatory here: a warning');
    }
    for (const status of ['planned', 'development']) {
      const control = minimalManifest();
      control.system.status = status;
      control.dataProtection.dpia.status = 'in-progress';
      assert.deepEqual(findingsOf(check(control), 'dpia-missing'), [], status);
    }
  });

  it('one finding per DPIA names every reason; a missing field first', () => {
    const manifest = minimalManifest();
    manifest.system.status = 'production';
    manifest.dataProtection.dpia = { status: 'in-progress' };
    const findings = findingsOf(check(manifest), 'dpia-missing');
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0].path, ['dataProtection', 'dpia', 'document']);
    assert.match(findings[0].message.en, /document' is missing.*; 'dataProtection\.dpia\.status' is in-progress while/);
  });

  it('a placeholder status is the placeholder finding only', () => {
    const manifest = minimalManifest();
    manifest.dataProtection.dpia.status = 'TODO: completed | in-progress | not-required';
    const result = check(manifest);
    assert.deepEqual(
      result.findings.map((f) => f.ruleId),
      ['placeholder-value'],
    );
  });
});

describeRuleCases('dpia-missing', [
  {
    name: 'no DPIA on a minimal-risk system is a warning',
    triggers: () => with_(minimalManifest(), (m) => delete m.dataProtection.dpia),
    control: () =>
      with_(minimalManifest(), (m) => {
        m.dataProtection = { personalData: false };
      }),
    severity: 'warning',
    rangeText: 'dataProtection',
    mentions: ['dataProtection.dpia', 'GDPR Art. 35'],
  },
  {
    name: 'no DPIA with special-category data is an error',
    triggers: () =>
      with_(minimalManifest(), (m) => {
        m.dataProtection.categories = ['special-category'];
        delete m.dataProtection.dpia;
      }),
    control: () => with_(minimalManifest(), (m) => (m.dataProtection.categories = ['special-category'])),
    severity: 'error',
    rangeText: 'dataProtection',
    mentions: ['dataProtection.dpia'],
  },
  {
    name: 'a DPIA without its document on a high-risk system',
    triggers: () => with_(highRiskManifest(), (m) => delete m.dataProtection.dpia.document),
    control: () => highRiskManifest(),
    severity: 'error',
    rangeText: 'dpia',
    mentions: ['dataProtection.dpia.document'],
  },
  {
    name: 'a DPIA marked not-required without justification',
    triggers: () => with_(minimalManifest(), (m) => (m.dataProtection.dpia = { status: 'not-required' })),
    control: () =>
      with_(minimalManifest(), (m) => (m.dataProtection.dpia = { status: 'not-required', justification: 'Only public data.' })),
    severity: 'warning',
    rangeText: 'dpia',
    mentions: ['dataProtection.dpia.justification'],
  },
]);
