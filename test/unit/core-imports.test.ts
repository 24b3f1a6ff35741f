import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
// TypeScript 6.0's compiler API (the project compiles with TypeScript 7, whose package has none: scripts/eslint-typescript.cjs).
import * as ts from 'typescript-eslint-typescript';

const core = path.resolve(__dirname, '../../../src/core');

/** Every TypeScript module of src/core, as a path relative to it without `.ts`. */
function coreModules(folder = core): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return coreModules(full);
    return entry.name.endsWith('.ts') ? [path.relative(core, full).slice(0, -3).split(path.sep).join('/')] : [];
  });
}

/** The src/core modules a module imports (value and type imports, re-exports), as TypeScript's own pre-processor reads them. */
function importsOf(module: string, known: ReadonlySet<string>): string[] {
  const text = fs.readFileSync(path.join(core, `${module}.ts`), 'utf8');
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(module), specifier)))
    .map((target) => (known.has(target) ? target : known.has(`${target}/index`) ? `${target}/index` : undefined))
    .filter((target): target is string => target !== undefined);
}

/** The first import cycle found by a depth-first walk, as the modules along it, or undefined. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (module: string): string[] | undefined => {
    if (state.get(module) === 'done') return undefined;
    if (state.get(module) === 'open') return [...stack.slice(stack.indexOf(module)), module];
    state.set(module, 'open');
    stack.push(module);
    for (const target of graph.get(module) ?? []) {
      const cycle = visit(target);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(module, 'done');
    return undefined;
  };
  for (const module of graph.keys()) {
    const cycle = visit(module);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('src/core has no import cycle', () => {
  const modules = coreModules();
  const known = new Set(modules);
  const graph = new Map(modules.map((module) => [module, importsOf(module, known)]));

  it('reads the imports of every module (type imports and re-exports included)', () => {
    assert.ok(modules.length > 50, `${modules.length} modules`);
    assert.ok(graph.get('check')!.includes('rules/index'));
    assert.ok(graph.get('rules/rule')!.includes('templates/index'), 'a type-only import counts');
  });

  it('finds a cycle where there is one', () => {
    const withCycle = new Map(graph);
    withCycle.set('law/risk', [...graph.get('law/risk')!, 'rules/index']);
    const cycle = findCycle(withCycle);
    assert.ok(cycle && cycle.includes('law/risk') && cycle.includes('rules/index'), String(cycle));
  });

  it('no module reaches itself through its imports', () => {
    assert.equal(findCycle(graph)?.join(' → '), undefined);
  });
});
