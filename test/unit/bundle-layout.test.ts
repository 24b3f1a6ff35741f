// The extension's bundles (esbuild.mjs): activation loads only what the first check needs, the rest loads on first
// use, and every module is in one bundle only. The layout is read from esbuild's metafile of a fresh build in
// memory; what loads when is observed on the built dist/ (`npm run build`) in a child process with a stub `vscode`.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(__dirname, '../../..');

interface BundleInfo {
  file: string;
  entries: string[];
  /** The files of the repository bundled into it. */
  inputs: string[];
  /** The modules it takes from each other bundle at run time. */
  imports: Record<string, string[]>;
  metafile: { outputs: Record<string, { inputs: Record<string, unknown> }> };
}

interface BuildModule {
  EXTENSION_BUNDLES: { file: string; entries: string[] }[];
  bundleExtension(options: { write: boolean }): Promise<BundleInfo[]>;
}

const ACTIVATION = 'dist/extension.js';

/** Modules the first check (diagnostics of the open manifest, the status bar) does not need. */
const LOADED_ON_FIRST_USE = [
  'src/core/features/completion.ts',
  'src/core/features/hover.ts',
  'src/core/features/fixes.ts',
  'src/core/templates/index.ts',
  'src/core/views/assessmentMarkdown.ts',
  'src/core/features/declaredTier.ts',
  'src/core/features/manifestTemplate.ts',
  'src/core/features/wizard.ts',
  'src/core/views/timelineView.ts',
  'src/extension/languageFeatures.ts',
  'src/extension/codeActions.ts',
  'src/extension/commands.ts',
  'src/extension/assessView.ts',
  'src/extension/timelinePanel.ts',
];

/** What the first check needs. */
const FIRST_CHECK = [
  'src/core/yaml/parse.ts',
  'src/core/schema.ts',
  'src/core/generated/manifestValidator.ts',
  'src/core/rules/index.ts',
  'src/core/check.ts',
  'src/core/law/risk.ts',
  'src/extension/diagnostics.ts',
  'src/extension/statusBar.ts',
  'src/extension/manifestService.ts',
];

/**
 * What the editor asks for as soon as a manifest opens (outline and breadcrumbs, document links, the summary lens with
 * the obligations of `assess`): in the activation bundle too, so that opening a manifest loads no other bundle.
 */
const AT_OPEN = [
  'src/core/features/symbols.ts',
  'src/core/features/links.ts',
  'src/core/features/summaryLens.ts',
  'src/core/law/assess.ts',
  'src/extension/outline.ts',
  'src/extension/documentLinks.ts',
  'src/extension/summaryLens.ts',
];

describe('the extension bundles (esbuild.mjs)', () => {
  let build: BuildModule;
  let bundles: BundleInfo[];
  const bundle = (file: string): BundleInfo => {
    const found = bundles.find((candidate) => candidate.file === file);
    assert.ok(found, `${file} is built`);
    return found;
  };

  before(async function () {
    this.timeout(60000);
    build = (await import(pathToFileURL(path.join(root, 'esbuild.mjs')).href)) as BuildModule;
    bundles = await build.bundleExtension({ write: false });
  });

  it('puts the first check, and nothing loaded on first use, in the activation bundle (its entry chunk)', () => {
    const activation = bundle(ACTIVATION);
    const [output] = Object.entries(activation.metafile.outputs).filter(([file]) => file.endsWith('.js'));
    assert.equal(output[0], ACTIVATION);
    const chunk = Object.keys(output[1].inputs);
    for (const needed of [...FIRST_CHECK, ...AT_OPEN]) assert.ok(chunk.includes(needed), `${needed} is in ${ACTIVATION}`);
    for (const lazy of LOADED_ON_FIRST_USE) {
      assert.ok(!activation.inputs.includes(lazy), `${lazy} is not bundled into ${ACTIVATION}`);
      assert.ok(!chunk.includes(lazy), `${lazy} is not in ${ACTIVATION}'s chunk`);
    }
    assert.deepEqual(activation.inputs.filter((input) => input.startsWith('src/core/templates/')), []);
    // Each module loaded on first use is in one of the other bundles.
    for (const lazy of LOADED_ON_FIRST_USE) assert.ok(bundles.some((other) => other.file !== ACTIVATION && other.inputs.includes(lazy)), `${lazy} is bundled`);
  });

  it('bundles every module once: the bundles share no file, and `yaml` is only in the activation bundle', () => {
    const seen = new Map<string, string>();
    for (const { file, inputs } of bundles) {
      for (const input of inputs) {
        assert.ok(!seen.has(input), `${input} is in ${seen.get(input)} and ${file}`);
        seen.set(input, file);
      }
    }
    const yaml = [...seen].filter(([input]) => input.startsWith('node_modules/yaml/'));
    assert.ok(yaml.length > 0);
    for (const [input, file] of yaml) assert.equal(file, ACTIVATION, `${input} is in ${file}`);
  });

  it('lets a bundle loaded on first use take shared modules only from the activation bundle', () => {
    for (const lazy of bundles.filter((candidate) => candidate.file !== ACTIVATION)) {
      assert.deepEqual(Object.keys(lazy.imports), [ACTIVATION], `${lazy.file} takes modules from ${Object.keys(lazy.imports).join(', ')}`);
    }
    // The activation bundle takes only the entries of the others, and only through require() (checked by the build).
    const entries = bundles.filter((candidate) => candidate.file !== ACTIVATION).flatMap((candidate) => candidate.entries).sort();
    assert.deepEqual(Object.values(bundle(ACTIVATION).imports).flat().sort(), entries);
  });

  it('writes what it builds: dist/ has each bundle (run `npm run build` first)', () => {
    for (const { file } of build.EXTENSION_BUNDLES) assert.ok(fs.existsSync(path.join(root, file)), `${file} exists`);
  });
});

describe('the built extension, in a stub extension host', () => {
  interface Step {
    step: string;
    dist: string[];
    nodeModules: string[];
    error?: string;
    result?: { commands: string[]; providers: string[]; serializers: string[]; schemes: string[] } | { items: number };
  }

  function run(...steps: string[]): Step[] {
    const child = spawnSync(process.execPath, [path.join(__dirname, 'bundle-host.js'), ...steps], { cwd: root, encoding: 'utf8', timeout: 60000 });
    assert.equal(child.status, 0, child.stderr);
    const lines = child.stdout.trim().split('\n').map((line) => JSON.parse(line) as Step);
    assert.deepEqual(lines.map((line) => line.step), steps, child.stderr);
    for (const line of lines) assert.equal(line.error, undefined, `${line.step}: ${line.error}`);
    return lines;
  }

  it('loads only dist/extension.js to activate, and registers every contribution at once', function () {
    this.timeout(60000);
    const [required, activated, registered] = run('require', 'activate', 'registered');
    assert.deepEqual(required.dist, [ACTIVATION]);
    assert.deepEqual(activated.dist, [ACTIVATION]);
    assert.deepEqual(activated.nodeModules, [], 'no package is loaded from node_modules: all are bundled');
    const what = registered.result as { commands: string[]; providers: string[]; serializers: string[]; schemes: string[] };
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
    for (const { command } of manifest.contributes.commands) assert.ok(what.commands.includes(command), `${command} is registered at activation`);
    for (const internal of ['aiSystemManifest.applyFix', 'aiSystemManifest.createDocumentStub', 'aiSystemManifest.recordDeclaredTier']) assert.ok(what.commands.includes(internal), internal);
    assert.deepEqual(what.providers, ['codeActions', 'codeLens', 'completion', 'content:ai-system-assessment', 'content:ai-system-rule', 'formatting', 'hover', 'links', 'symbols']);
    assert.deepEqual(what.serializers, ['aiSystemManifest.timeline']);
  });

  it('loads each bundle on the first use of its features, and only then', function () {
    this.timeout(60000);
    const opened = run('require', 'activate', 'symbols', 'links', 'codeLens');
    for (const step of opened.slice(2)) {
      assert.deepEqual(step.dist, [ACTIVATION], `${step.step} (asked for when a manifest opens) loads no other bundle`);
      assert.ok((step.result as { items: number }).items > 0, `${step.step} answers`);
    }
    const steps = run('require', 'activate', 'codeActions:none', 'completion', 'hover', 'codeActions', 'content', 'command:aiSystemManifest.showTimeline');
    const loaded = Object.fromEntries(steps.map((step) => [step.step, step.dist]));
    assert.deepEqual(loaded['codeActions:none'], [ACTIVATION], 'a code action request with no diagnostic of ours loads nothing');
    assert.deepEqual(loaded.completion, ['dist/extension.js', 'dist/language.js']);
    assert.ok((steps.find((step) => step.step === 'completion')?.result as { items: number }).items > 0, 'completion works across the bundles');
    assert.deepEqual(loaded.hover, ['dist/extension.js', 'dist/language.js']);
    assert.deepEqual(loaded.codeActions, ['dist/extension.js', 'dist/fixes.js', 'dist/language.js']);
    assert.deepEqual(loaded.content, ['dist/commands.js', 'dist/extension.js', 'dist/fixes.js', 'dist/language.js']);
    assert.deepEqual(run('require', 'activate', 'command:aiSystemManifest.showTimeline')[2].dist, ['dist/commands.js', 'dist/extension.js']);
    for (const step of steps) assert.deepEqual(step.nodeModules, [], `${step.step} loads nothing from node_modules`);
  });
});
