import { isRecord } from './yaml/fields';
import { parseManifest, type ParsedManifest } from './yaml/parse';
import { scanPlaceholders, type PlaceholderScan } from './yaml/placeholders';
import { computeTier, type TierResult } from './law/risk';
import { checkDocumentReferences, documentReferences, type FileExists } from './rules/dpia-document-not-found';
import { checkDocumentContents, type ReadDocument } from './rules/document-incomplete';
import { DOMAIN_RULES, runDomainRules } from './rules/index';
import { placeholderFindings } from './rules/placeholder-value';
import { ACCEPTANCE_RULES, applyAcceptances } from './acceptance';
import type { RuleContext } from './rules/rule';
import { validateSchema } from './schema';
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
  /** When given, document paths are checked for existence (rule `dpia-document-not-found`). */
  fileExists?: FileExists;
  /**
   * The reference date (YYYY-MM-DD): it picks the `auto` edition and, with `dueOnly`, the duties in force; an entry
   * of `acceptedFindings` whose `expires` is before it accepts nothing
   * (`acceptance-expired`). The CLI's `--date` or today; the editor's `aiSystemManifest.referenceDate` or today.
   * Without it, an entry with `expires` accepts nothing.
   */
  referenceDate?: string;
  /** When given, the linked documents that exist are read and checked for being unfinished (rule `document-incomplete`). */
  readDocument?: ReadDocument;
}

export interface CheckResult {
  /** The manifest as loaded: its data and ranges as written (placeholders included). */
  parsed: ParsedManifest;
  /** The data the schema, the rules and the tier read: the loaded data with every placeholder left out. */
  data: unknown;
  /** null when the file does not parse, or is not a mapping of fields at all (empty, a list, a scalar). */
  tier: TierResult | null;
  findings: Finding[];
  /** The edition used, and whether it was the law on the reference date. */
  edition: ResolvedEdition;
}

interface Checked {
  result: CheckResult;
  context?: RuleContext;
  scan?: PlaceholderScan;
}

/** Parse, placeholders, schema and every synchronous rule: everything but the file-system look-ups; then the accepted findings. */
export function checkManifestText(text: string, options: CheckOptions = {}): CheckResult {
  return withAcceptances(checkText(text, options).result, options, false);
}

function checkText(text: string, options: CheckOptions): Checked {
  const parsed = parseManifest(text);
  const resolved = resolveEdition(options.edition, options.referenceDate);
  if (parsed.syntaxFindings.length > 0)
    return { result: { parsed, data: undefined, tier: null, findings: parsed.syntaxFindings, edition: resolved } };
  const edition = resolved.edition;
  // Placeholders first: the schema, the rules and the tier see the data without them (spec: "Placeholders").
  const scan = scanPlaceholders(parsed.data);
  const seen = scan.placeholders.length === 0 ? parsed : withoutPlaceholders(parsed, scan);
  const placeholders = placeholderFindings(parsed, scan.placeholders);
  const schemaFindings = validateSchema(seen);
  if (!isRecord(seen.data)) {
    return {
      result: {
        parsed,
        data: seen.data,
        tier: null,
        findings: sortFindings([...placeholders, ...notCovered(schemaFindings, scan)]),
        edition: resolved,
      },
    };
  }
  const tier = inLoadedPaths(computeTier(seen.data, edition), scan);
  const context: RuleContext = { data: seen.data, parsed: seen, tier, edition, system: systemDates(seen.data) };
  const ruleFindings = notCovered(runDomainRules(context), scan);
  const findings = [...placeholders, ...ruleFindings, ...withoutRuleDuplicates(notCovered(schemaFindings, scan), ruleFindings)];
  return {
    result: { parsed, data: seen.data, tier, findings: sortFindings(dueOnly(findings, options)), edition: resolved },
    context,
    scan,
  };
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

/** The full check, including whether the documents the manifest names exist and are finished; then the accepted findings. */
export async function checkManifest(text: string, options: CheckOptions = {}): Promise<CheckResult> {
  const { result, context, scan } = checkText(text, options);
  if ((!options.fileExists && !options.readDocument) || !context || !scan) return withAcceptances(result, options, false);
  const references = documentReferences(context.data);
  const notFound = options.fileExists ? await checkDocumentReferences(context, options.fileExists) : [];
  const missingPaths = new Set(notFound.map((finding) => finding.path.join('\u0000')));
  const existing = references.filter((reference) => !missingPaths.has(reference.path.join('\u0000')));
  const unfinished = options.readDocument ? await checkDocumentContents(context, existing, options.readDocument) : [];
  const documentFindings = dueOnly(notCovered([...notFound, ...unfinished], scan), options);
  return withAcceptances({ ...result, findings: sortFindings([...result.findings, ...documentFindings]) }, options, true);
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
  return path.join('\u0000');
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
