import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '../../..');

// eslint.config.mjs as `npm run lint` applies it, less the rules that need type information (no program is built).
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => /^(@typescript-eslint\/)?no-restricted-/.test(ruleId),
});

/** The rule ids ESLint (eslint.config.mjs) reports for `text` as if it were the file `file`. */
async function reported(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(root, file) });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

// The boundaries of the layers are ESLint rules (`npm run lint`); this shows that they fire, file by file.
describe('the layers are lint rules', function () {
  this.timeout(120_000);

  it('src/core: no vscode, no Node built-ins, no clock, no network', async () => {
    const file = 'src/core/check.ts';
    assert.deepEqual(await reported(file, `export const x = 1;\n`), []);
    for (const text of [
      `import * as vscode from 'vscode';\nexport const x = vscode;\n`,
      `import * as fs from 'node:fs';\nexport const x = fs;\n`,
      `import { readFileSync } from 'fs';\nexport const x = readFileSync;\n`,
      `import { join } from 'node:path/posix';\nexport const x = join;\n`,
    ]) {
      assert.deepEqual(await reported(file, text), ['no-restricted-imports'], text);
    }
    assert.deepEqual(await reported(file, `export const x = Date.now();\n`), ['no-restricted-syntax']);
    assert.deepEqual(await reported(file, `export const x = new Date();\n`), ['no-restricted-syntax']);
    assert.deepEqual(await reported(file, `export const x = new Date('2026-01-01');\n`), []);
    assert.deepEqual(await reported(file, `export const x = fetch('https://example.org');\n`), ['no-restricted-globals']);
  });

  it('src/cli: no vscode, Node built-ins allowed', async () => {
    const file = 'src/cli/files.ts';
    assert.deepEqual(await reported(file, `import * as vscode from 'vscode';\nexport const x = vscode;\n`), ['no-restricted-imports']);
    assert.deepEqual(await reported(file, `import * as fs from 'node:fs';\nexport const x = fs;\n`), []);
  });

  it('src/extension may use vscode', async () => {
    assert.deepEqual(await reported('src/extension/l10n.ts', `import * as vscode from 'vscode';\nexport const x = vscode;\n`), []);
  });

  it('src/extension: contributed ids only from ids.ts', async () => {
    for (const literal of ["'aiSystemManifest.showTimeline'", "'aiSystemManifest'", "'ai-system-yaml'"])
      assert.deepEqual(await reported('src/extension/statusBar.ts', `export const x = ${literal};\n`), ['no-restricted-syntax'], literal);
    assert.deepEqual(await reported('src/extension/ids.ts', `export const x = 'aiSystemManifest.showTimeline';\n`), []);
    assert.deepEqual(await reported('src/extension/statusBar.ts', `export const x = 'aiSystemManifestation';\n`), []);
  });

  it('src/extension: the lazily loaded AI systems view model only as types', async () => {
    const file = 'src/extension/registrations.ts';
    assert.deepEqual(await reported(file, `import { AiSystemsModel } from './aiSystemsView';\nexport const x = AiSystemsModel;\n`), [
      '@typescript-eslint/no-restricted-imports',
    ]);
    assert.deepEqual(await reported(file, `import type { AiSystemsModel } from './aiSystemsView';\nexport type X = AiSystemsModel;\n`), []);
  });

  it('src/core: a layer imports only from itself and the layers below (CORE_LAYERS), type imports too', async () => {
    const upward = ['@typescript-eslint/no-restricted-imports'];
    // law/ is below rules/, the assessment and the views.
    assert.deepEqual(await reported('src/core/law/risk.ts', `import { RULES } from '../rules/index';\nexport const x = RULES;\n`), upward);
    assert.deepEqual(
      await reported('src/core/law/risk.ts', `import type { Assessment } from '../assessment/assess';\nexport type X = Assessment;\n`),
      upward,
    );
    // A module at the top of src/core (types.ts is the bottom layer).
    assert.deepEqual(
      await reported('src/core/types.ts', `import type { RuleId } from './rules/index';\nexport type X = RuleId;\n`),
      upward,
    );
    // rules/ is below check.ts; a generated module belongs to its own layer.
    assert.deepEqual(
      await reported('src/core/rules/schema.ts', `import { checkManifestText } from '../check';\nexport const x = checkManifestText;\n`),
      upward,
    );
    assert.deepEqual(
      await reported(
        'src/core/templates/index.ts',
        `import { validateManifest } from '../generated/manifestValidator';\nexport const x = validateManifest;\n`,
      ),
      upward,
    );
    // Downwards and within a layer is allowed.
    assert.deepEqual(
      await reported('src/core/rules/schema.ts', `import { computeTier } from '../law/risk';\nexport const x = computeTier;\n`),
      [],
    );
    assert.deepEqual(await reported('src/core/law/risk.ts', `import { dutyDate } from './dutyDate';\nexport const x = dutyDate;\n`), []);
    assert.deepEqual(await reported('src/core/check.ts', `import { RULES } from './rules/index';\nexport const x = RULES;\n`), []);
    assert.deepEqual(
      await reported('src/core/features/fixes.ts', `import { assess } from '../assessment/assess';\nexport const x = assess;\n`),
      [],
    );
  });
});
