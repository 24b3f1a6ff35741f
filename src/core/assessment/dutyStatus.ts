/**
 * One definition of how a duty stands, shared by every summary — the summary lens, the status bar, the AI systems
 * view, the timeline panel, the register's `nextDuty` and `missing`, the CLI's assessment — so they agree with each
 * other and with the Problems panel (which reports the findings of every duty, also those that apply later):
 * - **overdue**: the duty applies on the date and its evidence is missing (status `missing`); it is counted and named
 *   as overdue, never as "next";
 * - **accepted**: it applies and its only gaps are accepted findings: neither missing nor met;
 * - **due before use**: a DPIA or FRIA in progress while the system is not in use: due before the processing or first
 *   use, not before a date (its provision's date has passed, so it is never shown as "next" with that date);
 * - **missing later**: it applies only after the date and the manifest lacks its evidence (a future gap);
 * - **next**: the earliest duty that applies after the date and is still to do (a missing-later duty); a duty whose
 *   evidence is already recorded, or that is met, is never "next".
 */
import type { Assessment, Obligation } from './assess';

export type DutyState = 'met' | 'accepted' | 'overdue' | 'due-before-use' | 'missing-later' | 'prepared';

/** How one duty stands on the date (ISO) its assessment is for. */
export function dutyState(obligation: Pick<Obligation, 'status' | 'gap'> & { appliesFrom?: string | null }, date: string): DutyState {
  switch (obligation.status) {
    case 'met':
      return 'met';
    case 'accepted':
      return 'accepted';
    case 'missing':
      return 'overdue';
    case 'not-yet-applicable':
      if (!obligation.appliesFrom || obligation.appliesFrom <= date) return 'due-before-use';
      return obligation.gap ? 'missing-later' : 'prepared';
  }
}

export interface DutyOverview {
  /** Apply on the date, evidence missing: overdue (the register's and the CLI's `missing` count). */
  overdue: Obligation[];
  /** Apply on the date; their only gaps are accepted findings. */
  accepted: Obligation[];
  /** DPIA or FRIA in progress while the system is not in use: due before it is used. */
  dueBeforeUse: Obligation[];
  /** Apply after the date and their evidence is missing: the gaps the Problems panel already reports, dated. */
  missingLater: Obligation[];
  /** The next duty to do: the earliest missing-later duty (the first listed on a tie); undefined when none. */
  next: Obligation | undefined;
}

/** The assessment's duties by how they stand on its date. */
export function dutyOverview(assessment: Pick<Assessment, 'obligations' | 'date'>): DutyOverview {
  const overview: DutyOverview = { overdue: [], accepted: [], dueBeforeUse: [], missingLater: [], next: undefined };
  for (const obligation of assessment.obligations) {
    const state = dutyState(obligation, assessment.date);
    if (state === 'overdue') overview.overdue.push(obligation);
    else if (state === 'accepted') overview.accepted.push(obligation);
    else if (state === 'due-before-use') overview.dueBeforeUse.push(obligation);
    else if (state === 'missing-later') {
      overview.missingLater.push(obligation);
      if (!overview.next || (obligation.appliesFrom ?? '') < (overview.next.appliesFrom ?? '')) overview.next = obligation;
    }
  }
  return overview;
}

/**
 * The register's `nextDuty` (spec: "the earliest duty that is missing or not yet applicable on the date"; the first
 * listed on a tie): an overdue duty or one due before use when there is one (their dates have passed), else the
 * earliest that applies later. Its `dutyState` tells the formats and the view how to name it ("overdue since",
 * "due before use", "from"): an overdue duty is never shown as "next"; null when every duty is met or accepted.
 */
export function nextDutyOf(assessment: Pick<Assessment, 'obligations' | 'date'>): Obligation | null {
  let next: Obligation | null = null;
  for (const obligation of assessment.obligations) {
    if (obligation.status === 'met' || obligation.status === 'accepted') continue;
    // A duty without a date (in force on every date) comes first.
    if (!next || (obligation.appliesFrom ?? '') < (next.appliesFrom ?? '')) next = obligation;
  }
  return next;
}
