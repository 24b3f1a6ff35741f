// Danish in one place (issue 22): a user-visible text is written once in English in the code, and its Danish text is
// in l10n/bundle.l10n.da.json (src/core/l10n.ts). This test fails on a `{ en: '…', da: '…' }` pair written in the
// code of the folders below: a `da:` property whose value is a string or template literal; and on a choice of text
// by language, `lang === 'da' ? '…' : '…'` (or `da ? … : …`), whose branches are string or template literals. Data
// files (JSON beside a schema or the law's timeline) are not code and are not read. A lane that moves a folder's
// texts adds it here.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript-eslint-typescript';

const root = path.resolve(__dirname, '..', '..', '..');

/** The folders (and single files) whose texts are in the bundle. */
const CLEAN = [
  'src/core/features',
  'src/core/views',
  'src/core/register',
  'src/core/rules',
  'src/core/law',
  'src/core/assessment',
  'src/core/acceptance.ts',
  'src/core/schema.ts',
  'src/core/yaml',
  'src/core/documents',
  'src/core/templates',
  'src/core/check.ts',
  'src/core/format.ts',
  'src/core/counts.ts',
  'src/core/errors.ts',
  'src/core/manifestFiles.ts',
  'src/core/types.ts',
  'src/cli',
  'src/extension',
];

interface TextPair {
  file: string;
  line: number;
  text: string;
}

function isText(node: ts.Node): boolean {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
}

/** A string or template literal with a letter in its written part: words, not a separator or a date's layout. */
function hasWords(node: ts.Node): boolean {
  const written =
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
      ? node.text
      : ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ')
        : '';
  return /\p{L}/u.test(written);
}

/** A function written to give a text (`(count) => (count === 1 ? '1 fund' : `${count} fund`)`): its words are a text pair too. */
function returnsWords(node: ts.Node): boolean {
  const written = (expression: ts.Node): boolean => {
    const inner = ts.isParenthesizedExpression(expression) ? expression.expression : expression;
    if (ts.isConditionalExpression(inner)) return written(inner.whenTrue) || written(inner.whenFalse);
    return hasWords(inner);
  };
  return ts.isArrowFunction(node) && !ts.isBlock(node.body) && written(node.body);
}

/** `lang === 'da'`, `'da' !== lang`, `x.lang === 'en'`, or a variable named `da`: a test of the output's language. */
function isLanguageTest(node: ts.Expression): boolean {
  const inner = ts.isParenthesizedExpression(node) ? node.expression : node;
  if (ts.isIdentifier(inner)) return inner.text === 'da';
  if (!ts.isBinaryExpression(inner)) return false;
  const operator = inner.operatorToken.kind;
  const equality = [
    ts.SyntaxKind.EqualsEqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsEqualsToken,
    ts.SyntaxKind.EqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsToken,
  ].includes(operator);
  const isLanguage = (side: ts.Expression) => ts.isStringLiteral(side) && (side.text === 'da' || side.text === 'en');
  return equality && (isLanguage(inner.left) || isLanguage(inner.right));
}

/**
 * The `da:` properties of `source` whose value is written as a string or template literal, and the choices by
 * language (`lang === 'da' ? 'ja' : 'yes'`) with a text written in a branch.
 */
export function textPairs(source: string, file: string): TextPair[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const pairs: TextPair[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) &&
      node.name.text === 'da' &&
      (isText(node.initializer) || returnsWords(node.initializer))
    ) {
      const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      pairs.push({ file, line, text: node.initializer.getText(tree) });
    }
    if (ts.isFunctionLike(node) && node.parameters.map((p) => p.name.getText(tree)).join(',') === 'en,da') {
      // A helper that makes the pair from two arguments (`L('Cancel', 'Annullér')`): its calls are text pairs.
      const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      pairs.push({ file, line, text: node.getText(tree).split('\n')[0] });
    }
    if (ts.isConditionalExpression(node) && isLanguageTest(node.condition) && (hasWords(node.whenTrue) || hasWords(node.whenFalse))) {
      const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      pairs.push({ file, line, text: node.getText(tree).replace(/\s+/g, ' ') });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return pairs;
}

function sourceFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((child) =>
      child.isDirectory() || (child.name.endsWith('.ts') && !child.name.endsWith('.d.ts')) ? sourceFiles(`${entry}/${child.name}`) : [],
    );
}

describe('no { en, da } text pairs in the code', () => {
  it('finds a text pair, written as a string, a template, a quoted key or a function that gives the text', () => {
    const sample = [
      "const A = { en: 'Cancel', da: 'Annullér' };",
      'const B = { en: `${x} is missing`, da: `${x} mangler` };',
      "const C = { en: 'x', 'da': \"y\" };",
      'const D = { en: `plain`, da: `ren` };',
      "const E = { en: (n: number) => (n === 1 ? '1 finding' : `${n} findings`), da: (n: number) => (n === 1 ? '1 fund' : `${n} fund`) };",
      'const F = { en: (n: number) => n, da: (n: number) => `${n}` };',
    ].join('\n');
    assert.deepEqual(
      textPairs(sample, 'sample.ts').map((p) => p.line),
      [1, 2, 3, 4, 5],
    );
  });

  it('finds a choice of text by language, written as strings or templates in either branch', () => {
    const sample = [
      "const A = lang === 'da' ? 'ja' : 'yes';",
      'const B = lang !== "en" ? `${n} fejl` : `${n} errors`;',
      "const C = da ? 'Begrundelser:' : 'Reasons:';",
      "const D = ('da' === options.lang) ? name : 'unknown';",
      "const E = lang === 'da'\n  ? 'Heraf'\n  : 'Of these';",
      'const L = (en: string, da: string): Localized => ({ en, da });',
      'function pair(en: string, da: string) { return { en, da }; }',
    ].join('\n');
    assert.deepEqual(
      textPairs(sample, 'sample.ts').map((p) => p.line),
      [1, 2, 3, 4, 5, 8, 9],
    );
  });

  it('leaves the lookups, and Danish texts read from data, alone', () => {
    const sample = [
      "const A = localized('Cancel');",
      "const B = { en: localize('en', 'Cancel'), da: localize('da', 'Cancel') };",
      'const C = { en: point.en, da: point.da };',
      "const lang = 'da';",
      "const D = lang === 'da' ? localize(lang, 'Yes') : other;",
      "const E = vscode.env.language.startsWith('da') ? 'da' : 'en';",
      "const F = status === 'met' ? 'ok' : 'no';",
      "const G = lang === 'da' ? ';' : ',';",
      "const H = lang === 'da' ? `${day}. ${month} ${year}` : `${day} ${month} ${year}`;",
    ].join('\n');
    assert.deepEqual(textPairs(sample, 'sample.ts'), []);
  });

  for (const folder of CLEAN) {
    it(`${folder} writes its Danish texts in the bundle`, () => {
      const files = sourceFiles(folder);
      assert.ok(files.length > 0, `no source files in ${folder}`);
      const pairs = files.flatMap((file) => textPairs(fs.readFileSync(path.join(root, file), 'utf8'), file));
      assert.deepEqual(
        pairs.map((p) => `${p.file}:${p.line} da: ${p.text}`),
        [],
        'move these texts to l10n/bundle.l10n.da.json (src/core/l10n.ts: localize / localized)',
      );
    });
  }
});
