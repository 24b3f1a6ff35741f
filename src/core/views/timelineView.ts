/**
 * The AI Act timeline panel's view model and HTML, without `vscode`: the extension, the preview script and the
 * tests all build the panel through these functions. Every date comes from the timeline data; none is written here.
 */
import type { Assessment, Obligation, ObligationStatus } from '../assessment/assess';
import { fillInText, TIER_NAMES, TIER_NOT_DETERMINED } from '../law/tiers';
import { resolveEdition } from '../law/dutyDate';
import { certaintyLabel as dateCertaintyLabel, dateWithReason, futureGapsText } from './dutyText';
import { UNDATED } from '../law/dutyDate';
import { cite } from '../law/articles';
import { EDITIONS, formatDate, TIMELINE, type Certainty, type Edition, type Milestone, type Provision } from '../law/timeline';
import { RULE_IDS } from '../rules/index';
import { escapeAttribute, escapeHtml, format } from '../format';
import type { Lang, Localized, RuleId, Tier } from '../types';

export type Phase = 'past' | 'current' | 'future';

export interface TimelineInput {
  lang: Lang;
  edition: Edition;
  /** ISO date the view is relative to (the extension's reference date). */
  today: string;
  assessment?: Assessment;
  fileName?: string;
}

/** One edition's date for a provision. */
export interface ProvisionDateView {
  edition: Edition;
  editionLabel: string;
  /** null where that edition does not have the provision. */
  milestoneId: string | null;
  date: string | null;
  dateLabel: string;
  /** The date the selected edition uses (the assessment's `appliesFrom`). */
  inForce: boolean;
  /** "in force from …" / "in force since …", "superseded by the Digital Omnibus", "not used (setting: as adopted)"; empty where the edition lacks it. */
  statusLabel: string;
  source: string | null;
  certainty: Certainty | null;
  certaintyLabel: string | null;
}

export interface ProvisionView {
  id: string;
  title: string;
  articles: string;
  /** The two editions give different dates (the Digital Omnibus moved it, or added it). */
  moved: boolean;
  /** The Omnibus added it: the text as adopted lacks it. */
  added: boolean;
  /** This milestone is the date in force for it under the selected edition. */
  inForceHere: boolean;
  /** Only where `moved`: the date as adopted, then the date after the Omnibus. */
  dates: ProvisionDateView[];
  /** "Moved by the Digital Omnibus to …" and the like, where `moved`. */
  note: string;
}

export interface ObligationView {
  id: string;
  text: string;
  article: string;
  status: ObligationStatus;
  statusLabel: string;
  /** Only for not-yet-applicable obligations: whether the manifest already records it (the assessment's `gap`). */
  prepared: boolean | null;
  /** "already recorded" / "still missing in the manifest", where `prepared` is known. */
  preparedLabel: string;
  appliesFrom: string;
  appliesFromLabel: string;
  /** Why this system's date differs from the timeline's ("in service since …, not significantly changed since (Art. 111(2))"); '' otherwise. */
  dateReason: string;
  /** How sure the date is, in words. */
  certaintyLabel: string;
  /** The manifest field, the target of the 'reveal' link. */
  path: (string | number)[];
  pathLabel: string;
  ruleIds: string[];
  /** Missing now or when it applies, and a rule reports it: the panel offers the quick fix. */
  fixable: boolean;
}

export interface StatusCounts {
  met: number;
  missing: number;
  /** Apply, and their only gaps are accepted findings (never counted as met). */
  accepted: number;
  'not-yet-applicable': number;
  /** Of the not-yet-applicable, those whose evidence the manifest lacks: gaps in duties that apply later. */
  gaps: number;
}

export interface MilestoneView {
  id: string;
  date: string;
  dateLabel: string;
  /** `system`: a date of this system's own that is on no milestone (Art. 111(2): a significant change). */
  kind: Milestone['kind'] | 'system';
  kindLabel: string;
  /** Why obligations of this system sit on this date instead of the timeline's (the system's own date); '' otherwise. */
  systemNote: string;
  /** One of the four dates the product was asked to show. */
  requested: boolean;
  title: string;
  summary: string;
  source: string;
  certainty: Certainty;
  certaintyLabel: string;
  phase: Phase;
  phaseLabel: string;
  provisions: ProvisionView[];
  /** The system's obligations that start on this date (empty without a manifest). */
  obligations: ObligationView[];
  counts: StatusCounts;
  /** Screen-reader label: date, title, status, and the system's obligations. */
  ariaLabel: string;
}

export interface ReasonView {
  text: string;
  article: string;
  appliesFromLabel: string;
  path: (string | number)[];
}

export interface ManifestView {
  fileName: string;
  /** null when the manifest does not parse. */
  tier: Tier | null;
  tierLabel: string;
  reasons: ReasonView[];
  counts: StatusCounts;
  /** "2 gaps in duties from {date}": duties not yet applicable whose evidence is missing; '' when none. */
  futureGapsLabel: string;
  /** Obligations whose date is on no milestone (should not happen with consistent data). */
  unplaced: ObligationView[];
}

export interface TimelineModel {
  lang: Lang;
  edition: Edition;
  today: string;
  todayLabel: string;
  /** The latest milestone on or before today; null when today is before every milestone. */
  currentMilestoneId: string | null;
  editionTitle: string;
  editionSource: string;
  editionCertaintyLabel: string;
  /** "this edition is in force" or, for a forced edition that was not the law on `today`, that it is shown for comparison. */
  editionStatusLabel: string;
  editionInForce: boolean;
  texts: TimelineTexts;
  manifest: ManifestView | null;
  milestones: MilestoneView[];
}

const TEXTS = {
  title: { en: 'AI Act timeline', da: 'Tidslinje for AI-forordningen' },
  general: {
    en: 'General timeline: open an ai-system.yaml manifest to see its obligations.',
    da: 'Generel tidslinje: åbn et ai-system.yaml-manifest for at se dets forpligtelser.',
  },
  manifest: { en: 'Manifest', da: 'Manifest' },
  tier: { en: 'Risk tier', da: 'Risikoniveau' },
  reasons: { en: 'Why', da: 'Begrundelse' },
  obligationsSummary: { en: 'Obligations of this system', da: 'Systemets forpligtelser' },
  edition: { en: 'Dates used', da: 'Anvendte datoer' },
  editionHint: { en: 'Chosen by the setting aiSystemManifest.edition.', da: 'Vælges med indstillingen aiSystemManifest.edition.' },
  source: { en: 'Source', da: 'Kilde' },
  certainty: { en: 'Certainty', da: 'Sikkerhed' },
  today: { en: 'Today', da: 'I dag' },
  milestones: { en: 'Milestones of the AI Act', da: 'Milepæle i AI-forordningen' },
  expandAll: { en: 'Expand all', da: 'Udvid alle' },
  collapseAll: { en: 'Collapse all', da: 'Skjul alle' },
  keyboardHint: {
    en: 'Arrow keys move between milestones; Enter or Space shows the details.',
    da: 'Piletasterne flytter mellem milepælene; Enter eller mellemrum viser detaljerne.',
  },
  requested: { en: 'Key date', da: 'Nøgledato' },
  movedBadge: { en: 'Moved by the Digital Omnibus', da: 'Flyttet ved Digital Omnibus' },
  bringsIntoApplication: { en: 'Brings into application', da: 'Finder anvendelse fra denne dato' },
  nothingNew: { en: 'No provision starts to apply on this date.', da: 'Ingen bestemmelse finder anvendelse fra denne dato.' },
  systemObligations: { en: 'Obligations of this system from this date', da: 'Systemets forpligtelser fra denne dato' },
  noSystemObligations: {
    en: 'None of this system’s obligations starts on this date.',
    da: 'Ingen af systemets forpligtelser begynder på denne dato.',
  },
  inForceFrom: { en: 'in force from {0}', da: 'gælder fra {0}' },
  inForceSince: { en: 'in force since {0}', da: 'gælder siden {0}' },
  editionInForce: { en: 'this edition is in force', da: 'denne udgave er gældende' },
  editionNotInForce: { en: 'not the law on {0}: shown for comparison', da: 'var ikke gældende ret den {0}: vist til sammenligning' },
  systemDate: { en: 'this system’s date', da: 'dette systems dato' },
  systemDateTitle: { en: 'This system’s own date', da: 'Systemets egen dato' },
  systemDateSummary: {
    en: 'Duties of this system that apply from its own date, not the timeline’s.',
    da: 'Systemets pligter, der gælder fra dets egen dato og ikke tidslinjens.',
  },
  systemNote: { en: 'This system: {0}', da: 'Dette system: {0}' },
  gapCount: { en: '{0} gaps', da: '{0} mangler' },
  futureGaps: { en: 'Gaps in duties not yet in force', da: 'Mangler i pligter, der endnu ikke gælder' },
  reveal: { en: 'Go to field', da: 'Gå til feltet' },
  revealLabel: { en: 'Go to the field {0} in the manifest', da: 'Gå til feltet {0} i manifestet' },
  fix: { en: 'Fix…', da: 'Ret…' },
  fixLabel: { en: 'Fix the missing field {0}', da: 'Ret det manglende felt {0}' },
  article: { en: 'Article', da: 'Artikel' },
  appliesFrom: { en: 'applies from {0}', da: 'gælder fra {0}' },
  obligationCount: { en: '{0} obligations of this system', da: '{0} af systemets forpligtelser' },
  missingCount: { en: '{0} missing', da: '{0} mangler' },
  unplaced: { en: 'Obligations without a milestone', da: 'Forpligtelser uden milepæl' },
  legend: { en: 'Legend', da: 'Forklaring' },
  noScript: { en: 'The timeline needs scripts to be enabled.', da: 'Tidslinjen kræver, at scripts er slået til.' },
  unreadable: {
    en: 'The manifest cannot be read; fix the YAML errors to see its tier and obligations.',
    da: 'Manifestet kan ikke læses; ret YAML-fejlene for at se risikoniveau og forpligtelser.',
  },
} satisfies Record<string, Localized>;

export type TimelineTexts = Record<keyof typeof TEXTS, string> & {
  phase: Record<Phase, string>;
  status: Record<ObligationStatus, string>;
};

const PHASES: Record<Phase, Localized> = {
  past: { en: 'passed', da: 'passeret' },
  current: { en: 'current', da: 'aktuel' },
  future: { en: 'upcoming', da: 'kommende' },
};

const STATUSES: Record<ObligationStatus, Localized> = {
  met: { en: 'Met', da: 'Opfyldt' },
  missing: { en: 'Missing', da: 'Mangler' },
  accepted: { en: 'Accepted', da: 'Accepteret' },
  'not-yet-applicable': { en: 'Not yet applicable', da: 'Gælder endnu ikke' },
};

const UNKNOWN_TIER: Localized = { en: 'Cannot be determined', da: 'Kan ikke fastslås' };

const KINDS: Record<Milestone['kind'] | 'system', Localized> = {
  'ai-act': { en: 'AI Act', da: 'AI-forordningen' },
  amendment: { en: 'Amendment', da: 'Ændring' },
  'other-law': { en: 'Other EU law', da: 'Anden EU-ret' },
  'danish-law': { en: 'Danish law', da: 'Dansk ret' },
  system: { en: 'This system', da: 'Dette system' },
};

const CERTAINTIES: Record<Certainty, Localized> = {
  primary: { en: 'checked against the Official Journal', da: 'kontrolleret mod EU-Tidende' },
  secondary: { en: 'secondary sources only', da: 'kun sekundære kilder' },
  uncertain: { en: 'uncertain', da: 'usikker' },
};

const EDITION_SHORT: Record<Edition, Localized> = {
  adopted: { en: 'As adopted', da: 'Som vedtaget' },
  amended: { en: 'After the Digital Omnibus', da: 'Efter Digital Omnibus' },
};

const DATE_STATUS: Record<Edition, Localized> = {
  /** The adopted date while the amended text is selected. */
  adopted: { en: 'superseded by the Digital Omnibus', da: 'afløst af Digital Omnibus' },
  /** The amended date while the adopted text is selected. */
  amended: { en: 'not used (setting: as adopted)', da: 'anvendes ikke (indstilling: som vedtaget)' },
};

const PREPARED: Record<'yes' | 'no', Localized> = {
  yes: { en: 'already recorded in the manifest', da: 'allerede registreret i manifestet' },
  no: { en: 'still missing in the manifest', da: 'mangler stadig i manifestet' },
};

const NOTES = {
  movedTo: { en: 'Moved by the Digital Omnibus to {0}.', da: 'Flyttet ved Digital Omnibus til {0}.' },
  movedFrom: { en: 'Moved by the Digital Omnibus from {0}.', da: 'Flyttet ved Digital Omnibus fra {0}.' },
  added: { en: 'New with the Digital Omnibus.', da: 'Nyt med Digital Omnibus.' },
  absent: { en: 'not in this text', da: 'findes ikke i denne tekst' },
} satisfies Record<string, Localized>;

function pick<K extends string>(table: Record<K, Localized>, lang: Lang): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(table) as K[]) out[key] = table[key][lang];
  return out;
}

export function timelineTexts(lang: Lang): TimelineTexts {
  return { ...pick(TEXTS, lang), phase: pick(PHASES, lang), status: pick(STATUSES, lang) };
}

const milestoneById = new Map(TIMELINE.milestones.map((m) => [m.id, m]));

/** The last date on the timeline: on it every obligation applies (the date of the `outlook` assessment). */
export function outlookDate(): string {
  return TIMELINE.milestones.reduce((latest, m) => (m.date > latest ? m.date : latest), TIMELINE.milestones[0].date);
}

function otherEdition(edition: Edition): Edition {
  return edition === 'adopted' ? 'amended' : 'adopted';
}

/** The milestone id in force for a provision under an edition (as `appliesFrom` in timeline.ts: falls back to the other edition). */
function inForceMilestoneId(provision: Provision, edition: Edition): string | null {
  return provision.appliesFrom[edition] ?? provision.appliesFrom[otherEdition(edition)];
}

function provisionView(provision: Provision, milestone: Milestone, edition: Edition, lang: Lang, today: string): ProvisionView {
  const inForceId = inForceMilestoneId(provision, edition);
  const moved = provision.appliesFrom.adopted !== provision.appliesFrom.amended;
  const added = provision.appliesFrom.adopted === null;
  const dates = moved
    ? EDITIONS.map((e): ProvisionDateView => {
        const id = provision.appliesFrom[e];
        const target = id ? milestoneById.get(id) : undefined;
        const inForce = id !== null && id === inForceId;
        return {
          edition: e,
          editionLabel: EDITION_SHORT[e][lang],
          milestoneId: id,
          date: target?.date ?? null,
          dateLabel: target ? formatDate(target.date, lang) : NOTES.absent[lang],
          inForce,
          statusLabel:
            inForce && target
              ? format((target.date > today ? TEXTS.inForceFrom : TEXTS.inForceSince)[lang], formatDate(target.date, lang))
              : target
                ? DATE_STATUS[e][lang]
                : '',
          source: target?.source ?? null,
          certainty: target?.certainty ?? null,
          certaintyLabel: target ? CERTAINTIES[target.certainty][lang] : null,
        };
      })
    : [];
  let note = '';
  if (added) note = NOTES.added[lang];
  else if (moved) {
    const isAdopted = provision.appliesFrom.adopted === milestone.id;
    const other = milestoneById.get((isAdopted ? provision.appliesFrom.amended : provision.appliesFrom.adopted) ?? '');
    if (other) note = format((isAdopted ? NOTES.movedTo : NOTES.movedFrom)[lang], formatDate(other.date, lang));
  }
  return {
    id: provision.id,
    title: provision.title[lang],
    articles: cite(provision.articles, lang),
    moved,
    added,
    inForceHere: inForceId === milestone.id,
    dates,
    note,
  };
}

function obligationView(obligation: Obligation, lang: Lang): ObligationView {
  const path = [...obligation.path];
  // Whether the manifest already records a duty that applies later: the assessment's `gap` (one story everywhere).
  const prepared = obligation.status === 'not-yet-applicable' ? !obligation.gap : null;
  const missing = obligation.status === 'missing' || prepared === false;
  return {
    id: obligation.id,
    text: obligation.text[lang],
    article: cite(obligation.article, lang),
    status: obligation.status,
    statusLabel: STATUSES[obligation.status][lang],
    prepared,
    preparedLabel: prepared === null ? '' : PREPARED[prepared ? 'yes' : 'no'][lang],
    appliesFrom: obligation.appliesFrom ?? '',
    appliesFromLabel: obligation.appliesFrom ? format(TEXTS.appliesFrom[lang], formatDate(obligation.appliesFrom, lang)) : UNDATED[lang],
    dateReason: obligation.dateReason?.[lang] ?? '',
    certaintyLabel: obligation.mayApplyFrom
      ? `${dateCertaintyLabel(obligation.certainty, lang)}; ${lang === 'da' ? 'kan gælde fra' : 'may apply from'} ${formatDate(obligation.mayApplyFrom, lang)}`
      : dateCertaintyLabel(obligation.certainty, lang),
    path,
    pathLabel: path.join('.'),
    ruleIds: [...obligation.ruleIds],
    fixable: missing && obligation.ruleIds.length > 0,
  };
}

function countStatuses(obligations: readonly { status: ObligationStatus; gap?: boolean; prepared?: boolean | null }[]): StatusCounts {
  const counts: StatusCounts = { met: 0, missing: 0, accepted: 0, 'not-yet-applicable': 0, gaps: 0 };
  for (const o of obligations) {
    counts[o.status]++;
    if (o.status === 'not-yet-applicable' && (o.gap === true || o.prepared === false)) counts.gaps++;
  }
  return counts;
}

/** The milestone an obligation starts on: its provision's milestone under the assessment's edition, else one on its date. */
function milestoneOf(obligation: Obligation, edition: Edition): string | undefined {
  if (!obligation.appliesFrom) return undefined;
  const provision = TIMELINE.provisions.find((p) => p.id === obligation.provision);
  const id = provision ? inForceMilestoneId(provision, edition) : null;
  if (id && milestoneById.get(id)?.date === obligation.appliesFrom) return id;
  return TIMELINE.milestones.find((m) => m.date === obligation.appliesFrom)?.id;
}

/** The panel's view model: milestones in date order relative to `today`, and the manifest's tier and obligations. */
export function buildTimelineModel(input: TimelineInput): TimelineModel {
  const { lang, edition, today, assessment } = input;
  const texts = timelineTexts(lang);
  const ordered = TIMELINE.milestones
    .map((m, index) => ({ m, index }))
    .sort((a, b) => a.m.date.localeCompare(b.m.date) || a.index - b.index)
    .map(({ m }) => m);
  const reached = ordered.filter((m) => m.date <= today);
  const currentDate = reached.length > 0 ? reached[reached.length - 1].date : null;
  const currentMilestoneId = reached.find((m) => m.date === currentDate)?.id ?? null;

  const byMilestone = new Map<string, ObligationView[]>();
  const unplaced: ObligationView[] = [];
  // The system's own dates that are on no milestone (a significant change, Art. 111(2)): marked as dates of their own.
  const systemOnly = new Map<string, ObligationView[]>();
  for (const obligation of assessment?.obligations ?? []) {
    const view = obligationView(obligation, lang);
    const id = milestoneOf(obligation, assessment?.edition ?? edition);
    if (id) byMilestone.set(id, [...(byMilestone.get(id) ?? []), view]);
    else if (obligation.dateReason && obligation.appliesFrom)
      systemOnly.set(obligation.appliesFrom, [...(systemOnly.get(obligation.appliesFrom) ?? []), view]);
    else unplaced.push(view);
  }
  const systemMilestones: Milestone[] = [...systemOnly.keys()].map((date) => ({
    id: `system-${date}`,
    date,
    kind: 'other-law',
    title: TEXTS.systemDateTitle,
    summary: TEXTS.systemDateSummary,
    source: '',
    certainty: 'primary',
  }));
  for (const m of systemMilestones) byMilestone.set(m.id, systemOnly.get(m.date) ?? []);
  const allOrdered = [...ordered, ...systemMilestones].sort((a, b) => a.date.localeCompare(b.date));

  const milestones = allOrdered.map((m): MilestoneView => {
    const isSystem = m.id.startsWith('system-');
    const phase: Phase = m.date > today ? 'future' : m.date === currentDate ? 'current' : 'past';
    const provisions = isSystem
      ? []
      : TIMELINE.provisions
          .filter((p) => p.appliesFrom.adopted === m.id || p.appliesFrom.amended === m.id)
          .map((p) => provisionView(p, m, edition, lang, today));
    const obligations = byMilestone.get(m.id) ?? [];
    const reasons = [...new Set(obligations.map((o) => o.dateReason).filter(Boolean))];
    const systemNote = reasons.length > 0 ? format(TEXTS.systemNote[lang], reasons.join('; ')) : '';
    const counts = countStatuses(obligations);
    const dateLabel = formatDate(m.date, lang);
    const labelParts = [dateLabel, m.title[lang], PHASES[phase][lang]];
    if (m.requested) labelParts.push(TEXTS.requested[lang]);
    if (obligations.length > 0) {
      labelParts.push(format(TEXTS.obligationCount[lang], obligations.length));
      if (counts.missing > 0) labelParts.push(format(TEXTS.missingCount[lang], counts.missing));
      if (counts.gaps > 0) labelParts.push(format(TEXTS.gapCount[lang], counts.gaps));
    }
    if (systemNote) labelParts.push(systemNote);
    return {
      id: m.id,
      date: m.date,
      dateLabel,
      kind: isSystem ? 'system' : m.kind,
      kindLabel: KINDS[isSystem ? 'system' : m.kind][lang],
      systemNote,
      requested: m.requested === true,
      title: m.title[lang],
      summary: m.summary[lang],
      source: m.source,
      certainty: m.certainty,
      certaintyLabel: isSystem ? '' : CERTAINTIES[m.certainty][lang],
      phase,
      phaseLabel: PHASES[phase][lang],
      provisions,
      obligations,
      counts,
      ariaLabel: labelParts.join(', '),
    };
  });

  const editionInfo = TIMELINE.editions[edition];
  let manifest: ManifestView | null = null;
  if (assessment) {
    manifest = {
      fileName: input.fileName ?? '',
      tier: assessment.tier,
      tierLabel: assessment.tier
        ? TIER_NAMES[assessment.tier].full[lang]
        : assessment.undetermined
          ? `${TIER_NOT_DETERMINED.full[lang]}: ${fillInText(assessment.undetermined, lang).replace(/`/g, '')}`
          : UNKNOWN_TIER[lang],
      reasons: assessment.reasons.map((r) => ({
        text: r.text[lang],
        article: cite(r.article, lang),
        appliesFromLabel: format(TEXTS.appliesFrom[lang], dateWithReason(r.appliesFrom, r.dateReason, r.certainty, lang)),
        path: [...r.path],
      })),
      counts: countStatuses(assessment.obligations),
      futureGapsLabel: futureGapsText(assessment, lang),
      unplaced,
    };
  }
  const editionInForce = resolveEdition(edition, today).inForce;
  return {
    lang,
    edition,
    today,
    todayLabel: formatDate(today, lang),
    currentMilestoneId,
    editionTitle: editionInfo.title[lang],
    editionSource: editionInfo.source,
    editionCertaintyLabel: CERTAINTIES[editionInfo.certainty][lang],
    editionStatusLabel: editionInForce ? TEXTS.editionInForce[lang] : format(TEXTS.editionNotInForce[lang], formatDate(today, lang)),
    editionInForce,
    texts,
    manifest,
    milestones,
  };
}

export interface RenderOptions {
  /** Fresh per render (from `crypto`). */
  nonce: string;
  /** `webview.cspSource`. */
  cspSource: string;
  /** `asWebviewUri` of dist/webview/timeline.js (built from src/webview/timeline.ts) and media/timeline.css. */
  scriptUri: string;
  styleUri: string;
}

/** The panel's HTML document. The model travels as escaped JSON in `data-model`; the webview script (src/webview/timeline.ts) renders it. */
export function renderTimelineHtml(model: TimelineModel, options: RenderOptions): string {
  const { nonce, cspSource, scriptUri, styleUri } = options;
  if (!/^[A-Za-z0-9+/=_-]+$/.test(nonce)) throw new Error('The nonce must be base64 or hex');
  const csp = `default-src 'none'; style-src ${cspSource}; script-src 'nonce-${nonce}'; img-src ${cspSource} data:`;
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(model.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeAttribute(styleUri)}">
<title>${escapeHtml(model.texts.title)}</title>
</head>
<body>
<main id="timeline-root" data-model="${escapeAttribute(JSON.stringify(model))}">
<h1>${escapeHtml(model.texts.title)}</h1>
<noscript><p>${escapeHtml(model.texts.noScript)}</p></noscript>
</main>
<script nonce="${nonce}" src="${escapeAttribute(scriptUri)}"></script>
</body>
</html>
`;
}

/** Messages the panel accepts from its webview (anything else is ignored). */
export type TimelineMessage =
  { command: 'reveal'; path: (string | number)[] } | { command: 'fix'; path: (string | number)[]; ruleIds: RuleId[] };

const MAX_PATH_LENGTH = 16;
const MAX_KEY_LENGTH = 200;
const MAX_INDEX = 100_000;

function validPath(value: unknown): (string | number)[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_PATH_LENGTH) return undefined;
  const path: (string | number)[] = [];
  for (const part of value) {
    if (typeof part === 'string' && part.length > 0 && part.length <= MAX_KEY_LENGTH) path.push(part);
    else if (typeof part === 'number' && Number.isInteger(part) && part >= 0 && part <= MAX_INDEX) path.push(part);
    else return undefined;
  }
  return path;
}

/** Checks a message from the webview (shape, types, bounds, allow-listed command and rule ids); undefined when invalid. */
export function validateTimelineMessage(message: unknown): TimelineMessage | undefined {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return undefined;
  const { command, path: rawPath, ruleIds: rawRuleIds } = message as Record<string, unknown>;
  if (command !== 'reveal' && command !== 'fix') return undefined;
  const path = validPath(rawPath);
  if (!path) return undefined;
  if (command === 'reveal') return { command, path };
  if (!Array.isArray(rawRuleIds) || rawRuleIds.length === 0 || rawRuleIds.length > RULE_IDS.length) return undefined;
  if (!rawRuleIds.every((id): id is RuleId => typeof id === 'string' && (RULE_IDS as readonly string[]).includes(id))) return undefined;
  return { command, path, ruleIds: [...new Set(rawRuleIds)] };
}
