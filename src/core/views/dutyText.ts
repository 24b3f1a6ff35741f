/**
 * The texts every view shares about a duty's date: the date with why it is this system's own and how sure it is,
 * and the count of future gaps ("2 gaps in duties from {date}"). The assessment (CLI and editor), the
 * timeline panel and the status bar use them, so they tell one story.
 */
import type { Assessment, Obligation } from '../assessment/assess';
import { dutyState, type DutyOverview } from '../assessment/dutyStatus';
import { certaintyNote, editionLabel, UNDATED } from '../law/dutyDate';
import { formatDate, type Certainty } from '../law/timeline';
import type { Lang, Localized } from '../types';
import { localize, localized } from '../l10n';
import { counted } from '../counts';

/** How many of the given dates fall on each date, in date order. */
export function countByDate(dates: readonly string[]): { date: string; count: number }[] {
  const byDate = new Map<string, number>();
  for (const date of dates) byDate.set(date, (byDate.get(date) ?? 0) + 1);
  return [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([date, count]) => ({ date, count }));
}

/** Duties not yet applicable whose evidence is missing, by the date they apply (the assessment's future gaps). */
export function futureGaps(assessment: Pick<Assessment, 'obligations'>): { date: string; count: number }[] {
  return countByDate(
    assessment.obligations.flatMap((o) => (o.status === 'not-yet-applicable' && o.gap && o.appliesFrom ? [o.appliesFrom] : [])),
  );
}

/** "{date} — in service since …, and not significantly changed since (Art. 111(2)); date from secondary sources". */
export function dateWithReason(
  date: string | undefined,
  reason: Localized | undefined,
  certainty: Certainty,
  lang: Lang,
  mayApplyFrom?: string,
): string {
  if (date === undefined) return UNDATED[lang];
  // Where the certainty has a column of its own ('primary' passed), the other reading of the sources still shows.
  const note =
    certainty === 'primary' && mayApplyFrom
      ? localize(lang, 'may apply from {0}', formatDate(mayApplyFrom, lang))
      : certaintyNote(certainty, mayApplyFrom)?.[lang];
  const parts = [reason?.[lang], note].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? `${formatDate(date, lang)} — ${parts.join('; ')}` : formatDate(date, lang);
}

/** How sure a date is, in words. */
export function certaintyLabel(certainty: Certainty, lang: Lang): string {
  if (certainty === 'primary') return localize(lang, 'checked against the Official Journal');
  if (certainty === 'secondary') return localize(lang, 'secondary sources only');
  return localize(lang, 'not settled in the sources');
}

/** "2 gaps in duties from {date}; 1 gap in duties from {date}", or '' when there is none. */
export function futureGapsText(source: Pick<Assessment, 'obligations'> | { date: string; count: number }[], lang: Lang): string {
  return (Array.isArray(source) ? source : futureGaps(source))
    .map(({ date, count }) =>
      count === 1
        ? localize(lang, '1 gap in duties from {0}', formatDate(date, lang))
        : localize(lang, '{0} gaps in duties from {1}', count, formatDate(date, lang)),
    )
    .join('; ');
}

/** The edition the assessment's dates follow, labelled when it was not the law on the date. */
export function assessmentEditionLabel(assessment: Pick<Assessment, 'edition' | 'editionInForce' | 'date'>, lang: Lang): string {
  return editionLabel(
    { edition: assessment.edition, choice: assessment.edition, inForce: assessment.editionInForce },
    assessment.date,
    lang,
  );
}

/**
 * When a duty is due, as every summary names it: "overdue since {date}" (it applies and is missing), "due before the
 * system is used" (a DPIA or FRIA in progress), "from {date}" (it applies later), or "met" / "accepted".
 */
export function dutyWhen(
  obligation: Pick<Obligation, 'status'> & { gap?: boolean; appliesFrom?: string | null },
  date: string,
  lang: Lang,
): string {
  const state = dutyState({ gap: false, ...obligation }, date);
  // A duty without a date is in force on every date (Forvaltningsloven): "missing", with no "since".
  const on = obligation.appliesFrom ? formatDate(obligation.appliesFrom, lang) : UNDATED[lang];
  if (state === 'overdue' && !obligation.appliesFrom) return localize(lang, 'missing ({0})', on);
  if (state === 'overdue') return localize(lang, 'overdue since {0}', on);
  if (state === 'due-before-use') return localize(lang, 'due before the system is used');
  if (state === 'met') return localize(lang, 'met');
  if (state === 'accepted') return localize(lang, 'accepted');
  return localize(lang, 'from {0}', on);
}

/**
 * The counts every summary shows, in one order: overdue (or "no duty missing now" when duties are missing only
 * later, never "no duty missing" beside their errors), due before use, missing later, accepted; then the next duty.
 */
export function dutyCountParts(overview: DutyOverview, lang: Lang): string[] {
  const { overdue, dueBeforeUse, missingLater, accepted, next } = overview;
  const parts: string[] = [];
  if (overdue.length === 1) parts.push(localize(lang, '1 duty overdue'));
  else if (overdue.length > 1) parts.push(localize(lang, '{0} duties overdue', overdue.length));
  else if (dueBeforeUse.length + missingLater.length > 0) parts.push(localize(lang, 'no duty missing now'));
  else parts.push(localize(lang, 'no duty missing'));
  if (dueBeforeUse.length > 0) parts.push(localize(lang, '{0} due before use', dueBeforeUse.length));
  if (missingLater.length > 0) parts.push(localize(lang, '{0} missing later', missingLater.length));
  if (accepted.length > 0) parts.push(counted(accepted.length, 'accepted', lang));
  if (next?.appliesFrom) parts.push(localize(lang, 'next: {0} from {1}', next.text, formatDate(next.appliesFrom, lang)));
  return parts;
}

const LIST_HEADINGS = {
  overdue: localized('Overdue:'),
  dueBeforeUse: localized('Due before the system is used:'),
  missingLater: localized('Missing, applies later:'),
  accepted: localized('Accepted gaps:'),
} as const;

/** The duties behind the counts, named with when each is due (a hover's or tooltip's lines; '' when there are none). */
export function dutyListText(overview: DutyOverview, date: string, lang: Lang): string {
  const sections = (['overdue', 'dueBeforeUse', 'missingLater', 'accepted'] as const)
    .filter((key) => overview[key].length > 0)
    .map((key) => [LIST_HEADINGS[key][lang], ...overview[key].map((o) => `- ${o.text[lang]} (${dutyWhen(o, date, lang)})`)].join('\n'));
  return sections.join('\n\n');
}
