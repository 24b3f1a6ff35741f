/**
 * A minimal extension host for test/unit/bundle-layout.test.ts, run in a child process (a fresh module cache):
 * `node bundle-host.js BUNDLE STEP...` loads BUNDLE (dist/extension.js or dist/web/extension.js, both CommonJS) with
 * a stub `vscode` module, then runs each step and prints one JSON line per step: which files of dist/ and
 * node_modules/ are loaded by then, and any error.
 *
 * Steps: `require`, `activate`, `hover`, `completion`, `codeActions:none` (a request without a diagnostic of ours),
 * `codeActions` (with one), `command:<id>` (runs a registered command),
 * `registered` (prints what activation registered instead).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode'; // types only: the stub stands in for the module at run time
import { deepStub, installVscodeStub, stubManifestDocument, vscodeNamespaceStub } from '../../scripts/vscode-stub';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'examples', 'journalnotat-assistent', 'ai-system.yaml'), 'utf8');

const registered = {
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  providers: new Map<string, unknown>(),
  serializers: [] as string[],
  schemes: [] as string[],
};
const register = (kind: string) => (_selector: unknown, provider: unknown) => {
  registered.providers.set(kind, provider);
  return deepStub();
};

const document = stubManifestDocument(MANIFEST);

function vscodeStub(): Record<string, object> {
  const stub = vscodeNamespaceStub();
  stub.workspace = deepStub({
    textDocuments: [document],
    registerTextDocumentContentProvider: (scheme: string, provider: unknown) => {
      registered.schemes.push(scheme);
      registered.providers.set(`content:${scheme}`, provider);
      return deepStub();
    },
    openTextDocument: () => Promise.resolve(document),
    findFiles: () => Promise.resolve([]),
  });
  stub.languages = deepStub({
    registerCompletionItemProvider: register('completion'),
    registerHoverProvider: register('hover'),
    registerCodeActionsProvider: register('codeActions'),
    registerDocumentSymbolProvider: register('symbols'),
    registerDocumentLinkProvider: register('links'),
    registerCodeLensProvider: register('codeLens'),
    registerDocumentFormattingEditProvider: register('formatting'),
  });
  stub.commands = deepStub({
    registerCommand: (id: string, run: (...args: unknown[]) => unknown) => {
      registered.commands.set(id, run);
      return deepStub();
    },
    getCommands: () => Promise.resolve([...registered.commands.keys()]),
  });
  stub.window = deepStub({
    registerWebviewPanelSerializer: (viewType: string) => {
      registered.serializers.push(viewType);
      return deepStub();
    },
    activeTextEditor: undefined,
  });
  return stub;
}

function loaded(): { dist: string[]; nodeModules: string[] } {
  const files = Object.keys(require.cache).map((file) => path.relative(ROOT, file).split(path.sep).join('/'));
  return {
    dist: files.filter((file) => file.startsWith('dist/')).sort(),
    nodeModules: files.filter((file) => file.startsWith('node_modules/')),
  };
}

async function main(): Promise<void> {
  installVscodeStub(ROOT, vscodeStub());

  let extension: { activate(context: unknown): unknown } | undefined;
  const ours = { source: 'ai-system-manifest', code: { value: 'dpia-missing' }, message: '', range: deepStub() };
  const [bundle, ...steps] = process.argv.slice(2);
  for (const step of steps) {
    let error: string | undefined;
    let result: unknown;
    try {
      if (step === 'require') extension = require(path.join(ROOT, bundle));
      else if (step === 'activate') result = extension!.activate({ subscriptions: [], extensionUri: deepStub(), extensionPath: ROOT });
      else if (step === 'registered')
        result = {
          commands: [...registered.commands.keys()].sort(),
          providers: [...registered.providers.keys()].sort(),
          serializers: registered.serializers,
          schemes: registered.schemes,
        };
      else if (step === 'completion')
        result = (registered.providers.get('completion') as vscode.CompletionItemProvider).provideCompletionItems(
          document as never,
          { offset: MANIFEST.indexOf('\n') + 1 } as never,
          deepStub() as never,
          deepStub() as never,
        );
      else if (step === 'symbols')
        result = await (registered.providers.get('symbols') as vscode.DocumentSymbolProvider).provideDocumentSymbols(
          document as never,
          deepStub() as never,
        );
      else if (step === 'links')
        result = await (registered.providers.get('links') as vscode.DocumentLinkProvider).provideDocumentLinks(
          document as never,
          deepStub() as never,
        );
      else if (step === 'codeLens')
        result = await (registered.providers.get('codeLens') as vscode.CodeLensProvider).provideCodeLenses(
          document as never,
          deepStub() as never,
        );
      else if (step === 'hover')
        result = (registered.providers.get('hover') as vscode.HoverProvider).provideHover(
          document as never,
          { offset: 2 } as never,
          deepStub() as never,
        );
      else if (step.startsWith('codeActions')) {
        const context = { diagnostics: step === 'codeActions:none' ? [] : [ours], only: undefined, triggerKind: 2 };
        result = await (registered.providers.get('codeActions') as vscode.CodeActionProvider).provideCodeActions(
          document as never,
          deepStub() as never,
          context as never,
          deepStub() as never,
        );
      } else if (step.startsWith('command:')) result = await registered.commands.get(step.slice('command:'.length))!();
      else throw new Error(`unknown step ${step}`);
    } catch (caught) {
      error = caught instanceof Error ? (caught.stack ?? caught.message) : String(caught);
    }
    const summary = Array.isArray(result)
      ? { items: result.length }
      : typeof result === 'object' && result !== null && 'commands' in result
        ? result
        : undefined;
    process.stdout.write(JSON.stringify({ step, ...loaded(), error, result: summary }) + '\n');
  }
  process.exit(0); // the extension's timers would keep the process alive
}

void main();
