import { localize } from '../l10n';
import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { parseManifestWithYaml } from '../yaml/parse';
import { flowAppend, lineBreakOf } from '../yaml/edits';
import { LineIndex } from '../yaml/lineIndex';
import type { Finding, Lang, Tier } from '../types';
import type { Fix } from './fixes';

/** An edit by offsets into the text: replace [start, end) with `text`. */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

export type DeclaredTierEdit =
  | { kind: 'edit'; edit: OffsetEdit }
  | { kind: 'unchanged' }
  /** The manifest's shape leaves no safe place to write it (syntax errors, `riskClassification` not a mapping, ...). */
  | { kind: 'impossible' };

function pairOf(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  return (map.items as Pair<Node, Node | null>[]).find((pair) => isScalar(pair.key) && pair.key.value === key);
}

/** The column of a block mapping's keys (its indentation), or the parent's plus two. */
function keyColumn(lines: LineIndex, map: YAMLMap | undefined, parentColumn: number): number {
  const first = map?.items[0]?.key as Node | undefined;
  return first?.range ? lines.positionAt(first.range[0]).character : parentColumn + 2;
}

/**
 * Insert new last lines (`block`, joined by `eol`) into a block collection that ends at `end`, below its last line:
 * inside the manifest, before a document end marker (`...`) or the comments after it.
 */
function insertLinesAfter(lines: LineIndex, end: number, block: string, eol: string): OffsetEdit {
  const position = lines.positionAt(end);
  if (position.character === 0 && end > 0) return { start: end, end, text: `${block}${eol}` };
  const lineEnd = lines.lineEnd(position.line);
  return { start: lineEnd, end: lineEnd, text: `${eol}${block}` };
}

/**
 * The edit that records `riskClassification.declaredTier: <tier>`: inserted where absent; where present and
 * different, only that scalar is replaced (the one edit that changes the user's text, on their explicit request).
 * Comments, order and formatting elsewhere are untouched.
 */
export function declaredTierEdit(text: string, tier: Tier): DeclaredTierEdit {
  // The checker's loader through yaml (the edit is planned on its document), with the checker's limits: a
  // hostile document is refused before it is composed.
  const parsed = parseManifestWithYaml(text);
  if (!parsed.document) return { kind: 'impossible' };
  const lines = parsed.lines;
  const root = parsed.document.contents;
  if (!isMap(root)) return { kind: 'impossible' };
  const riskPair = pairOf(root, 'riskClassification');
  const rootColumn = keyColumn(lines, root, -2);
  const eol = lineBreakOf(text);
  if (!riskPair) {
    const nested = root.items.map((pair) => pair.value).find((value) => isMap(value) && !value.flow);
    const indent = ' '.repeat(keyColumn(lines, isMap(nested) ? nested : undefined, rootColumn) - rootColumn);
    const block = `${' '.repeat(rootColumn)}riskClassification:${eol}${' '.repeat(rootColumn)}${indent}declaredTier: ${tier}`;
    const edit = insertLinesAfter(lines, root.range?.[1] ?? text.length, block, eol);
    // A new last section in a file without a final line break gives it one.
    const unterminated = edit.start === text.length && !/[\r\n]$/.test(text);
    return { kind: 'edit', edit: unterminated ? { ...edit, text: edit.text + eol } : edit };
  }
  const keyNode = riskPair.key;
  const riskColumn = keyNode.range ? lines.positionAt(keyNode.range[0]).character : rootColumn;
  const value = riskPair.value;
  if (value === null || (isScalar(value) && value.value === null && (!value.range || value.range[0] === value.range[1]))) {
    const keyEnd = keyNode.range ? keyNode.range[1] : 0;
    const lineEnd = lines.lineEnd(lines.positionAt(keyEnd).line);
    return { kind: 'edit', edit: { start: lineEnd, end: lineEnd, text: `${eol}${' '.repeat(riskColumn + 2)}declaredTier: ${tier}` } };
  }
  if (!isMap(value)) return { kind: 'impossible' };

  const declared = pairOf(value, 'declaredTier');
  if (declared) {
    const node = declared.value;
    if (isScalar(node) && node.range && node.range[0] < node.range[1]) {
      if (node.value === tier) return { kind: 'unchanged' };
      return { kind: 'edit', edit: { start: node.range[0], end: node.range[1], text: tier } };
    }
    if (node === null || (isScalar(node) && node.value === null)) {
      const colon = text.indexOf(':', declared.key.range?.[1] ?? 0);
      if (colon < 0) return { kind: 'impossible' };
      return { kind: 'edit', edit: { start: colon + 1, end: colon + 1, text: ` ${tier}` } };
    }
    return { kind: 'impossible' };
  }

  if (value.flow) {
    const after = flowAppend(text, value);
    if (after) return { kind: 'edit', edit: { start: after.offset, end: after.offset, text: `${after.separator}declaredTier: ${tier}` } };
    const close = text.lastIndexOf('}', value.range ? value.range[1] : -1);
    if (close < 0) return { kind: 'impossible' };
    return { kind: 'edit', edit: { start: close, end: close, text: `declaredTier: ${tier}` } };
  }
  const column = keyColumn(lines, value, riskColumn);
  const end = value.range ? value.range[1] : text.length;
  return { kind: 'edit', edit: insertLinesAfter(lines, end, `${' '.repeat(column)}declaredTier: ${tier}`, eol) };
}

/** Applies an offset edit to a text (for tests and previews). */
export function applyOffsetEdit(text: string, edit: OffsetEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/**
 * The quick fix of `tier-mismatch`: "Set declaredTier to <tier>", the computed tier. It replaces the declared value
 * only (the one fix that changes the user's text, chosen by its name), and is not offered where the value cannot be
 * written safely.
 */
export function declaredTierFix(
  text: string,
  finding: Pick<Finding, 'ruleId'>,
  computed: Tier | null | undefined,
  lang: Lang,
): Fix | undefined {
  if (finding.ruleId !== 'tier-mismatch' || !computed) return undefined;
  const change = declaredTierEdit(text, computed);
  if (change.kind !== 'edit') return undefined;
  const { start, end, text: replacement } = change.edit;
  return {
    title: localize(lang, 'Set declaredTier to {0}', computed),
    kind: 'set-declared-tier',
    inserts: [{ offset: start, text: replacement, ...(end > start ? { length: end - start } : {}) }],
    isPreferred: true,
  };
}
