import type { Obligation } from '../assessment/assess';
import { stillToAnswer, unwrittenDocument } from '../assessment/openFindings';
import { localize } from '../l10n';
import { fieldName, samePath } from '../rules/rule';
import type { Finding, Lang, ManifestPath } from '../types';
import { acceptFix } from './acceptFix';
import { fixesFor, type Fix } from './fixes';

/**
 * The timeline's "Fix…" on one duty: which findings keep it open, what the user can do about them, and what is left
 * after a fix. Every step says something: a fix never makes the duty met (a stub is not written, a placeholder is
 * not an answer; spec: "Documents", "Placeholders"), so the result names what is still to answer, and a click on a
 * duty that has no gap any more says so instead of doing nothing.
 */

/** One entry of the "Fix…" choice: apply a fix, accept the finding (asks why and who), or go where to answer. */
export type GapChoice =
  | { kind: 'fix'; label: string; finding: Finding; fix: Fix }
  | { kind: 'accept'; label: string; finding: Finding }
  | { kind: 'reveal'; label: string; finding: Finding }
  | { kind: 'open-document'; label: string; finding: Finding; file: string };

/**
 * What "Fix…" offers for the findings of one duty (`gapFindings`, src/core/assessment/openFindings.ts): the first
 * finding's fixes (the preferred one, a documentation stub where there is one, first), then for each finding where to
 * answer it (the field, the placeholder, or the unwritten document), then accepting the first finding where its rule
 * can be accepted.
 */
export function gapChoices(text: string, findings: readonly Finding[], lang: Lang, date: string, today: string): GapChoice[] {
  const [first] = findings;
  if (!first) return [];
  const choices: GapChoice[] = fixesFor(text, first, lang, date).map((fix) => ({ kind: 'fix', label: fix.title, finding: first, fix }));
  for (const finding of findings) choices.push(whereToAnswer(finding, lang));
  const accept = acceptFix(text, first, lang, today);
  if (accept) choices.push({ kind: 'accept', label: accept.title, finding: first });
  return choices;
}

function whereToAnswer(finding: Finding, lang: Lang): GapChoice {
  const file = unwrittenDocument(finding);
  if (file) return { kind: 'open-document', label: localize(lang, 'Open {0} where it is not written', file), finding, file };
  const field = fieldName(finding.path);
  const label =
    finding.ruleId === 'placeholder-value'
      ? localize(lang, "Fill in the placeholder in '{0}'", field)
      : localize(lang, "Go to '{0}' in the manifest", field);
  return { kind: 'reveal', label, finding };
}

/**
 * What a fix did and what is still open, said after it is applied: `left` are the duty's findings after the fix
 * (`gapFindings` of the new check). A stub or a placeholder is not an answer, so the gap stays open until someone
 * writes it; the message names each field or document still to answer (`stillToAnswer`, as the panel's row does).
 */
export function fixOutcome(fix: Fix, finding: Finding, left: readonly Finding[], lang: Lang): string {
  const done = !fix.document
    ? localize(lang, "Inserted placeholders for '{0}'.", fieldName(finding.path))
    : fix.document.existing
      ? localize(lang, "Linked the existing {0} from '{1}', unchanged.", fix.document.relativePath, fieldName(fix.document.linkPath))
      : localize(lang, "Created {0}, linked from '{1}'.", fix.document.relativePath, fieldName(fix.document.linkPath));
  if (left.length === 0) return `${done} ${localize(lang, 'The check finds no gap there any more.')}`;
  return `${done} ${localize(lang, 'The gap stays open until these are answered: {0}.', stillToAnswer(left, lang))}`;
}

/** A "Fix…" on a duty whose gap is gone (the panel was older than the manifest): said, never silence. */
export function nothingToFix(path: ManifestPath, lang: Lang): string {
  return localize(lang, "Nothing to fix at '{0}': the check finds no open gap there any more.", fieldName(path));
}

/**
 * A "Fix…" where no finding is open at the duty's field: a duty still missing for a reason its note gives (a DPIA
 * "not-required" while the answers that decide whether it is mandatory are open) says that reason — the fix is
 * elsewhere; otherwise the gap is gone (`nothingToFix`).
 */
export function noOpenGap(path: ManifestPath, obligations: readonly Obligation[], lang: Lang): string {
  const missing = obligations.find((obligation) => obligation.status === 'missing' && obligation.note && samePath(obligation.path, path));
  return missing?.note
    ? localize(lang, "Nothing to change at '{0}' itself: {1}", fieldName(path), missing.note[lang])
    : nothingToFix(path, lang);
}
