/**
 * When a duty applies to one system on one date: the one place that decides it (spec: "When a duty applies to this
 * system", "Editions of the law", "Which law, which date, how sure"). Rules, `assess`, the timeline panel and the
 * messages all ask `dutyDate`. Every date comes from the timeline data; none is written here.
 */
import { localize, localized } from '../l10n';
import { citation } from './articles';
import { formatDate, localizedDate, milestone, provision, TIMELINE, type Certainty, type Edition, type ProvisionId } from './timeline';
import type { Lang, Localized } from '../types';
import { valueAt } from '../yaml/fields';

/** The edition setting: `auto` is the edition in force on the reference date. */
export type EditionChoice = Edition | 'auto';
export const EDITION_CHOICES: readonly EditionChoice[] = ['auto', 'adopted', 'amended'];

/** The edition in force on an ISO date: the one whose `inForceFrom` milestone is the latest on or before it. */
export function editionInForce(date: string): Edition {
  let best: { edition: Edition; from: string } | undefined;
  for (const edition of Object.keys(TIMELINE.editions) as Edition[]) {
    const from = milestone(TIMELINE.editions[edition].inForceFrom).date;
    if (from <= date && (!best || from > best.from)) best = { edition, from };
  }
  return best?.edition ?? 'adopted';
}

export interface ResolvedEdition {
  edition: Edition;
  choice: EditionChoice;
  /** False when a forced edition was not the law on the reference date (the output says so). */
  inForce: boolean;
}

/**
 * The edition to use for a choice on a reference date. Without a date (a caller that reads no clock and was given
 * none), `auto` is the timeline's default edition.
 */
export function resolveEdition(choice: EditionChoice = 'auto', date?: string): ResolvedEdition {
  const current = date ? editionInForce(date) : TIMELINE.defaultEdition;
  const edition = choice === 'auto' ? current : choice;
  return { edition, choice, inForce: edition === current };
}

/** "AI Act as adopted … — not in force on {date}" where a forced edition was not the law on the date. */
export function editionLabel(resolved: ResolvedEdition, date: string, lang: Lang): string {
  const title = TIMELINE.editions[resolved.edition].title[lang];
  if (resolved.inForce) return title;
  return localize(lang, '{0} — not the law in force on {1}, shown for comparison', title, formatDate(date, lang));
}

/** The system facts a duty's date depends on (`system.inServiceSince`, `system.lastSignificantChange`). */
export interface SystemDates {
  inServiceSince?: string;
  lastSignificantChange?: string;
  /**
   * The organisation only deploys the system (`system.role: deployer`): Art. 111(4) speaks of systems placed on the
   * market by their provider, and the manifest's `inServiceSince` stands in for that date (the message says so).
   */
  deployer?: boolean;
  /**
   * `system.status` says the system is not in service yet (`planned`, `development`): an `inServiceSince` beside it
   * contradicts it, and no date of Art. 111 is moved by it (the schema warns; the system is still counted in use).
   */
  notYetInService?: boolean;
}

export interface DutyScope {
  edition: Edition;
  system?: SystemDates;
  /** The computed tier is high: only then do the Art. 111(2) rules for systems already in service apply. */
  highRisk?: boolean;
  /** The provision whose date starts this system's high-risk duties (Annex III or Annex I), when the tier is high. */
  highRiskProvision?: ProvisionId;
}

export interface DutyDate {
  provision: ProvisionId;
  /** ISO date from which the duty applies to this system. */
  date: string;
  /** The timeline's date for the provision in the edition. */
  timelineDate: string;
  certainty: Certainty;
  /** Why `date` differs from `timelineDate` (or, for Art. 111(4), why this system has its own date); absent otherwise. */
  reason?: Localized;
  /** The sources of the date (milestones' sources). */
  source: string;
  /** Where the sources do not settle the date: the other reading, when it differs from `date` ("may apply from"). */
  mayApplyFrom?: string;
}

const CERTAINTY_ORDER: Certainty[] = ['primary', 'secondary', 'uncertain'];

/** The least sure of several certainties. */
export function weakest(...certainties: Certainty[]): Certainty {
  return certainties.reduce((a, b) => (CERTAINTY_ORDER.indexOf(b) > CERTAINTY_ORDER.indexOf(a) ? b : a), 'primary' as Certainty);
}

function editionMilestone(id: ProvisionId, edition: Edition): string {
  const p = provision(id);
  const found = p.appliesFrom[edition] ?? p.appliesFrom[edition === 'adopted' ? 'amended' : 'adopted'];
  if (!found) throw new Error(`Provision '${id}' has no date in the timeline data`);
  return found;
}

function plain(id: ProvisionId, edition: Edition): DutyDate {
  const p = provision(id);
  const m = milestone(editionMilestone(id, edition));
  return { provision: id, date: m.date, timelineDate: m.date, certainty: p.certainty ?? m.certainty, source: m.source };
}

function isIso(value: string | undefined): value is string {
  return typeof value === 'string' && isCalendarDate(value);
}

const ART_111_2 = 'Art. 111(2)';
const ART_111_4 = 'Art. 111(4)';

/** The date from which a provision's duty applies to this system, with its certainty and, where it differs, why. */
export function dutyDate(id: ProvisionId, scope: DutyScope): DutyDate {
  const p = provision(id);
  if (p.followsHighRisk) {
    // Outside Chapter III Sections 1–3 (reference §9 item 3): the system's high-risk date, not settled in the sources.
    const own = plain(id, scope.edition);
    const highRisk = dutyDate(scope.highRiskProvision ?? 'annex-iii-high-risk', scope);
    return {
      ...highRisk,
      provision: id,
      certainty: weakest(highRisk.certainty, own.certainty),
      source: `${highRisk.source}; ${own.source}`,
      // The earlier reading, where the system's date is the edition's (Art. 111(2) moves a system already in service
      // under either reading, so no earlier date is named for it).
      ...(own.date < highRisk.date && !highRisk.reason ? { mayApplyFrom: own.date } : {}),
    };
  }
  const base = plain(id, scope.edition);
  const since = isIso(scope.system?.inServiceSince) && !scope.system?.notYetInService ? scope.system?.inServiceSince : undefined;
  const changed = isIso(scope.system?.lastSignificantChange) ? scope.system?.lastSignificantChange : undefined;

  if (p.inServiceBefore && p.otherwise) {
    const cutOff = milestone(p.inServiceBefore).date;
    if (!since || since >= cutOff) return { ...plain(p.otherwise, scope.edition), provision: id };
    if (base.date === base.timelineDate && base.date === plain(p.otherwise, scope.edition).date) return base;
    const a = citation(ART_111_4);
    return {
      ...base,
      reason: scope.system?.deployer
        ? localized(
            "in service since {0}, before {1} ({2}; as deployer, the date you put it into service stands in for the provider's placing on the market)",
            localizedDate(since),
            localizedDate(cutOff),
            a,
          )
        : localized('in service since {0}, before {1} ({2})', localizedDate(since), localizedDate(cutOff), a),
    };
  }

  if (p.existingSystems && scope.highRisk && since) {
    const cutOffId = p.existingSystems.cutOff[scope.edition];
    const cutOff = cutOffId ? milestone(cutOffId) : milestone(editionMilestone(id, scope.edition));
    if (since >= cutOff.date) return base;
    const backstop = plain(p.existingSystems.backstop, scope.edition);
    const certainty = weakest(base.certainty, backstop.certainty, cutOff.certainty);
    const source = `${backstop.source}; ${base.source}`;
    const a = citation(ART_111_2);
    if (changed && changed >= cutOff.date) {
      const later = changed > base.date ? changed : base.date;
      const date = later < backstop.date ? later : backstop.date;
      return {
        provision: id,
        date,
        timelineDate: base.timelineDate,
        certainty,
        source,
        reason: localized(
          'in service since {0}, before {1}, and significantly changed on {2} ({3})',
          localizedDate(since),
          localizedDate(cutOff.date),
          localizedDate(changed),
          a,
        ),
      };
    }
    // A change recorded before the cut-off does not bring the duties forward: said so, not "not changed".
    const reason: Localized = changed
      ? localized(
          'in service since {0}, significantly changed on {1}, before {2}, and not since ({3})',
          localizedDate(since),
          localizedDate(changed),
          localizedDate(cutOff.date),
          a,
        )
      : localized(
          'in service since {0}, before {1}, and not significantly changed since ({2})',
          localizedDate(since),
          localizedDate(cutOff.date),
          a,
        );
    return { provision: id, date: backstop.date, timelineDate: base.timelineDate, certainty, source, reason };
  }
  return base;
}

const CERTAINTY_NOTE: Record<Exclude<Certainty, 'primary'>, Localized> = {
  secondary: localized('date from secondary sources'),
  uncertain: localized('date not settled in the sources'),
};

/**
 * A few words on a date that is not checked against the primary text; empty for `primary`. Where the sources allow an
 * earlier date, it is named: "date not settled in the sources; may apply from {that date}".
 */
export function certaintyNote(certainty: Certainty, mayApplyFrom?: string): Localized | undefined {
  if (certainty === 'primary') return undefined;
  const note = CERTAINTY_NOTE[certainty];
  if (!mayApplyFrom) return note;
  return localized('{0}; may apply from {1}', note, localizedDate(mayApplyFrom));
}

/**
 * "applies from {date}", or "applies to this system from {date}: in service since …, before …, and
 * not significantly changed since (Art. 111(2))", with the certainty note where the date is not primary.
 */
export function dutyDatePhrase(duty: DutyDate): Localized {
  const note = certaintyNote(duty.certainty, duty.mayApplyFrom);
  const date = localizedDate(duty.date);
  if (duty.reason)
    return note
      ? localized('applies to this system from {0}: {1}; {2}', date, duty.reason, note)
      : localized('applies to this system from {0}: {1}', date, duty.reason);
  return note ? localized('applies from {0}; {1}', date, note) : localized('applies from {0}', date);
}

/**
 * The system's dates as the manifest records them: only calendar dates count (`2026-02-30` is no date: the schema
 * reports it and it is read as absent), and a significant change before the system was put into service is ignored
 * (the schema warns about it).
 */
export function systemDates(data: unknown): SystemDates {
  const field = (key: string): unknown => valueAt(data, ['system', key]);
  const read = (key: string): string | undefined => {
    const value = field(key);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return typeof value === 'string' && isCalendarDate(value.trim()) ? value.trim() : undefined;
  };
  const inServiceSince = read('inServiceSince');
  const changed = read('lastSignificantChange');
  const lastSignificantChange = changed && inServiceSince && changed < inServiceSince ? undefined : changed;
  const role = field('role');
  const status = field('status');
  return {
    ...(inServiceSince ? { inServiceSince } : {}),
    ...(lastSignificantChange ? { lastSignificantChange } : {}),
    ...(role === 'deployer' ? { deployer: true } : {}),
    ...(typeof status === 'string' && NOT_YET_IN_SERVICE.includes(status) ? { notYetInService: true } : {}),
  };
}

/** The statuses of a system not yet put into service. */
export const NOT_YET_IN_SERVICE: readonly string[] = ['planned', 'development'];

/** `YYYY-MM-DD` naming a day of the calendar: `2026-02-30` and `2026-13-01` are not. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1];
}

/** Of several duties (a finding resting on several laws), the one that applies first. */
export function earliest(duties: DutyDate[]): DutyDate {
  return duties.reduce((a, b) => (b.date < a.date ? b : a));
}

/** A duty of law in force on every date (Forvaltningsloven) has no date of its own: said so where a date would stand. */
export const UNDATED: Localized = localized('in force on every date');
