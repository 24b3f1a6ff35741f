// Bundles the extension and the CLI. `--watch` rebuilds on change, `--production` minifies.
//
// The CLI is one bundle, dist/cli.js. The extension is several CommonJS bundles, so that activation loads only what
// the first check needs (EXTENSION_BUNDLES below):
//   dist/extension.js  package.json "main": activation; the diagnostics and the status bar over the core checker
//   dist/language.js   completion and hover
//   dist/fixes.js      code actions, fixes and the documentation templates
//   dist/commands.js   the commands (assess, wizard, new manifest), the assessment view, the timeline panel and the
//                      AI systems view's model and register export
// Every module is in exactly one of them, its owner: the activation bundle owns what src/extension/extension.ts
// reaches without passing a lazy bundle's entry; a lazy bundle owns what its entries reach beyond that. A bundle
// that imports a module another bundle owns gets it at run time from that bundle's `__modules` export (one function
// per module, which evaluates it once, as esbuild's own `require` would), through a `require` of that bundle file:
// one copy of each module (src/core, `yaml`, the validator) is ever live, and each bundle's `require('vscode')` is
// the extension host's ordinary CommonJS one. A lazy bundle imports only from the activation bundle; the activation
// bundle reaches a lazy bundle only through a `require()` in a function (src/extension/registrations.ts), which
// runs on first use. The build fails when a module would be in two bundles, a lazy bundle imports from another lazy
// bundle, or the activation bundle imports a lazy entry statically.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/** The activation bundle first, then the bundles loaded on first use, each with its entry modules. */
export const EXTENSION_BUNDLES = [
  { file: 'dist/extension.js', entries: ['src/extension/extension.ts'] },
  { file: 'dist/language.js', entries: ['src/extension/languageFeatures.ts'] },
  { file: 'dist/fixes.js', entries: ['src/extension/codeActions.ts'] },
  { file: 'dist/commands.js', entries: ['src/extension/commands.ts', 'src/extension/timelinePanel.ts', 'src/extension/aiSystemsView.ts'] },
];

const common = (production) => ({
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  logOverride: { 'import-is-undefined': 'error' },
  absWorkingDir: ROOT,
});

const cliOptions = (production) => ({ ...common(production), entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } });

/** A file's key: its path from the repository root, `/`-separated (as in esbuild's metafile). */
const keyOf = (file) => path.relative(ROOT, file).split(path.sep).join('/');
const LINK = 'bundle-link';
const OWNER = 'bundle-owner';

/** The entry of a bundle: the activation bundle's exports, and `__modules`, the modules other bundles take from it. */
function entryContents(index, exported) {
  const modules = [...exported].sort().map((key) => `  ${JSON.stringify(key)}: () => require(${JSON.stringify(`./${key}`)}),`);
  const reexport = index === 0 ? `export * from ${JSON.stringify(`./${EXTENSION_BUNDLES[0].entries[0]}`)};\n` : '';
  return `${reexport}export const __modules = {\n${modules.join('\n')}\n};\n`;
}

/**
 * Resolves every import as usual, but one of a module another bundle owns (or of another bundle's entry) becomes a
 * small module that takes it from that bundle at run time. `links` collects, per owning bundle, the modules taken.
 */
function linkPlugin(index, owner, links, problems) {
  return {
    name: 'bundle-links',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.namespace === OWNER) return { path: args.path, external: true }; // the require of the other bundle's file
        if (args.path.startsWith(`${OWNER}:`)) return undefined; // resolved below
        if (args.pluginData?.linking || args.kind === 'entry-point') return undefined;
        // A package's own imports stay in the package (bundleExtension checks that no package is bundled twice).
        if (args.importer.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: { linking: true },
        });
        if (resolved.errors.length > 0 || resolved.external || resolved.namespace !== 'file') return undefined;
        const key = keyOf(resolved.path);
        const other = owner.get(key);
        if (other === undefined || other === index) return undefined;
        const from = args.importer ? keyOf(args.importer) : EXTENSION_BUNDLES[index].file;
        if (index !== 0 && other !== 0) {
          problems.push(`${from} (${EXTENSION_BUNDLES[index].file}) imports ${key}, which ${EXTENSION_BUNDLES[other].file} holds: a lazy bundle may import only from the activation bundle. Put both in one bundle.`);
        }
        if (index === 0 && args.kind !== 'require-call') {
          problems.push(`${from} imports ${key} statically, which would load ${EXTENSION_BUNDLES[other].file} at activation: require() it on first use (see src/extension/registrations.ts), or import it as a type.`);
        }
        if (!links.has(other)) links.set(other, new Set());
        links.get(other).add(key);
        return { path: key, namespace: LINK, pluginData: { owner: other } };
      });
      // A module taken from another bundle: that bundle's `__modules` entry for it.
      build.onLoad({ filter: /.*/, namespace: LINK }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(`${OWNER}:${args.pluginData.owner}`)})[${JSON.stringify(args.path)}]();\n`,
        loader: 'js',
        resolveDir: ROOT,
      }));
      // The other bundle's `__modules`, once per bundle that takes from it.
      build.onResolve({ filter: new RegExp(`^${OWNER}:`) }, (args) => ({ path: args.path.slice(OWNER.length + 1), namespace: OWNER }));
      build.onLoad({ filter: /.*/, namespace: OWNER }, (args) => {
        const from = EXTENSION_BUNDLES[Number(args.path)].file;
        // Undefined while that bundle is still being evaluated: this one was required at its load, not on first use.
        const notReady = `${EXTENSION_BUNDLES[index].file} needs ${from}, which is still loading: require it on first use`;
        return {
          contents: `var modules = require(${JSON.stringify(`./${path.basename(from)}`)}).__modules;\nif (!modules) throw new Error(${JSON.stringify(notReady)});\nmodule.exports = modules;\n`,
          loader: 'js',
          resolveDir: ROOT,
        };
      });
    },
  };
}

const fileInputs = (metafile) => Object.keys(metafile.inputs).filter((input) => !input.includes(':') && input !== '<stdin>');

function fail(problems) {
  throw new Error(`The extension's bundles are not laid out as designed (esbuild.mjs):\n- ${[...new Set(problems)].join('\n- ')}`);
}

/**
 * Builds the extension's bundles: the activation bundle is analysed (which modules it owns), then the bundles loaded
 * on first use are built (in parallel: they take from the activation bundle only), then the activation bundle with
 * the `__modules` they take from it. Returns, per bundle: its file, its entries, the files it holds, the modules it
 * takes from each other bundle, those it exports to them, and esbuild's metafile.
 */
export async function bundleExtension({ production = false, write = true } = {}) {
  const owner = new Map(EXTENSION_BUNDLES.flatMap((bundle, index) => bundle.entries.map((entry) => [entry, index])));
  const problems = [];
  const links = EXTENSION_BUNDLES.map(() => new Map());
  const build = (index, exported, options) =>
    esbuild.build({
      ...common(production),
      stdin: { contents: entryContents(index, exported), resolveDir: ROOT, sourcefile: `${path.basename(EXTENSION_BUNDLES[index].file, '.js')}-bundle-entry.js`, loader: 'js' },
      outfile: EXTENSION_BUNDLES[index].file,
      external: ['vscode'],
      metafile: true,
      ...options,
      plugins: [linkPlugin(index, owner, links[index], problems)],
    });

  // What activation needs: everything src/extension/extension.ts reaches without passing a lazy bundle's entry.
  const analysed = await build(0, [], { write: false, sourcemap: false, minify: false, logLevel: 'silent' });
  const activationInputs = fileInputs(analysed.metafile);
  for (const input of activationInputs) owner.set(input, 0);
  if (problems.length > 0) fail(problems);

  // The bundles loaded on first use; a module two of them reach would be in both.
  const lazy = await Promise.all(EXTENSION_BUNDLES.slice(1).map((bundle, offset) => build(offset + 1, bundle.entries, { write })));
  const holder = new Map();
  for (const [offset, result] of lazy.entries()) {
    const file = EXTENSION_BUNDLES[offset + 1].file;
    for (const input of fileInputs(result.metafile)) {
      if (owner.get(input) === 0) problems.push(`${input} would be in ${EXTENSION_BUNDLES[0].file} and ${file}`);
      else if (holder.has(input)) problems.push(`${input} would be in ${holder.get(input)} and ${file}: put what imports it into one bundle, or the module into the activation bundle`);
      else holder.set(input, file);
    }
  }
  if (problems.length > 0) fail(problems);

  // The activation bundle, exporting what the others take from it.
  const exported = [...new Set(links.slice(1).flatMap((taken) => [...(taken.get(0) ?? [])]))];
  links[0].clear();
  const activation = await build(0, exported, { write });
  const unexpected = fileInputs(activation.metafile).filter((input) => !activationInputs.includes(input));
  if (unexpected.length > 0) problems.push(`${EXTENSION_BUNDLES[0].file} took in ${unexpected.join(', ')} when built with its __modules`);
  if (problems.length > 0) fail(problems);

  return [activation, ...lazy].map((result, index) => ({
    file: EXTENSION_BUNDLES[index].file,
    entries: EXTENSION_BUNDLES[index].entries,
    inputs: fileInputs(result.metafile),
    imports: Object.fromEntries([...links[index]].map(([other, keys]) => [EXTENSION_BUNDLES[other].file, [...keys].sort()])),
    exports: index === 0 ? exported.sort() : EXTENSION_BUNDLES[index].entries,
    metafile: result.metafile,
  }));
}

async function main() {
  const production = process.argv.includes('--production');
  const watch = process.argv.includes('--watch');
  if (!watch) {
    await Promise.all([bundleExtension({ production }), esbuild.build(cliOptions(production))]);
    return;
  }
  const cli = await esbuild.context(cliOptions(production));
  await cli.watch();
  // The extension's bundles depend on one another's module lists: rebuild them together after a change.
  let timer;
  const rebuild = () =>
    bundleExtension({ production }).then(
      () => console.log(`[watch] extension bundles built ${new Date().toLocaleTimeString()}`),
      (error) => console.error(`[watch] ${error.message}`),
    );
  await rebuild();
  for (const folder of ['src', 'schemas', 'l10n']) {
    fs.watch(path.join(ROOT, folder), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(rebuild, 100);
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
