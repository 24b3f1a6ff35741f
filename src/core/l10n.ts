import danish from '../../l10n/bundle.l10n.da.json';
import { format } from './format';
import type { Lang, Localized } from './types';

/**
 * The user-visible texts of the core, the CLI and the extension follow VS Code's convention: the English text
 * stays in the code where it is used, and its translation lives in `l10n/bundle.l10n.da.json`, keyed by the
 * English text, with `{0}`-style arguments. The extension's `t()` reads the same bundle as this module, so a text
 * is translated once.
 *
 * Why not `@vscode/l10n`: its `config()` sets one language for the whole process, and the core takes the language
 * per call (the CLI, the register and the tests render both languages in one run). This lookup is what
 * `@vscode/l10n` does with a bundle: a key lookup and `{0}` substitution.
 *
 * Write the message as a string literal in the call (`localize(lang, 'Risk tier: {0}', name)`): the bundle test
 * (test/unit/l10n-bundle.test.ts) finds the calls in the source and checks that each has its Danish text with the
 * same arguments, and that the bundle holds nothing else.
 */
const DA: Readonly<Record<string, string>> = danish;

/** An argument of a message: a value, or a text in both languages (the one of the message's language is used). */
export type MessageArg = string | number | Localized;

function argIn(lang: Lang, arg: MessageArg): string | number {
  return typeof arg === 'object' ? arg[lang] : arg;
}

/** The message in `lang`, its `{0}`, `{1}` … replaced by `args`. A message without a Danish text stays English. */
export function localize(lang: Lang, message: string, ...args: MessageArg[]): string {
  const template = lang === 'da' ? (DA[message] ?? message) : message;
  return format(template, ...args.map((arg) => argIn(lang, arg)));
}

/** The message in both languages (for a finding, a duty or a heading that is shown later in either). */
export function localized(message: string, ...args: MessageArg[]): Localized {
  return { en: localize('en', message, ...args), da: localize('da', message, ...args) };
}
