import type { CheckResult } from '../check';
import { assess, type Obligation } from '../assessment/assess';
import { dutyOverview, nextDutyOf, type DutyOverview } from '../assessment/dutyStatus';
import type { Edition } from '../law/timeline';
import { cite } from '../law/articles';
import { registeredInEuDatabase } from '../law/applicability';
import { has, isRecord, isTrue, provides, roleOf, stringList, valueAt } from '../yaml/fields';
import type { Finding, Lang, Localized, ManifestPath, Role, Tier } from '../types';

/**
 * One system of the register (spec: "The register"), built from one check of its manifest: the same `CheckResult`
 * the checker gives (documents looked up once, by that check; its data without placeholders and without documents
 * that are not written) and `assess()` over it for the next duty and the missing duties. Everything the formats
 * (JSON, CSV, Markdown, EU database, CycloneDX, the citizens' page) and the editor's AI systems view show is read
 * from here.
 */
export interface RegisterEntry {
  /** The manifest's path as given (the CLI's) or its workspace-relative path (the editor's), `/`-separated. */
  file: string;
  record: RegisterRecord;
  /** The duty `nextDuty` names, with both languages' texts; null when none. */
  nextObligation: Obligation | null;
  /** The duties by how they stand on `date` (overdue, accepted, due before use, missing later, next); null when not assessed. */
  duties: DutyOverview | null;
  /** The findings of the check (for the view's children, and the counts). */
  findings: Finding[];
  /**
   * The data the check's rules read (`CheckResult.data`: no placeholder, no document that is not written), when the
   * manifest parsed as a mapping. Every format and the AI systems view read the manifest through it, never the text.
   */
  data: Record<string, unknown> | undefined;
  /**
   * High-risk through Annex III in an area the EU database registers (Arts. 49(1), 49(3): any area but point 2,
   * critical infrastructure; emotion recognition is point 1(c)).
   */
  annexIIIHighRisk: boolean;
  /** Annex III listed, but a complete Art. 6(3) derogation keeps the system out of the high tier. */
  derogationApplies: boolean;
  edition: Edition;
  /** The reference date (ISO) of `nextDuty` and `missing`: whether the next duty is overdue (`assessment/dutyStatus.ts`). */
  date: string;
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  information: number;
  /** Of the information, the findings accepted in `acceptedFindings` (with who, when and why). */
  accepted: number;
}

/** The JSON record of the spec (field names fixed), in one language. Fields the manifest lacks are null. */
export interface RegisterRecord {
  file: string;
  id: string | null;
  name: string | null;
  description: string | null;
  organisation: string | null;
  unit: string | null;
  contact: string | null;
  role: Role | null;
  status: string | null;
  tier: Tier | null;
  annexIII: string[] | null;
  practices: string[] | null;
  profiles: boolean | null;
  legalBasis: string | null;
  legalProvision: string | null;
  dpia: string | null;
  fria: string | null;
  inServiceSince: string | null;
  providerRegistration: string | null;
  deployerRegistration: string | null;
  findings: FindingCounts;
  nextDuty: { text: Localized; article: string; appliesFrom: string | null; status: Obligation['status'] } | null;
  /** The number of duties `assess` marks missing; null when the tier is not determined (nothing was assessed). */
  missing: number | null;
  model: { name: string | null; provider: string | null; hosting: string | null; generalPurpose: boolean | null } | null;
}

/** A text field: a string (or a number, e.g. a version) that is present; anything else is null. */
export function textAt(data: unknown, path: ManifestPath): string | null {
  const value = valueAt(data, path);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' && has(data, path) ? value : null;
}

function listAt(data: unknown, path: ManifestPath): string[] | null {
  return Array.isArray(valueAt(data, path)) ? stringList(data, path) : null;
}

function booleanAt(data: unknown, path: ManifestPath): boolean | null {
  const value = valueAt(data, path);
  return typeof value === 'boolean' ? value : null;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, information: 0, accepted: 0 };
  for (const finding of findings) {
    if (finding.accepted) counts.accepted++;
    if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else counts.information++;
  }
  return counts;
}

export interface RecordInput {
  file: string;
  /** The check of the manifest; undefined when the file could not be decoded (its findings say why). */
  result: CheckResult | undefined;
  findings: Finding[];
  /** The reference date (ISO) for `nextDuty` and `missing`. */
  date: string;
  edition: Edition;
}

/** One register entry from one check: no second parse, no file access. */
export function buildEntry(input: RecordInput): RegisterEntry {
  const { result, date, edition } = input;
  const file = input.file.split('\\').join('/');
  // The check's data, as the rules read it: placeholders left out, and a document that is not written is no document.
  const data = result && isRecord(result.data) ? result.data : undefined;
  const tier = result?.tier ?? null;
  const assessment = result && tier ? assess(result, date, edition) : undefined;
  const next = assessment ? nextDutyOf(assessment) : null;
  const duties = assessment ? dutyOverview(assessment) : null;
  const role = roleOf(data) ?? null;
  const tasks = stringList(data, ['purpose', 'tasks']);
  const profilingAnswered = valueAt(data, ['riskClassification', 'profiling']) !== undefined || tasks.length > 0;
  const modelData = valueAt(data, ['model']);
  const record: RegisterRecord = {
    file,
    id: textAt(data, ['system', 'id']),
    name: textAt(data, ['system', 'name']),
    description: textAt(data, ['system', 'description']),
    organisation: textAt(data, ['system', 'owner', 'organisation']),
    unit: textAt(data, ['system', 'owner', 'unit']),
    contact: textAt(data, ['system', 'owner', 'contact']),
    role,
    status: textAt(data, ['system', 'status']),
    tier: tier?.tier ?? null,
    annexIII: listAt(data, ['riskClassification', 'annexIII']),
    practices: listAt(data, ['riskClassification', 'practices']),
    profiles: data && profilingAnswered ? isTrue(data, ['riskClassification', 'profiling']) || tasks.includes('profiling') : null,
    legalBasis: textAt(data, ['legalBasis', 'act']),
    legalProvision: textAt(data, ['legalBasis', 'provision']),
    dpia: textAt(data, ['dataProtection', 'dpia', 'status']),
    fria: textAt(data, ['fria', 'status']),
    inServiceSince: textAt(data, ['system', 'inServiceSince']),
    // A provider's own entry is its Art. 49 registration; a deployer records the provider's entry (Art. 26(8)).
    providerRegistration:
      (provides(data) ? textAt(data, ['documentation', 'euDatabaseRegistration']) : null) ??
      textAt(data, ['deployment', 'providerRegistration']),
    deployerRegistration: textAt(data, ['deployment', 'euDatabaseRegistration']),
    findings: countFindings(input.findings),
    nextDuty: next ? { text: next.text, article: next.article, appliesFrom: next.appliesFrom ?? null, status: next.status } : null,
    missing: duties ? duties.overdue.length : null,
    model: isRecord(modelData)
      ? {
          name: textAt(modelData, ['name']),
          provider: textAt(modelData, ['provider']),
          hosting: textAt(modelData, ['hosting']),
          generalPurpose: booleanAt(modelData, ['generalPurpose']),
        }
      : null,
  };
  return {
    file,
    record,
    nextObligation: next,
    duties,
    findings: input.findings,
    data,
    annexIIIHighRisk: tier ? registeredInEuDatabase(data, tier) : false,
    derogationApplies: tier?.derogationApplies ?? false,
    edition,
    date,
  };
}

/** The record as the JSON format prints it: texts in one language. */
export function recordJson(entry: RegisterEntry, lang: Lang): Record<string, unknown> {
  const nextDuty = entry.record.nextDuty;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry.record)) {
    out[key] =
      key !== 'nextDuty'
        ? value
        : nextDuty
          ? { text: nextDuty.text[lang], article: cite(nextDuty.article, lang), appliesFrom: nextDuty.appliesFrom, status: nextDuty.status }
          : null;
  }
  return out;
}

/** The display name of a system: its name, else its id, else the file. */
export function displayName(entry: RegisterEntry): string {
  return entry.record.name ?? entry.record.id ?? entry.file;
}
