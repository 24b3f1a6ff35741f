import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLSeq } from 'yaml';
import { dottedPath, offersAcceptance } from '../acceptance';
import { isRecord, valueAt } from '../yaml/fields';
import { endOfEntry, flowAppend, lineBreakOf } from '../yaml/edits';
import { parseManifestWithYaml } from '../yaml/parse';
import type { LineIndex } from '../yaml/lineIndex';
import { localize } from '../l10n';
import type { Finding, Lang } from '../types';
import type { Fix, TextInsert } from './fixes';

/**
 * The quick fix "Accept this finding…" (spec, "Accepted findings"): inserts an entry of `acceptedFindings` for the
 * finding's rule and field, with the reason and who accepts it (the editor asks for both first; without them,
 * placeholders, which accept nothing) and today's date. Like every fix it only inserts, keeps the file valid YAML
 * and is idempotent: it is not offered when an entry for the same rule and field is already there (filled in or not).
 */

/** What the entry records about the acceptance: asked of the user before anything is written. */
export interface AcceptanceAnswers {
  reason: string;
  acceptedBy: string;
}

/** The quick fix's title, naming the finding's rule and field, so that several findings at one place tell apart. */
export function acceptTitle(finding: Pick<Finding, 'ruleId' | 'path'>, lang: Lang): string {
  return finding.path.length > 0
    ? localize(lang, 'Accept the finding {0} at {1}…', finding.ruleId, dottedPath(finding.path))
    : localize(lang, 'Accept the finding {0}…', finding.ruleId);
}

/** The "Accept this finding…" fix for a finding, or undefined where the rule cannot be accepted or an entry exists. */
export function acceptFix(text: string, finding: Finding, lang: Lang, today: string, acceptance?: AcceptanceAnswers): Fix | undefined {
  if (!offersAcceptance(finding.ruleId) || finding.accepted) return undefined;
  const parsed = parseManifestWithYaml(text);
  if (parsed.syntaxFindings.length > 0) return undefined;
  const root = parsed.document?.contents;
  if (!isMap(root) || root.flow) return undefined;
  const path = finding.path.length > 0 ? dottedPath(finding.path) : undefined;
  if (hasEntry(parsed.data, finding.ruleId, path)) return undefined;
  const entry: [string, string][] = [
    ['rule', finding.ruleId],
    ...(path === undefined ? [] : ([['path', path]] as [string, string][])),
    ['reason', acceptance?.reason.trim() || localize(lang, 'TODO: why this finding is accepted')],
    ['acceptedBy', acceptance?.acceptedBy.trim() || localize(lang, 'TODO: who accepted it (name, function)')],
    ['date', today],
  ];
  const insert = insertEntry(text, parsed.lines, root.items, entry);
  return insert && { title: acceptTitle(finding, lang), kind: 'accept-finding', inserts: [insert] };
}

/** An entry for the same rule and field (or for the whole rule, when the finding has no field) is already there. */
function hasEntry(data: unknown, ruleId: string, path: string | undefined): boolean {
  const list = valueAt(data, ['acceptedFindings']);
  if (!Array.isArray(list)) return false;
  return list.some(
    (item) =>
      isRecord(item) &&
      typeof item.rule === 'string' &&
      item.rule.trim() === ruleId &&
      (typeof item.path === 'string' ? item.path.trim() : undefined) === path,
  );
}

function insertEntry(
  text: string,
  lines: LineIndex,
  rootItems: Pair<Node, Node | null>[],
  entry: [string, string][],
): TextInsert | undefined {
  const eol = lineBreakOf(text);
  const pair = rootItems.find((item) => isScalar(item.key) && item.key.value === 'acceptedFindings');
  if (!pair) {
    // A new section after the last one, at the root's column; its items indented under it, as in the spec.
    const last = rootItems[rootItems.length - 1];
    const column = lines.positionAt(last.key.range![0]).character;
    const indent = ' '.repeat(column);
    return {
      offset: endOfEntry(lines, last),
      text: `${eol}${indent}acceptedFindings:${blockItem(entry, column + 4, eol)}`,
    };
  }
  const value = pair.value;
  const keyColumn = lines.positionAt(pair.key.range![0]).character;
  if (value === null || (isScalar(value) && value.value === null && value.range![0] === value.range![1])) {
    // `acceptedFindings:` with nothing after the colon.
    const colonLine = lines.positionAt(pair.key.range![1]).line;
    if (!/^[ \t]*:[ \t]*(#.*)?$/.test(text.slice(pair.key.range![1], lines.lineEnd(colonLine)))) return undefined;
    return { offset: lines.lineEnd(colonLine), text: blockItem(entry, keyColumn + 4, eol) };
  }
  if (!isSeq(value)) return undefined; // a scalar or a mapping would need rewriting: the schema reports it
  return value.flow ? flowInsert(text, value, entry) : blockInsert(text, lines, value, entry, eol);
}

/** After the last item of a block sequence, with the items' indentation. */
function blockInsert(text: string, lines: LineIndex, seq: YAMLSeq, entry: [string, string][], eol: string): TextInsert | undefined {
  const items = seq.items as Node[];
  const last = items[items.length - 1];
  if (!last?.range) return undefined;
  const first = items[0].range![0];
  const firstLine = lines.lineText(lines.positionAt(first).line);
  const dash = /^(\s*)-/.exec(firstLine);
  if (!dash) return undefined;
  return { offset: endOfEntry(lines, last), text: blockItem(entry, dash[1].length + 2, eol, dash[1].length) };
}

/** `[]` or `[ {…} ]`: the entry as a flow mapping after the last item (and its comma, if written), else in the brackets. */
function flowInsert(text: string, seq: YAMLSeq, entry: [string, string][]): TextInsert | undefined {
  const mapping = `{ ${entry.map(([key, value]) => `${key}: ${scalar(value)}`).join(', ')} }`;
  const after = flowAppend(text, seq);
  if (after) return { offset: after.offset, text: `${after.separator}${mapping}` };
  const close = text.lastIndexOf(']', seq.range![1]);
  if (close < seq.range![0]) return undefined;
  return { offset: close, text: mapping };
}

/** `- key: value` lines: the dash at `dashColumn` (default two to the left of the keys), the keys at `column`. */
function blockItem(entry: [string, string][], column: number, eol: string, dashColumn = column - 2): string {
  const lines = entry.map(([key, value], index) =>
    index === 0
      ? `${' '.repeat(dashColumn)}-${' '.repeat(column - dashColumn - 1)}${key}: ${scalar(value)}`
      : `${' '.repeat(column)}${key}: ${scalar(value)}`,
  );
  return lines.map((line) => eol + line).join('');
}

/** A plain scalar where YAML reads it back as the same string (ids, dotted paths, ISO dates), else double-quoted. */
function scalar(value: string): string {
  return /^[A-Za-z0-9][\w.-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(value) && !/^[\d.]+$/.test(value)
    ? value
    : JSON.stringify(value);
}
