import { localized } from '../l10n';
import type { CheckResult } from '../check';
import { has, stringList, valueAt, type Data } from '../yaml/fields';
import { dpiaMandatory, inUse, PROCESSING_STARTED } from '../law/applicability';
import { enumArg, namedValue } from '../law/enumNames';
import { RULES } from '../rules/index';
import { pathsOverlap, startsWithPath, type Rule } from '../rules/rule';
import { prohibitedPractices, transparencyProvision, type Reason, type TierResult } from '../law/risk';
import { holdsTransparencyDuty, OBLIGATIONS, spec, type ObligationGroup, type ObligationId, type ObligationSpec } from '../law/obligations';
import { localizedDate, type Certainty, type Edition, type ProvisionId } from '../law/timeline';
import { dutyDate, resolveEdition, systemDates, type EditionChoice } from '../law/dutyDate';
import type { Acceptance, Finding, Localized, ManifestPath, RuleId, Tier } from '../types';
import { PROHIBITED_PRACTICES, TRANSPARENCY_PRACTICES } from '../law/vocabulary';

/**
 * `met`: the evidence is there; `missing`: the duty applies on the date and its evidence is not there; `accepted`: it
 * applies and its only gaps are accepted findings (never `met`); `not-yet-applicable`: it applies later (see `gap`).
 * What the views count and name (missing now, later, overdue, next) is read through `views/dutyStatus.ts`.
 */
export type ObligationStatus = 'met' | 'missing' | 'accepted' | 'not-yet-applicable';

export interface Obligation {
  id: string;
  text: Localized;
  article: string;
  /** Absent for a duty of law in force on every date (Forvaltningsloven): it has no date. */
  provision?: ProvisionId;
  /** For this system (`dutyDate`); absent for a duty without a date (met or missing on any date). */
  appliesFrom?: string;
  certainty: Certainty;
  /** Why `appliesFrom` differs from the timeline's date (Art. 111(2), 111(4)), where it does. */
  dateReason?: Localized;
  /** Where the sources do not settle the date: the earlier reading ("may apply from"), when it differs. */
  mayApplyFrom?: string;
  /** Where the date comes from (the law itself, for a duty without a date). */
  source: string;
  /**
   * What the manifest records beside the status, where the status alone would not say it: a DPIA or FRIA in
   * progress, and whether the system is already in use (then it is due now, not at a date).
   */
  note?: Localized;
  status: ObligationStatus;
  /** The manifest lacks the evidence (also for a duty not yet applicable: a future gap, counted as such). */
  gap: boolean;
  /** Where the manifest records it: the link target in the views. */
  path: ManifestPath;
  /** The rules whose findings make it missing. */
  ruleIds: RuleId[];
  /**
   * Set when every finding that makes the duty missing is accepted (`acceptedFindings`): who accepted the gap, when
   * and why. The status is then `accepted` (or `not-yet-applicable`): an accepted gap is never `met`.
   */
  accepted?: Acceptance;
}

export interface Assessment {
  /** null when the file does not parse, or when the answers do not determine the tier (then `undetermined` says what to fill in). */
  tier: Tier | null;
  /** When the tier is not determined: the fields to fill in. */
  undetermined?: ManifestPath[];
  reasons: Reason[];
  obligations: Obligation[];
  /** The date statuses are relative to (ISO). */
  date: string;
  edition: Edition;
  /** False when a forced edition was not the law on `date` (the views say so). */
  editionInForce: boolean;
}

/** The duties whose status the DPIA's own status decides (see dpiaStatus). */
const DPIA_DUTIES: readonly ObligationId[] = ['dpia', 'deployer-dpia'];

type DataStatus = 'met' | 'missing' | 'not-yet-applicable';

/** Per duty, the rules that name it in their `evidence`, in catalogue order (static: read once from the rules). */
const RULES_EVIDENCING = new Map<ObligationId, RuleId[]>();
for (const rule of RULES as readonly Rule[])
  if (rule.evidence && rule.evidence !== 'every-duty')
    for (const duty of rule.evidence) RULES_EVIDENCING.set(duty, [...(RULES_EVIDENCING.get(duty) ?? []), rule.id]);

/** The rules whose error on any duty's field denies its evidence (`evidence: 'every-duty'`). */
const EVERY_DUTY_RULES: readonly RuleId[] = (RULES as readonly Rule[])
  .filter((rule) => rule.evidence === 'every-duty')
  .map((rule) => rule.id);

/**
 * A document that is not there or not written is no evidence, whatever the severity of its finding (a warning where
 * the document is optional or still being written): the duty it evidences is not met (spec: "Documents").
 */
const DOCUMENT_RULES: readonly RuleId[] = ['document-incomplete', 'dpia-document-not-found'];

/**
 * An error of an `every-duty` rule at a field the duty reads, or a document's finding there — also once accepted:
 * accepting a gap does not close it.
 */
function lacksEvidence(finding: Finding, match: readonly ManifestPath[]): boolean {
  const severity = finding.severityBeforeAcceptance ?? finding.severity;
  return (
    EVERY_DUTY_RULES.includes(finding.ruleId) &&
    (severity === 'error' || DOCUMENT_RULES.includes(finding.ruleId)) &&
    match.some((path) => pathsOverlap(finding.path, path))
  );
}

/**
 * The DPIA (GDPR Art. 35) by its status: met only when completed with its document (a document not written counts as
 * absent in the check's data), or justified not-required where it is not mandatory; not yet due while in progress
 * and the system is not in use (Art. 35(1): before the processing).
 */
function dpiaStatus(data: Data, tier: TierResult, date: string, undecided: readonly ManifestPath[]): DataStatus {
  const status = valueAt(data, ['dataProtection', 'dpia', 'status']);
  if (status === 'completed') return has(data, ['dataProtection', 'dpia', 'document']) ? 'met' : 'missing';
  if (status === 'not-required')
    return has(data, ['dataProtection', 'dpia', 'justification']) && !dpiaMandatory({ data, tier }) && undecided.length === 0
      ? 'met'
      : 'missing';
  if (status === 'in-progress' && !inUse(data, date)) return 'not-yet-applicable';
  return 'missing';
}

/**
 * The FRIA (AI Act Art. 27(1)) by its status: met only when completed with its document; not yet due while in
 * progress and the system is not in use (before first use); otherwise missing (`not-required` waives nothing).
 */
function friaStatus(data: Data, date: string): DataStatus {
  const status = valueAt(data, ['fria', 'status']);
  if (status === 'completed') return has(data, ['fria', 'document']) ? 'met' : 'missing';
  if (status === 'in-progress' && !inUse(data, date)) return 'not-yet-applicable';
  return 'missing';
}

/** Why the system counts as in use: its status by name, else the date since which it is in service. */
function inUseWords(data: Data): Localized {
  const status = valueAt(data, ['system', 'status']);
  if (typeof status === 'string' && PROCESSING_STARTED.includes(status)) return localized('system.status: {0}', enumArg('status', status));
  return localized('in service since {0}', localizedDate(systemDates(data).inServiceSince ?? ''));
}

/**
 * A DPIA or FRIA in progress, said in words (the status `missing` or `not-yet-applicable` alone hides it): that it is
 * in progress, whether the system is already in use, and before what it is due (GDPR Art. 35(1), AI Act Art. 27(1)).
 */
function assessmentNote(duty: ObligationId, data: Data, date: string): Localized | undefined {
  const dpia = DPIA_DUTIES.includes(duty);
  if (!dpia && duty !== 'fria') return undefined;
  const field = dpia ? 'dataProtection.dpia.status' : 'fria.status';
  if (valueAt(data, field.split('.')) !== 'in-progress') return undefined;
  const due: Localized = dpia
    ? localized('the DPIA must be carried out before the processing starts (GDPR Art. 35(1))')
    : localized('the assessment must be completed before the system is first used (AI Act Art. 27(1))');
  if (!inUse(data, date)) return localized('in progress ({0}): {1}', field, due);
  return localized('in progress ({0}), while the system is in use ({1}): {2}', field, inUseWords(data), due);
}

const CATEGORIES: ManifestPath = ['dataProtection', 'categories'];

/**
 * The answers that decide whether the DPIA is mandatory (`dpiaMandatory`) and are not given: the fields the tier
 * still needs, and the categories while one of them is a placeholder or rejected (it may be special-category). Until
 * they are given, nothing shows that the DPIA is not mandatory: a `not-required` is no evidence (spec: "A duty is met
 * only on evidence").
 */
function dpiaMandatoryUndecided(result: CheckResult, tier: TierResult): ManifestPath[] {
  const open = tier.tier === null ? [...tier.undetermined] : [];
  const categoryOpen = result.findings.some(
    (finding) =>
      (finding.ruleId === 'placeholder-value' || finding.ruleId === 'schema') &&
      (finding.severityBeforeAcceptance ?? finding.severity) === 'error' &&
      startsWithPath(finding.path, CATEGORIES),
  );
  if (categoryOpen || stringList(result.data, CATEGORIES).length === 0) open.push(CATEGORIES);
  return open;
}

/** A DPIA not-required while `dpiaMandatoryUndecided` names fields: what to answer first, in words. */
function dpiaUndecidedNote(data: Data, undecided: readonly ManifestPath[]): Localized | undefined {
  if (undecided.length === 0 || valueAt(data, ['dataProtection', 'dpia', 'status']) !== 'not-required') return undefined;
  return localized(
    "'not-required' in dataProtection.dpia.status counts only once the answers that decide whether the DPIA is mandatory are given: {0}",
    undecided.map((path) => path.join('.')).join(', '),
  );
}

/** The duties whose evidence is a status or a value, not only the absence of findings (undefined: findings decide). */
function statusByData(
  duty: ObligationId,
  data: Data,
  tier: TierResult,
  date: string,
  undecided: readonly ManifestPath[],
): DataStatus | undefined {
  if (DPIA_DUTIES.includes(duty)) return dpiaStatus(data, tier, date, undecided);
  if (duty === 'fria') return friaStatus(data, date);
  // Art. 26(7): met only on `workersInformed: true`.
  if (duty === 'inform-workers') return valueAt(data, ['transparency', 'workersInformed']) === true ? 'met' : 'missing';
  return undefined;
}

/** The Art. 5 duty is dated by the practices listed: a ban that applies later (Art. 5(1)(ba), (bb)) is never dated earlier. */
function prohibitionProvision(data: unknown): ProvisionId {
  const listed = prohibitedPractices(data)
    .map(({ value }) => PROHIBITED_PRACTICES[value]?.provision)
    .filter((p): p is ProvisionId => p !== undefined);
  return listed.includes('prohibitions') || listed.length === 0 ? 'prohibitions' : listed[0];
}

/** A duty of law in force on every date (Forvaltningsloven): no date, `met` or `missing` (or accepted) on any date. */
function undatedObligation(s: ObligationSpec<ObligationId>, result: CheckResult): Obligation {
  const match = s.match ?? [s.path];
  const rules = RULES_EVIDENCING.get(s.duty) ?? [];
  // As for a dated duty: missing while a gap is open, accepted when its only gaps are accepted findings.
  const gaps = result.findings.filter(
    (finding) =>
      (rules.includes(finding.ruleId) && match.some((path) => pathsOverlap(finding.path, path))) || lacksEvidence(finding, match),
  );
  const open = gaps.filter((finding) => !finding.accepted);
  const status: ObligationStatus = open.length > 0 ? 'missing' : gaps.length > 0 ? 'accepted' : 'met';
  const accepted = gaps.length > 0 && open.length === 0 ? gaps[0].accepted : undefined;
  return {
    id: s.id,
    text: s.text,
    article: s.article,
    certainty: 'primary',
    source: s.article,
    status,
    gap: status === 'missing',
    path: s.path,
    ruleIds: [...rules],
    ...(accepted ? { accepted } : {}),
  };
}

/**
 * Tier, reasons and obligations with their status on `date` (ISO), from a check's result. The edition is the one
 * the check used, unless one is given (`auto` is then the edition in force on `date`).
 */
export function assess(result: CheckResult, date: string, edition?: EditionChoice): Assessment {
  const resolved = edition === undefined ? result.edition : resolveEdition(edition, date);
  const base = { date, edition: resolved.edition, editionInForce: resolveEdition(resolved.edition, date).inForce };
  const tier = result.tier;
  if (!tier) return { tier: null, reasons: [], obligations: [], ...base };
  const data = result.data;
  const scope = {
    edition: resolved.edition,
    system: systemDates(data),
    highRisk: tier.tier === 'high',
    highRiskProvision: tier.highRiskProvision,
  };
  const groups: readonly ObligationGroup<ObligationId>[] = OBLIGATIONS;
  const specs = groups.filter((group) => group.applies(data, tier)).flatMap((group) => group.specs);
  const transparencySpecs = [...new Set(tier.transparencyPractices)]
    .filter((value) => holdsTransparencyDuty(data, TRANSPARENCY_PRACTICES[value]))
    .map((value) => {
      const practice = TRANSPARENCY_PRACTICES[value];
      const provision = transparencyProvision(value);
      const transparency = spec(
        `transparency-${value}`,
        localized('Transparency for {0}: {1}', namedValue('practice', value, `'${value}'`), practice.duty),
        `AI Act ${practice.paragraph}`,
        provision,
        ['transparency', practice.field],
      );
      return { ...transparency, duty: 'transparency-practice' as const };
    });
  const dpiaUndecided = dpiaMandatoryUndecided(result, tier);
  const obligations = [...specs, ...transparencySpecs].map((s): Obligation => {
    if (s.provision === null) return undatedObligation(s, result);
    const provision =
      s.provision === 'high-risk'
        ? (tier.highRiskProvision ?? 'annex-iii-high-risk')
        : s.id === 'no-prohibited-practice'
          ? prohibitionProvision(data)
          : s.provision;
    const duty = dutyDate(provision, scope);
    const from = duty.date;
    const match = s.match ?? [s.path];
    const rules = RULES_EVIDENCING.get(s.duty) ?? [];
    const gaps = result.findings.filter(
      (finding) =>
        (rules.includes(finding.ruleId) && match.some((path) => pathsOverlap(finding.path, path))) || lacksEvidence(finding, match),
    );
    const open = gaps.filter((finding) => !finding.accepted);
    const byData = statusByData(s.duty, data as Data, tier, date, dpiaUndecided);
    let status: ObligationStatus;
    if (date < from || byData === 'not-yet-applicable') status = 'not-yet-applicable';
    else if (open.length > 0 || (byData === 'missing' && gaps.length === 0)) status = 'missing';
    else status = gaps.length > 0 ? 'accepted' : 'met';
    const accepted = gaps.length > 0 && open.length === 0 ? gaps[0].accepted : undefined;
    const note =
      assessmentNote(s.duty, data as Data, date) ??
      (DPIA_DUTIES.includes(s.duty) && byData === 'missing' ? dpiaUndecidedNote(data as Data, dpiaUndecided) : undefined);
    return {
      id: s.id,
      text: s.text,
      article: s.article,
      provision,
      appliesFrom: from,
      certainty: duty.certainty,
      ...(duty.reason ? { dateReason: duty.reason } : {}),
      ...(duty.mayApplyFrom ? { mayApplyFrom: duty.mayApplyFrom } : {}),
      source: duty.source,
      ...(note ? { note } : {}),
      status,
      gap: status === 'missing' || (status === 'not-yet-applicable' && (open.length > 0 || byData === 'missing')),
      path: s.path,
      ruleIds: [...rules],
      ...(accepted ? { accepted } : {}),
    };
  });
  const assessment: Assessment = { tier: tier.tier, reasons: tier.reasons, obligations, ...base };
  if (tier.tier === null) assessment.undetermined = tier.undetermined;
  return assessment;
}
