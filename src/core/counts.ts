import { localize } from './l10n';
import type { Lang } from './types';

type Noun = 'manifest' | 'error' | 'warning' | 'information' | 'accepted' | 'finding';

/**
 * Each count as a whole message per number, so the Danish bundle holds the noun that agrees ("1 advarsel", "2
 * advarsler"). English keeps the "(s)" the CLI's summary has always had: scripts and CI recipes match it. The
 * outline's count of findings is no CLI output and says "1 finding", "3 findings".
 */
const COUNTS: Record<Noun, (lang: Lang, count: number) => string> = {
  manifest: (lang, count) => (count === 1 ? localize(lang, '1 manifest(s)') : localize(lang, '{0} manifest(s)', count)),
  error: (lang, count) => (count === 1 ? localize(lang, '1 error(s)') : localize(lang, '{0} error(s)', count)),
  warning: (lang, count) => (count === 1 ? localize(lang, '1 warning(s)') : localize(lang, '{0} warning(s)', count)),
  information: (lang, count) => (count === 1 ? localize(lang, '1 information') : localize(lang, '{0} information', count)),
  accepted: (lang, count) => (count === 1 ? localize(lang, '1 accepted') : localize(lang, '{0} accepted', count)),
  finding: (lang, count) => (count === 1 ? localize(lang, '1 finding') : localize(lang, '{0} findings', count)),
};

/** A count with its noun in the number that agrees: "1 advarsel", "2 advarsler". */
export function counted(count: number, noun: Noun, lang: Lang): string {
  return COUNTS[noun](lang, count);
}

/** "2 error(s), 1 warning(s), 0 information" / "2 fejl, 1 advarsel, 0 oplysninger". */
export function findingCounts(counts: { errors: number; warnings: number; information: number }, lang: Lang): string {
  return [
    counted(counts.errors, 'error', lang),
    counted(counts.warnings, 'warning', lang),
    counted(counts.information, 'information', lang),
  ].join(', ');
}
