import { localize, type MessageArg } from '../core/l10n';
import { currentLang } from './settings';

/**
 * A message in the extension's language (the `aiSystemManifest.language` setting, not only VS Code's display
 * language). Keys are the English texts, as in VS Code's `l10n/bundle.l10n*.json` format, read by the core's
 * `localize` (one bundle for the core, the CLI and the extension); `{0}`, `{1}` … are replaced by `args`. Every
 * user-facing string of src/extension/ goes through here (test/unit/l10n-bundle.test.ts checks that each has its
 * Danish text).
 */
export function t(message: string, ...args: MessageArg[]): string {
  return localize(currentLang(), message, ...args);
}
