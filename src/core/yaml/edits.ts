import { isCollection, isPair, isScalar, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { LineIndex } from './lineIndex';

/**
 * What the edits of the editor (quick fixes, Fix all, accepting a finding, recording the declared tier) share about
 * where text can go into a YAML file without changing anything already written.
 */

/** The line break the text uses: CRLF when it has one, else LF (an inserted line matches the file). */
export function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Where a new last entry of a non-empty flow collection goes: after the separating comma the user already wrote
 * (`{a: 1,}`, `[x, ]`: a second comma would not parse), else straight after the last entry with `, `. Undefined for
 * an empty collection (no last entry: each caller writes between the brackets its own way).
 */
export function flowAppend(text: string, collection: YAMLMap | YAMLSeq): { offset: number; separator: string } | undefined {
  const last: unknown = collection.items[collection.items.length - 1];
  const end = (isPair(last) ? ((last.value as Node | null)?.range ?? (last.key as Node).range) : (last as Node | undefined)?.range)?.[1];
  if (end === undefined) return undefined;
  const comma = /\s*,/y;
  comma.lastIndex = end;
  return comma.test(text) ? { offset: comma.lastIndex, separator: ' ' } : { offset: end, separator: ', ' };
}

/**
 * Where new lines go after `last`, the last entry of a block collection (a pair or an item): the end of the line its
 * written content ends on, so that blank lines after it stay after the new lines — except after a block scalar that
 * keeps its final line breaks (`|+`, `>+`): those blank lines are part of its value, so the new lines go after them.
 */
export function endOfEntry(lines: LineIndex, last: unknown): number {
  const text = lines.text;
  const end = ((isPair(last) ? (last.value ?? last.key) : last) as Node | null | undefined)?.range?.[1] ?? text.length;
  if (keepsLineBreaks(text, lastScalarOf(last))) {
    const position = lines.positionAt(end);
    return position.character === 0 && position.line > 0 ? lines.lineEnd(position.line - 1) : lines.lineEnd(position.line);
  }
  let content = end;
  while (content > 0 && /\s/.test(text[content - 1])) content--;
  return lines.lineEnd(lines.positionAt(Math.max(content - 1, 0)).line);
}

/** The scalar written last inside an entry: the value of a pair, the last item of a block collection, all the way down. */
function lastScalarOf(entry: unknown): Scalar | undefined {
  let node: unknown = entry;
  for (;;) {
    if (isPair(node)) node = node.value ?? node.key;
    else if (isCollection(node) && !node.flow && node.items.length > 0) node = node.items[node.items.length - 1];
    else return isScalar(node) ? node : undefined;
  }
}

/** A block scalar with the keep indicator (`|+`, `>2+`): its trailing blank lines are part of its value. */
function keepsLineBreaks(text: string, scalar: Scalar | undefined): boolean {
  if (!scalar?.range || (scalar.type !== 'BLOCK_LITERAL' && scalar.type !== 'BLOCK_FOLDED')) return false;
  return /^[|>][1-9]?\+/.test(text.slice(scalar.range[0], scalar.range[0] + 3));
}
