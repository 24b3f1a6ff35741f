import { isDocument, Lexer, parseDocument, type Document, type ToStringOptions } from 'yaml';
import { lineBreakOf } from '../yaml/edits';
import { MAX_ALIAS_COUNT, parseManifestWithYaml } from '../yaml/parse';

/**
 * "Format Document" for manifests: the `yaml` package's own printer (the library the checker reads with), so the
 * result is the YAML that library writes (with the file's line breaks, LF or CRLF): two-space (or `indent`) block indentation, flow lists kept as flow lists,
 * long folded and quoted strings wrapped at 100 columns, one space before a trailing comment.
 *
 * It never changes what the manifest says: the printed text is parsed again and must give the same data and the
 * same comments (each comment's text, as often as before), and printing it once more must give the same text
 * (idempotent). Where any of this does not hold (a comment `yaml` would move into a value or drop, a text that does
 * not parse, or one over the loader's limits), there is no edit: undefined.
 */
export interface FormatOptions {
  /** Spaces per level (the editor's tab size); YAML indents with spaces only. */
  indent?: number;
}

/** The formatted text, or undefined when the text cannot be formatted safely (then nothing changes). */
export function formatManifest(text: string, options: FormatOptions = {}): string | undefined {
  const parsed = parseManifestWithYaml(text);
  const document = parsed.syntaxFindings.length === 0 ? parsed.document : undefined;
  if (!document || !isDocument(document)) return undefined;
  const print = printOptions(options);
  const data = toData(document);
  if (data === FAILED) return undefined;
  const comments = commentsOf(text);
  let formatted = document.toString(print);
  // The printer's output, printed again, is the same (checked): one more round settles the rare text that is not.
  for (let round = 0; round < 2; round++) {
    const again = reprint(formatted, print);
    if (again === undefined) return undefined;
    if (again === formatted) break;
    formatted = again;
  }
  if (reprint(formatted, print) !== formatted) return undefined;
  // The printer writes LF (and keeps a CR that ended a comment); a CRLF file keeps its line breaks (checked below like
  // the rest: in YAML both are one line break).
  const result = lineBreakOf(text) === '\n' ? formatted : formatted.replace(/\r*\n/g, '\r\n');
  const reparsed = parseDocument(result, { uniqueKeys: false });
  if (reparsed.errors.length > 0 || !deepEqual(toData(reparsed), data)) return undefined;
  if (!sameMultiset(commentsOf(result), comments)) return undefined;
  return result;
}

const FAILED = Symbol('failed');

function printOptions(options: FormatOptions): ToStringOptions {
  const indent = Math.min(Math.max(Math.trunc(options.indent ?? 2), 1), 8);
  return { indent, lineWidth: 100, minContentWidth: 20, flowCollectionPadding: false };
}

function reprint(text: string, print: ToStringOptions): string | undefined {
  const document = parseDocument(text, { uniqueKeys: false });
  return document.errors.length > 0 ? undefined : document.toString(print);
}

function toData(document: Document): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return FAILED;
  }
}

/** Every comment of the text, by its text (`# …` without the `#` and the spaces around it), from `yaml`'s lexer. */
function commentsOf(text: string): string[] {
  const comments: string[] = [];
  for (const token of new Lexer().lex(text)) {
    if (token.startsWith('#')) comments.push(token.slice(1).trim());
  }
  return comments;
}

function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  return sortedA.every((value, index) => value === sortedB[index]);
}

/** Structural equality of loaded YAML data (plain objects, arrays, Maps, scalars; NaN equals NaN). */
function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b) || a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((value, index) => deepEqual(value, b[index]));
  if (a instanceof Map)
    return (
      b instanceof Map &&
      a.size === b.size &&
      [...a].every(([key, value], index) => deepEqual(key, [...b.keys()][index]) && deepEqual(value, b.get(key)))
    );
  if (a instanceof Set || b instanceof Set || a instanceof Date || b instanceof Date) return false;
  if (Array.isArray(b) || b instanceof Map) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b as object);
  return (
    keysA.length === keysB.length &&
    keysA.every((key, index) => key === keysB[index] && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}
