import { isRecord, valueAt } from './yaml/fields';
import type { ParsedManifest } from './yaml/parse';
import { isPlaceholder } from './yaml/placeholders';
import { RULE_IDS } from './rules/index';
import { formatDate } from './law/timeline';
import { isCalendarDate } from './law/dutyDate';
import type { Acceptance, Finding, Localized, ManifestPath, RuleId, Severity } from './types';
import { localized } from './l10n';

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
  const { by, date, reason, expires } = acceptance;
  return expires
    ? localized('Accepted by {0} on {1}: {2} (until {3})', by, dateIn(date), reason, dateIn(expires))
    : localized('Accepted by {0} on {1}: {2}', by, dateIn(date), reason);
}

/** A date as each language writes it. */
function dateIn(iso: string): Localized {
  return { en: formatDate(iso, 'en'), da: formatDate(iso, 'da') };
}

function accepted(finding: Finding, acceptance: Acceptance): Finding {
  const prefix = acceptedPrefix(acceptance);
  return {
    ...finding,
    severity: 'information',
    severityBeforeAcceptance: finding.severity,
    message: localized('{0} — {1}', prefix, finding.message),
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
            ? localized(
                "`acceptedFindings[{0}].rule` is '{1}': a finding of this rule can never be accepted (a syntax or schema error, a prohibited practice, an automated decision or a placeholder must be fixed); any finding of this rule stays as it is.",
                index,
                ruleId,
              )
            : localized(
                "`acceptedFindings[{0}].rule` is '{1}', which is not a rule id of the catalogue (see docs/rules.md): the entry accepts nothing.",
                index,
                ruleId,
              ),
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
          findingAtEntry(
            parsed,
            'acceptance-expired',
            'warning',
            expiresField,
            entry.path
              ? localized(
                  "The acceptance of '{0}' at `{1}` expired on {2}, before the reference date {3}: it accepts nothing, and the finding is reported as usual. Review it again, or close the gap.",
                  entry.rule,
                  entry.path,
                  dateIn(expires),
                  dateIn(options.referenceDate),
                )
              : localized(
                  "The acceptance of '{0}' expired on {1}, before the reference date {2}: it accepts nothing, and the finding is reported as usual. Review it again, or close the gap.",
                  entry.rule,
                  dateIn(expires),
                  dateIn(options.referenceDate),
                ),
          ),
        );
        continue;
      }
    }
    const matches = findings.filter(
      (finding) => finding.ruleId === entry.rule && (entry.path === undefined || dottedPath(finding.path) === entry.path),
    );
    for (const finding of matches) if (!acceptedBy.has(finding)) acceptedBy.set(finding, entry.acceptance);
    if (matches.length === 0 && options.ruleChecked(entry.rule)) {
      // The gap may still be open, reported by another rule at that field (a placeholder, an unwritten document):
      // then "the gap was closed" would be untrue, and removing the entry is not the answer.
      const { path } = entry;
      const instead =
        path === undefined
          ? undefined
          : findings.find(
              (finding) => finding.severity !== 'information' && finding.ruleId !== entry.rule && dottedPath(finding.path) === path,
            );
      own.push(
        findingAtEntry(
          parsed,
          'acceptance-unused',
          'warning',
          ['acceptedFindings', entry.index],
          instead && path
            ? canBeAccepted(instead.ruleId)
              ? localized(
                  "`acceptedFindings[{0}]` accepts '{1}' at `{2}`, but the gap there is now reported as '{3}': accept that finding instead, or close the gap.",
                  entry.index,
                  entry.rule,
                  path,
                  instead.ruleId,
                )
              : localized(
                  "`acceptedFindings[{0}]` accepts '{1}' at `{2}`, but the gap there is now reported as '{3}', which cannot be accepted: close the gap, then remove the entry.",
                  entry.index,
                  entry.rule,
                  path,
                  instead.ruleId,
                )
            : entry.path
              ? localized(
                  "`acceptedFindings[{0}]` accepts '{1}' at `{2}`, but there is no such finding: the gap was closed, so remove the entry.",
                  entry.index,
                  entry.rule,
                  entry.path,
                )
              : localized(
                  "`acceptedFindings[{0}]` accepts '{1}', but there is no such finding: the gap was closed, so remove the entry.",
                  entry.index,
                  entry.rule,
                ),
        ),
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
