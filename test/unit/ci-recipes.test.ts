/**
 * The CI recipes of docs/ci.md, tested as users copy them: each recipe is a real file (docs/ci/*.yml and the
 * repository's .pre-commit-hooks.yaml) that docs/ci.md shows verbatim. The tests parse each as YAML, run its command
 * lines that call the CLI (with `ai-system-manifest` on PATH as the built dist/cli.js, in the shell the service uses)
 * against a repository of manifests, and validate the files the service then reads: SARIF against the SARIF 2.1.0
 * schema, the Code Quality report against GitLab's documented format. The install lines are not run (they fetch
 * the package from where the organisation keeps it); what they install is checked through `npm pack`.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { isManifestFileName } from '../../src/core/manifestFiles';
import { cleanManifestText, flawedManifestText, repository } from './ciFixture';
import { codeQualityErrors, sarifErrors } from './ciSchemas';

const root = path.resolve(__dirname, '../../..');
const CLI = path.join(root, 'dist', 'cli.js');

/** A recipe file parsed as YAML: no errors and no warnings (duplicate keys are errors). */
function recipe(file: string): any {
  const document = parseDocument(fs.readFileSync(path.join(root, file), 'utf8'), { prettyErrors: true, uniqueKeys: true });
  assert.deepEqual([...document.errors, ...document.warnings].map(String), [], `${file} parses as YAML`);
  return document.toJS();
}

let bin: string;

/** Runs a recipe's command line as the service's shell would, with the CLI on PATH. */
function run(shell: string[], command: string, cwd: string) {
  const result = spawnSync(shell[0], [...shell.slice(1), command], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` },
  });
  assert.ok(result.status === 0 || result.status === 1, `${command}: exit ${result.status}\n${result.stderr}`);
  return result;
}

/** The repository the recipes run in: one manifest with errors, one without. */
const mixed = () =>
  repository({ 'services/chat/ai-system.yaml': flawedManifestText(), 'services/journal/ai-system.yaml': cleanManifestText() });
const clean = () => repository({ 'ai-system.yaml': cleanManifestText() });

const callsCli = (command: unknown): command is string => typeof command === 'string' && /(^|\s)ai-system-manifest\s/.test(command);

/** A SARIF file's findings, after checking it against the schema; every location names a file of the repository. */
function validSarif(file: string, repo: string): any[] {
  const log = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.deepEqual(sarifErrors(log), [], `${file} is valid SARIF 2.1.0`);
  const results = log.runs[0].results as any[];
  for (const result of results) {
    assert.ok(fs.existsSync(path.join(repo, decodeURI(result.locations[0].physicalLocation.artifactLocation.uri))));
  }
  return results;
}

describe('CI recipes (docs/ci.md)', () => {
  before(() => {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is built (npm run build)');
    bin = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-bin-'));
    fs.writeFileSync(path.join(bin, 'ai-system-manifest'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`, { mode: 0o755 });
  });

  it('docs/ci.md shows each recipe file exactly as it is', () => {
    const doc = fs.readFileSync(path.join(root, 'docs', 'ci.md'), 'utf8');
    for (const file of [
      'docs/ci/github-actions.yml',
      'docs/ci/gitlab-ci.yml',
      'docs/ci/azure-pipelines.yml',
      '.pre-commit-hooks.yaml',
      'docs/ci/pre-commit-config.yaml',
    ]) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      assert.ok(doc.includes('```yaml\n' + text + '```\n'), `docs/ci.md shows ${file} verbatim`);
    }
  });

  it('GitHub Actions: the check writes SARIF that the upload step finds and validates, also when the check fails', () => {
    const workflow = recipe('docs/ci/github-actions.yml');
    assert.equal(workflow.permissions['security-events'], 'write', 'upload-sarif needs security-events: write');
    const steps = workflow.jobs.check.steps as any[];
    const install = steps.find((step) => typeof step.run === 'string' && step.run.startsWith('npm install --global'));
    assert.ok(install, 'a step installs the CLI');
    const checks = steps.filter((step) => callsCli(step.run));
    assert.equal(checks.length, 1);
    const upload = steps.find((step) => String(step.uses).startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'a step uploads SARIF');
    assert.ok(steps.indexOf(upload) > steps.indexOf(checks[0]));
    assert.match(String(upload.if), /!cancelled\(\)|always\(\)/, 'the upload runs when the check exits 1');
    // GitHub runs `run` with `bash -e {0}` on Linux runners.
    for (const [repo, status] of [
      [mixed(), 1],
      [clean(), 0],
    ] as const) {
      assert.equal(run(['bash', '--noprofile', '--norc', '-e', '-c'], checks[0].run, repo).status, status);
      const results = validSarif(path.join(repo, upload.with.sarif_file), repo);
      assert.equal(results.length > 0, status === 1);
    }
  });

  it("GitLab CI: the job writes the codequality report artifact in GitLab's format, kept also when the job fails", () => {
    const pipeline = recipe('docs/ci/gitlab-ci.yml');
    const job = pipeline['ai-system-manifest'];
    assert.ok(
      (job.before_script as string[]).some((line) => line.startsWith('npm install --global')),
      'before_script installs the CLI',
    );
    assert.equal(job.artifacts.when, 'always', 'the report is kept when the check exits 1');
    const report = job.artifacts.reports.codequality as string;
    const lines = (job.script as unknown[]).filter(callsCli);
    assert.equal(lines.length, 1);
    // The runner runs the script's lines in one shell that stops at the first failing line.
    for (const [repo, status] of [
      [mixed(), 1],
      [clean(), 0],
    ] as const) {
      assert.equal(run(['bash', '-e', '-o', 'pipefail', '-c'], lines.join('\n'), repo).status, status);
      const text = fs.readFileSync(path.join(repo, report), 'utf8');
      assert.deepEqual(codeQualityErrors(text), [], `${report} follows GitLab's Code Quality format`);
      const issues = JSON.parse(text) as any[];
      assert.equal(issues.length > 0, status === 1);
      for (const issue of issues) {
        const file = fs.readFileSync(path.join(repo, issue.location.path), 'utf8').split('\n');
        assert.ok(issue.location.lines.begin <= file.length, 'the path is relative to the repository, the line in the file');
      }
    }
  });

  it('Azure Pipelines: the step writes SARIF into the CodeAnalysisLogs artifact, published also when the check fails', () => {
    const pipeline = recipe('docs/ci/azure-pipelines.yml');
    const steps = pipeline.steps as any[];
    assert.ok(
      steps.some((step) => typeof step.script === 'string' && step.script.startsWith('npm install --global')),
      'a step installs the CLI',
    );
    const checks = steps.filter((step) => callsCli(step.script));
    assert.equal(checks.length, 1);
    const publish = steps.find((step) => String(step.task).startsWith('PublishBuildArtifacts@'));
    assert.ok(publish && steps.indexOf(publish) > steps.indexOf(checks[0]));
    assert.match(String(publish.condition), /succeededOrFailed\(\)|always\(\)/, 'published when the check exits 1');
    assert.equal(publish.inputs.ArtifactName, 'CodeAnalysisLogs', 'the name the SARIF SAST Scans Tab reads');
    // Azure runs a script step's lines as a bash file (`bash --noprofile --norc`): its status is the last line's.
    for (const [repo, status] of [
      [mixed(), 1],
      [clean(), 0],
    ] as const) {
      assert.equal(run(['bash', '--noprofile', '--norc', '-c'], checks[0].script, repo).status, status);
      const folder = path.join(repo, publish.inputs.PathtoPublish);
      const sarifFiles = fs.readdirSync(folder).filter((name) => name.endsWith('.sarif'));
      assert.equal(sarifFiles.length, 1);
      assert.equal(validSarif(path.join(folder, sarifFiles[0]), repo).length > 0, status === 1);
    }
  });

  it('pre-commit: the hook matches exactly the manifest names and runs the CLI on the staged manifests', () => {
    const hooks = recipe('.pre-commit-hooks.yaml') as any[];
    assert.equal(hooks.length, 1);
    const [hook] = hooks;
    assert.equal(hook.id, 'ai-system-manifest');
    assert.equal(hook.language, 'node');
    assert.notEqual(hook.pass_filenames, false);
    const config = recipe('docs/ci/pre-commit-config.yaml');
    assert.deepEqual(
      config.repos[0].hooks.map((h: any) => h.id),
      [hook.id],
      "the user's config names this hook",
    );
    // pre-commit searches `files` (a Python regular expression; this one reads the same in JavaScript) in each path.
    const files = new RegExp(hook.files);
    const names = [
      'ai-system.yaml',
      'ai-system.yml',
      'chat.ai-system.yaml',
      'a.b.ai-system.yml',
      'sub/dir/ai-system.yaml',
      'sub/x.ai-system.yml',
      'ai-system.yaml.bak',
      'ai-system.json',
      'my-ai-system.yaml',
      'sub/ai-systemXyaml',
      '.ai-system.yaml',
      'ai-system.yaml/readme.md',
      'AI-SYSTEM.YAML',
    ];
    for (const name of names) assert.equal(files.test(name), isManifestFileName(path.posix.basename(name)), name);
    // pre-commit runs `entry` with the matching staged files appended, from the repository's root.
    const repo = mixed();
    const staged = ['services/chat/ai-system.yaml', 'services/journal/ai-system.yaml', 'services/chat/docs/dpia.md'].filter((file) =>
      files.test(file),
    );
    assert.equal(run(['bash', '-c'], `${hook.entry} ${staged.join(' ')}`, repo).status, 1);
    const result = run(['bash', '-c'], `${hook.entry} services/journal/ai-system.yaml`, repo);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /1 manifest\(s\) checked: 0 error/);
  });

  it('the package the recipes install provides the ai-system-manifest command (pre-commit installs it with npm pack)', function () {
    this.timeout(120000);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.equal(pkg.bin['ai-system-manifest'], './dist/cli.js');
    assert.match(pkg.scripts.prepare, /npm run build/, 'installing from the repository (git URL, pre-commit) builds dist/cli.js');
    // pre-commit installs a node hook with `npm install`, then `npm pack`, whose standard output it takes as the
    // tarball's name: the prepare script's output must not come before it (.npmrc: foreground-scripts=false).
    const named = spawnSync('npm', ['pack', '--dry-run'], { cwd: root, encoding: 'utf8' });
    assert.equal(named.status, 0, named.stderr);
    assert.equal(named.stdout.trim(), `${pkg.name}-${pkg.version}.tgz`, 'npm pack prints only the tarball name');
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const packed = (JSON.parse(pack.stdout)[0].files as { path: string }[]).map((file) => file.path);
    assert.ok(packed.includes('dist/cli.js'), 'the packed package holds the CLI');
    assert.match(fs.readFileSync(CLI, 'utf8').split('\n')[0], /^#!\/usr\/bin\/env node$/);
  });
});
