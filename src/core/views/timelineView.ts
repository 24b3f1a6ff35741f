/**
 * The AI Act timeline panel's view model and HTML, without `vscode`: the extension, the preview script and the
 * tests all build the panel through these functions. Every date comes from the timeline data; none is written here.
 */
import type { Assessment, Obligation, ObligationStatus } from '../assessment/assess';
import { gapFindings, reportedInstead, stillToAnswer } from '../assessment/openFindings';
import { fillInText, TIER_NAMES, TIER_NOT_DETERMINED } from '../law/tiers';
import { resolveEdition } from '../law/dutyDate';
import { certaintyLabel as dateCertaintyLabel, dateWithReason, futureGapsText } from './dutyText';
import { UNDATED } from '../law/dutyDate';
import { cite } from '../law/articles';
import { appliesFrom, EDITIONS, formatDate, TIMELINE, type Certainty, type Edition, type Milestone, type Provision } from '../law/timeline';
import { RULE_IDS } from '../rules/index';
import { escapeAttribute, escapeHtml, format } from '../format';
import type { Finding, Lang, Localized, RuleId, Tier } from '../types';
import { localize, localized } from '../l10n';

export type Phase = 'past' | 'current' | 'future';

export interface TimelineInput {
  lang: Lang;
  edition: Edition;
  /** ISO date the view is relative to (the extension's reference date). */
  today: string;
  assessment?: Assessment;
  /** The check's findings behind the assessment: a duty's row names the placeholders and unwritten documents left to answer. */
  findings?: readonly Finding[];
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
  /** Where `fixable`: the placeholders and unwritten documents that keep it open ("Still to answer: …"); '' otherwise. */
  toAnswer: string;
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
  title: localized('AI Act timeline'),
  general: localized('General timeline: open an ai-system.yaml manifest to see its obligations.'),
  manifest: localized('Manifest'),
  tier: localized('Risk tier'),
  reasons: localized('Why'),
  obligationsSummary: localized('Obligations of this system'),
  edition: localized('Dates used'),
  editionHint: localized('Chosen by the setting aiSystemManifest.edition.'),
  source: localized('Source'),
  certainty: localized('Certainty'),
  today: localized('Today'),
  milestones: localized('Milestones of the AI Act'),
  expandAll: localized('Expand all'),
  collapseAll: localized('Collapse all'),
  keyboardHint: localized('Arrow keys move between milestones; Enter or Space shows the details.'),
  requested: localized('Key date'),
  movedBadge: localized('Moved by the Digital Omnibus'),
  bringsIntoApplication: localized('Brings into application'),
  nothingNew: localized('No provision starts to apply on this date.'),
  systemObligations: localized('Obligations of this system from this date'),
  noSystemObligations: localized('None of this system’s obligations starts on this date.'),
  inForceFrom: localized('in force from {0}'),
  inForceSince: localized('in force since {0}'),
  editionInForce: localized('this edition is in force'),
  editionNotInForce: localized('not the law on {0}: shown for comparison'),
  systemDate: localized('this system’s date'),
  systemDateTitle: localized('This system’s own date'),
  systemDateSummary: localized('Duties of this system that apply from its own date, not the timeline’s.'),
  systemNote: localized('This system: {0}'),
  gapCount: localized('{0} gaps'),
  futureGaps: localized('Gaps in duties not yet in force'),
  reveal: localized('Go to field'),
  revealLabel: localized('Go to the field {0} in the manifest'),
  fix: localized('Fix…'),
  fixLabel: localized('Fix the missing field {0}'),
  article: localized('Article'),
  appliesFrom: localized('applies from {0}'),
  obligationCount: localized('{0} obligations of this system'),
  missingCount: localized('{0} missing'),
  unplaced: localized('Obligations without a milestone'),
  legend: localized('Legend'),
  noScript: localized('The timeline needs scripts to be enabled.'),
  unreadable: localized('The manifest cannot be read; fix the YAML errors to see its tier and obligations.'),
} satisfies Record<string, Localized>;

export type TimelineTexts = Record<keyof typeof TEXTS, string> & {
  phase: Record<Phase, string>;
  status: Record<ObligationStatus, string>;
};

const PHASES: Record<Phase, Localized> = {
  past: localized('passed'),
  current: localized('current'),
  future: localized('upcoming'),
};

const STATUSES: Record<ObligationStatus, Localized> = {
  met: localized('Met'),
  missing: localized('Missing'),
  accepted: localized('Accepted'),
  'not-yet-applicable': localized('Not yet applicable'),
};

const UNKNOWN_TIER: Localized = localized('Cannot be determined');

const KINDS: Record<Milestone['kind'] | 'system', Localized> = {
  'ai-act': localized('AI Act'),
  amendment: localized('Amendment'),
  'other-law': localized('Other EU law'),
  'danish-law': localized('Danish law'),
  system: localized('This system'),
};

const CERTAINTIES: Record<Certainty, Localized> = {
  primary: localized('checked against the Official Journal'),
  secondary: localized('secondary sources only'),
  uncertain: localized('uncertain'),
};

const EDITION_SHORT: Record<Edition, Localized> = {
  adopted: localized('As adopted'),
  amended: localized('After the Digital Omnibus'),
};

const DATE_STATUS: Record<Edition, Localized> = {
  /** The adopted date while the amended text is selected. */
  adopted: localized('superseded by the Digital Omnibus'),
  /** The amended date while the adopted text is selected. */
  amended: localized('not used (setting: as adopted)'),
};

const PREPARED: Record<'yes' | 'no', Localized> = {
  yes: localized('already recorded in the manifest'),
  no: localized('still missing in the manifest'),
};

const NOTES = {
  movedTo: localized('Moved by the Digital Omnibus to {0}.'),
  movedFrom: localized('Moved by the Digital Omnibus from {0}.'),
  added: localized('New with the Digital Omnibus.'),
  absent: localized('not in this text'),
} satisfies Record<string, Localized>;

/** A provision whose date is the system's high-risk date (`followsHighRisk`): the spec's "date not settled" note. */
const FOLLOWS_HIGH_RISK = {
  mayApplyEarlier: localized(
    'Date not settled in the sources: for a system, these duties apply from its high-risk date (Annex III: {0}; Annex I: {1}; Art. 111(2) can move it); they may apply from {2}.',
  ),
  sameDate: localized(
    'Date not settled in the sources: for a system, these duties apply from its high-risk date (Annex III: {0}; Annex I: {1}; Art. 111(2) can move it).',
  ),
} satisfies Record<string, Localized>;

/** The note of a provision dated by the system's high-risk date (Arts. 43, 47, 49, 72, 73, 86: reference §9 item 3). */
function followsHighRiskNote(provision: Provision, edition: Edition, lang: Lang): string {
  const own = appliesFrom(provision.id, edition);
  const annexIII = appliesFrom('annex-iii-high-risk', edition);
  const annexI = appliesFrom('annex-i-high-risk', edition);
  return own < annexIII
    ? format(FOLLOWS_HIGH_RISK.mayApplyEarlier[lang], formatDate(annexIII, lang), formatDate(annexI, lang), formatDate(own, lang))
    : format(FOLLOWS_HIGH_RISK.sameDate[lang], formatDate(annexIII, lang), formatDate(annexI, lang));
}

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
          source: target ? (lang === 'da' ? target.sourceDa : target.source) : null,
          // The provision's own certainty overrides its milestone's where the sources do not settle its date (Art. 49(2)).
          certainty: target ? (provision.certainty ?? target.certainty) : null,
          certaintyLabel: target ? CERTAINTIES[provision.certainty ?? target.certainty][lang] : null,
        };
      })
    : [];
  let note = '';
  if (provision.followsHighRisk) note = followsHighRiskNote(provision, edition, lang);
  else if (added) note = NOTES.added[lang];
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

function obligationView(obligation: Obligation, lang: Lang, findings: readonly Finding[]): ObligationView {
  const path = [...obligation.path];
  // Whether the manifest already records a duty that applies later: the assessment's `gap` (one story everywhere).
  const prepared = obligation.status === 'not-yet-applicable' ? !obligation.gap : null;
  const missing = obligation.status === 'missing' || prepared === false;
  const fixable = missing && obligation.ruleIds.length > 0;
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
      ? `${dateCertaintyLabel(obligation.certainty, lang)}; ${localize(lang, 'may apply from {0}', formatDate(obligation.mayApplyFrom, lang))}`
      : dateCertaintyLabel(obligation.certainty, lang),
    path,
    pathLabel: path.join('.'),
    ruleIds: [...obligation.ruleIds],
    fixable,
    toAnswer: fixable ? stillToAnswerLine(obligation, findings, lang) : '',
  };
}

/** A fix leaves placeholders and document stubs, which count as missing: the row says which, so the gap is not a mystery. */
function stillToAnswerLine(obligation: Obligation, findings: readonly Finding[], lang: Lang): string {
  const left = gapFindings(findings, obligation.path, obligation.ruleIds).filter(reportedInstead);
  return left.length > 0 ? localize(lang, 'Still to answer: {0}', stillToAnswer(left, lang)) : '';
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
    const view = obligationView(obligation, lang, input.findings ?? []);
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
    sourceDa: '',
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
      source: lang === 'da' ? m.sourceDa : m.source,
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
    editionSource: lang === 'da' ? editionInfo.sourceDa : editionInfo.source,
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
