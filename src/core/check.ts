import { isRecord } from './yaml/fields';
import { copyTextRecords } from './yaml/loadedText';
import { parseManifest, type ParsedManifest } from './yaml/parse';
import { scanPlaceholders, type PlaceholderScan } from './yaml/placeholders';
import { computeTier, type TierResult } from './law/risk';
import {
  countsAsAbsent,
  documentsWithoutFiles,
  judgeLinkedDocuments,
  type FileExists,
  type LinkedDocument,
  type ReadDocument,
} from './documents/linked';
import { reportDocuments } from './rules/document-incomplete';
import { DOMAIN_RULES, runDomainRules } from './rules/index';
import { placeholderFindings } from './rules/placeholder-value';
import { ACCEPTANCE_RULES, applyAcceptances } from './acceptance';
import { fieldKey, type RuleContext } from './rules/rule';
import { rejectsValue, validateSchema } from './schema';
import { resolveEdition, systemDates, type EditionChoice, type ResolvedEdition } from './law/dutyDate';
import type { Finding, ManifestPath, Position } from './types';

export interface CheckOptions {
  /**
   * Edition of the AI Act whose dates the messages name: `auto` (the default) is the edition in force on
   * `referenceDate`; without a date, the timeline's default edition.
   */
  edition?: EditionChoice;
  /** Findings of duties that apply only after `referenceDate` become `information` (`check --due-only`, setting `futureDuties`). */
  dueOnly?: boolean;
  /** When given (and `readDocument` is not), document paths are checked for existence only (rule `dpia-document-not-found`). */
  fileExists?: FileExists;
  /**
   * The reference date (YYYY-MM-DD): it picks the `auto` edition and, with `dueOnly`, the duties in force; an entry
   * of `acceptedFindings` whose `expires` is before it accepts nothing
   * (`acceptance-expired`). The CLI's `--date` or today; the editor's `aiSystemManifest.referenceDate` or today.
   * Without it, an entry with `expires` accepts nothing.
   */
  referenceDate?: string;
  /**
   * When given, the linked documents are read and judged (spec: "Documents"): one that is not there or not written
   * counts as its field absent (rules `dpia-document-not-found`, `document-incomplete`).
   */
  readDocument?: ReadDocument;
}

export interface CheckResult {
  /** The manifest as loaded: its data and ranges as written (placeholders included). */
  parsed: ParsedManifest;
  /**
   * The data the schema, the rules and the tier read: the loaded data with every placeholder left out, and every
   * document field whose document is not written, not there, or free text (spec: "Documents").
   */
  data: unknown;
  /** null when the file does not parse, or is not a mapping of fields at all (empty, a list, a scalar). */
  tier: TierResult | null;
  findings: Finding[];
  /** The edition used, and whether it was the law on the reference date. */
  edition: ResolvedEdition;
  /**
   * The document fields the manifest gives, each with what it amounts to (`state`): `written`, `not-written`,
   * `not-found`, `free-text`, `url`, `text`, or `unchecked` where the files were not looked at.
   */
  documents: LinkedDocument[];
}

/** The manifest loaded, its placeholders found: the part of the check before the documents are judged. */
interface Loaded {
  parsed: ParsedManifest;
  resolved: ResolvedEdition;
  scan: PlaceholderScan;
  /** The loaded manifest as the checks see it, without placeholders. */
  seen: ParsedManifest;
}

/**
 * Parse, placeholders, schema and every synchronous rule: everything but the file-system look-ups (a document path is
 * taken as it is; free text in a document field is judged, as it needs no file); then the accepted findings.
 */
export function checkManifestText(text: string, options: CheckOptions = {}): CheckResult {
  const loaded = load(text, options);
  if (!('seen' in loaded)) return loaded;
  return withAcceptances(finish(loaded, documentsWithoutFiles(loaded.seen.data), options), options, false);
}

/** The full check, including whether the documents the manifest names exist and are written; then the accepted findings. */
export async function checkManifest(text: string, options: CheckOptions = {}): Promise<CheckResult> {
  const loaded = load(text, options);
  if (!('seen' in loaded)) return loaded;
  const looks = options.readDocument !== undefined || options.fileExists !== undefined;
  const documents = looks
    ? await judgeLinkedDocuments(loaded.seen.data, { readDocument: options.readDocument, fileExists: options.fileExists })
    : documentsWithoutFiles(loaded.seen.data);
  return withAcceptances(finish(loaded, documents, options), options, looks);
}

function load(text: string, options: CheckOptions): Loaded | CheckResult {
  const parsed = parseManifest(text);
  const resolved = resolveEdition(options.edition, options.referenceDate);
  if (parsed.syntaxFindings.length > 0)
    return { parsed, data: undefined, tier: null, findings: parsed.syntaxFindings, edition: resolved, documents: [] };
  // Placeholders first: the schema, the rules and the tier see the data without them (spec: "Placeholders").
  const scan = scanPlaceholders(parsed.data);
  const seen = scan.placeholders.length === 0 ? parsed : withoutPlaceholders(parsed, scan);
  return { parsed, resolved, scan, seen };
}

/**
 * Schema, tier and rules over the data without placeholders and without the document fields that count as absent;
 * then those fields' own findings, each replacing what a rule said about the field's absence (`reportDocuments`).
 */
function finish(loaded: Loaded, documents: LinkedDocument[], options: CheckOptions): CheckResult {
  const { parsed, resolved, scan } = loaded;
  const absent = documents.filter(countsAsAbsent);
  const loadedSeen =
    absent.length === 0
      ? loaded.seen
      : withoutFields(
          loaded.seen,
          absent.map((document) => document.path),
        );
  const placeholders = placeholderFindings(parsed, scan.placeholders);
  const schemaFindings = validateSchema(loadedSeen);
  // A value the schema rejects is read as absent by the tier and every rule, and reported by the schema alone.
  const rejected = schemaFindings.filter(rejectsValue).map((finding) => finding.path);
  const seen = rejected.some((path) => path.every((segment) => typeof segment === 'string'))
    ? withoutFields(
        loadedSeen,
        rejected.filter((path) => path.every((segment) => typeof segment === 'string')),
      )
    : loadedSeen;
  if (!isRecord(seen.data)) {
    return {
      parsed,
      data: seen.data,
      tier: null,
      findings: sortFindings([...placeholders, ...notCovered(schemaFindings, scan)]),
      edition: resolved,
      documents,
    };
  }
  const tier = inLoadedPaths(computeTier(seen.data, resolved.edition), scan);
  const context: RuleContext = {
    data: seen.data,
    parsed: seen,
    tier,
    edition: resolved.edition,
    system: systemDates(seen.data),
    absentDocuments: new Set(absent.map((document) => fieldKey(document.path))),
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
  };
  const rejectedKeys = rejected.map((path) => path.join('\u0000'));
  const ruleFindings = notCovered(runDomainRules(context), scan).filter((finding) => !rejectedKeys.includes(finding.path.join('\u0000')));
  const schema = notCovered(schemaFindings, scan).filter(
    (finding) => rejectsValue(finding) || withoutRuleDuplicates([finding], ruleFindings).length > 0,
  );
  const reported = reportDocuments(context, absent, [...ruleFindings, ...schema]);
  const findings = [
    ...placeholders,
    ...ruleFindings.filter((finding) => !reported.replaced.has(finding)),
    ...schema.filter((finding) => !reported.replaced.has(finding)),
    ...notCovered(reported.findings, scan),
  ];
  return { parsed, data: seen.data, tier, findings: sortFindings(dueOnly(findings, options)), edition: resolved, documents };
}

/**
 * `--due-only` / `futureDuties: information`: a finding whose duty applies to this system only after the reference
 * date is lowered to `information`, so errors (and the exit status) reflect the duties in force on that date.
 */
export function lowerFutureDuties(findings: Finding[], date: string): Finding[] {
  return findings.map((finding) =>
    finding.appliesFrom !== undefined && finding.appliesFrom > date && finding.severity !== 'information'
      ? { ...finding, severity: 'information' }
      : finding,
  );
}

function dueOnly(findings: Finding[], options: CheckOptions): Finding[] {
  return options.dueOnly && options.referenceDate ? lowerFutureDuties(findings, options.referenceDate) : findings;
}

const SYNCHRONOUS_RULES: ReadonlySet<string> = new Set([
  'schema',
  'placeholder-value',
  ...ACCEPTANCE_RULES,
  ...DOMAIN_RULES.map((rule) => rule.id),
]);

/**
 * Marks the accepted findings and adds the findings about `acceptedFindings` itself (`acceptance.ts`). It reads the
 * entries as loaded (its own test leaves out an entry with a placeholder) and the findings in the loaded data's paths.
 */
function withAcceptances(result: CheckResult, options: CheckOptions, documentsChecked: boolean): CheckResult {
  if (!result.tier || !isRecord(result.parsed.data) || !Array.isArray(result.parsed.data.acceptedFindings)) return result;
  const findings = applyAcceptances(result.parsed.data, result.parsed, result.findings, {
    referenceDate: options.referenceDate,
    // An entry for a document rule is not "unused" when the documents were not looked at.
    ruleChecked: (ruleId) => documentsChecked || SYNCHRONOUS_RULES.has(ruleId),
  });
  return { ...result, findings: sortFindings(findings) };
}

/** The loaded manifest as the checks see it: the data without placeholders, located through the loaded document. */
function withoutPlaceholders(parsed: ParsedManifest, scan: PlaceholderScan): ParsedManifest {
  return {
    text: parsed.text,
    lines: parsed.lines,
    data: scan.data,
    syntaxFindings: parsed.syntaxFindings,
    get document() {
      return parsed.document; // asked for only by fixes; on the fast path, yaml parses then
    },
    locate: (path) => parsed.locate(scan.loadedPath(path)),
  };
}

/**
 * The manifest as the checks see it with some fields left out (document fields that count as absent): the data is
 * copied on the way to each field (its text records kept), the ranges are the loaded document's.
 */
function withoutFields(parsed: ParsedManifest, paths: readonly ManifestPath[]): ParsedManifest {
  let data = parsed.data;
  for (const path of paths) data = without(data, path);
  return {
    text: parsed.text,
    lines: parsed.lines,
    data,
    syntaxFindings: parsed.syntaxFindings,
    get document() {
      return parsed.document;
    },
    locate: (path) => parsed.locate(path),
  };
}

function without(value: unknown, path: ManifestPath): unknown {
  if (path.length === 0 || !isRecord(value)) return value;
  const [head, ...rest] = path;
  if (typeof head !== 'string' || !Object.prototype.hasOwnProperty.call(value, head)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === head && rest.length === 0) continue;
    Object.defineProperty(copy, key, {
      value: key === head ? without(value[key], rest) : value[key],
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  copyTextRecords(value, copy, (key) => (Object.prototype.hasOwnProperty.call(copy, key) ? key : undefined));
  return copy;
}

/**
 * Findings in the loaded data's paths, without those on a field a placeholder stands for: that gap has its
 * `placeholder-value` finding (never two findings for one gap).
 */
function notCovered(findings: Finding[], scan: PlaceholderScan): Finding[] {
  if (scan.placeholders.length === 0) return findings;
  const covered = new Set(scan.covered.map(key));
  const result: Finding[] = [];
  for (const finding of findings) {
    const path = scan.loadedPath(finding.path);
    if (covered.has(key(path))) continue;
    result.push(path === finding.path ? finding : { ...finding, path });
  }
  return result;
}

function inLoadedPaths(tier: TierResult, scan: PlaceholderScan): TierResult {
  if (scan.placeholders.length === 0) return tier;
  return { ...tier, reasons: tier.reasons.map((reason) => ({ ...reason, path: scan.loadedPath(reason.path) })) };
}

function key(path: ManifestPath): string {
  return fieldKey(path);
}

/** A gap that a named rule reports is not reported by `schema` too (same field, or a field inside it). */
function withoutRuleDuplicates(schemaFindings: Finding[], ruleFindings: Finding[]): Finding[] {
  const covered = ruleFindings.map((finding) => finding.path.join('\u0000'));
  return schemaFindings.filter((finding) => {
    const key = finding.path.join('\u0000');
    return !covered.some((rulePath) => key === rulePath || key.startsWith(rulePath + '\u0000'));
  });
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      comparePositions(a.range.start, b.range.start) ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.path.join('.').localeCompare(b.path.join('.')),
  );
}
