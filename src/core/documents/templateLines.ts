import { DOCUMENT_KINDS, frameText, TEMPLATE_LANGS, templateTexts } from '../templates/index';

/**
 * The lines of the product's templates, every kind and language (spec: "Documents", condition 5): a line of a
 * document that is also a line of a template is not the document's own text. Compared trimmed. A template line
 * with tokens (`{system}`, `{organisation}`, `{date}`, …) matches whatever fills them: the document may have been
 * made for any system, on any date, and a line of the template stays the template's whatever its name says.
 *
 * Built once, on first use, from the template data (src/core/generated/templates.ts): never from copies of the texts.
 */
export interface TemplateLines {
  /** Whether a line, in the form lines are compared in (`comparedForm`), is a line of a template. */
  has(form: string): boolean;
}

const TOKEN = /\{[A-Za-z]+\}/g;
/** Lines with tokens are looked up by the first characters of their text before the first token (when it has this many). */
const PREFIX_LENGTH = 6;

/** A line's first two characters as one number: lines with tokens are keyed by it (no substring is made). */
const firstTwo = (line: string): number => line.charCodeAt(0) * 0x10000 + (line.charCodeAt(1) || 0);
/**
 * A line's first two characters and its length as one number: a document's line is looked up among the template's
 * lines only when one of them has its shape, so that a line of prose is seldom hashed.
 */
const shapeOf = (line: string): string | number => (line.length < 0x8000 ? firstTwo(line) * 0x8000 + line.length : line);

interface Pattern {
  /** The text between the tokens: the line starts with the first, ends with the last, holds the others in order. */
  parts: string[];
  /** The least length of a line that matches (every part, and at least one character per token). */
  minLength: number;
}

let built: TemplateLines | undefined;

const QUOTE_MARKS = /^(?:>\s*)+/;
const HEADING_MARKER = /^#{1,6}\s+/;
/** A list marker, or a section's number as the templates' headings begin it (`1.`, `7.1`; not a bare `2026`). */
const LIST_MARKER = /^(?:[-*+]|\d+[.)]|\d+(?:\.\d+)+\.?)\s+/;
const EMPHASIS = /^[*_]+|[*_]+$/g;

/**
 * A line without its Markdown markup (quote marks, a heading's `#`s, a list marker or section number, the emphasis
 * around it), trimmed. A template's line is its line in this form too: its guiding question (`*…?*`) or a heading's
 * text written plain, bold, numbered, as a list item or as a quote is still the template's, not an answer (spec:
 * "Documents", condition 5: own text is what remains without the template's lines, headings, Markdown markup and the
 * guiding questions).
 */
export function withoutMarkup(line: string): string {
  // Each expression only where the text can start (or end) with what it takes off: the emphasis expression scans the
  // whole line for its end, and most lines of a document have no markup to take off (a tenth of judging a document).
  let text = line;
  if (text.charCodeAt(0) === 62 /* > */) text = text.replace(QUOTE_MARKS, '');
  if (text.charCodeAt(0) === 35 /* # */) text = text.replace(HEADING_MARKER, '');
  if (mayStartList(text)) text = text.replace(LIST_MARKER, '');
  if (mayHaveEmphasis(text)) text = text.replace(EMPHASIS, '');
  text = text.trim();
  // A number inside the emphasis (`**1. Purpose**`) is the section's number too.
  return mayStartList(text) ? text.replace(LIST_MARKER, '') : text;
}

function mayStartList(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 45 /* - */ || first === 42 /* * */ || first === 43 /* + */ || (first >= 48 && first <= 57);
}

function mayHaveEmphasis(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first === 42 || first === 95 /* _ */ || last === 42 || last === 95;
}

/**
 * The form a trimmed line is compared in, the template's and the document's alike: without its markup where it may
 * carry some (`withoutMarkup`), so that one lookup finds a template line under other markup, and no second copy of
 * every template line is searched.
 */
export function comparedForm(line: string): string {
  // A line of prose, with no markup at either end, is compared as it is (most lines: a tenth of judging a document).
  const first = line.charCodeAt(0);
  if (first !== 62 /* > */ && first !== 35 /* # */ && !mayStartList(line) && !mayHaveEmphasis(line)) return line;
  // A line of nothing but markup (`---`, `**`) is compared as it is too.
  const bare = withoutMarkup(line);
  return bare === '' ? line : bare;
}

export function templateLines(): TemplateLines {
  return (built ??= build());
}

function build(): TemplateLines {
  const exact = new Set<string>();
  const exactShapes = new Set<string | number>();
  const byPrefix = new Map<number, Pattern[]>();
  const loose: Pattern[] = [];
  const add = (text: string) => {
    for (const raw of text.split('\n')) {
      const trimmed = raw.trim();
      if (trimmed === '') continue;
      const form = comparedForm(trimmed);
      // A heading whose text is a token (`# {title}: {system}`) would match any line with a colon once its `#` is
      // gone; a document's headings are never looked up (they are not own text), so such a line adds nothing.
      if (trimmed.startsWith('#') && form.includes('{')) continue;
      addLine(form);
    }
  };
  const addLine = (line: string) => {
    const parts = line.includes('{') ? line.split(TOKEN) : [line];
    if (parts.length === 1) {
      exact.add(line);
      exactShapes.add(shapeOf(line));
      return;
    }
    const pattern: Pattern = { parts, minLength: parts.reduce((sum, part) => sum + part.length, parts.length - 1) };
    if (parts[0].length >= PREFIX_LENGTH) {
      const key = firstTwo(parts[0]);
      const list = byPrefix.get(key);
      if (list) list.push(pattern);
      else byPrefix.set(key, [pattern]);
    } else loose.push(pattern);
  };
  for (const lang of TEMPLATE_LANGS) {
    add(frameText(lang).header);
    for (const kind of DOCUMENT_KINDS) add(templateTexts(kind, lang).body);
  }
  return {
    has(line) {
      if (exactShapes.has(shapeOf(line)) && exact.has(line)) return true;
      if (line.length >= PREFIX_LENGTH) {
        const candidates = byPrefix.get(firstTwo(line));
        if (candidates && candidates.some((pattern) => matches(line, pattern))) return true;
      }
      return loose.length > 0 && loose.some((pattern) => matches(line, pattern));
    },
  };
}

function matches(line: string, { parts, minLength }: Pattern): boolean {
  if (line.length < minLength) return false;
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!line.startsWith(first) || !line.endsWith(last)) return false;
  const end = line.length - last.length;
  // Leftmost match of each inner part, every token at least one character long.
  let at = first.length + 1;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = line.indexOf(parts[i], at);
    if (found === -1) return false;
    at = found + parts[i].length + 1;
  }
  return at <= end;
}
