import type { CheckResult } from '../check';
import { assess, type Obligation } from '../assessment/assess';
import { fillInText, TIER_NAMES, TIER_NOT_DETERMINED } from '../law/tiers';
import { formatDate, type Edition } from '../law/timeline';
import type { Lang, Localized } from '../types';

/**
 * The summary shown at the top of a manifest (a code lens): the tier, how many duties are missing, and the next
 * duty that applies with its date. Computed from the check result the diagnostics already have (no second check).
 */
export interface SummaryLens {
  /** One line: `High risk · 3 duties missing · next: <duty> from <date>`. */
  title: string;
  /** The same with the missing duties named, for the lens's hover. */
  tooltip: string;
  /** The actions shown beside the summary. */
  actions: { assess: string; timeline: string };
}

const TEXTS = {
  unknown: { en: 'Risk tier unknown: fix the YAML syntax errors first', da: 'Risikoniveau ukendt: ret først YAML-syntaksfejlene' },
  notMapping: {
    en: 'Risk tier unknown: the manifest is not a mapping of fields',
    da: 'Risikoniveau ukendt: manifestet er ikke en samling felter',
  },
  noneMissing: { en: 'no duty missing', da: 'ingen forpligtelser mangler' },
  missing: {
    en: (n: number) => (n === 1 ? '1 duty missing' : `${n} duties missing`),
    da: (n: number) => (n === 1 ? '1 forpligtelse mangler' : `${n} forpligtelser mangler`),
  },
  next: {
    en: (duty: string, date: string) => `next: ${duty} from ${date}`,
    da: (duty: string, date: string) => `næste: ${duty} fra ${date}`,
  },
  missingHeading: { en: 'Missing:', da: 'Mangler:' },
  assess: { en: 'Assess risk tier', da: 'Vurdér risikoniveau' },
  timeline: { en: 'Show timeline', da: 'Vis tidslinje' },
} as const;

export function summaryLens(result: CheckResult, lang: Lang, date: string, edition: Edition): SummaryLens {
  const actions = { assess: TEXTS.assess[lang], timeline: TEXTS.timeline[lang] };
  if (!result.tier) {
    const text = (result.parsed.syntaxFindings.length > 0 ? TEXTS.unknown : TEXTS.notMapping)[lang];
    return { title: text, tooltip: text, actions };
  }
  const assessment = assess(result, date, edition);
  const missing = assessment.obligations.filter((obligation) => obligation.status === 'missing');
  // A tier the answers do not decide: "not determined", with what to fill in (never a tier of its own).
  const tier = result.tier.tier
    ? TIER_NAMES[result.tier.tier].short[lang]
    : `${TIER_NOT_DETERMINED.short[lang]} (${fillInText(result.tier.undetermined, lang).replace(/`/g, '')})`;
  const parts = [tier, missing.length === 0 ? TEXTS.noneMissing[lang] : TEXTS.missing[lang](missing.length)];
  const next = nextDuty(assessment.obligations);
  if (next?.appliesFrom) parts.push(TEXTS.next[lang](next.text[lang], formatDate(next.appliesFrom, lang)));
  const title = parts.join(' · ');
  const tooltip =
    missing.length === 0
      ? title
      : `${title}\n\n${TEXTS.missingHeading[lang]}\n${missing.map((obligation) => `- ${text(obligation.text, lang)}`).join('\n')}`;
  return { title, tooltip, actions };
}

/** The duty that applies next after the date: the earliest of those not yet applicable (first listed on a tie). */
function nextDuty(obligations: readonly Obligation[]): Obligation | undefined {
  let next: Obligation | undefined;
  for (const obligation of obligations) {
    if (obligation.status !== 'not-yet-applicable') continue;
    if (!obligation.appliesFrom) continue;
    if (!next?.appliesFrom || obligation.appliesFrom < next.appliesFrom) next = obligation;
  }
  return next;
}

function text(localized: Localized, lang: Lang): string {
  return localized[lang];
}
