// The CLI's npm package as users get it: `npm pack`, installed into an empty project, run with npx.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command: string, args: string[], cwd: string) {
  // No install scripts and no registry: the tarball has no dependencies (the CLI is one self-contained bundle).
  return spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    },
  });
}

describe('the npm package of the CLI', function () {
  this.timeout(120_000);
  let work: string;
  let tarball: string;
  let packedFiles: string[];

  before(function () {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-npm-'));
    // The bundle is built by `npm run build` before the tests (npm test); --ignore-scripts skips `prepare` building it again.
    const packed = run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root);
    assert.equal(packed.status, 0, packed.stderr);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(work, info.filename);
    packedFiles = info.files.map((file) => file.path).sort();
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('holds the bundle, the schemas, README and LICENSE only', () => {
    assert.deepEqual(packedFiles, [
      'LICENSE',
      'README.md',
      'dist/cli.js',
      'package.json',
      'schemas/ai-system.schema.da.json',
      'schemas/ai-system.schema.json',
    ]);
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: object };
    assert.equal(manifest.dependencies, undefined, 'no run-time dependencies: every bundle is self-contained');
  });

  it('installs into an empty project, and npx ai-system-manifest checks an example there', () => {
    const project = path.join(work, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'empty', version: '1.0.0', private: true }));
    const installed = run(npm, ['install', '--ignore-scripts', tarball], project);
    assert.equal(installed.status, 0, installed.stderr);
    const example = path.join(root, 'examples', 'borgerchatbot', 'ai-system.yaml');
    const version = run(npx, ['--no-install', 'ai-system-manifest', '--version'], project);
    assert.equal(version.status, 0, version.stderr);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
    const checked = run(npx, ['--no-install', 'ai-system-manifest', 'check', '--format', 'json', example], project);
    assert.ok(checked.status === 0 || checked.status === 1, checked.stderr);
    const report = JSON.parse(checked.stdout) as { files: { file: string; tier: string | null }[] };
    assert.equal(report.files.length, 1);
    assert.ok(report.files[0].tier !== undefined);
    const bin = fs.realpathSync(path.join(project, 'node_modules', '.bin', 'ai-system-manifest'));
    assert.ok(bin.startsWith(fs.realpathSync(project)), `the command runs the installed package: ${bin}`);
  });
});
