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
import { plainText } from './format';
import type { Finding, Localized, ManifestPath, Position } from './types';

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
    return { parsed, data: undefined, tier: null, findings: asReported(parsed.syntaxFindings), edition: resolved, documents: [] };
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
        ).parsed;
  const placeholders = placeholderFindings(parsed, scan.placeholders);
  const schemaFindings = validateSchema(loadedSeen);
  // A value the schema rejects — a field's or a list item's — is read as absent by the tier and every rule, and
  // reported by the schema alone; a list of nothing but rejected items is absent (not empty: "none" is an answer).
  const rejected = schemaFindings.filter(rejectsValue).map((finding) => finding.path);
  const left = rejected.length > 0 ? withoutFields(loadedSeen, rejected) : undefined;
  const seen = left?.parsed ?? loadedSeen;
  /** A path into the data the rules read, as a path into `loadedSeen` (list indices shift where items were left out). */
  const seenPath = left?.seenPath ?? ((path: ManifestPath) => path);
  if (!isRecord(seen.data)) {
    return {
      parsed,
      data: seen.data,
      tier: null,
      findings: asReported([...placeholders, ...notCovered(schemaFindings, scan)]),
      edition: resolved,
      documents,
    };
  }
  const tier = inLoadedPaths(inSeenPaths(computeTier(seen.data, resolved.edition), seenPath), scan);
  const context: RuleContext = {
    data: seen.data,
    parsed: seen,
    tier,
    edition: resolved.edition,
    system: systemDates(seen.data),
    absentDocuments: new Set(absent.map((document) => fieldKey(document.path))),
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
  };
  const rejectedKeys = [...rejected, ...(left?.emptied ?? [])].map((path) => path.join('\u0000'));
  const ruleFindings = notCovered(
    runDomainRules(context)
      .map((finding) => inSeenPath(finding, seenPath))
      .filter((finding) => !rejectedKeys.includes(finding.path.join('\u0000'))),
    scan,
  );
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
  return { parsed, data: seen.data, tier, findings: asReported(dueOnly(findings, options)), edition: resolved, documents };
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
  // An accepted finding's message is plain already, and the prefix holds the entry's own words.
  return { ...result, findings: asReported(findings, (finding) => finding.accepted === undefined) };
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

/** The fields left out of the data: what is left, and how its paths map back. */
interface LeftOut {
  parsed: ParsedManifest;
  /** A path into the data left, as a path into the data given (list indices shift where items were left out). */
  seenPath: (path: ManifestPath) => ManifestPath;
  /** The lists all of whose items were left out: absent, not empty (paths into the data given). */
  emptied: ManifestPath[];
}

/** Left out of its holder. */
const OMIT = Symbol('omit');

/** A tree of the paths to leave out: `true` leaves the value out, a map goes on into it. */
type OmitTree = Map<string | number, OmitTree | true>;

/**
 * The manifest as the checks see it with some fields or list items left out (document fields that count as absent,
 * values the schema rejects): the data is copied on the way to each (its text records kept), the ranges are the given
 * document's, through `seenPath`.
 */
function withoutFields(parsed: ParsedManifest, paths: readonly ManifestPath[]): LeftOut {
  const tree: OmitTree = new Map();
  for (const path of paths) {
    let node = tree;
    for (const [i, segment] of path.entries()) {
      const next = node.get(segment);
      if (next === true) break;
      if (i === path.length - 1) node.set(segment, true);
      else if (next) node = next;
      else {
        const child: OmitTree = new Map();
        node.set(segment, child);
        node = child;
      }
    }
  }
  const indexMaps = new WeakMap<unknown[], number[]>();
  const emptied: ManifestPath[] = [];
  const left = omit(parsed.data, tree, [], indexMaps, emptied);
  const data = left === OMIT ? undefined : left;
  const seenPath = (path: ManifestPath): ManifestPath => {
    const result: (string | number)[] = [];
    let current: unknown = data;
    for (const segment of path) {
      if (Array.isArray(current) && typeof segment === 'number') {
        result.push(indexMaps.get(current)?.[segment] ?? segment);
        current = current[segment];
      } else {
        result.push(segment);
        current = isRecord(current) ? current[segment as string] : undefined;
      }
    }
    return result;
  };
  return {
    parsed: {
      text: parsed.text,
      lines: parsed.lines,
      data,
      syntaxFindings: parsed.syntaxFindings,
      get document() {
        return parsed.document;
      },
      locate: (path) => parsed.locate(seenPath(path)),
    },
    seenPath,
    emptied,
  };
}

function omit(
  value: unknown,
  tree: OmitTree,
  path: (string | number)[],
  indexMaps: WeakMap<unknown[], number[]>,
  emptied: ManifestPath[],
): unknown {
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    const loadedIndexes: number[] = [];
    let changed = false;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const node = tree.get(index);
      const kept = node === undefined ? item : node === true ? OMIT : omit(item, node, [...path, index], indexMaps, emptied);
      if (kept !== item) changed = true;
      if (kept === OMIT) continue;
      copy.push(kept);
      loadedIndexes.push(index);
    }
    if (!changed) return value;
    if (copy.length === 0) {
      emptied.push([...path]);
      return OMIT;
    }
    indexMaps.set(copy, loadedIndexes);
    copyTextRecords(value, copy, (index) => {
      const at = loadedIndexes.indexOf(index as number);
      return at === -1 ? undefined : at;
    });
    return copy;
  }
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  let changed = false;
  for (const key of Object.keys(value)) {
    const node = tree.get(key);
    const kept = node === undefined ? value[key] : node === true ? OMIT : omit(value[key], node, [...path, key], indexMaps, emptied);
    if (kept !== value[key]) changed = true;
    if (kept === OMIT) continue;
    Object.defineProperty(copy, key, { value: kept, writable: true, enumerable: true, configurable: true });
  }
  if (!changed) return value;
  copyTextRecords(value, copy, (key) => (Object.prototype.hasOwnProperty.call(copy, key) ? key : undefined));
  return copy;
}

/** A finding of the rules, its path in the data given to `withoutFields`. */
function inSeenPath(finding: Finding, seenPath: (path: ManifestPath) => ManifestPath): Finding {
  const path = seenPath(finding.path);
  return path.every((segment, i) => segment === finding.path[i]) ? finding : { ...finding, path };
}

function inSeenPaths(tier: TierResult, seenPath: (path: ManifestPath) => ManifestPath): TierResult {
  return { ...tier, reasons: tier.reasons.map((reason) => ({ ...reason, path: seenPath(reason.path) })) };
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

/**
 * The findings as every output reports them: sorted, each message (and its related locations') in plain text
 * (`plainText`: no code font), the one place the message form is decided.
 */
function asReported(findings: Finding[], toPlain: (finding: Finding) => boolean = () => true): Finding[] {
  return sortFindings(findings.map((finding) => (toPlain(finding) ? inPlainText(finding) : finding)));
}

function inPlainText(finding: Finding): Finding {
  const plain = (message: Localized): Localized => ({ en: plainText(message.en), da: plainText(message.da) });
  const result: Finding = { ...finding, message: plain(finding.message) };
  if (finding.related) result.related = finding.related.map((related) => ({ ...related, message: plain(related.message) }));
  return result;
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      comparePositions(a.range.start, b.range.start) ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.path.join('.').localeCompare(b.path.join('.')),
  );
}
