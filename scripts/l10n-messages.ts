// The English messages of the code, found the way @vscode/l10n-dev finds them: calls whose message is a string
// literal. `localize(lang, '…', …)` and `localized('…', …)` in src/core and src/cli, `t('…', …)` in src/extension.
// Used by test/unit/l10n-bundle.test.ts and by `npm run l10n:extract`, which writes l10n/bundle.l10n.json.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript-eslint-typescript';

export interface MessageUse {
  message: string;
  file: string;
  line: number;
}

export interface MessageScan {
  messages: MessageUse[];
  /** Calls whose message is not a literal: the bundle cannot be checked for them. */
  notLiteral: MessageUse[];
}

/** Which argument holds the message, per function name and folder. */
const CALLS: { folder: string; callee: string; index: number }[] = [
  { folder: 'src/core', callee: 'localize', index: 1 },
  { folder: 'src/core', callee: 'localized', index: 0 },
  { folder: 'src/cli', callee: 'localize', index: 1 },
  { folder: 'src/cli', callee: 'localized', index: 0 },
  { folder: 'src/extension', callee: 't', index: 0 },
  { folder: 'src/extension', callee: 'localize', index: 1 },
  { folder: 'src/extension', callee: 'localized', index: 0 },
];

/** The modules that define the lookups pass their parameter on. */
const DEFINITIONS = new Set(['src/core/l10n.ts', 'src/extension/l10n.ts']);

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

export function scanMessages(root: string): MessageScan {
  const messages: MessageUse[] = [];
  const notLiteral: MessageUse[] = [];
  for (const folder of [...new Set(CALLS.map((c) => c.folder))]) {
    const callees = new Map(CALLS.filter((c) => c.folder === folder).map((c) => [c.callee, c.index]));
    for (const file of sourceFiles(path.join(root, folder))) {
      const relative = path.relative(root, file).split(path.sep).join('/');
      if (DEFINITIONS.has(relative)) continue;
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && callees.has(node.expression.text)) {
          const arg = node.arguments[callees.get(node.expression.text)!];
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)))
            messages.push({ message: arg.text, file: relative, line });
          else notLiteral.push({ message: arg ? arg.getText(source) : '(none)', file: relative, line });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return { messages, notLiteral };
}

/** The `{0}`, `{1}` … of a text (and the `{org}`-style names a page fills in itself), sorted, as one string. */
export function placeholders(text: string): string {
  return [...text.matchAll(/\{(?:\d+|[a-z][A-Za-z]*)\}/g)]
    .map((m) => m[0])
    .sort()
    .join(',');
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  const { messages, notLiteral } = scanMessages(root);
  for (const use of notLiteral) console.error(`${use.file}:${use.line}: the message is not a string literal: ${use.message}`);
  // The bundle's order is kept (fewer merge conflicts between branches): messages no longer used leave, new ones are added at the end.
  const bundle = path.join(root, 'l10n', 'bundle.l10n.json');
  const used = new Set(messages.map((m) => m.message));
  const previous = Object.keys(JSON.parse(fs.readFileSync(bundle, 'utf8')) as Record<string, string>);
  const order = [...new Set([...previous.filter((m) => used.has(m)), ...used])];
  const english = Object.fromEntries(order.map((m) => [m, m]));
  fs.writeFileSync(bundle, JSON.stringify(english, null, 2) + '\n');
  const danish = JSON.parse(fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.da.json'), 'utf8')) as Record<string, string>;
  const untranslated = Object.keys(english).filter((m) => !(m in danish));
  for (const m of untranslated) console.error(`no Danish text: ${JSON.stringify(m)}`);
  const unused = Object.keys(danish).filter((m) => !(m in english));
  for (const m of unused) console.error(`unused in bundle.l10n.da.json: ${JSON.stringify(m)}`);
  process.exitCode = notLiteral.length + untranslated.length + unused.length > 0 ? 1 : 0;
}
