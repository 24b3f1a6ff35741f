import type { ParsedManifest } from '../yaml/parse';
import type { Placeholder } from '../yaml/placeholders';
import type { Finding } from '../types';
import { fieldName, type Rule } from './rule';
import { localized } from '../l10n';

/**
 * Reported by the check itself (`check.ts`), once per placeholder, before any rule reads the data: a placeholder
 * counts as missing everywhere, and this is the one finding on it (spec: "Placeholders").
 */
export const placeholderValue: Rule<'placeholder-value'> = {
  id: 'placeholder-value',
  defaultSeverity: 'error',
  description: localized('A value is a placeholder (TODO, TBD, FIXME, XXX, "..."): it counts as missing until it is filled in.'),
  articles: 'Manifest format v1',
  evidence: 'every-duty',
};

const SHOWN_LENGTH = 60;

/** One `placeholder-value` finding per placeholder, at its own range. */
export function placeholderFindings(parsed: ParsedManifest, placeholders: readonly Placeholder[]): Finding[] {
  return placeholders.map(({ path, value }) => {
    const trimmed = value.trim();
    const shown = trimmed.length > SHOWN_LENGTH ? `${trimmed.slice(0, SHOWN_LENGTH)}…` : trimmed;
    const item = typeof path[path.length - 1] === 'number';
    return {
      ruleId: 'placeholder-value',
      severity: 'error',
      message: item
        ? localized(
            "`{0}` is a placeholder ('{1}'): fill in the list item or remove it. Until then it counts as missing.",
            fieldName(path),
            shown,
          )
        : path.length > 0
          ? localized("`{0}` is a placeholder ('{1}'): fill it in. Until then the field counts as missing.", fieldName(path), shown)
          : localized("The manifest is a placeholder ('{0}'): fill it in. Until then the field counts as missing.", shown),
      range: parsed.locate(path).range,
      path,
    };
  });
}
