/**
 * A stand-in for the `vscode` module, to run the extension's bundles headless in plain Node: the activation
 * timing of `npm run bench` and the bundle-layout tests (test/unit/bundle-host.ts) both use it.
 */
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';

/** Every property is a function and every call returns the stub again, except the given overrides. */
export function deepStub(overrides: Record<string, unknown> = {}): object {
  const handler: ProxyHandler<() => object> = {
    get(_target, property) {
      if (typeof property === 'string' && property in overrides) return overrides[property];
      if (property === 'then') return undefined; // not a thenable
      if (property === Symbol.iterator) return [][Symbol.iterator].bind([]);
      if (property === Symbol.toPrimitive) return () => '';
      if (property === Symbol.hasInstance) return () => false;
      if (property === 'dispose') return () => undefined;
      return stub;
    },
    set: () => true,
    apply: () => stub,
    construct: () => stub,
  };
  const stub: object = new Proxy(function vscode() {
    return {};
  }, handler);
  return stub;
}

/**
 * A plain object with a deep stub for every name @types/vscode declares, and for every `vscode.name` the given
 * bundle texts read (esbuild's interop copies own properties only, and a minified bundle renames its `vscode`).
 */
export function vscodeNamespaceStub(bundleTexts = ''): Record<string, object> {
  const declared = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = new Set([
    ...Array.from(bundleTexts.matchAll(/\bvscode\d*\.([A-Za-z_$][\w$]*)/g), (match) => match[1]),
    ...Array.from(
      declared.matchAll(/^\s*export (?:declare )?(?:class|namespace|enum|function|const|let|var) ([A-Za-z_$][\w$]*)/gm),
      (match) => match[1],
    ),
  ]);
  return Object.fromEntries(Array.from(names, (name) => [name, deepStub()]));
}

/** An open, saved `ai-system.yaml` in a workspace folder, with the given text. */
export function stubManifestDocument(text: string) {
  return {
    uri: deepStub({
      scheme: 'file',
      path: '/workspace/ai-system.yaml',
      fsPath: '/workspace/ai-system.yaml',
      toString: () => 'file:///workspace/ai-system.yaml',
    }),
    fileName: '/workspace/ai-system.yaml',
    languageId: 'ai-system-yaml',
    version: 1,
    isClosed: false,
    isUntitled: false,
    isDirty: false,
    lineCount: text.split('\n').length,
    getText: () => text,
    offsetAt: (position: { offset: number }) => position.offset,
    positionAt: () => deepStub(),
  };
}

/** Makes `require('vscode')` return the stub in this process. */
export function installVscodeStub(root: string, exports: object): void {
  const stubId = path.join(root, 'out', 'vscode-stub.virtual.js');
  const stubModule = new Module(stubId);
  stubModule.exports = exports;
  stubModule.loaded = true;
  (Module as unknown as { _cache: Record<string, Module> })._cache[stubId] = stubModule;
  const internals = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolve = internals._resolveFilename;
  internals._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? stubId : resolve.call(this, request, ...rest);
  };
}
