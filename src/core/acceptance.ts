import { isRecord, valueAt } from './yaml/fields';
import type { ParsedManifest } from './yaml/parse';
import { isPlaceholder } from './yaml/placeholders';
import { RULE_IDS } from './rules/index';
import { formatDate } from './law/timeline';
import { isCalendarDate } from './law/dutyDate';
import type { Acceptance, Finding, Localized, ManifestPath, RuleId, Severity } from './types';

/**
 * Accepted findings (spec, "Accepted findings"): an entry of `acceptedFindings` that names a rule (and, with
 * `path`, one field) accepts the matching findings. They are still reported, as `information`, with who accepted
 * them, when and why; never silently. The entries themselves are checked here: `acceptance-invalid`,
 * `acceptance-expired`, `acceptance-unused`.
 */

/** Rules whose findings can never be accepted: a syntax or schema error, a prohibited practice, an automated decision, a placeholder. */
export const NEVER_ACCEPTABLE: readonly string[] = [
  'yaml-syntax',
  'schema',
  'prohibited-practice',
  'automated-decision',
  'placeholder-value',
];

/** The rules that judge the entries themselves: accepting one of their findings would accept nothing real. */
export const ACCEPTANCE_RULES: readonly string[] = ['acceptance-invalid', 'acceptance-expired', 'acceptance-unused'];

/** Whether an entry of `acceptedFindings` may name this rule (a known rule id, not one of `NEVER_ACCEPTABLE`). */
export function canBeAccepted(ruleId: string): boolean {
  return (RULE_IDS as readonly string[]).includes(ruleId) && !NEVER_ACCEPTABLE.includes(ruleId);
}

/** Whether the editor offers "Accept this finding…" for a finding of this rule. */
export function offersAcceptance(ruleId: string): boolean {
  return canBeAccepted(ruleId) && !ACCEPTANCE_RULES.includes(ruleId);
}

/** A finding's field as an entry's `path` names it: dotted, list items as `.0`. */
export function dottedPath(path: ManifestPath): string {
  return path.map(String).join('.');
}

const ENTRY_FIELDS = ['rule', 'path', 'reason', 'acceptedBy', 'date', 'expires'] as const;

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && isCalendarDate(value);
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

interface Entry {
  index: number;
  rule: string;
  path?: string;
  acceptance: Acceptance;
}

export interface AcceptanceOptions {
  /**
   * The reference date (ISO): an entry whose `expires` is before it accepts nothing. Without it no expiry can be
   * judged, so an entry with `expires` accepts nothing (and is not reported as expired).
   */
  referenceDate?: string;
  /** Whether the rule's findings were looked for in this check (the document rules need the file system). */
  ruleChecked: (ruleId: string) => boolean;
}

function findingAtEntry(parsed: ParsedManifest, ruleId: RuleId, severity: Severity, path: ManifestPath, message: Localized): Finding {
  const located = parsed.locate(path);
  const finding: Finding = { ruleId, severity, message, range: located.range, path };
  if (!located.found) finding.missing = true;
  return finding;
}

/** The prefix of an accepted finding's message (spec: "Accepted by {acceptedBy} on {date}: {reason}"). */
export function acceptedPrefix(acceptance: Acceptance): Localized {
  const until = (lang: 'en' | 'da') =>
    acceptance.expires
      ? lang === 'da'
        ? ` (indtil ${formatDate(acceptance.expires, 'da')})`
        : ` (until ${formatDate(acceptance.expires, 'en')})`
      : '';
  return {
    en: `Accepted by ${acceptance.by} on ${formatDate(acceptance.date, 'en')}: ${acceptance.reason}${until('en')}`,
    da: `Accepteret af ${acceptance.by} den ${formatDate(acceptance.date, 'da')}: ${acceptance.reason}${until('da')}`,
  };
}

function accepted(finding: Finding, acceptance: Acceptance): Finding {
  const prefix = acceptedPrefix(acceptance);
  return {
    ...finding,
    severity: 'information',
    severityBeforeAcceptance: finding.severity,
    message: { en: `${prefix.en} — ${finding.message.en}`, da: `${prefix.da} — ${finding.message.da}` },
    accepted: acceptance,
  };
}

/** The entries that may accept something: well-formed, no placeholder, a rule that can be accepted (else `acceptance-invalid`). */
function readEntries(data: unknown, parsed: ParsedManifest, out: Finding[]): Entry[] {
  const list = valueAt(data, ['acceptedFindings']);
  if (!Array.isArray(list)) return [];
  const entries: Entry[] = [];
  list.forEach((item, index) => {
    if (!isRecord(item)) return; // the schema reports it
    // A placeholder in any field: the entry accepts nothing (a placeholder `path` never widens it to the whole rule).
    if (ENTRY_FIELDS.some((field) => isPlaceholder(item[field]))) return;
    const { rule, path, reason, acceptedBy, date, expires } = item;
    if (!nonEmpty(rule)) return; // the schema reports a missing or mistyped rule
    const ruleId = rule.trim();
    if (!canBeAccepted(ruleId)) {
      const known = (RULE_IDS as readonly string[]).includes(ruleId) || NEVER_ACCEPTABLE.includes(ruleId);
      out.push(
        findingAtEntry(
          parsed,
          'acceptance-invalid',
          'error',
          ['acceptedFindings', index, 'rule'],
          known
            ? {
                en: `\`acceptedFindings[${index}].rule\` is '${ruleId}': a finding of this rule can never be accepted (a syntax or schema error, a prohibited practice, an automated decision or a placeholder must be fixed); any finding of this rule stays as it is.`,
                da: `\`acceptedFindings[${index}].rule\` er '${ruleId}': et fund efter denne regel kan aldrig accepteres (en syntaks- eller skemafejl, en forbudt praksis, en automatisk afgørelse eller en pladsholder skal rettes); et fund efter reglen forbliver uændret.`,
              }
            : {
                en: `\`acceptedFindings[${index}].rule\` is '${ruleId}', which is not a rule id of the catalogue (see docs/rules.md): the entry accepts nothing.`,
                da: `\`acceptedFindings[${index}].rule\` er '${ruleId}', som ikke er et regel-id i kataloget (se docs/rules.md): posten accepterer intet.`,
              },
        ),
      );
      return;
    }
    // The schema reports missing or malformed fields; such an entry accepts nothing.
    if (!nonEmpty(reason) || !nonEmpty(acceptedBy) || !isIsoDate(date)) return;
    if (path !== undefined && !nonEmpty(path)) return;
    if (expires !== undefined && !isIsoDate(expires)) return;
    entries.push({
      index,
      rule: ruleId,
      path: path === undefined ? undefined : path.trim(),
      acceptance: { by: acceptedBy.trim(), date, reason: reason.trim(), ...(expires === undefined ? {} : { expires }) },
    });
  });
  return entries;
}

/**
 * The findings with the accepted ones marked (severity `information`, message prefixed, `accepted` set), plus the
 * findings about the entries themselves. `findings` are the check's findings before acceptance.
 */
export function applyAcceptances(
  data: unknown,
  parsed: ParsedManifest,
  findings: readonly Finding[],
  options: AcceptanceOptions,
): Finding[] {
  const own: Finding[] = [];
  const entries = readEntries(data, parsed, own);
  const acceptedBy = new Map<Finding, Acceptance>();
  for (const entry of entries) {
    const expiresField: ManifestPath = ['acceptedFindings', entry.index, 'expires'];
    if (entry.acceptance.expires !== undefined) {
      if (options.referenceDate === undefined) continue; // cannot judge the expiry: accept nothing
      if (entry.acceptance.expires < options.referenceDate) {
        const { expires } = entry.acceptance;
        own.push(
          findingAtEntry(parsed, 'acceptance-expired', 'warning', expiresField, {
            en: `The acceptance of '${entry.rule}'${entry.path ? ` at \`${entry.path}\`` : ''} expired on ${formatDate(expires, 'en')}, before the reference date ${formatDate(options.referenceDate, 'en')}: it accepts nothing, and the finding is reported as usual. Review it again, or close the gap.`,
            da: `Accepten af '${entry.rule}'${entry.path ? ` ved \`${entry.path}\`` : ''} udløb den ${formatDate(expires, 'da')}, før referencedatoen ${formatDate(options.referenceDate, 'da')}: den accepterer intet, og fundet rapporteres som sædvanligt. Gennemgå det igen, eller luk manglen.`,
          }),
        );
        continue;
      }
    }
    const matches = findings.filter(
      (finding) => finding.ruleId === entry.rule && (entry.path === undefined || dottedPath(finding.path) === entry.path),
    );
    for (const finding of matches) if (!acceptedBy.has(finding)) acceptedBy.set(finding, entry.acceptance);
    if (matches.length === 0 && options.ruleChecked(entry.rule)) {
      own.push(
        findingAtEntry(parsed, 'acceptance-unused', 'warning', ['acceptedFindings', entry.index], {
          en: `\`acceptedFindings[${entry.index}]\` accepts '${entry.rule}'${entry.path ? ` at \`${entry.path}\`` : ''}, but there is no such finding: the gap was closed, so remove the entry.`,
          da: `\`acceptedFindings[${entry.index}]\` accepterer '${entry.rule}'${entry.path ? ` ved \`${entry.path}\`` : ''}, men der er intet sådant fund: manglen er lukket, så fjern posten.`,
        }),
      );
    }
  }
  return [
    ...findings.map((finding) => {
      const acceptance = acceptedBy.get(finding);
      return acceptance ? accepted(finding, acceptance) : finding;
    }),
    ...own,
  ];
}
