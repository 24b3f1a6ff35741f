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

const STATE_TEXTS = {
  overdue: { en: 'overdue since {date}', da: 'over fristen siden {date}' },
  missingNow: { en: 'missing', da: 'mangler' },
  dueBeforeUse: { en: 'due before the system is used', da: 'skal foreligge, før systemet tages i brug' },
  from: { en: 'from {date}', da: 'fra {date}' },
  met: { en: 'met', da: 'opfyldt' },
  accepted: { en: 'accepted', da: 'accepteret' },
} as const;

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
  if (state === 'overdue' && !obligation.appliesFrom) return `${STATE_TEXTS.missingNow[lang]} (${on})`;
  if (state === 'overdue') return STATE_TEXTS.overdue[lang].replace('{date}', on);
  if (state === 'due-before-use') return STATE_TEXTS.dueBeforeUse[lang];
  if (state === 'met' || state === 'accepted') return STATE_TEXTS[state][lang];
  return STATE_TEXTS.from[lang].replace('{date}', on);
}

const COUNT_TEXTS = {
  noneMissing: { en: 'no duty missing', da: 'ingen forpligtelser mangler' },
  noneMissingNow: { en: 'no duty missing now', da: 'ingen forpligtelser mangler nu' },
  overdue: {
    en: (n: number) => (n === 1 ? '1 duty overdue' : `${n} duties overdue`),
    da: (n: number) => (n === 1 ? '1 forpligtelse over fristen' : `${n} forpligtelser over fristen`),
  },
  dueBeforeUse: {
    en: (n: number) => `${n} due before use`,
    da: (n: number) => `${n} skal foreligge før brug`,
  },
  missingLater: {
    en: (n: number) => `${n} missing later`,
    da: (n: number) => (n === 1 ? '1 mangler senere' : `${n} mangler senere`),
  },
  accepted: {
    en: (n: number) => `${n} accepted`,
    da: (n: number) => `${n} accepteret`,
  },
  next: { en: 'next: {duty} from {date}', da: 'næste: {duty} fra {date}' },
} as const;

/**
 * The counts every summary shows, in one order: overdue (or "no duty missing now" when duties are missing only
 * later, never "no duty missing" beside their errors), due before use, missing later, accepted; then the next duty.
 */
export function dutyCountParts(overview: DutyOverview, lang: Lang): string[] {
  const { overdue, dueBeforeUse, missingLater, accepted, next } = overview;
  const parts: string[] = [];
  if (overdue.length > 0) parts.push(COUNT_TEXTS.overdue[lang](overdue.length));
  else parts.push((dueBeforeUse.length + missingLater.length > 0 ? COUNT_TEXTS.noneMissingNow : COUNT_TEXTS.noneMissing)[lang]);
  if (dueBeforeUse.length > 0) parts.push(COUNT_TEXTS.dueBeforeUse[lang](dueBeforeUse.length));
  if (missingLater.length > 0) parts.push(COUNT_TEXTS.missingLater[lang](missingLater.length));
  if (accepted.length > 0) parts.push(COUNT_TEXTS.accepted[lang](accepted.length));
  if (next?.appliesFrom)
    parts.push(COUNT_TEXTS.next[lang].replace('{duty}', next.text[lang]).replace('{date}', formatDate(next.appliesFrom, lang)));
  return parts;
}

const LIST_HEADINGS = {
  overdue: { en: 'Overdue:', da: 'Over fristen:' },
  dueBeforeUse: { en: 'Due before the system is used:', da: 'Skal foreligge, før systemet tages i brug:' },
  missingLater: { en: 'Missing, applies later:', da: 'Mangler, gælder senere:' },
  accepted: { en: 'Accepted gaps:', da: 'Accepterede mangler:' },
} as const;

/** The duties behind the counts, named with when each is due (a hover's or tooltip's lines; '' when there are none). */
export function dutyListText(overview: DutyOverview, date: string, lang: Lang): string {
  const sections = (['overdue', 'dueBeforeUse', 'missingLater', 'accepted'] as const)
    .filter((key) => overview[key].length > 0)
    .map((key) => [LIST_HEADINGS[key][lang], ...overview[key].map((o) => `- ${o.text[lang]} (${dutyWhen(o, date, lang)})`)].join('\n'));
  return sections.join('\n\n');
}
