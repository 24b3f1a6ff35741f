#!/usr/bin/env node
// Offline launcher for the integration tests: runs out/test/integration/index.js inside a real VS Code
// (code-server 4.100.3 = VS Code 1.100.3, installed by scripts/ensure-test-host.sh) with Debian's Chromium,
// driven headless by playwright-core, as the window. The extension runs in code-server's Node extension host.
//
// Usage: node test/integration/run-code-server.mjs [--vsix] [WORKSPACE_FOLDER]
//   WORKSPACE_FOLDER defaults to a fresh temp copy of test/fixtures/workspace/ (tests may write into it).
//   --vsix: what users install instead of the development folder: packages the extension (`npm run package`, which
//   builds the production bundle), installs the .vsix into the test host's extensions folder
//   (`code-server --install-extension`), rebuilds the development bundle in dist/, and runs the tests titled
//   "packaged" (test/integration/vsix.test.ts) from a test-driver extension, so the extension they find is the
//   installed one (`npm run test:vsix`).
// Prerequisites: `npm run build` (dist/extension.js) and `npx tsc -p .` (out/test/integration/index.js).
// Exit code: the tests' exit code (0 pass, 1 failures); 2 on timeout; 3 on a launcher/setup error.
//
// Environment:
//   AISM_TEST_TIMEOUT_MS   overall timeout, server start included (default 600000 = 10 min)
//   AISM_CODE_SERVER_DIR   code-server install (default ${XDG_CACHE_HOME:-~/.cache}/ai-system-manifest/code-server-4.100.3)
//   AISM_TEST_VERBOSE=1    also print the browser console and the full server log
//   AISM_KEEP_TEST_TMP=1   keep the temp folder (server data, logs, workspace copy)
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const CODE_SERVER_VERSION = '4.100.3';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const testsIndex = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
const extensionMain = path.join(repoRoot, 'dist', 'extension.js');
const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');
const cacheHome = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
const codeServerDir = process.env.AISM_CODE_SERVER_DIR || path.join(cacheHome, 'ai-system-manifest', `code-server-${CODE_SERVER_VERSION}`);
const codeServerEntry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const timeoutMs = Number(process.env.AISM_TEST_TIMEOUT_MS || 600_000);
const verbose = process.env.AISM_TEST_VERBOSE === '1';
const keepTmp = process.env.AISM_KEEP_TEST_TMP === '1';
const vsix = process.argv.includes('--vsix');
const [folderArgument] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-code-server-'));
const serverLog = path.join(tmp, 'server.log');
let server; // ChildProcess of code-server (own process group)
let browser; // playwright Browser
let finished = false;

const say = (msg) => console.log(`[run-code-server] ${msg}`);

function tailOfServerLog(lines = 60) {
  try {
    const text = fs.readFileSync(serverLog, 'utf8').trimEnd().split('\n');
    return text.slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

/** Kills code-server and everything it started (extension host, file watcher, ...). Synchronous. */
function killServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGKILL');
  } catch {
    try {
      server.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

function cleanupTmp() {
  if (keepTmp) {
    say(`kept temp folder ${tmp}`);
    return;
  }
  try {
    fs.rmSync(tmp, { recursive: true, force: true });
  } catch {
    /* best effort */
  }
}

async function finish(code, message) {
  if (finished) return;
  finished = true;
  clearTimeout(overallTimer);
  if (message) console.error(`[run-code-server] ${message}`);
  if (code !== 0) {
    console.error(`[run-code-server] --- last lines of the code-server log (${serverLog}) ---`);
    console.error(tailOfServerLog());
    console.error('[run-code-server] --- end of code-server log ---');
  } else if (verbose) {
    console.log(tailOfServerLog(Infinity));
  }
  if (browser) await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
  killServer();
  cleanupTmp();
  process.exit(code);
}

// Last-resort cleanup: never leave a server behind, whatever ends this process.
process.on('exit', killServer);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => finish(130, `interrupted by ${sig}`));
}
process.on('unhandledRejection', (e) => finish(3, `launcher error: ${e?.stack || e}`));

const overallTimer = setTimeout(
  () => finish(2, `TIMEOUT: the integration tests did not finish within ${timeoutMs} ms (set AISM_TEST_TIMEOUT_MS to change)`),
  timeoutMs,
);

// Workbench start-up chatter that also goes through codeAutomationLog; hidden unless AISM_TEST_VERBOSE=1.
const WORKBENCH_NOISE = [
  /^Resolving connection token /,
  /^Resolved connection token /,
  /^Creating a socket \(renderer-/,
  /^\[Service Worker\] registered/,
  /^ChatSessionStore: /,
  /^Ignoring fetching additional builtin extensions from gallery/,
  /^Updating additional builtin extensions cache/,
  /^Creation of workbench contribution '[^']*' took \d+ms/,
];

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealthz(url, deadlineMs) {
  const until = Date.now() + deadlineMs;
  let lastError = '';
  while (Date.now() < until) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`code-server exited early (code ${server.exitCode}, signal ${server.signalCode})`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      lastError = `HTTP ${res.status}`;
    } catch (e) {
      lastError = e?.cause?.code || e?.message || String(e);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${deadlineMs} ms (last: ${lastError})`);
}

async function main() {
  const started = Date.now();
  for (const [file, hint] of [
    [codeServerEntry, 'run: bash scripts/ensure-test-host.sh'],
    [extensionMain, 'run: npm run build'],
    [testsIndex, 'run: npx tsc -p .'],
    ['/usr/bin/chromium', 'run: bash scripts/ensure-test-host.sh'],
  ]) {
    if (!fs.existsSync(file)) return finish(3, `missing ${file} (${hint})`);
  }

  let folder;
  if (folderArgument) {
    folder = path.resolve(folderArgument);
    if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return finish(3, `not a folder: ${folder}`);
  } else {
    folder = path.join(tmp, 'workspace');
    fs.cpSync(fixtureWorkspace, folder, { recursive: true });
  }

  const extensionsDir = path.join(tmp, 'extensions');
  const developmentPath = vsix ? installVsix(extensionsDir) : repoRoot;

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFd = fs.openSync(serverLog, 'a');
  server = spawn(
    process.execPath,
    [
      codeServerEntry,
      '--config',
      path.join(tmp, 'config.yaml'),
      '--user-data-dir',
      path.join(tmp, 'user-data'),
      '--extensions-dir',
      extensionsDir,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
    ],
    {
      cwd: tmp,
      detached: true, // own process group, so killServer() also ends the extension host and helpers
      stdio: ['ignore', logFd, logFd],
      // EXTENSIONS_GALLERY={} turns the (open-vsx) marketplace off: no network lookups from the test host.
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        EXTENSIONS_GALLERY: '{}',
        ...(vsix ? { AISM_VSIX_EXTENSIONS_DIR: extensionsDir, AISM_TEST_GREP: 'packaged' } : {}),
      },
    },
  );
  fs.closeSync(logFd);
  server.on('error', (e) => finish(3, `cannot start code-server: ${e.message}`));
  say(`code-server ${CODE_SERVER_VERSION} starting on ${url} (log: ${serverLog})`);
  await waitForHealthz(url, Math.min(60_000, timeoutMs));
  say(`code-server ready after ${Date.now() - started} ms; workspace ${folder}`);

  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await (await browser.newContext()).newPage();
  if (verbose) page.on('console', (m) => console.log('[browser]', m.type(), m.text()));
  // Every error the workbench logs (its console, and the extension host's through codeAutomationLog), for the tests'
  // `[console-errors]` requests below.
  const loggedErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') loggedErrors.push(m.text());
  });
  page.on('pageerror', (e) => console.log('[pageerror]', e.message));
  page.on('crash', () => finish(3, 'the workbench page crashed'));

  // VS Code's web test hooks: the workbench logs the extension host's console (the test output) through
  // codeAutomationLog and reports the tests' result through codeAutomationExit.
  await page.exposeFunction('codeAutomationLog', async (type, args) => {
    const parts = Array.isArray(args) ? args : [args];
    // A test asks for a screenshot of the workbench with `console.log('[screenshot] NAME')`: out/screenshots/NAME.png.
    const shot = typeof parts[0] === 'string' && /^\[screenshot\] ([\w-]+)$/.exec(parts[0]);
    if (shot) {
      fs.mkdirSync(path.join(repoRoot, 'out', 'screenshots'), { recursive: true });
      await page.screenshot({ path: path.join(repoRoot, 'out', 'screenshots', `${shot[1]}.png`) });
      return;
    }
    // A test of a static webview asks the launcher to follow its links, as a user clicks them, with
    // `console.log('[webview-links] NAME')`: out/screenshots/NAME.json (what happened) and NAME.png (after the in-page link).
    const links = typeof parts[0] === 'string' && /^\[webview-links\] ([\w-]+)$/.exec(parts[0]);
    if (links) {
      fs.mkdirSync(path.join(repoRoot, 'out', 'screenshots'), { recursive: true });
      const result = await followWebviewLinks(page, path.join(repoRoot, 'out', 'screenshots', `${links[1]}.png`)).catch((e) => ({
        error: String(e?.stack || e),
      }));
      fs.writeFileSync(path.join(repoRoot, 'out', 'screenshots', `${links[1]}.json`), JSON.stringify(result, null, 2));
      return;
    }
    // A test asks for the errors logged since its last request with `console.log('[console-errors] NAME')`:
    // out/screenshots/NAME.json, a list of messages.
    const errors = typeof parts[0] === 'string' && /^\[console-errors\] ([\w-]+)$/.exec(parts[0]);
    if (errors) {
      fs.mkdirSync(path.join(repoRoot, 'out', 'screenshots'), { recursive: true });
      fs.writeFileSync(path.join(repoRoot, 'out', 'screenshots', `${errors[1]}.json`), JSON.stringify(loggedErrors.splice(0), null, 2));
      return;
    }
    if (type === 'error') loggedErrors.push(parts.map(String).join(' '));
    if (!verbose && typeof parts[0] === 'string' && WORKBENCH_NOISE.some((re) => re.test(parts[0]))) return;
    (type === 'error' || type === 'warn' ? console.error : console.log)(...parts);
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    say(`tests finished with exit code ${code} after ${Date.now() - started} ms`);
    finish(typeof code === 'number' ? code : 1);
  });

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${encodeURI(p)}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(developmentPath)],
    ['extensionTestsPath', remote(testsIndex)],
    ['skipWelcome', 'true'],
  ]);
  const target = `${url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;
  if (verbose) say(`opening ${target}`);
  await page.goto(target);
}

/**
 * `--vsix`: packages the extension as users get it, installs the .vsix into `extensionsDir` with code-server's own
 * `--install-extension`, and puts the development bundle back in dist/ (packaging builds the production one there).
 * Returns the folder of a test-driver extension with no contributions: the tests run from it (VS Code runs
 * `extensionTestsPath` in a development extension's host), and the extension they find is the installed one.
 */
function installVsix(extensionsDir) {
  const file = path.join(tmp, 'ai-system-manifest.vsix');
  const step = (what, command, args) => {
    const started = Date.now();
    const run = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    if (run.status !== 0) {
      throw new Error(`${what} failed (exit ${run.status}): ${run.error?.message ?? ''}\n${run.stdout}\n${run.stderr}`);
    }
    say(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return run.stdout;
  };
  step('npm run package', 'npm', ['run', 'package', '--', '--out', file]);
  say(`packaged ${path.relative(tmp, file)}: ${(fs.statSync(file).size / 1024).toFixed(0)} KiB`);
  const installed = step('code-server --install-extension', process.execPath, [
    codeServerEntry,
    '--extensions-dir',
    extensionsDir,
    '--user-data-dir',
    path.join(tmp, 'user-data'),
    '--install-extension',
    file,
  ]);
  if (!/successfully installed/i.test(installed)) throw new Error(`code-server did not install the .vsix:\n${installed}`);
  step('the development bundle back in dist/ (node esbuild.mjs)', process.execPath, [path.join(repoRoot, 'esbuild.mjs')]);
  const driver = path.join(tmp, 'test-driver');
  fs.mkdirSync(driver, { recursive: true });
  fs.writeFileSync(
    path.join(driver, 'package.json'),
    JSON.stringify({ name: 'vsix-test-driver', publisher: 'ai-system-manifest-tests', version: '0.0.0', engines: { vscode: '*' } }),
  );
  return driver;
}

/**
 * In the webview that shows a citizens' page (a frame with `section.system`): clicks the last in-page link of its
 * contents, then its first web link, and reports where the page scrolled, whether the webview's document stayed
 * where it was, and what the workbench did with the web link (VS Code asks before it opens an external site).
 */
/* global window, document -- evaluated in the webview's page */
async function followWebviewLinks(page, screenshotFile) {
  let frame;
  for (let i = 0; i < 50 && !frame; i++) {
    for (const candidate of page.frames()) {
      if (
        await candidate
          .locator('section.system')
          .count()
          .catch(() => 0)
      )
        frame = candidate;
    }
    if (!frame) await new Promise((r) => setTimeout(r, 100));
  }
  if (!frame) return { found: false };
  const url = frame.url();
  const scrollY = () => frame.evaluate(() => window.scrollY);
  const anchor = frame.locator('nav a[href^="#"]').last();
  const href = await anchor.getAttribute('href');
  const before = await scrollY();
  await anchor.click();
  await new Promise((r) => setTimeout(r, 700));
  const targetTop = await frame.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? null, href.slice(1));
  const after = await scrollY();
  await page.screenshot({ path: screenshotFile });
  // A web link VS Code opens in a new browser tab: noted and closed, never loaded (the tests run offline).
  const opened = [];
  const onPage = (newPage) => void newPage.close().catch(() => {});
  await page.context().route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    opened.push(route.request().url());
    return route.abort();
  });
  page.context().on('page', onPage);
  const web = frame.locator('a[href^="https:"]').first();
  const webHref = await web.getAttribute('href');
  await web.click();
  await new Promise((r) => setTimeout(r, 1000));
  page.context().off('page', onPage);
  const dialog = page.locator('.monaco-dialog-box');
  const dialogText = (await dialog.count()) > 0 ? await dialog.first().innerText() : null;
  if (dialogText !== null) await page.keyboard.press('Escape');
  return {
    found: true,
    anchor: { href, scrollBefore: before, scrollAfter: after, targetTop },
    web: { href: webHref, dialog: dialogText, opened },
    urlBefore: url,
    urlAfter: frame.isDetached() ? null : frame.url(),
  };
}

main().catch((e) => finish(3, `launcher error: ${e?.stack || e}`));
