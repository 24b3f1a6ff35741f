import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(__dirname, '../../..');

describe('the .vsix', () => {
  it('contains only what the extension needs (vsce ls)', async function () {
    this.timeout(60000);
    // The extension's bundles (desktop and browser), not the CLI's.
    const { ENTRIES } = (await import(pathToFileURL(path.join(root, 'esbuild.mjs')).href)) as {
      ENTRIES: Record<string, { outfile: string }>;
    };
    const bundles = [ENTRIES.extension.outfile, ENTRIES.web.outfile];
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; browser: string };
    assert.deepEqual(
      [manifest.main, manifest.browser],
      bundles.map((file) => `./${file}`),
      'package.json main and browser name the bundles',
    );
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const files = run.stdout
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    for (const needed of [
      'package.json',
      ...bundles,
      'schemas/ai-system.schema.json',
      'schemas/ai-system.schema.da.json',
      'media/timeline.css',
      'media/icon.png',
      'docs/rules.md',
      'docs/legal-sources.md',
      'syntaxes/ai-system.tmLanguage.json',
      'snippets/ai-system.code-snippets',
      'language-configuration.json',
      'package.nls.da.json',
    ]) {
      assert.ok(files.includes(needed), `${needed} is packaged`);
    }
    const unwanted = files.filter(
      (file) => /^(src|test|out|scripts|node_modules|examples|\.ci)\//.test(file) || file.endsWith('.map') || file.endsWith('.ts'),
    );
    assert.deepEqual(unwanted, []);
    assert.deepEqual(
      files.filter((file) => file.startsWith('dist/')).sort(),
      [...bundles, ENTRIES.webview.outfile, ENTRIES.assessment.outfile].sort(),
      'dist/ holds the extension bundles and the webview scripts only (no CLI, no stale bundle)',
    );
  });

  it('has a 128×128 PNG icon for the Marketplace', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { icon: string };
    const png = fs.readFileSync(path.join(root, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  it('has no relative links in the README, which vsce cannot package without a repository URL', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.deepEqual(readme.match(/\]\((?!https?:|#)[^)]+\)/g) ?? [], []);
  });
});
