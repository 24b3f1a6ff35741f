// Bundles the extension (desktop and browser) and the CLI: one esbuild entry per output, one bundle each, as VS
// Code's own extensions ship. `--watch` rebuilds on change (esbuild's context().watch()), `--production` minifies.
//
//   dist/extension.js      package.json "main": the extension in VS Code's Node extension host
//   dist/web/extension.js  package.json "browser": the same extension in the web-worker extension host
//                          (vscode.dev, github.dev, VS Code for the Web); nothing Node-only may be in it
//                          (test/unit/bundle-layout.test.ts)
//   dist/cli.js            package.json "bin"
//   dist/webview/timeline.js  the timeline panel's script (src/webview/timeline.ts), a browser IIFE the panel loads
//                          into its webview with a nonce (src/extension/timelinePanel.ts)
//   dist/webview/assessment.js  the assessment panel's script (src/webview/assessment.ts), the same way
//                          (src/extension/assessmentPanel.ts)
//
// PACKAGE_VERSION is package.json's version in every bundle (`ai-system-manifest --version`, SARIF driver.version).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** The bundles, by name. Add an entry here for a new bundle. */
export const ENTRIES = {
  extension: { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', external: ['vscode'] },
  web: {
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    // A web worker: CommonJS, as VS Code's web extension host loads it; `vscode` is given by the host.
    platform: 'browser',
    external: ['vscode'],
    // Packages' `browser` fields are used; code that asks for `process.env.NODE_ENV` gets a constant.
    mainFields: ['browser', 'module', 'main'],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  },
  cli: { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', banner: { js: '#!/usr/bin/env node' } },
  // The timeline panel's script: runs in the webview's page, a plain <script>, so an IIFE with nothing outside it.
  webview: { entryPoints: ['src/webview/timeline.ts'], outfile: 'dist/webview/timeline.js', platform: 'browser', format: 'iife' },
  // The assessment panel's script (its confirmation step), likewise.
  assessment: { entryPoints: ['src/webview/assessment.ts'], outfile: 'dist/webview/assessment.js', platform: 'browser', format: 'iife' },
};

/**
 * `vscode`'s namespace made once per bundle. esbuild gives every module that says `import * as vscode from 'vscode'`
 * its own copy of the external module's namespace (`__toESM(require("vscode"))`: a getter per name of the API, some
 * 400, in each of 20 modules): a third of the production bundle's `require` time (docs/benchmark.md). Here every
 * such import resolves to one module of the bundle that re-exports `vscode`, so the names are copied once.
 */
const VSCODE_ONCE = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' },
    );
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

/**
 * Bundles of ASCII only. One non-ASCII byte makes Node decode the whole 1 MB bundle through the slow UTF-8 path into a
 * two-byte string for V8 to scan: about a tenth of the production bundle's `require` (docs/benchmark.md). esbuild
 * (`charset: 'ascii'`, its default) escapes strings and templates but writes regular expression literals as they are;
 * our sources write such characters as `\u` escapes, and these files of dependencies, whose non-ASCII characters are
 * in regular expressions, strings and comments only (no template literal), are escaped as they load.
 * test/unit/bundle-layout.test.ts fails on a non-ASCII byte in a production bundle.
 */
const ESCAPED_ON_LOAD = /[\\/]node_modules[\\/]markdown-it[\\/]lib[\\/](?:common[\\/]utils|rules_core[\\/]replacements)\.mjs$/;
const ASCII_REGEXPS = {
  name: 'ascii-regexps',
  setup(build) {
    build.onLoad({ filter: ESCAPED_ON_LOAD }, async (args) => ({
      contents: (await fs.promises.readFile(args.path, 'utf8')).replace(
        /[\u0080-\uffff]/g,
        (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
      ),
      loader: 'js',
    }));
  },
};

/** esbuild's options for one bundle. */
export function buildOptions(name, { production = false } = {}) {
  const { define, ...entry } = ENTRIES[name];
  return {
    plugins: [ASCII_REGEXPS, ...(entry.external?.includes('vscode') ? [VSCODE_ONCE] : [])],
    bundle: true,
    format: 'cjs',
    target: entry.platform === 'node' ? 'node20' : 'es2022',
    minify: production,
    sourcemap: !production,
    logLevel: 'warning',
    logOverride: { 'import-is-undefined': 'error' },
    absWorkingDir: ROOT,
    metafile: true,
    ...entry,
    define: { PACKAGE_VERSION: JSON.stringify(PACKAGE.version), ...define },
  };
}

/** Builds every bundle (or those named); returns esbuild's result per bundle name. */
export async function buildAll({ production = false, write = true, names = Object.keys(ENTRIES) } = {}) {
  const results = await Promise.all(names.map((name) => esbuild.build({ ...buildOptions(name, { production }), write })));
  return Object.fromEntries(names.map((name, index) => [name, results[index]]));
}

/**
 * snippets/ai-system.code-snippets, the file templates, generated from the schema's whole-manifest snippets by
 * scripts/generate-snippets.ts (bundled to a temporary file and run): the build keeps them in step with the schema.
 */
export async function generateSnippets() {
  const outfile = path.join(os.tmpdir(), `ai-system-manifest-generate-snippets-${process.pid}.cjs`);
  await esbuild.build({
    entryPoints: ['scripts/generate-snippets.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    absWorkingDir: ROOT,
    logLevel: 'warning',
  });
  try {
    const { writeSnippetsFile, SNIPPETS_FILE } = createRequire(import.meta.url)(outfile);
    if (writeSnippetsFile(ROOT)) console.log(`wrote ${SNIPPETS_FILE}`);
  } finally {
    fs.rmSync(outfile, { force: true });
  }
}

async function main() {
  const production = process.argv.includes('--production');
  await generateSnippets();
  if (!process.argv.includes('--watch')) {
    await buildAll({ production });
    return;
  }
  const contexts = await Promise.all(
    Object.keys(ENTRIES).map((name) =>
      esbuild.context({
        ...buildOptions(name, { production }),
        plugins: [
          ...buildOptions(name, { production }).plugins,
          {
            name: 'watch-log',
            setup(build) {
              build.onEnd((result) => {
                const when = new Date().toLocaleTimeString();
                if (result.errors.length === 0) console.log(`[watch] ${ENTRIES[name].outfile} built ${when}`);
              });
            },
          },
        ],
      }),
    ),
  );
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('[watch] watching for changes (Ctrl+C to stop)');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
