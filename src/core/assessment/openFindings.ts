import { localize } from '../l10n';
import { fieldName, pathsOverlap, startsWithPath } from '../rules/rule';
import type { Finding, Lang, ManifestPath, RuleId } from '../types';

/**
 * Which findings keep one duty open, and what is left to answer there: shared by the timeline panel's duty row and
 * its "Fix…" (src/core/features/gapFix.ts), so that both name the same fields and documents.
 */

/**
 * Rules that take over a field's report from the duty's own rule (spec: "Placeholders", "Documents"): once a fix
 * has put a placeholder or a stub there, these are what keeps the duty open.
 */
const REPORTED_INSTEAD: ReadonlySet<RuleId> = new Set<RuleId>(['placeholder-value', 'document-incomplete', 'dpia-document-not-found']);

/**
 * The findings that keep the duty at `path` open, its own rules' first: theirs at the field, inside it (the DPIA's
 * finding sits on `dataProtection.dpia.status`) or at the missing section above it; then the placeholders and
 * unwritten documents inside it. Accepted findings are left out: the duty is accepted, not open.
 */
export function gapFindings(findings: readonly Finding[], path: ManifestPath, ruleIds: readonly RuleId[]): Finding[] {
  const open = findings.filter((finding) => !finding.accepted);
  const own = open.filter((finding) => ruleIds.includes(finding.ruleId) && pathsOverlap(finding.path, path));
  const instead = open.filter((finding) => REPORTED_INSTEAD.has(finding.ruleId) && startsWithPath(finding.path, path));
  return [...own, ...instead.filter((finding) => !own.includes(finding))];
}

/** Whether the finding stands for a field its duty's own rule no longer reports (a placeholder, an unwritten document). */
export function reportedInstead(finding: Finding): boolean {
  return REPORTED_INSTEAD.has(finding.ruleId);
}

/** What is still to answer for these findings, one item each: "'a.b' (a placeholder); the questions of docs/x.md". */
export function stillToAnswer(findings: readonly Finding[], lang: Lang): string {
  return [...new Set(findings.map((finding) => stillOpen(finding, lang)))].join('; ');
}

function stillOpen(finding: Finding, lang: Lang): string {
  const field = fieldName(finding.path);
  if (finding.ruleId === 'placeholder-value') return localize(lang, "'{0}' (a placeholder)", field);
  const file = unwrittenDocument(finding);
  if (file) return localize(lang, 'the questions of {0}', file);
  return `'${field}'`;
}

/** The linked document a `document-incomplete` finding is about (its related location's file). */
export function unwrittenDocument(finding: Finding): string | undefined {
  return finding.ruleId === 'document-incomplete' ? finding.related?.find((location) => location.file)?.file : undefined;
}
