import { localize, localized } from '../l10n';
import type { Localized, Tier } from '../types';

/**
 * The tiers' names: `full` as the AI Act's English and Danish texts name them (views, reports),
 * `short` where space is tight (status bar, headings, messages).
 */
export const TIER_NAMES: Record<Tier, { short: Localized; full: Localized }> = {
  prohibited: {
    short: localized('Prohibited AI practice'),
    full: localized('Prohibited AI practice'),
  },
  high: {
    short: localized('High risk'),
    full: localized('High-risk AI system'),
  },
  limited: {
    short: localized('Limited risk'),
    full: localized('Limited risk (transparency obligations)'),
  },
  minimal: {
    short: localized('Minimal risk'),
    full: localized('Minimal or no risk'),
  },
};

/** A tier the answers do not decide (spec: "Risk tier"): never shown as a tier of its own, always with what to fill in. */
export const TIER_NOT_DETERMINED: { short: Localized; full: Localized } = {
  short: localized('Risk tier not determined'),
  full: localized('not determined'),
};

/** "fill in `riskClassification.practices`, `riskClassification.annexIII`": what decides a tier not determined. */
export function fillInText(fields: readonly (readonly (string | number)[])[], lang: 'en' | 'da'): string {
  const names = fields.map((path) => `\`${path.join('.')}\``).join(', ');
  return localize(lang, 'fill in {0}', names);
}
