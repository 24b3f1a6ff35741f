import { localized } from '../l10n';
import timelineData from './ai-act-timeline.json';
import type { Lang, Localized } from '../types';

/** Which text of the AI Act decides dates: as adopted in 2024, or as amended by the Digital Omnibus (2026). */
export type Edition = 'adopted' | 'amended';
export const EDITIONS: readonly Edition[] = ['adopted', 'amended'];
export type Certainty = 'primary' | 'secondary' | 'uncertain';

export interface Milestone {
  id: string;
  date: string;
  kind: 'ai-act' | 'amendment' | 'other-law' | 'danish-law';
  /** One of the four dates the product was asked to show. */
  requested?: boolean;
  title: Localized;
  summary: Localized;
  source: string;
  /** The source line in Danish (data keeps its Danish beside the English). */
  sourceDa: string;
  certainty: Certainty;
}

export type ProvisionId =
  | 'gdpr'
  | 'danish-legal-basis'
  | 'prohibitions'
  | 'new-prohibitions'
  | 'ai-literacy'
  | 'gpai'
  | 'penalties'
  | 'transparency'
  | 'transparency-marking-legacy'
  | 'annex-iii-high-risk'
  | 'annex-i-high-risk'
  | 'provider-registration-derogation'
  | 'high-risk-unsettled'
  | 'public-authority-backstop';

export interface Provision {
  id: ProvisionId;
  articles: string;
  title: Localized;
  /** Milestone id per edition; null where that edition does not have the provision. */
  appliesFrom: Record<Edition, string | null>;
  /** Art. 111(2): systems in service before the cut-off (null: this provision's date) and not changed since apply it from the backstop. */
  existingSystems?: { cutOff: Record<Edition, string | null>; backstop: ProvisionId };
  /** Art. 111(4): this provision's date holds only for systems in service before this milestone; others take `otherwise`. */
  inServiceBefore?: string;
  otherwise?: ProvisionId;
  /**
   * For one system, the date is the system's high-risk date (Annex III or Annex I, with Art. 111(2)), with this
   * provision's certainty; `appliesFrom` is the other reading of the sources ("may apply from").
   */
  followsHighRisk?: boolean;
  /** Overrides the milestones' certainty where the sources do not settle this provision's date. */
  certainty?: Certainty;
}

export interface Timeline {
  version: number;
  defaultEdition: Edition;
  /** `inForceFrom`: the milestone from which the text is the law (the `auto` edition picks by it). */
  editions: Record<Edition, { title: Localized; source: string; sourceDa: string; certainty: Certainty; inForceFrom: string }>;
  milestones: Milestone[];
  provisions: Provision[];
}

// The cast is checked: the data matches ai-act-timeline.schema.json (test/unit/timeline-schema.test.ts).
export const TIMELINE: Timeline = timelineData as Timeline;
export const DEFAULT_EDITION: Edition = TIMELINE.defaultEdition;

const milestonesById = new Map(TIMELINE.milestones.map((m) => [m.id, m]));
const provisionsById = new Map(TIMELINE.provisions.map((p) => [p.id, p]));

export function milestone(id: string): Milestone {
  const found = milestonesById.get(id);
  if (!found) throw new Error(`Unknown milestone '${id}' in the timeline data`);
  return found;
}

export function provision(id: ProvisionId): Provision {
  const found = provisionsById.get(id);
  if (!found) throw new Error(`Unknown provision '${id}' in the timeline data`);
  return found;
}

/**
 * The ISO date from which a provision applies in an edition. A provision an edition lacks
 * (the Omnibus's new prohibitions, under the text as adopted) falls back to the other edition's date,
 * since a manifest that lists such a practice must still be told when it is banned.
 */
export function appliesFrom(id: ProvisionId, edition: Edition = DEFAULT_EDITION): string {
  const p = provision(id);
  const milestoneId = p.appliesFrom[edition] ?? p.appliesFrom[edition === 'adopted' ? 'amended' : 'adopted'];
  if (!milestoneId) throw new Error(`Provision '${id}' has no date in the timeline data`);
  return milestone(milestoneId).date;
}

/** True when the two editions give the provision different dates (the Omnibus moved it). */
export function movedByOmnibus(id: ProvisionId): boolean {
  const p = provision(id);
  return p.appliesFrom.adopted !== p.appliesFrom.amended;
}

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
};

/** "1 March 2026" / "1. marts 2026" from an ISO date. */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  const monthName = MONTHS[lang][month - 1];
  return lang === 'da' ? `${day}. ${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** A date as a message argument: "1 March 2026" in English, "1. marts 2026" in Danish. */
export function localizedDate(iso: string): Localized {
  return { en: formatDate(iso, 'en'), da: formatDate(iso, 'da') };
}

/** A calendar day as YYYY-MM-DD in local time (the caller passes the clock's reading: the core reads none). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Both languages' "applies from …" phrase for a provision. */
export function appliesFromPhrase(id: ProvisionId, edition: Edition = DEFAULT_EDITION): Localized {
  const date = appliesFrom(id, edition);
  return localized('applies from {0}', localizedDate(date));
}
