/**
 * Documentation stubs for the documents an `ai-system.yaml` manifest links to (DPIA, FRIA, human-oversight
 * procedure, AI-literacy measures, citizen notice, technical documentation), in English and Danish.
 *
 * Pure: no `vscode`, no file I/O, no clock. The caller passes the date and writes the file. Every rendered
 * text starts with the marker `<!-- ai-system-manifest:template KIND -->` so tooling can tell a stub from a
 * finished document (see `detectTemplateKind`).
 *
 * The texts are data, next to this file: `<kind>.<lang>.md`, one per document and language, and `frame.<lang>.md`,
 * the header of every stub. scripts/generate-templates.ts checks them and compiles them into
 * ../generated/templates.ts (`npm run generate:templates`; a unit test fails while it is stale). Their syntax:
 *
 * - Front matter between two lines `---`: a document's `title:`; a frame's `roles:`, the labels of the
 *   `system.role` values.
 * - After it, the Markdown exactly as it is written into the stub, byte for byte: one paragraph per line (nothing
 *   is re-wrapped), ending with one line break. The stub is the marker line, the frame, a blank line, the document.
 * - Tokens, filled on one line (runs of white space become one space): `{system}` and `{organisation}`, and in
 *   the frame also `{title}`, `{systemId}`, `{role}` (its label; `TODO` when the manifest has none) and `{date}`.
 *   In a table row (a line that starts with `|`) the value is escaped for a table cell (`|` → `\|`).
 * - A role block: the line `<!-- if role = provider -->`, a blank line, the text, the line `<!-- end if -->`, a
 *   blank line. The text (without the markers and their blank lines) is kept when the manifest's `system.role` is
 *   exactly that value, and dropped otherwise. Blocks do not nest.
 *
 * The headings follow what the law asks for: GDPR Art. 35(7)(a)–(d) and 35(9) for the DPIA, AI Act
 * Art. 27(1)(a)–(f) and 27(3) for the FRIA, Art. 14 / 26(2) and Forvaltningsloven for human oversight, Art. 4
 * for AI literacy, GDPR Arts. 13–14 (and AI Act Arts. 26(11), 50(1) and 86) for the citizen notice, and
 * Annex IV points 1–9 for the technical documentation, Forvaltningsloven §§ 22–24 and AI Act Art. 86 for explaining
 * decisions. Danish texts use the terms of ../../../shared/domain/glossary-da.md.
 *
 * No dates of application are written here: the timeline data is the only place for them.
 */

import { TEMPLATE_DOCUMENTS, TEMPLATE_FRAMES } from '../generated/templates';
import { formatDate } from '../law/timeline';

export type DocumentKind =
  'dpia' | 'fria' | 'human-oversight' | 'ai-literacy' | 'citizen-notice' | 'technical-documentation' | 'explanation';

export type TemplateLang = 'en' | 'da';

export interface TemplateInput {
  systemName: string;
  systemId: string;
  organisation: string;
  /** `system.role` from the manifest: provider | deployer | provider-and-deployer. */
  role?: string;
  /** ISO yyyy-mm-dd, passed in by the caller (templates never read the clock). */
  date: string;
}

export interface DocumentTemplate {
  kind: DocumentKind;
  /** Path relative to the manifest's folder, e.g. 'docs/dpia.md'. */
  defaultPath: string;
  /** Path in the manifest of the field that links the document, e.g. ['dataProtection', 'dpia', 'document']. */
  manifestField: readonly string[];
  title: Record<TemplateLang, string>;
}

/**
 * A question a template asks, in one language: the section's heading split into its number, title and article.
 * Marked in the stub by the comment `<!-- ai-system-manifest:question ID -->` on the line after the heading
 * (`questionComment`); the id is the same in every language.
 */
export interface TemplateQuestion {
  /** `KIND.ID`, e.g. `dpia.35-7-a`. */
  id: string;
  /** The heading's level (2 for `##`). */
  level: number;
  /** The section's number as written ("4", "7.1"), or "" where it has none. */
  number: string;
  /** The heading without its number and without the parentheses that end it. */
  title: string;
  /** The law the question asks after, as this language cites it. */
  article: string;
  /** The template says to delete the section where it does not apply. */
  optional?: boolean;
}

export interface DocumentText {
  title: string;
  body: string;
  questions: readonly TemplateQuestion[];
}

export interface FrameText {
  /** The header of every stub (after the marker line). */
  header: string;
  /** The header's status row while the document is a draft (`| Status | Draft |`). */
  draftRow: string;
  roles: Readonly<Record<string, string>>;
}

/** The texts, checked here to have every kind and language (the generator checks their syntax). */
const DOCUMENTS: Readonly<Record<DocumentKind, Readonly<Record<TemplateLang, DocumentText>>>> = TEMPLATE_DOCUMENTS;
const FRAMES: Readonly<Record<TemplateLang, FrameText>> = TEMPLATE_FRAMES;

export const TEMPLATE_LANGS: readonly TemplateLang[] = ['en', 'da'];

/** The template texts as data (the documents module reads them to tell a written document from a stub). */
export function templateTexts(kind: DocumentKind, lang: TemplateLang): DocumentText {
  return DOCUMENTS[kind][lang];
}

export function frameText(lang: TemplateLang): FrameText {
  return FRAMES[lang];
}

/** The prefix of the comment that marks a question on the line after its heading. */
export const QUESTION_COMMENT_PREFIX = '<!-- ai-system-manifest:question ';

/** The comment that marks a question: `<!-- ai-system-manifest:question dpia.35-7-a -->`. */
export function questionComment(id: string): string {
  return `${QUESTION_COMMENT_PREFIX}${id} -->`;
}

function titles(kind: DocumentKind): Record<TemplateLang, string> {
  return { en: DOCUMENTS[kind].en.title, da: DOCUMENTS[kind].da.title };
}

export const DOCUMENT_TEMPLATES: readonly DocumentTemplate[] = [
  {
    kind: 'dpia',
    defaultPath: 'docs/dpia.md',
    manifestField: ['dataProtection', 'dpia', 'document'],
    title: titles('dpia'),
  },
  {
    kind: 'fria',
    defaultPath: 'docs/fria.md',
    manifestField: ['fria', 'document'],
    title: titles('fria'),
  },
  {
    kind: 'human-oversight',
    defaultPath: 'docs/human-oversight.md',
    manifestField: ['humanOversight', 'procedure'],
    title: titles('human-oversight'),
  },
  {
    kind: 'ai-literacy',
    defaultPath: 'docs/ai-literacy.md',
    manifestField: ['aiLiteracy', 'document'],
    title: titles('ai-literacy'),
  },
  {
    kind: 'citizen-notice',
    defaultPath: 'docs/citizen-notice.md',
    manifestField: ['transparency', 'citizenNotice'],
    title: titles('citizen-notice'),
  },
  {
    kind: 'technical-documentation',
    defaultPath: 'docs/technical-documentation.md',
    manifestField: ['documentation', 'technical'],
    title: titles('technical-documentation'),
  },
  {
    kind: 'explanation',
    defaultPath: 'docs/explanation.md',
    manifestField: ['decisions', 'explanation'],
    title: titles('explanation'),
  },
];

export const DOCUMENT_KINDS: readonly DocumentKind[] = DOCUMENT_TEMPLATES.map((t) => t.kind);

export const MARKER_PREFIX = '<!-- ai-system-manifest:template';

/** The first line of every rendered stub. */
export function templateMarker(kind: DocumentKind): string {
  return `${MARKER_PREFIX} ${kind} -->`;
}

/** The kind of stub a document's text starts with (after an optional BOM and blank lines), if any. */
export function detectTemplateKind(text: string): DocumentKind | undefined {
  const match = /^\uFEFF?\s*<!-- ai-system-manifest:template ([a-z-]+) -->/.exec(text);
  if (!match) return undefined;
  return DOCUMENT_KINDS.find((k) => k === match[1]);
}

export function getDocumentTemplate(kind: DocumentKind): DocumentTemplate {
  const template = DOCUMENT_TEMPLATES.find((t) => t.kind === kind);
  if (!template) throw new Error(`Unknown document kind: ${String(kind)}`);
  return template;
}

// ---------------------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------------------

/** "2026-03-01" → "1 March 2026" / "1. marts 2026"; anything else is returned as given. */
export function formatTemplateDate(iso: string, lang: TemplateLang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return iso;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
  return formatDate(`${match[1]}-${match[2]}-${match[3]}`, lang);
}

/** One line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One line, safe inside a Markdown table cell. */
function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}

/** Fills the `{token}`s of a text: on one line, and escaped for a table cell in a table row. */
function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text
    .split('\n')
    .map((line) => {
      const value = line.startsWith('|') ? cell : oneLine;
      return line.replace(/\{([A-Za-z]+)\}/g, (token, key: string) =>
        Object.prototype.hasOwnProperty.call(values, key) ? value(values[key]) : token,
      );
    })
    .join('\n');
}

const ROLE_BLOCK = /^<!-- if role = ([a-z-]+) -->\n\n([\s\S]*?)^<!-- end if -->\n\n/gm;

/** Keeps the text of the role blocks for this role, without their markers, and drops the others. */
function resolveRoleBlocks(text: string, role: string | undefined): string {
  return text.replace(ROLE_BLOCK, (_, blockRole: string, inner: string) => (blockRole === role ? inner : ''));
}

/** The Markdown stub for one document kind, in English or Danish. Deterministic: same input, same text. */
export function renderTemplate(kind: DocumentKind, lang: TemplateLang, input: TemplateInput): string {
  const texts = DOCUMENTS[kind][lang];
  const frame = FRAMES[lang];
  const roleLabel = input.role
    ? Object.prototype.hasOwnProperty.call(frame.roles, input.role)
      ? frame.roles[input.role]
      : input.role
    : 'TODO';
  const header = fill(frame.header, {
    title: texts.title,
    system: input.systemName,
    systemId: input.systemId,
    organisation: input.organisation,
    role: roleLabel,
    date: formatTemplateDate(input.date, lang),
  });
  const body = fill(resolveRoleBlocks(texts.body, input.role), { system: input.systemName, organisation: input.organisation });
  return `${templateMarker(kind)}\n${header}\n${body}`;
}
