import { decodeManifestBytes } from '../yaml/parse';
import {
  DOCUMENT_KINDS,
  frameText,
  MARKER_PREFIX,
  TEMPLATE_LANGS,
  templateTexts,
  type TemplateLang,
  type TemplateQuestion,
} from '../templates/index';
import { comparedForm, templateLines } from './templateLines';

/**
 * Is a document written? The one place that says (spec: "Documents: when a linked document counts"). The rules,
 * `assess`, the register and the editor all read its verdict through the check (src/core/check.ts).
 *
 * A document that can be read is not written when, in this order (the first names the reason):
 * 2. it holds the template marker; 3. a placeholder word (`TODO`, `TBD`, `FIXME` in upper case, as a whole word)
 * or a line that is a placeholder; 4. the draft status row its template's frame wrote; 5. fewer than
 * `MIN_OWN_WORDS` words of its own text; 6. an unanswered question. (1, unreadable, is decided by the reader:
 * `judgeDocumentBytes`.)
 */

/** Fewer words of its own text than this, and a document answers too little (condition 5). */
export const MIN_OWN_WORDS = 40;
/** A question's section with fewer words of own text than this is unanswered (condition 6). */
export const MIN_ANSWER_WORDS = 2;
/** Documents larger than this are not read (condition 1). */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** Binary office and PDF documents: their content is not checked, the manifest's own status speaks for them. */
const BINARY_DOCUMENT = /\.(?:pdf|docx|doc|odt|xlsx)$/i;

/** A line of a document: 0-based, with the text as written (trimmed). */
export interface DocumentLine {
  line: number;
  text: string;
}

/** A question a document leaves unanswered. */
export interface UnansweredQuestion {
  /** `KIND.ID` as in the comment. */
  id: string;
  /** The question as each language's template asks it; absent for an id no template asks. */
  question?: Readonly<Record<TemplateLang, TemplateQuestion>>;
  /** The heading of its section in the document; absent when the question was removed. */
  heading?: DocumentLine;
  /** The document no longer holds the question (a question removed is a question not answered). */
  removed: boolean;
}

/**
 * Why a document is not written. Where the reason is another than an unanswered question, `firstQuestion` is the
 * first question the document leaves unanswered all the same, if it asks any: where to start writing.
 */
export type NotWritten =
  | { reason: 'too-large'; bytes: number }
  | { reason: 'not-utf8' }
  | { reason: 'read-failed'; error: string }
  | { reason: 'marker'; at: DocumentLine; firstQuestion?: UnansweredQuestion }
  | { reason: 'placeholder'; at: DocumentLine; word: string; firstQuestion?: UnansweredQuestion }
  | { reason: 'draft'; at: DocumentLine; firstQuestion?: UnansweredQuestion }
  | { reason: 'too-short'; words: number; firstQuestion?: UnansweredQuestion }
  | { reason: 'unanswered'; question: UnansweredQuestion };

export type Verdict = { written: true; binary: boolean } | ({ written: false } & NotWritten);

/** A binary office or PDF document (`.pdf`, `.docx`, `.doc`, `.odt`, `.xlsx`): not read. */
export function isBinaryDocument(path: string): boolean {
  return BINARY_DOCUMENT.test(path.trim());
}

const PLACEHOLDER_WORD = /(?<![\p{L}\p{N}_])(?:TODO|TBD|FIXME)(?![\p{L}\p{N}_])/u;
/** A line that is a placeholder (`isPlaceholder` of src/core/yaml, for one line of a text: white space, no line break). */
const PLACEHOLDER_LINE = /^[^\S\n]*(?:(?:todo|tbd|fixme|xxx)(?:[^\S\n]|:|$)|(?:\.\.\.|\u2026)[^\S\n]*$)/im;
/** What every placeholder line holds somewhere: a text without it has none (this search is cheaper than the anchored one). */
const PLACEHOLDER_LINE_HINT = /todo|tbd|fixme|xxx|\.\.\.|\u2026/i;
const QUESTION_COMMENT = /^<!--\s*ai-system-manifest:question\s+([a-z]+(?:-[a-z]+)*)\.([a-z0-9]+(?:-[a-z0-9]+)*)\s*-->$/;
const HEADING = /^(#{1,6})(?:\s|$)/;
/** A whole line in italics: the guiding question the templates write under each heading. */
const ITALIC = /^(?:\*(?!\*)[\s\S]*[^*\s]\*|_(?!_)[\s\S]*[^_\s]_)$/;
/**
 * A word: a run of letters and digits (`\p{L}`, `\p{N}`), and more such runs joined to it each by one `'`, `’`, `.`
 * or `-`.
 * `countWords` scans for it by hand (with the regular expression it was about a quarter of judging a document); outside ASCII it asks
 * this expression whether the character at a position is a letter or digit.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
/** The letters and digits among the first 256 characters (ASCII and Latin-1: Danish letters), asked of the expression once. */
const LATIN1_LETTER_OR_DIGIT = Uint8Array.from({ length: 256 }, (_, code) => (/^[\p{L}\p{N}]$/u.test(String.fromCharCode(code)) ? 1 : 0));

let frameDraftRows: readonly string[] | undefined;

/** The status rows the frames write while a document is a draft (`| Status | Draft |`, `| Status | Udkast |`). */
function draftRows(): readonly string[] {
  return (frameDraftRows ??= [...new Set(TEMPLATE_LANGS.map((lang) => frameText(lang).draftRow.trim()))]);
}

/** The verdict on a document's text (conditions 2–6). */
export function judgeDocumentText(text: string): Verdict {
  const lines = text.split('\n');
  // Where a document asks questions, the first unanswered one is named with any reason: where to start writing.
  let own: OwnText | undefined;
  const ownOnce = () => (own ??= ownText(lines));
  const withQuestion = <T extends object>(verdict: T): T & { firstQuestion?: UnansweredQuestion } => {
    const question = firstUnanswered(ownOnce());
    return question ? { ...verdict, firstQuestion: question } : verdict;
  };
  // Conditions 2–4 search the text as a whole (a megabyte is read once per pattern, not line by line).
  // 2. The template marker, anywhere on a line.
  const marker = text.indexOf(MARKER_PREFIX);
  if (marker !== -1) return withQuestion({ written: false as const, reason: 'marker' as const, at: lineAt(text, marker) });
  // 3. A placeholder word, or a line that is a placeholder: whichever comes first.
  const placeholderWord = PLACEHOLDER_WORD.exec(text);
  const placeholderLine = PLACEHOLDER_LINE_HINT.test(text) ? PLACEHOLDER_LINE.exec(text) : null;
  if (placeholderWord || placeholderLine) {
    const byWord = placeholderWord && (!placeholderLine || placeholderWord.index < placeholderLine.index + placeholderLine[0].length);
    const at = lineAt(text, byWord ? placeholderWord.index : placeholderLine!.index);
    const word = byWord ? placeholderWord[0] : at.text;
    return withQuestion({ written: false as const, reason: 'placeholder' as const, at, word });
  }
  // 4. The frame's draft status row, unchanged.
  const draft = draftRowIn(text);
  if (draft) return withQuestion({ written: false as const, reason: 'draft' as const, at: draft });
  // 5. and 6. Own text, in total and per question.
  const counted = ownOnce();
  if (counted.total < MIN_OWN_WORDS) return withQuestion({ written: false as const, reason: 'too-short' as const, words: counted.total });
  const question = firstUnanswered(counted);
  if (question) return { written: false, reason: 'unanswered', question };
  return { written: true, binary: false };
}

/** The line of `text` that holds the character at `index`: its 0-based number and its text, trimmed. */
function lineAt(text: string, index: number): DocumentLine {
  let line = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  return { line, text: text.slice(start, end === -1 ? text.length : end).trim() };
}

/** The first line that is, trimmed, a draft status row of a frame. */
function draftRowIn(text: string): DocumentLine | undefined {
  let first: DocumentLine | undefined;
  for (const row of draftRows()) {
    for (let at = text.indexOf(row); at !== -1; at = text.indexOf(row, at + 1)) {
      const line = lineAt(text, at);
      if (line.text !== row) continue;
      if (!first || line.line < first.line) first = line;
      break;
    }
  }
  return first;
}

interface Heading {
  line: number;
  level: number;
  text: string;
}

interface QuestionMark {
  kind: string;
  id: string;
  line: number;
}

interface OwnText {
  /** Words of own text, counted until there are `MIN_OWN_WORDS`, then up to `MIN_ANSWER_WORDS` a line (enough for both conditions). */
  total: number;
  /** Per line: the words of own text it holds (capped as above). */
  words: Uint16Array;
  headings: Heading[];
  questions: QuestionMark[];
}

/**
 * The document's own text (condition 5): every line but the lines of a template (trimmed), headings, HTML comments,
 * the guiding questions (italic lines) and Markdown markup (list markers, quote marks, table pipes, emphasis: none
 * of them is a word). Also finds the headings and the question comments, for condition 6.
 */
function ownText(lines: readonly string[]): OwnText {
  const template = templateLines();
  const words = new Uint16Array(lines.length);
  const headings: Heading[] = [];
  const questions: QuestionMark[] = [];
  let total = 0;
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (inComment) {
      const end = line.indexOf('-->');
      if (end === -1) continue;
      line = line.slice(end + 3);
      inComment = false;
    }
    if (line.includes('<!--')) {
      const question = QUESTION_COMMENT.exec(line.trim());
      if (question) {
        questions.push({ kind: question[1], id: `${question[1]}.${question[2]}`, line: i });
        continue;
      }
      const stripped = stripComments(line);
      line = stripped.text;
      inComment = stripped.open;
    }
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const heading = trimmed.charCodeAt(0) === 35 /* # */ ? HEADING.exec(trimmed) : null;
    if (heading) {
      headings.push({ line: i, level: heading[1].length, text: trimmed });
      continue;
    }
    const first = trimmed.charCodeAt(0);
    const markup = first === 42 /* * */ || first === 95; /* _ */
    // Without its markup, a line may still be a template's (its guiding question made a list item, bold or a quote).
    // Quote marks, list markers and emphasis are markup; words are letters and digits, so other markup never counts.
    const content = comparedForm(trimmed);
    if ((markup && ITALIC.test(trimmed)) || template.has(content)) continue;
    // Enough to decide both conditions: up to 40 words until the document has them, then 2 per line.
    const count = countWords(content, total < MIN_OWN_WORDS ? MIN_OWN_WORDS : MIN_ANSWER_WORDS);
    words[i] = count;
    total += count;
  }
  return { total, words, headings, questions };
}

/** The line without its HTML comments; `open` when a comment starts on it and ends on a later line. */
function stripComments(line: string): { text: string; open: boolean } {
  let text = line;
  for (let start = text.indexOf('<!--'); start !== -1; start = text.indexOf('<!--', start)) {
    const end = text.indexOf('-->', start + 4);
    if (end === -1) return { text: text.slice(0, start), open: true };
    text = text.slice(0, start) + text.slice(end + 3);
  }
  return { text, open: false };
}

/** The words of a line, up to `limit` (no line needs counting further). */
export function countWords(text: string, limit: number): number {
  let count = 0;
  let at = 0;
  while (count < limit) {
    // To the next letter or digit, which starts a word.
    let width = 0;
    while (at < text.length && (width = letterOrDigitAt(text, at)) === 0) at++;
    if (width === 0) break;
    count++;
    // Through the word: runs of letters and digits, joined by one joiner between two of them.
    for (;;) {
      while (width !== 0) {
        at += width;
        width = at < text.length ? letterOrDigitAt(text, at) : 0;
      }
      if (at + 1 < text.length && isJoiner(text.charCodeAt(at)) && (width = letterOrDigitAt(text, at + 1)) !== 0) at++;
      else break;
    }
  }
  return count;
}

/** `'`, `’`, `.`, `-`. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 45;
}

/** The width (1, or 2 for a surrogate pair) of the letter or digit at `at`; 0 when the character there is neither. */
function letterOrDigitAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 256) return LATIN1_LETTER_OR_DIGIT[code];
  LETTER_OR_DIGIT.lastIndex = at;
  if (!LETTER_OR_DIGIT.test(text)) return 0;
  return LETTER_OR_DIGIT.lastIndex - at;
}

/** The questions of each template kind, both languages, by id (built once). */
let questionsById: Map<string, Record<TemplateLang, TemplateQuestion>> | undefined;
let questionsByKind: Map<string, readonly TemplateQuestion[]> | undefined;

function templateQuestions(): {
  byId: Map<string, Record<TemplateLang, TemplateQuestion>>;
  byKind: Map<string, readonly TemplateQuestion[]>;
} {
  if (!questionsById || !questionsByKind) {
    questionsById = new Map();
    questionsByKind = new Map();
    for (const kind of DOCUMENT_KINDS) {
      const en = templateTexts(kind, 'en').questions;
      const da = templateTexts(kind, 'da').questions;
      questionsByKind.set(kind, en);
      en.forEach((question, i) => questionsById!.set(question.id, { en: question, da: da[i] }));
    }
  }
  return { byId: questionsById, byKind: questionsByKind };
}

/**
 * Condition 6: the first question whose section (from its heading to the next heading of the same or a higher level)
 * has fewer than `MIN_ANSWER_WORDS` words of own text, in the document's order; else the first question of a kind the
 * document asks that it no longer holds (unless its template says to delete it where it does not apply).
 */
function firstUnanswered(own: OwnText): UnansweredQuestion | undefined {
  if (own.questions.length === 0) return undefined;
  const { byId, byKind } = templateQuestions();
  const { headings, words } = own;
  let h = 0;
  for (const mark of own.questions) {
    while (h + 1 < headings.length && headings[h + 1].line < mark.line) h++;
    const heading = headings[h] && headings[h].line < mark.line ? headings[h] : undefined;
    const start = heading ? heading.line + 1 : 0;
    let end = words.length;
    if (heading) {
      // The section ends at the next heading of the question's level or higher: the level its template gives it (a
      // heading put between the question's heading and its comment neither widens nor moves it), else the heading's.
      const level = byId.get(mark.id)?.en.level ?? heading.level;
      for (let next = h + 1; next < headings.length; next++) {
        if (headings[next].level <= level) {
          end = headings[next].line;
          break;
        }
      }
    }
    let answered = 0;
    for (let i = start; i < end && answered < MIN_ANSWER_WORDS; i++) answered += words[i];
    if (answered < MIN_ANSWER_WORDS) {
      return {
        id: mark.id,
        question: byId.get(mark.id),
        removed: false,
        ...(heading ? { heading: { line: heading.line, text: heading.text } } : {}),
      };
    }
  }
  const held = new Set(own.questions.map((mark) => mark.id));
  for (const kind of new Set(own.questions.map((mark) => mark.kind))) {
    const removed = byKind.get(kind)?.find((question) => !question.optional && !held.has(question.id));
    if (removed) return { id: removed.id, question: byId.get(removed.id), removed: true };
  }
  return undefined;
}

/** A linked document as the reader finds it: its size first, its bytes only when asked for. */
export interface DocumentFile {
  size: number;
  read(): PromiseLike<Uint8Array> | Uint8Array;
}

/**
 * The verdict on a linked document that exists (conditions 1–6): a binary office or PDF document is not read (its
 * status in the manifest speaks), unless it is empty (0 bytes: judged as text, no words); a document over
 * `MAX_DOCUMENT_BYTES` or not UTF-8 cannot be judged, and is not written.
 */
export async function judgeDocumentFile(path: string, file: DocumentFile): Promise<Verdict> {
  // An empty file is no office or PDF document whatever its name: nothing speaks for it (it has no words at all).
  if (isBinaryDocument(path) && file.size > 0) return { written: true, binary: true };
  if (file.size > MAX_DOCUMENT_BYTES) return { written: false, reason: 'too-large', bytes: file.size };
  let bytes: Uint8Array;
  try {
    bytes = await file.read();
  } catch (error) {
    return { written: false, reason: 'read-failed', error: error instanceof Error ? error.message : String(error) };
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) return { written: false, reason: 'too-large', bytes: bytes.length };
  const text = decodeManifestBytes(bytes);
  if (text === undefined) return { written: false, reason: 'not-utf8' };
  return judgeDocumentText(text);
}
