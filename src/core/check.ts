import { isRecord } from './yaml/fields';
import { parseManifest, type ParsedManifest } from './yaml/parse';
import { computeTier, type TierResult } from './law/risk';
import { checkDocumentReferences, type FileExists } from './rules/dpia-document-not-found';
import { DOMAIN_RULES, runDomainRules } from './rules/index';
import { ACCEPTANCE_RULES, applyAcceptances } from './acceptance';
import type { RuleContext } from './rules/rule';
import { validateSchema } from './schema';
import { DEFAULT_EDITION, type Edition } from './law/timeline';
import type { Finding, Position } from './types';

export interface CheckOptions {
  /** Edition of the AI Act whose dates the messages name (default: as amended by the Digital Omnibus). */
  edition?: Edition;
  /** When given, document paths are checked for existence (rule `dpia-document-not-found`). */
  fileExists?: FileExists;
  /**
   * The reference date (YYYY-MM-DD): an entry of `acceptedFindings` whose `expires` is before it accepts nothing
   * (`acceptance-expired`). The CLI's `--date` or today; the editor's `aiSystemManifest.referenceDate` or today.
   * Without it, an entry with `expires` accepts nothing.
   */
  referenceDate?: string;
}

export interface CheckResult {
  parsed: ParsedManifest;
  /** null when the file does not parse, or is not a mapping of fields at all (empty, a list, a scalar). */
  tier: TierResult | null;
  findings: Finding[];
}

/** Parse, schema and every synchronous rule: everything but the file-system look-ups; then the accepted findings. */
export function checkManifestText(text: string, options: CheckOptions = {}): CheckResult {
  return withAcceptances(checkBeforeAcceptance(text, options), options, false);
}

function checkBeforeAcceptance(text: string, options: CheckOptions): CheckResult {
  const parsed = parseManifest(text);
  if (parsed.syntaxFindings.length > 0) return { parsed, tier: null, findings: parsed.syntaxFindings };
  const edition = options.edition ?? DEFAULT_EDITION;
  const schemaFindings = validateSchema(parsed);
  if (!isRecord(parsed.data)) return { parsed, tier: null, findings: sortFindings(schemaFindings) };
  const tier = computeTier(parsed.data, edition);
  const context: RuleContext = { data: parsed.data, parsed, tier, edition };
  const ruleFindings = runDomainRules(context);
  return { parsed, tier, findings: sortFindings([...ruleFindings, ...withoutRuleDuplicates(schemaFindings, ruleFindings)]) };
}

/** The full check, including whether the documents the manifest names exist; then the accepted findings. */
export async function checkManifest(text: string, options: CheckOptions = {}): Promise<CheckResult> {
  const result = checkBeforeAcceptance(text, options);
  if (!options.fileExists || !result.tier || !isRecord(result.parsed.data)) return withAcceptances(result, options, false);
  const context: RuleContext = {
    data: result.parsed.data,
    parsed: result.parsed,
    tier: result.tier,
    edition: options.edition ?? DEFAULT_EDITION,
  };
  const documentFindings = await checkDocumentReferences(context, options.fileExists);
  return withAcceptances({ ...result, findings: sortFindings([...result.findings, ...documentFindings]) }, options, true);
}

const SYNCHRONOUS_RULES: ReadonlySet<string> = new Set(['schema', ...ACCEPTANCE_RULES, ...DOMAIN_RULES.map((rule) => rule.id)]);

/** Marks the accepted findings and adds the findings about `acceptedFindings` itself (`acceptance.ts`). */
function withAcceptances(result: CheckResult, options: CheckOptions, documentsChecked: boolean): CheckResult {
  if (!result.tier || !isRecord(result.parsed.data) || !Array.isArray(result.parsed.data.acceptedFindings)) return result;
  const findings = applyAcceptances(result.parsed.data, result.parsed, result.findings, {
    referenceDate: options.referenceDate,
    // An entry for a document rule is not "unused" when the documents were not looked at.
    ruleChecked: (ruleId) => documentsChecked || SYNCHRONOUS_RULES.has(ruleId),
  });
  return { ...result, findings: sortFindings(findings) };
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
