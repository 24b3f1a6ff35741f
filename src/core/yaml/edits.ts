import { isPair, type Node, type YAMLMap, type YAMLSeq } from 'yaml';

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
