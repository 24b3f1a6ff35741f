// The bundles of esbuild.mjs: one per entry, self-contained, and nothing Node-only in the browser bundle. The layout
// is read from esbuild's metafile of a fresh build in memory; the built dist/ (`npm run build`) is run in a child
// process with a stub `vscode` (test/unit/bundle-host.ts), as the desktop and as the web extension host load it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTRIBUTED_COMMANDS, INTERNAL_COMMANDS } from '../../src/extension/ids';

const root = path.resolve(__dirname, '../../..');

interface Metafile {
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
  outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[]; inputs: Record<string, unknown> }>;
}

interface BuildModule {
  ENTRIES: Record<string, { outfile: string; platform: string }>;
  buildAll(options: {
    write: boolean;
    production?: boolean;
    names?: string[];
  }): Promise<Record<string, { metafile: Metafile; outputFiles?: { path: string; text: string }[] }>>;
}

/** Node's built-in modules, with and without `node:`. */
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

describe('the bundles (esbuild.mjs)', () => {
  let build: BuildModule;
  let results: Record<string, { metafile: Metafile }>;
  /** The bundle's JavaScript output in the metafile (not its source map). */
  const output = (name: string) => {
    const entry = results[name].metafile.outputs[build.ENTRIES[name].outfile];
    assert.ok(entry, `${build.ENTRIES[name].outfile} is an output of ${name}`);
    return entry;
  };
  const inputs = (name: string) => Object.keys(results[name].metafile.inputs);

  before(async function () {
    this.timeout(60000);
    build = (await import(pathToFileURL(path.join(root, 'esbuild.mjs')).href)) as BuildModule;
    results = await build.buildAll({ write: false });
  });

  it('builds the desktop extension, the browser extension, the CLI and the webview scripts, one bundle each', () => {
    assert.deepEqual(Object.fromEntries(Object.entries(build.ENTRIES).map(([name, entry]) => [name, entry.outfile])), {
      extension: 'dist/extension.js',
      web: 'dist/web/extension.js',
      cli: 'dist/cli.js',
      webview: 'dist/webview/timeline.js',
      assessment: 'dist/webview/assessment.js',
    });
    for (const name of Object.keys(build.ENTRIES)) {
      const js = Object.keys(results[name].metafile.outputs).filter((file) => file.endsWith('.js'));
      assert.deepEqual(js, [build.ENTRIES[name].outfile], `${name}: one JavaScript file, no chunks`);
    }
  });

  it('makes both extension bundles self-contained: at run time they require `vscode` (and on the desktop Node built-ins) only', () => {
    for (const name of ['extension', 'web']) {
      // The desktop bundle takes `yaml`'s Node build, which imports `process` and `buffer`.
      const external = output(name).imports.filter(
        (imported) => imported.external && !(name === 'extension' && NODE_BUILTINS.has(imported.path)),
      );
      assert.deepEqual(
        [...new Set(external.map((imported) => imported.path))],
        ['vscode'],
        `${name} requires ${external.map((imported) => imported.path).join(', ')}`,
      );
      // The parser and every module of the extension are inside (from node_modules: `yaml`, and markdown-it with its
      // dependencies for the citizens' page; the validator is compiled ahead of time, so `ajv` is not needed at run
      // time).
      const packages = new Set(
        inputs(name)
          // node_modules may be a symlink to another checkout's (a git worktree): its path then starts with `../`.
          .filter((input) => input.includes('node_modules/'))
          .map((input) => input.slice(input.lastIndexOf('node_modules/')).split('/')[1]),
      );
      assert.deepEqual(
        [...packages].sort(),
        ['entities', 'linkify-it', 'markdown-it', 'mdurl', 'punycode.js', 'uc.micro', 'yaml'],
        `${name} bundles ${[...packages].join(', ')}`,
      );
      for (const needed of [
        'src/extension/extension.ts',
        'src/core/check.ts',
        'src/core/generated/manifestValidator.ts',
        'src/core/generated/templates.ts',
        'src/extension/timelinePanel.ts',
      ]) {
        assert.ok(inputs(name).includes(needed), `${needed} is in ${name}`);
      }
    }
  });

  it('puts nothing Node-only in the browser bundle: no Node built-in imported, none required by its text', () => {
    for (const [input, { imports }] of Object.entries(results.web.metafile.inputs)) {
      const builtins = imports.filter((imported) => NODE_BUILTINS.has(imported.path));
      assert.deepEqual(builtins, [], `${input} imports a Node built-in`);
    }
    const text = fs.readFileSync(path.join(root, build.ENTRIES.web.outfile), 'utf8');
    const required = [...new Set([...text.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]))];
    assert.deepEqual(required, ['vscode'], 'the built dist/web/extension.js requires only vscode (run `npm run build` first)');
    // The desktop bundle is held to the same rule for the extension's own code: one file access path
    // (src/extension/workspaceFiles.ts, over vscode.workspace.fs), so desktop and web behave alike.
    for (const input of inputs('extension').filter((file) => file.startsWith('src/'))) {
      const builtins = results.extension.metafile.inputs[input].imports.filter((imported) => NODE_BUILTINS.has(imported.path));
      assert.deepEqual(builtins, [], `${input} imports a Node built-in`);
    }
  });

  it('initialises at activation neither markdown-it nor the register: they are reached only through a require on first use', () => {
    // esbuild initialises a module when the bundle loads if a chain of static imports reaches it from the entry; a
    // module reached only through `require()` in a function is initialised on that call (docs/benchmark.md,
    // "Activation: what loads when"). markdown-it and its entity tables cost ~16 ms of every activation when the
    // assessment panel imported it.
    for (const name of ['extension', 'web']) {
      const reached = (follow: (kind: string) => boolean): Set<string> => {
        const seen = new Set<string>();
        const pending = ['src/extension/extension.ts'];
        for (let input = pending.pop(); input !== undefined; input = pending.pop()) {
          if (seen.has(input)) continue;
          seen.add(input);
          for (const imported of results[name].metafile.inputs[input]?.imports ?? []) {
            if (!imported.external && follow(imported.kind)) pending.push(imported.path);
          }
        }
        return [...seen].reduce(
          (keys, input) => keys.add(input.includes('node_modules/') ? input.slice(input.lastIndexOf('node_modules/')) : input),
          new Set<string>(),
        );
      };
      const atActivation = reached((kind) => kind !== 'require-call');
      const onFirstUse = reached(() => true);
      for (const lazy of ['node_modules/markdown-it/index.mjs', 'src/core/register/citizensPage.ts', 'src/core/views/assessmentPanel.ts']) {
        assert.ok(onFirstUse.has(lazy), `${lazy} is in ${name}`);
        assert.ok(!atActivation.has(lazy), `${name}: ${lazy} is reached by static imports from the entry`);
      }
    }
  });

  it('writes the production bundles in ASCII only (one non-ASCII byte makes Node decode the whole bundle the slow way)', async function () {
    this.timeout(60000);
    const production = await build.buildAll({ write: false, production: true, names: ['extension', 'web', 'cli'] });
    for (const [name, result] of Object.entries(production)) {
      const js = result.outputFiles?.find((file) => file.path.endsWith('.js'));
      assert.ok(js, `${name} has a JavaScript output`);
      const at = js.text.search(/[\u0080-\uffff]/);
      assert.equal(
        at,
        -1,
        `${name}: non-ASCII at ${at}, "${js.text.slice(Math.max(0, at - 60), at + 20)}" (write it as a \\u escape; esbuild leaves regular expression literals as they are)`,
      );
    }
  });

  it('keeps the CLI for Node: it may use Node built-ins, and nothing of src/extension', () => {
    assert.ok(inputs('cli').some((input) => input === 'src/cli/main.ts'));
    assert.deepEqual(
      inputs('cli').filter((input) => input.startsWith('src/extension/')),
      [],
    );
    assert.deepEqual(
      output('cli').imports.filter((imported) => imported.external && !NODE_BUILTINS.has(imported.path)),
      [],
    );
  });

  it('writes what it builds: dist/ has each bundle (run `npm run build` first)', () => {
    for (const { outfile } of Object.values(build.ENTRIES)) assert.ok(fs.existsSync(path.join(root, outfile)), `${outfile} exists`);
  });
});

for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) {
  describe(`the built ${bundle}, in a stub extension host`, () => {
    interface Step {
      step: string;
      dist: string[];
      nodeModules: string[];
      error?: string;
      result?: { commands: string[]; providers: string[]; serializers: string[]; schemes: string[] } | { items: number };
    }

    function run(...steps: string[]): Step[] {
      const child = spawnSync(process.execPath, [path.join(__dirname, 'bundle-host.js'), bundle, ...steps], {
        cwd: root,
        encoding: 'utf8',
        timeout: 60000,
      });
      assert.equal(child.status, 0, child.stderr);
      const lines = child.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Step);
      assert.deepEqual(
        lines.map((line) => line.step),
        steps,
        child.stderr,
      );
      for (const line of lines) assert.equal(line.error, undefined, `${line.step}: ${line.error}`);
      return lines;
    }

    it('loads only itself to activate, and registers every contribution at once', function () {
      this.timeout(60000);
      const [required, activated, registered] = run('require', 'activate', 'registered');
      assert.deepEqual(required.dist, [bundle]);
      assert.deepEqual(activated.dist, [bundle]);
      assert.deepEqual(activated.nodeModules, [], 'no package is loaded from node_modules: all are bundled');
      const what = registered.result as { commands: string[]; providers: string[]; serializers: string[]; schemes: string[] };
      // The contributed ones are package.json's (contributions.test.ts); no command registered outside ids.ts's lists.
      assert.deepEqual([...what.commands].sort(), [...CONTRIBUTED_COMMANDS, ...INTERNAL_COMMANDS].sort());
      assert.deepEqual(what.providers, [
        'codeActions',
        'codeLens',
        'completion',
        'content:ai-system-rule',
        'formatting',
        'hover',
        'links',
        'symbols',
      ]);
      assert.deepEqual(what.serializers, ['aiSystemManifest.timeline']);
    });

    it('answers the outline, links, code lens, completion, hover, code actions and the timeline command from the one bundle', function () {
      this.timeout(60000);
      const steps = run(
        'require',
        'activate',
        'symbols',
        'links',
        'codeLens',
        'codeActions:none',
        'completion',
        'hover',
        'codeActions',
        'command:aiSystemManifest.showTimeline',
      );
      const result = (name: string) => steps.find((step) => step.step === name)?.result as { items: number } | undefined;
      for (const name of ['symbols', 'links', 'codeLens']) assert.ok((result(name)?.items ?? 0) > 0, `${name} answers`);
      assert.equal(result('codeActions:none')?.items, 0, 'a code action request with no diagnostic of ours has no answer');
      assert.ok((result('completion')?.items ?? 0) > 0, 'completion items');
      for (const step of steps) {
        assert.deepEqual(step.dist, [bundle], `${step.step} loads no other file of dist/`);
        assert.deepEqual(step.nodeModules, [], `${step.step} loads nothing from node_modules`);
      }
    });
  });
}
