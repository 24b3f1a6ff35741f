import danish from '../../l10n/bundle.l10n.da.json';
import { format } from '../core/format';
import { currentLang } from './settings';

const DA: Record<string, string> = danish;

/**
 * A message in the extension's language (the `aiSystemManifest.language` setting, not only VS Code's display
 * language). Keys are the English texts, as in VS Code's `l10n/bundle.l10n*.json` format; `{0}`, `{1}` … are
 * replaced by `args`. Every user-facing string of src/extension/ goes through here (test/unit/l10n.test.ts checks
 * that each has its Danish text).
 */
export function t(message: string, ...args: (string | number)[]): string {
  const template = currentLang() === 'da' ? (DA[message] ?? message) : message;
  return format(template, ...args);
}
