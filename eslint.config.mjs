// ESLint: typescript-eslint's recommended rules with type information, and the layering of the code as import rules
// (src/core pure: no vscode, no Node built-ins, no clock, no network; src/cli without vscode). `npm run lint`.
import './scripts/eslint-typescript.cjs';
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const NODE_GLOBALS = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    '__dirname',
    '__filename',
    'require',
    'module',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'URL',
    'TextDecoder',
    'TextEncoder',
    'structuredClone',
    'URLSearchParams',
    'fetch',
    'AbortSignal',
  ].map((name) => [name, 'readonly']),
);
const NODE_BUILTINS = [...new Set(builtinModules.flatMap((name) => [name, `node:${name}`, `${name}/*`, `node:${name}/*`]))];

/**
 * The layers of src/core, bottom to top: a module imports only from its own layer and the layers below it (type
 * imports too), so each layer can be read, tested and changed with only what is under it. An entry is a folder or a
 * module (without `.ts`) of src/core.
 */
export const CORE_LAYERS = [
  ['types', 'format', 'errors', 'l10n', 'counts'], // the shared vocabulary; the Danish texts (l10n/bundle.l10n.da.json)
  ['yaml'], // loading the manifest, with source ranges; placeholders
  ['law'], // facts of the law: dates, tiers, vocabulary, which duties apply, when a DPIA, FRIA or registration is required
  ['templates', 'generated/templates'], // the documentation templates, as data
  ['documents'], // whether a linked document is written
  ['schema', 'generated/manifestValidator'],
  ['rules'], // the rule catalogue: one module per rule
  ['acceptance', 'check', 'manifestFiles'], // running the rules over a manifest; accepted findings
  ['assessment'], // the duties of one system and their status
  ['register', 'views'], // many systems; what the editor and the CLI show
  ['features'], // the editor's features, computed
];

/** `@typescript-eslint/no-restricted-imports` options forbidding, from a module at `depth` folders under src/core, every layer above `layer`. */
function upwardImports(layer, depth) {
  const above = CORE_LAYERS.slice(layer + 1).flat();
  const prefix = depth === 0 ? '\\./' : '\\.\\./';
  return {
    patterns: [
      {
        regex: `^${prefix}(${above.map((entry) => entry.replace('/', '\\/')).join('|')})(\\/|$)`,
        message: `src/core's layers (CORE_LAYERS in eslint.config.mjs) import downwards only: this layer is below ${above.join(', ')}.`,
      },
    ],
  };
}

const CORE_LAYER_CONFIGS = CORE_LAYERS.flatMap((entries, layer) =>
  layer === CORE_LAYERS.length - 1
    ? []
    : [
        { files: entries.map((entry) => (entry.includes('/') ? `src/core/${entry}.ts` : `src/core/${entry}/**/*.ts`)), depth: 1 },
        { files: entries.filter((entry) => !entry.includes('/')).map((entry) => `src/core/${entry}.ts`), depth: 0 },
      ]
        .filter(({ files }) => files.length > 0)
        .map(({ files, depth }) => ({
          files,
          rules: { '@typescript-eslint/no-restricted-imports': ['error', upwardImports(layer, depth)] },
        })),
);
const VSCODE = { name: 'vscode', message: 'vscode belongs in src/extension: src/core and src/cli run without the editor.' };

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.vscode-test/', '.vscode-test-web/', 'src/core/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: NODE_GLOBALS, sourceType: 'module' },
  },
  {
    // Mocha's globals; the callbacks handed to the page run in the browser.
    files: ['test/browser/**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        ['describe', 'it', 'before', 'after', 'beforeEach', 'afterEach', 'document', 'window', 'getComputedStyle'].map((name) => [
          name,
          'readonly',
        ]),
      ),
    },
  },
  {
    // The timeline webview's script runs in the panel's page: browser globals, no Node, no vscode; type-checked with
    // src/webview/tsconfig.json (the DOM library), found by the project service.
    files: ['src/webview/**/*.ts'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'acquireVsCodeApi',
          'document',
          'window',
          'CSS',
          'Element',
          'HTMLElement',
          'HTMLButtonElement',
          'Node',
          'MessageEvent',
          'console',
        ].map((name) => [name, 'readonly']),
      ),
    },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'The webview runs in the page: it talks to the extension by messages only.' }],
          patterns: [{ group: NODE_BUILTINS, message: 'The webview runs in the browser: no Node built-ins.' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require'],
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    // The core is pure TypeScript: it runs in the extension host, the CLI, the browser and plain Node tests alike.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [VSCODE],
          patterns: [
            {
              group: NODE_BUILTINS,
              message: 'src/core uses no Node built-ins (files, network, process): the adapters in src/extension and src/cli do.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'process', 'require', 'performance'].map((name) => ({
          name,
          message: `src/core touches no network, process or clock (${name}).`,
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'src/core reads no clock: take the date as an argument.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core reads no clock: take the date as an argument.',
        },
      ],
    },
  },
  {
    // These load modules on first use on purpose (activation time; a bench child process that must start clean).
    files: ['src/extension/**/*.ts', 'scripts/bench.ts', 'test/unit/bundle-host.ts', 'test/integration/index.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The AI systems view's model is required when the view first asks for its items (aiSystemsRegistration.ts): a
    // value import anywhere would load it at activation.
    files: ['src/extension/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\./aiSystemsView$',
              allowTypeImports: true,
              message: 'Loaded on first use: import its types only, and require it where the view needs it.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests build manifests of any shape on purpose (the checker takes `unknown`), change them in place, and read the
    // CLI's JSON output: typing each of those objects would restate the schema in the tests.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Ids shared with package.json live in src/extension/ids.ts only, where test/unit/contributions.test.ts checks them.
    files: ['src/extension/**/*.ts'],
    ignores: ['src/extension/ids.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^(aiSystemManifest([.].*)?|ai-system-yaml)$/]',
          message: 'A contributed id (command, view, setting, language, context key): take it from src/extension/ids.ts.',
        },
      ],
    },
  },
  ...CORE_LAYER_CONFIGS,
  {
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [VSCODE] }] },
  },
);
