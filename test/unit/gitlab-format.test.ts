import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';
import { formatGitlab, type FileReport } from '../../src/cli/output';
import { resolveEdition } from '../../src/core/law/dutyDate';
import type { Finding } from '../../src/core/types';
import { repository as repositoryOf, flawedManifest } from './ciFixture';
import { codeQualityErrors } from './ciSchemas';
import { minimalManifest, toYaml } from './manifests';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

async function gitlab(cwd: string, ...args: string[]): Promise<{ code: number; text: string; issues: Issue[] }> {
  let text = '';
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await runCli(['check', '--format', 'gitlab', ...args], {
      stdout: (t) => (text += t),
      stderr: () => undefined,
      today: () => '2026-12-01',
    });
    return { code, text, issues: JSON.parse(text) as Issue[] };
  } finally {
    process.chdir(before);
  }
}

const repository = (file: string, text: string): string => repositoryOf({ [file]: text });
const flawed = flawedManifest;

const byRuleAndField = (issues: Issue[]) =>
  issues.map((issue) => `${issue.check_name} ${issue.description.match(/'[\w.]+'/)?.[0]} ${issue.fingerprint}`).sort();

describe('check --format gitlab (GitLab Code Quality)', () => {
  it("prints GitLab's documented format: critical for errors, minor for warnings, 1-based lines, the repository path; exit 1 on errors", async () => {
    const folder = repository('services/chat/ai-system.yaml', toYaml(flawed()));
    const { code, text, issues } = await gitlab(folder, '.');
    assert.equal(code, 1);
    assert.deepEqual(codeQualityErrors(text), []);
    assert.deepEqual(issues.map((issue) => `${issue.check_name} ${issue.severity}`).sort(), [
      'ai-literacy-missing minor',
      'gdpr-field-missing critical',
      'gdpr-field-missing critical',
      'transparency-missing critical',
    ]);
    const lines = fs.readFileSync(path.join(folder, 'services/chat/ai-system.yaml'), 'utf8').split('\n');
    for (const issue of issues) {
      assert.deepEqual(Object.keys(issue).sort(), ['check_name', 'description', 'fingerprint', 'location', 'severity']);
      assert.deepEqual(Object.keys(issue.location).sort(), ['lines', 'path']);
      assert.equal(issue.location.path, 'services/chat/ai-system.yaml');
      assert.ok(issue.location.lines.begin >= 1 && issue.location.lines.begin <= lines.length);
    }
    const gdpr = issues.find((issue) => issue.check_name === 'gdpr-field-missing')!;
    assert.equal(lines[gdpr.location.lines.begin - 1].trim(), 'dataProtection:', 'a missing field is at its parent key');
  });

  it('no findings: an empty array (exit 0), which GitLab reads as "no issues"', async () => {
    const folder = repository('ai-system.yaml', toYaml(minimalManifest()));
    const { code, text } = await gitlab(folder, '.');
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(text), []);
    assert.deepEqual(codeQualityErrors(text), []);
  });

  it('information is info, and the fingerprint ignores severity and message (a finding lowered or accepted stays one finding)', () => {
    const finding: Finding = {
      ruleId: 'non-eu-hosting',
      severity: 'warning',
      message: { en: 'Hosted outside the EU.', da: 'Hostet uden for EU.' },
      range: { start: { line: 4, character: 2 }, end: { line: 4, character: 9 } },
      path: ['model', 'hosting'],
    };
    const report = (f: Finding): FileReport[] => [
      { file: 'ai-system.yaml', tier: 'minimal', findings: [f], edition: resolveEdition('amended') },
    ];
    const [warning] = JSON.parse(formatGitlab(report(finding), 'en')) as Issue[];
    const [information] = JSON.parse(
      formatGitlab(report({ ...finding, severity: 'information', message: { en: 'Accepted by DPO: …', da: '…' } }), 'da'),
    ) as Issue[];
    assert.equal(warning.severity, 'minor');
    assert.equal(information.severity, 'info');
    assert.equal(information.fingerprint, warning.fingerprint);
    assert.equal(information.location.lines.begin, 5);
  });

  it('the fingerprint stays when lines move: comments and blank lines above, keys reordered, another language', async () => {
    const before = await gitlab(repository('ai-system.yaml', toYaml(flawed())), '.');
    const reordered = flawed();
    const moved: Record<string, any> = {};
    for (const key of Object.keys(reordered).reverse()) moved[key] = reordered[key];
    moved.dataProtection = Object.fromEntries(Object.entries(reordered.dataProtection).reverse());
    const after = await gitlab(
      repository('ai-system.yaml', `# Reviewed by the DPO.\n\n# Owner: Jobcenter.\n${toYaml(moved)}`),
      '.',
      '--lang',
      'da',
    );
    assert.notDeepEqual(
      after.issues.map((issue) => issue.location.lines.begin),
      before.issues.map((issue) => issue.location.lines.begin),
      'the control: the lines did move',
    );
    assert.deepEqual(
      after.issues.map((issue) => `${issue.check_name} ${issue.fingerprint}`).sort(),
      before.issues.map((issue) => `${issue.check_name} ${issue.fingerprint}`).sort(),
    );
  });

  it('the fingerprint differs by field, by rule and by file, and is unique in a report', async () => {
    const { issues } = await gitlab(repository('ai-system.yaml', toYaml(flawed())), '.');
    const gdpr = byRuleAndField(issues).filter((line) => line.startsWith('gdpr-field-missing'));
    assert.equal(gdpr.length, 2);
    assert.match(gdpr[0], /'dataProtection\.dataMinimisation'/);
    assert.match(gdpr[1], /'dataProtection\.security'/);
    assert.equal(new Set(issues.map((issue) => issue.fingerprint)).size, issues.length);
    const elsewhere = await gitlab(repository('other/ai-system.yaml', toYaml(flawed())), '.');
    assert.equal(elsewhere.issues.length, issues.length);
    assert.ok(
      elsewhere.issues.every((issue) => !issues.some((other) => other.fingerprint === issue.fingerprint)),
      'another file, other fingerprints',
    );
    // Fixing one field keeps the other's fingerprint.
    const fixed = flawed();
    fixed.dataProtection.security = 'Hosted in the EU, encrypted.';
    const after = await gitlab(repository('ai-system.yaml', toYaml(fixed)), '.');
    const security = issues.find((issue) => issue.description.includes("'dataProtection.security'"))!;
    const minimisation = issues.find((issue) => issue.description.includes("'dataProtection.dataMinimisation'"))!;
    assert.ok(!after.issues.some((issue) => issue.fingerprint === security.fingerprint), 'the fixed finding is gone');
    assert.ok(
      after.issues.some((issue) => issue.fingerprint === minimisation.fingerprint),
      'the other keeps its fingerprint',
    );
  });

  it('several findings of one rule on one field get distinct fingerprints, stable in document order', () => {
    const at = (line: number): Finding => ({
      ruleId: 'yaml-syntax',
      severity: 'error',
      message: { en: `bad ${line}`, da: `forkert ${line}` },
      range: { start: { line, character: 0 }, end: { line, character: 1 } },
      path: [],
    });
    const report = (findings: Finding[]) =>
      JSON.parse(formatGitlab([{ file: './ai-system.yaml', tier: null, findings, edition: resolveEdition('amended') }], 'en')) as Issue[];
    const two = report([at(7), at(3)]);
    assert.equal(new Set(two.map((issue) => issue.fingerprint)).size, 2);
    assert.equal(two[0].location.path, 'ai-system.yaml', 'no leading ./');
    const moved = report([at(12), at(8)]);
    assert.deepEqual(
      moved.map((issue) => issue.fingerprint),
      two.map((issue) => issue.fingerprint),
    );
  });
});
