import type { Localized, Tier } from '../types';

/**
 * The tiers' names: `full` as the AI Act's English and Danish texts name them (views, reports),
 * `short` where space is tight (status bar, headings, messages).
 */
export const TIER_NAMES: Record<Tier, { short: Localized; full: Localized }> = {
  prohibited: {
    short: { en: 'Prohibited AI practice', da: 'Forbudt AI-praksis' },
    full: { en: 'Prohibited AI practice', da: 'Forbudt AI-praksis' },
  },
  high: {
    short: { en: 'High risk', da: 'Højrisiko' },
    full: { en: 'High-risk AI system', da: 'Højrisiko-AI-system' },
  },
  limited: {
    short: { en: 'Limited risk', da: 'Begrænset risiko' },
    full: { en: 'Limited risk (transparency obligations)', da: 'Begrænset risiko (gennemsigtighedsforpligtelser)' },
  },
  minimal: {
    short: { en: 'Minimal risk', da: 'Minimal risiko' },
    full: { en: 'Minimal or no risk', da: 'Minimal eller ingen risiko' },
  },
};

/** A tier the answers do not decide (spec: "Risk tier"): never shown as a tier of its own, always with what to fill in. */
export const TIER_NOT_DETERMINED: { short: Localized; full: Localized } = {
  short: { en: 'Risk tier not determined', da: 'Risikoniveau ikke fastlagt' },
  full: { en: 'not determined', da: 'ikke fastlagt' },
};

/** "fill in `riskClassification.practices`, `riskClassification.annexIII`": what decides a tier not determined. */
export function fillInText(fields: readonly (readonly (string | number)[])[], lang: 'en' | 'da'): string {
  const names = fields.map((path) => `\`${path.join('.')}\``).join(', ');
  return lang === 'da' ? `udfyld ${names}` : `fill in ${names}`;
}
