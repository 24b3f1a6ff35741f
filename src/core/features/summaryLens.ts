import type { CheckResult } from '../check';
import { assess } from '../assessment/assess';
import { dutyOverview } from '../assessment/dutyStatus';
import { localize } from '../l10n';
import { fillInText, TIER_NAMES, TIER_NOT_DETERMINED } from '../law/tiers';
import type { Edition } from '../law/timeline';
import { dutyCountParts, dutyListText } from '../views/dutyText';
import type { Lang } from '../types';

/**
 * The summary shown at the top of a manifest (a code lens): the tier, how many duties are overdue, due before use,
 * missing later or accepted, and the next duty to do with its date (`assessment/dutyStatus.ts`). Computed from the check result the diagnostics already have (no second check).
 */
export interface SummaryLens {
  /** One line: `High risk · 3 duties overdue · 5 missing later · 1 accepted · next: <duty> from <date>`. */
  title: string;
  /** The same with the missing duties named, for the lens's hover. */
  tooltip: string;
  /** The actions shown beside the summary. */
  actions: { assess: string; timeline: string };
}

export function summaryLens(result: CheckResult, lang: Lang, date: string, edition: Edition): SummaryLens {
  const actions = { assess: localize(lang, 'Assess risk tier'), timeline: localize(lang, 'Show timeline') };
  if (!result.tier) {
    const text =
      result.parsed.syntaxFindings.length > 0
        ? localize(lang, 'Risk tier unknown: fix the YAML syntax errors first')
        : localize(lang, 'Risk tier unknown: the manifest is not a mapping of fields');
    return { title: text, tooltip: text, actions };
  }
  // The one reading of the duties (overdue, due before use, missing later, accepted, next) every summary shares.
  const overview = dutyOverview(assess(result, date, edition));
  // A tier the answers do not decide: "not determined", with what to fill in (never a tier of its own).
  const tier = result.tier.tier
    ? TIER_NAMES[result.tier.tier].short[lang]
    : `${TIER_NOT_DETERMINED.short[lang]} (${fillInText(result.tier.undetermined, lang).replace(/`/g, '')})`;
  const title = [tier, ...dutyCountParts(overview, lang)].join(' · ');
  const list = dutyListText(overview, date, lang);
  return { title, tooltip: list ? `${title}\n\n${list}` : title, actions };
}
