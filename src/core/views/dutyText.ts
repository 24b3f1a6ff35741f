/**
 * The texts every view shares about a duty's date: the date with why it is this system's own and how sure it is,
 * and the count of future gaps ("2 gaps in duties from {date}"). The assessment (CLI and editor), the
 * timeline panel and the status bar use them, so they tell one story.
 */
import type { Assessment } from '../assessment/assess';
import { certaintyNote, editionLabel, UNDATED } from '../law/dutyDate';
import { formatDate, type Certainty } from '../law/timeline';
import type { Finding, Lang, Localized } from '../types';

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

/** Findings of duties that apply to the system only after `date`, by that date (the status bar's future gaps). */
export function futureFindingGaps(findings: readonly Finding[], date: string): { date: string; count: number }[] {
  return countByDate(findings.map((f) => f.appliesFrom).filter((from): from is string => from !== undefined && from > date));
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
      ? (lang === 'da' ? 'kan gælde fra ' : 'may apply from ') + formatDate(mayApplyFrom, lang)
      : certaintyNote(certainty, mayApplyFrom)?.[lang];
  const parts = [reason?.[lang], note].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? `${formatDate(date, lang)} — ${parts.join('; ')}` : formatDate(date, lang);
}

const CERTAINTY_LABEL: Record<Certainty, Localized> = {
  primary: { en: 'checked against the Official Journal', da: 'kontrolleret mod EU-Tidende' },
  secondary: { en: 'secondary sources only', da: 'kun sekundære kilder' },
  uncertain: { en: 'not settled in the sources', da: 'ikke afklaret i kilderne' },
};

/** How sure a date is, in words. */
export function certaintyLabel(certainty: Certainty, lang: Lang): string {
  return CERTAINTY_LABEL[certainty][lang];
}

/** "2 gaps in duties from {date}; 1 gap in duties from {date}", or '' when there is none. */
export function futureGapsText(source: Pick<Assessment, 'obligations'> | { date: string; count: number }[], lang: Lang): string {
  return (Array.isArray(source) ? source : futureGaps(source))
    .map(({ date, count }) =>
      lang === 'da'
        ? `${count} ${count === 1 ? 'mangel' : 'mangler'} i pligter fra ${formatDate(date, lang)}`
        : `${count} ${count === 1 ? 'gap' : 'gaps'} in duties from ${formatDate(date, lang)}`,
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
