// Writes src/core/generated/templates.ts: the texts of the documentation stubs, kept as Markdown data in
// src/core/templates/ (`<kind>.<lang>.md`, one per document and language, and `frame.<lang>.md`, the header of every
// stub), as one module of strings, so the core reads no files and the bundles need no loader. The syntax of the
// files is described at the top of src/core/templates/index.ts, which renders them. Run after editing a template:
// `npm run generate:templates`; a unit test fails while the file is stale. The files are checked here: a mistake
// in one (an unknown token, an unbalanced role block, a missing language) stops the generator.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

export const TEMPLATES_DIR = path.join('src', 'core', 'templates');
export const TEMPLATES_FILE = path.join('src', 'core', 'generated', 'templates.ts');

/** The tokens a document's body may use, and those of the frame (the header). */
export const DOCUMENT_TOKENS: readonly string[] = ['system', 'organisation'];
export const FRAME_TOKENS: readonly string[] = ['title', 'system', 'systemId', 'organisation', 'role', 'date'];

const FILE_NAME = /^([a-z]+(?:-[a-z]+)*)\.([a-z]{2})\.md$/;
const TOKEN = /\{([A-Za-z]+)\}/g;
const IF_ROLE = /^<!-- if role = ([a-z]+(?:-[a-z]+)*) -->$/;
const END_IF = '<!-- end if -->';
/** The comment that marks a question, on the line after its heading (spec: "Documents", condition 6). */
const QUESTION = /^<!-- ai-system-manifest:question ([a-z]+(?:-[a-z]+)*)\.([a-z0-9]+(?:-[a-z0-9]+)*) -->$/;
const HEADING = /^(#{1,6}) (.*)$/;
const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface TemplateFile {
  /** The YAML between the `---` lines at the top. */
  frontMatter: unknown;
  /** Everything after the front matter, exactly as written into the stub. */
  body: string;
}

/** The front matter and the body of one data file (line ends normalised to `\n`). */
export function parseTemplateFile(name: string, text: string): TemplateFile {
  const normalised = text.replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?\n)---\n/.exec(normalised);
  if (!match) throw new Error(`${name}: must start with front matter between two lines "---"`);
  const body = normalised.slice(match[0].length);
  if (!body.endsWith('\n') || body.endsWith('\n\n')) throw new Error(`${name}: must end with exactly one line break`);
  return { frontMatter: parse(match[1]) as unknown, body };
}

/** The data files of a folder: file name → text, in name order. */
export function readTemplateFiles(dir: string): Record<string, string> {
  const names = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  return Object.fromEntries(names.map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkTokens(name: string, body: string, allowed: readonly string[]): void {
  for (const [, token] of body.matchAll(TOKEN)) {
    if (!allowed.includes(token))
      throw new Error(`${name}: unknown token {${token}} (allowed: ${allowed.map((t) => `{${t}}`).join(', ')})`);
  }
}

/** Role blocks: each marker on a line of its own with a blank line before and after; no nesting; known roles only. */
function checkRoleBlocks(name: string, body: string, roles: readonly string[]): void {
  const lines = body.split('\n');
  let open: number | undefined;
  lines.forEach((line, i) => {
    if (!line.includes('<!--')) return;
    if (QUESTION.test(line)) {
      if (open !== undefined) throw new Error(`${name}:${i + 1}: a question is asked of every role: not inside a role block`);
      return;
    }
    const ifRole = IF_ROLE.exec(line);
    if (!ifRole && line !== END_IF)
      throw new Error(
        `${name}:${i + 1}: the only comments are "<!-- if role = ROLE -->", "${END_IF}" and "<!-- ai-system-manifest:question KIND.ID -->"`,
      );
    if (ifRole && !roles.includes(ifRole[1])) throw new Error(`${name}:${i + 1}: unknown role "${ifRole[1]}" (${roles.join(', ')})`);
    if (ifRole ? open !== undefined : open === undefined) throw new Error(`${name}:${i + 1}: role blocks neither nest nor end unopened`);
    if ((i > 0 && lines[i - 1] !== '') || lines[i + 1] !== '' || i + 2 >= lines.length)
      throw new Error(`${name}:${i + 1}: a role block marker needs a blank line before and after it, and text after`);
    open = ifRole ? i : undefined;
  });
  if (open !== undefined) throw new Error(`${name}:${open + 1}: role block without "${END_IF}"`);
}

interface Frame {
  roles: Record<string, string>;
  /** The status row of the header while the document is a draft (spec: "Documents", condition 4). */
  draftRow: string;
  header: string;
}

/** A question the document asks: its section's heading, split into number, title and article, in one language. */
export interface TemplateQuestion {
  /** `KIND.ID`, as in the comment after the heading, the same in every language. */
  id: string;
  /** The heading's level (2 for `##`). */
  level: number;
  /** The section's number as the heading writes it ("4", "7.1"), or "" where it has none. */
  number: string;
  /** The heading without its number and without the parentheses that end it (the article names what they cite). */
  title: string;
  /** The law the question asks after, as the language cites it (front matter `questions:`). */
  article: string;
  /** The template tells the user to delete the section where it does not apply: removing it leaves nothing unanswered. */
  optional?: true;
}

interface DocumentText {
  title: string;
  body: string;
  questions: TemplateQuestion[];
}

/** "4. Measures envisaged to address the risks (Art. 35(7)(d))" → number "4", title "Measures envisaged to address the risks". */
function splitHeading(text: string): { number: string; title: string } {
  const numbered = /^(\d+(?:\.\d+)*)\.? +(.*)$/.exec(text);
  let title = numbered ? numbered[2] : text;
  // Trailing parentheses, nested ones included: "(Art. 47) (Annex IV, point 8)", "(Art. 35(7)(d))".
  for (;;) {
    const stripped = title.replace(/ \((?:[^()]|\([^()]*\))*\)$/, '');
    if (stripped === title || stripped.trim() === '') break;
    title = stripped;
  }
  return { number: numbered ? numbered[1] : '', title: title.trim() };
}

/**
 * The questions of a document's body: each comment `<!-- ai-system-manifest:question KIND.ID -->` directly after a
 * heading, of this kind, with its article in the front matter (`questions:`, id → article); `optional:` lists the
 * ids whose section the template says to delete where it does not apply.
 */
function questionsOf(name: string, kind: string, body: string, frontMatter: Record<string, unknown>): TemplateQuestion[] {
  const articles = frontMatter.questions === undefined ? {} : frontMatter.questions;
  if (!isRecord(articles)) throw new Error(`${name}: "questions:" maps each question id to the article it asks after`);
  const optional = frontMatter.optional === undefined ? [] : frontMatter.optional;
  if (!Array.isArray(optional) || optional.some((id) => typeof id !== 'string' && typeof id !== 'number'))
    throw new Error(`${name}: "optional:" is a list of question ids`);
  const optionalIds = optional.map(String);
  const lines = body.split('\n');
  const questions: TemplateQuestion[] = [];
  lines.forEach((line, i) => {
    if (!line.startsWith('<!-- ai-system-manifest:question')) return;
    const match = QUESTION.exec(line);
    if (!match) throw new Error(`${name}:${i + 1}: a question is marked "<!-- ai-system-manifest:question KIND.ID -->"`);
    if (match[1] !== kind) throw new Error(`${name}:${i + 1}: the question's kind is "${match[1]}", not "${kind}"`);
    const heading = HEADING.exec(lines[i - 1] ?? '');
    if (!heading) throw new Error(`${name}:${i + 1}: a question comment stands on the line right after its heading`);
    const id = `${kind}.${match[2]}`;
    if (questions.some((question) => question.id === id)) throw new Error(`${name}:${i + 1}: the question ${id} is asked twice`);
    const article = articles[match[2]];
    if (typeof article !== 'string' || article.trim() === '')
      throw new Error(`${name}:${i + 1}: the question ${match[2]} has no article under "questions:" in the front matter`);
    const { number, title } = splitHeading(heading[2]);
    questions.push({
      id,
      level: heading[1].length,
      number,
      title,
      article,
      ...(optionalIds.includes(match[2]) ? { optional: true as const } : {}),
    });
  });
  const asked = questions.map((question) => question.id.slice(kind.length + 1));
  for (const id of Object.keys(articles))
    if (!QUESTION_ID.test(id) || !asked.includes(id)) throw new Error(`${name}: "questions:" names ${id}, which the text does not ask`);
  for (const id of optionalIds) if (!asked.includes(id)) throw new Error(`${name}: "optional:" names ${id}, which the text does not ask`);
  return questions;
}

/** The generated module's text for the given data files (name → text). */
export function templatesSource(files: Record<string, string>): string {
  const frames: Record<string, Frame> = {};
  const documents: Record<string, Record<string, DocumentText>> = {};
  const names = Object.keys(files).sort();
  for (const name of names) {
    const match = FILE_NAME.exec(name);
    if (!match) throw new Error(`${name}: name it <kind>.<lang>.md or frame.<lang>.md`);
    if (match[1] !== 'frame') continue;
    const { frontMatter, body } = parseTemplateFile(name, files[name]);
    const roles = isRecord(frontMatter) ? frontMatter.roles : undefined;
    const draftRow = isRecord(frontMatter) ? frontMatter.draftRow : undefined;
    if (!isRecord(frontMatter) || Object.keys(frontMatter).sort().join() !== 'draftRow,roles' || !isRecord(roles))
      throw new Error(
        `${name}: the front matter is "roles:", a map from system.role values to their labels, and "draftRow:", the status row of a draft`,
      );
    if (typeof draftRow !== 'string' || !body.split('\n').includes(draftRow) || !draftRow.startsWith('|'))
      throw new Error(`${name}: "draftRow:" is a table row of the header, as written there`);
    for (const [role, label] of Object.entries(roles))
      if (typeof label !== 'string' || label.trim() === '') throw new Error(`${name}: the label of role "${role}" must be text`);
    if (body.includes('<!--')) throw new Error(`${name}: the frame has no comments or role blocks`);
    checkTokens(name, body, FRAME_TOKENS);
    frames[match[2]] = { roles: roles as Record<string, string>, draftRow, header: body };
  }
  const langs = Object.keys(frames);
  if (langs.length === 0) throw new Error('no frame.<lang>.md');
  const roleLists = langs.map((lang) => Object.keys(frames[lang].roles).join());
  if (new Set(roleLists).size > 1) throw new Error(`the frames label different roles: ${roleLists.join(' / ')}`);
  const roles = Object.keys(frames[langs[0]].roles);

  for (const name of names) {
    const [, kind, lang] = FILE_NAME.exec(name)!;
    if (kind === 'frame') continue;
    if (!langs.includes(lang)) throw new Error(`${name}: no frame.${lang}.md`);
    const { frontMatter, body } = parseTemplateFile(name, files[name]);
    const title = isRecord(frontMatter) ? frontMatter.title : undefined;
    const extra = isRecord(frontMatter) ? Object.keys(frontMatter).filter((key) => !['title', 'questions', 'optional'].includes(key)) : [];
    if (!isRecord(frontMatter) || extra.length > 0 || typeof title !== 'string' || !/^\S.*\S$/.test(title))
      throw new Error(
        `${name}: the front matter is "title:", the document's title on one line, and "questions:" and "optional:" where it asks questions`,
      );
    checkTokens(name, body, DOCUMENT_TOKENS);
    checkRoleBlocks(name, body, roles);
    (documents[kind] ??= {})[lang] = { title, body, questions: questionsOf(name, kind, body, frontMatter) };
  }
  for (const [kind, texts] of Object.entries(documents)) {
    const missing = langs.filter((lang) => !texts[lang]);
    if (missing.length > 0) throw new Error(`${kind}: no ${missing.map((lang) => `${kind}.${lang}.md`).join(', ')}`);
    const asked = langs.map((lang) => texts[lang].questions.map((question) => `${question.id}${question.optional ? '?' : ''}`).join());
    if (new Set(asked).size > 1)
      throw new Error(
        `${kind}: every language asks the same questions in the same order, with the same optional ones (${asked.join(' / ')})`,
      );
  }

  return [
    '// Generated by scripts/generate-templates.ts from src/core/templates/*.md. Do not edit: edit the Markdown and run',
    '// `npm run generate:templates`.',
    '',
    '/** Per language: the header of every stub (after the template marker) and the labels of the roles. */',
    `export const TEMPLATE_FRAMES = ${JSON.stringify(frames, null, 2)};`,
    '',
    '/** Per document kind and language: the title and the text after the header. */',
    `export const TEMPLATE_DOCUMENTS = ${JSON.stringify(documents, null, 2)};`,
    '',
  ].join('\n');
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  fs.writeFileSync(path.join(root, TEMPLATES_FILE), templatesSource(readTemplateFiles(path.join(root, TEMPLATES_DIR))));
  console.log(`wrote ${TEMPLATES_FILE}`);
}
