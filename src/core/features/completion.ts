import { parseDocument, stringify } from 'yaml';
import { localize } from '../l10n';
import { isRecord } from '../yaml/fields';
import { checkManifestText, type CheckResult } from '../check';
import { dottedPath, offersAcceptance } from '../acceptance';
import { RULE_CATALOGUE } from '../rules/catalogue';
import { cite } from '../law/articles';
import { MANIFEST_SCHEMA_DA, schemaAt, type JsonSchema, type SchemaTextsDa } from '../schema';
import { LineIndex } from '../yaml/lineIndex';
import { MAX_NESTING_DEPTH } from '../yaml/parse';
import type { Lang, ManifestPath, SourceRange } from '../types';

/**
 * Schema-driven completion for `ai-system.yaml`, on text that may not parse (the user is typing).
 * The position is read from the lines around it (indentation, `key:`, `- `, `[ … ]`), never from a
 * successful parse; every suggestion and its text come from the JSON Schema and its Danish map.
 */

export interface CompletionItem {
  label: string;
  kind: 'property' | 'value' | 'snippet';
  /**
   * Text to insert (snippet syntax when `isSnippet`). Lines after the first are indented relative to the
   * line the item is inserted on: the editor adds that line's indentation, as VS Code does.
   */
  insertText: string;
  isSnippet: boolean;
  /** Markdown in the requested language. */
  documentation: string;
  detail: string;
  /** What the item replaces: the word at the position (empty when there is none). */
  range: SourceRange;
  sortText?: string;
  filterText?: string;
  /** The inserted key's value has suggestions of its own: ask for completion again after inserting. */
  retrigger?: boolean;
}

export interface CompletionResult {
  items: CompletionItem[];
}

/** Columns `start`–`end` of one line. */
export interface Span {
  line: number;
  start: number;
  end: number;
}

/** What a position stands in: a key of a mapping, or the value of a field (an item of a list when `path` ends in a number). */
export type Slot =
  | { kind: 'key'; parent: ManifestPath; present: ReadonlySet<string>; span: Span; hasColon: boolean; flow?: boolean }
  | { kind: 'value'; path: ManifestPath; listed: readonly string[]; span: Span; prefix: string };

const INDENT = '  ';
const WORD = /[\w-]/;

export function completeAt(text: string, offset: number, lang: Lang): CompletionResult {
  const lines = new LineIndex(text);
  const slot = slotAt(lines, offset);
  if (!slot) return { items: [] };
  const range = spanRange(slot.span);
  return { items: slot.kind === 'key' ? keyItems(slot, range, lang) : valueItems(slot, range, lang, text) };
}

export function spanRange(span: Span): SourceRange {
  return { start: { line: span.line, character: span.start }, end: { line: span.line, character: span.end } };
}

// ---------------------------------------------------------------------------------------------
// Reading the position from the lines around it (shared with hover)

/** One line of block YAML, as far as completion and hover need it. */
interface Line {
  /** Column of the first character that is not a space (the dash of a list item). */
  indent: number;
  /** Empty or only a comment. */
  blank: boolean;
  /** A block list entry `- …`. */
  item: boolean;
  /** The key of `key:` (after the dash, if any), unquoted. */
  key?: string;
  /** Column of the key's colon, or -1. */
  colon: number;
  /** Column where the value starts: after `key:`, `- ` and the spaces that follow. */
  valueStart: number;
  /** The value without a trailing comment, trimmed. */
  value: string;
}

const LINE = /^( *)(-(?= |$) *)?(?:(["']?)([\w-]+)\3 *:(?=\s|$))?\s*/;

function readLine(text: string): Line {
  const match = LINE.exec(text) as RegExpExecArray;
  const [whole, spaces, dash = '', , key] = match;
  const value = text
    .slice(whole.length)
    .replace(/(^|\s)#.*$/, '')
    .trim();
  return {
    indent: spaces.length,
    blank: !dash && key === undefined && value === '',
    item: dash !== '',
    key,
    colon: key === undefined ? -1 : text.indexOf(':', spaces.length + dash.length),
    valueStart: whole.length,
    value,
  };
}

/** Where the position is, or undefined where nothing can be suggested (free text, comments, shapes the format does not use). */
export function slotAt(lines: LineIndex, offset: number): Slot | undefined {
  const { line, character } = lines.positionAt(offset);
  const text = lines.lineText(line);
  const here = readLine(text);
  const word = wordAt(text, character, line);
  const flow = flowSlot(lines, line, offset, word);
  if (flow !== undefined) return flow ?? undefined;
  if (/(^|\s)#/.test(text.slice(0, character))) return undefined;

  if (here.item && here.key !== undefined) {
    // `- key: value`, the first field of a list item's mapping (an entry of acceptedFindings): its value.
    if (character <= here.colon) return undefined;
    const owner = sequenceOwner(lines, line, here.indent);
    const lead = text.slice(here.colon + 1, word.start).trim();
    if (!owner || !/^["']?$/.test(lead)) return undefined;
    return { kind: 'value', path: [...owner.path, 0, here.key], listed: [], span: word, prefix: prefixBefore(text, word.start) };
  }
  if (here.item) {
    if (character < here.valueStart) return undefined;
    const owner = sequenceOwner(lines, line, here.indent);
    return owner && listItemSlot(lines, owner, here.indent, { ...word, start: Math.max(word.start, here.valueStart) }, text, '');
  }

  if (here.key !== undefined && character > here.colon) {
    const owner = ownerOf(lines, line, here.indent);
    if (!owner) return undefined;
    const path = [...owner.path, here.key];
    const prefix = prefixBefore(text, word.start);
    const lead = text
      .slice(here.colon + 1, word.start)
      .trim()
      .replace(ANCHOR_OR_TAG, '');
    if (/^["']?$/.test(lead)) return { kind: 'value', path, listed: [], span: word, prefix };
    if (!lead.startsWith('[') || lead.includes(']')) return undefined;
    const bracket = text.indexOf('[', here.colon);
    const close = text.indexOf(']', bracket);
    const others = text.slice(bracket + 1, word.start) + text.slice(word.end, close < 0 ? text.length : close);
    return { kind: 'value', path: [...path, 0], listed: others.split(',').map(unquote).filter(Boolean), span: word, prefix };
  }

  if (here.key === undefined && !/^ *[\w-]*$/.test(text.slice(0, character))) return undefined;
  const owner = ownerOf(lines, line, here.indent);
  if (!owner) return undefined;
  if (schemaAt(owner.path)?.node.type === 'array') {
    return here.key === undefined ? listItemSlot(lines, owner, here.indent, word, text, '- ') : undefined;
  }
  const present = new Set<string>();
  const ownerLine = owner.line >= 0 ? readLine(lines.lineText(owner.line)) : undefined;
  if (ownerLine?.item && ownerLine.key !== undefined) present.add(ownerLine.key);
  for (const sibling of siblings(lines, owner.line, here.indent, false)) {
    if (sibling.key !== undefined && sibling.line !== line) present.add(sibling.key);
  }
  return { kind: 'key', parent: owner.path, present, span: word, hasColon: here.key !== undefined };
}

interface Owner {
  path: (string | number)[];
  /** The owner's `key:` line, or -1 for the document's top level. */
  line: number;
  indent: number;
}

/** The mapping that holds an entry at `indent` on `line`: each less indented `key:` above, up to the top level. */
function ownerOf(lines: LineIndex, line: number, indent: number): Owner | undefined {
  const owner: Owner = { path: [], line: -1, indent: -1 };
  for (let l = line - 1; l >= 0 && indent > 0; l--) {
    const above = readLine(lines.lineText(l));
    if (above.blank || above.indent >= indent) continue;
    if (above.item && above.key !== undefined && above.colon - above.key.length === indent) {
      // A key of a list item's mapping, below its first field (`- rule: …`, then `path: …` under `rule`).
      const sequence = sequenceOwner(lines, l, above.indent);
      if (!sequence) return undefined;
      if (owner.line < 0) {
        owner.line = l;
        owner.indent = indent;
      }
      owner.path.unshift(...sequence.path, 0);
      return owner;
    }
    if (!opensBlock(above)) return undefined;
    if (owner.line < 0) {
      owner.line = l;
      owner.indent = above.indent;
    }
    owner.path.unshift(above.key);
    indent = above.indent;
  }
  return owner;
}

/** The list that a `- ` entry at `dashIndent` belongs to: the `key:` above its entries (at the same column or less). */
function sequenceOwner(lines: LineIndex, line: number, dashIndent: number): Owner | undefined {
  for (let l = line - 1; l >= 0; l--) {
    const above = readLine(lines.lineText(l));
    if (above.blank || above.indent > dashIndent || (above.item && above.indent === dashIndent)) continue;
    if (!opensBlock(above)) return undefined;
    const parent = ownerOf(lines, l, above.indent);
    return parent && { path: [...parent.path, above.key], line: l, indent: above.indent };
  }
  return undefined;
}

/** An anchor (`&name`) or a tag (`!tag`, `!!str`) before a value, with the spaces after it. */
const ANCHOR_OR_TAG = /^(?:[&!]\S*\s*)+/;

/** `key:` with nothing after it but a comment (or an anchor or tag): a section or list follows on the next lines. */
function opensBlock(line: Line): line is Line & { key: string } {
  return line.key !== undefined && !line.item && line.value.replace(ANCHOR_OR_TAG, '') === '';
}

/** The entries at column `indent` of the block after `afterLine`: keys of a mapping, or `- ` items of a list. */
function* siblings(lines: LineIndex, afterLine: number, indent: number, items: boolean): Generator<Line & { line: number }> {
  for (let l = afterLine + 1; l < lines.lineCount; l++) {
    const entry = readLine(lines.lineText(l));
    if (entry.blank || entry.indent > indent) continue;
    if (entry.indent < indent || (items && !entry.item)) return;
    if (entry.item === items) yield { ...entry, line: l };
  }
}

/** A list entry at `dashIndent`; `dash` is what the inserted value needs before it (`- ` on a line without one). */
function listItemSlot(lines: LineIndex, owner: Owner, dashIndent: number, span: Span, text: string, dash: string): Slot {
  const listed: string[] = [];
  for (const sibling of siblings(lines, owner.line, dashIndent, true)) {
    if (sibling.line !== span.line && sibling.value !== '') listed.push(unquote(sibling.value));
  }
  return { kind: 'value', path: [...owner.path, 0], listed, span, prefix: dash || prefixBefore(text, span.start) };
}

// ---------------------------------------------------------------------------------------------
// Flow collections (`{ … }`, `[ … ]`), also over several lines

/** How far back a flow collection's opening line is looked for. */
const FLOW_LOOKBACK_LINES = 200;

interface FlowFrame {
  bracket: '{' | '[';
  /** The collection's path; undefined where it cannot be told (a collection as a key, an alias). */
  path: (string | number)[] | undefined;
  /** Keys (a mapping) or values (a list) written in it. */
  entries: string[];
  /** The key of the mapping entry being written, once its colon is read. */
  key?: string;
  token: string;
}

/**
 * The slot at `offset` when it is inside a flow collection that a block `key:` opens (on this line or one above):
 * the mapping's keys, a value of its field, or an item of the list. Null inside a flow collection where nothing can
 * be told (a quoted string, a complex key); undefined when the position is not inside one.
 */
function flowSlot(lines: LineIndex, line: number, offset: number, word: Span): Slot | null | undefined {
  for (let l = line; l >= 0 && l > line - FLOW_LOOKBACK_LINES; l--) {
    const head = readLine(lines.lineText(l));
    const flowValue = head.value.replace(ANCHOR_OR_TAG, '');
    if (head.key === undefined || !/^[[{]/.test(flowValue)) continue;
    const lineStart = lines.offsetAt({ line: l, character: 0 });
    const open = lines.lineText(l).indexOf(flowValue[0], head.valueStart) + lineStart;
    if (open >= offset) return undefined;
    if (head.item) return null;
    // A `key: {` line inside an outer flow collection has no block owner: the outer one is further up.
    const owner = ownerOf(lines, l, head.indent);
    if (!owner) continue;
    const text = lines.text;
    const stack: FlowFrame[] = [];
    const parentPath = [...owner.path, head.key];
    const end = scanFlow(text, open, offset, stack, parentPath);
    if (end === 'closed' || stack.length === 0) return undefined;
    if (end === 'opaque') return null;
    const top = stack[stack.length - 1];
    if (!top.path) return null;
    // What follows the word in the same collection: its other keys or values.
    const wordEnd = lines.offsetAt({ line: word.line, character: word.end });
    const after: FlowFrame = { bracket: top.bracket, path: [], entries: [], token: '' };
    if (top.bracket === '{' && top.key !== undefined) after.key = top.key;
    scanFlow(text, wordEnd, Math.min(text.length, wordEnd + 100_000), [after], [], after);
    const lineText = lines.lineText(word.line);
    const prefix = prefixBefore(lineText, word.start);
    if (top.bracket === '[')
      return { kind: 'value', path: [...top.path, 0], listed: [...top.entries, ...after.entries], span: word, prefix };
    if (top.key !== undefined) return { kind: 'value', path: [...top.path, top.key], listed: [], span: word, prefix };
    const present = new Set([...top.entries, ...after.entries]);
    return { kind: 'key', parent: top.path, present, span: word, hasColon: /^\s*:/.test(lineText.slice(word.end)), flow: true };
  }
  return undefined;
}

/**
 * Reads flow YAML from `from` (an opening bracket, or inside `stack`'s top collection) to `to`, keeping `stack` as
 * the collections open at `to`. 'closed' when the outermost collection closed before `to`; 'opaque' when `to` is
 * in a quoted string or a comment, or nested deeper than the loader reads; with `until`, stops when that frame closes.
 */
function scanFlow(
  text: string,
  from: number,
  to: number,
  stack: FlowFrame[],
  basePath: (string | number)[],
  until?: FlowFrame,
): 'closed' | 'opaque' | 'open' {
  const finish = (frame: FlowFrame): void => {
    const token = frame.token === '\u0000' ? '' : unquote(frame.token);
    if (frame.bracket === '[' ? token !== '' : frame.key === undefined && token !== '') frame.entries.push(token);
    frame.token = '';
    frame.key = undefined;
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const newline = text.indexOf('\n', i);
      if (newline < 0 || newline >= to) return 'opaque';
      i = newline;
      continue;
    }
    if (c === '"' || c === "'") {
      const close = quotedEnd(text, i);
      if (close < 0 || close >= to) return 'opaque';
      if (top) top.token += text.slice(i, close + 1);
      i = close;
      continue;
    }
    if (c === '{' || c === '[') {
      // Deeper than the loader reads: nothing can be told there (and each level copies the path: quadratic memory).
      if (stack.length >= MAX_NESTING_DEPTH) return 'opaque';
      const path = !top
        ? basePath
        : !top.path
          ? undefined
          : top.bracket === '['
            ? [...top.path, 0]
            : top.key !== undefined
              ? [...top.path, top.key]
              : undefined;
      if (top) top.token = '';
      stack.push({ bracket: c, path, entries: [], token: '' });
      continue;
    }
    if (!top) continue;
    if (c === '}' || c === ']') {
      finish(top);
      stack.pop();
      if (top === until) return 'closed';
      if (stack.length === 0) return 'closed';
      const parent = stack[stack.length - 1];
      parent.token = '\u0000'; // the nested collection is the value: not a key or item of its own
      continue;
    }
    if (c === ',') {
      if (top.token === '\u0000') top.token = '';
      finish(top);
      continue;
    }
    if (
      c === ':' &&
      top.bracket === '{' &&
      top.key === undefined &&
      (i + 1 >= text.length || /[\s,\]}]/.test(text[i + 1]) || /["']\s*$/.test(top.token))
    ) {
      top.key = unquote(top.token);
      top.entries.push(top.key);
      top.token = '';
      continue;
    }
    top.token += c;
  }
  return 'open';
}

/** The offset of the quote that closes the string opening at `start`, or -1. */
function quotedEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function wordAt(text: string, character: number, line: number): Span {
  let start = character;
  let end = character;
  while (start > 0 && WORD.test(text[start - 1])) start--;
  while (end < text.length && WORD.test(text[end])) end++;
  return { line, start, end };
}

/** A space after `key:`, `-` or `,` when the user has not typed one yet. */
function prefixBefore(text: string, column: number): string {
  return /[:,-]$/.test(text.slice(0, column)) ? ' ' : '';
}

function unquote(value: string): string {
  return value.trim().replace(/^(["'])(.*)\1$/, '$2');
}

// ---------------------------------------------------------------------------------------------
// Texts from the schema (shared with hover)

interface Texts {
  title: string;
  markdown: string;
  enumDescriptions: readonly string[];
}

function texts(path: ManifestPath, lang: Lang): Texts | undefined {
  const found = schemaAt(path);
  if (!found) return undefined;
  const { node } = found;
  const da: SchemaTextsDa & { markdownEnumDescriptions?: string[] } = lang === 'da' ? (MANIFEST_SCHEMA_DA[found.pointer] ?? {}) : {};
  const last = path[path.length - 1];
  return {
    title: da.title ?? node.title ?? String(last ?? ''),
    markdown: da.markdownDescription ?? da.description ?? node.markdownDescription ?? node.description ?? '',
    enumDescriptions: da.markdownEnumDescriptions ?? da.enumDescriptions ?? node.markdownEnumDescriptions ?? node.enumDescriptions ?? [],
  };
}

/** The field's title in bold and its description, in `lang`. */
export function fieldDocumentation(path: ManifestPath, lang: Lang): string | undefined {
  const found = texts(path, lang);
  return found && `**${found.title}**\n\n${found.markdown}`;
}

/** The field's title with the value, and the value's description, in `lang`. */
export function valueDocumentation(path: ManifestPath, value: string, lang: Lang): string {
  const found = texts(path, lang);
  const index = schemaAt(path)?.node.enum?.indexOf(value) ?? -1;
  const description = found?.enumDescriptions[index];
  return `**${found?.title ?? ''}**: \`${value}\`` + (description ? `\n\n${description}` : '');
}

/** The values a field can take: its enum, const, or true/false. */
export function valueChoices(node: JsonSchema): string[] {
  if (node.enum) return node.enum.map(String);
  if (node.const !== undefined) return [typeof node.const === 'string' ? node.const : JSON.stringify(node.const)];
  return node.type === 'boolean' ? ['true', 'false'] : [];
}

// ---------------------------------------------------------------------------------------------
// Items

function keyItems(slot: Extract<Slot, { kind: 'key' }>, range: SourceRange, lang: Lang): CompletionItem[] {
  const parent = schemaAt(slot.parent)?.node;
  if (!parent?.properties) return [];
  const items: CompletionItem[] = [];
  // Section snippets are block YAML: offered where a block entry may start, never inside `{ … }`.
  const snippets = !slot.hasColon && !slot.flow;
  if (slot.present.size === 0 && snippets) items.push(...snippetItems(parent, slot.parent, '', range, lang));
  Object.entries(parent.properties).forEach(([key, node], index) => {
    if (slot.present.has(key) || node.doNotSuggest || node.deprecationMessage) return;
    const path = [...slot.parent, key];
    const required = parent.required?.includes(key) ?? false;
    const title = texts(path, lang)?.title ?? key;
    items.push({
      label: key,
      kind: 'property',
      ...(slot.hasColon ? { insertText: key, isSnippet: false } : slot.flow ? flowPropertyInsert(key, node) : propertyInsert(key, node)),
      documentation: fieldDocumentation(path, lang) ?? '',
      detail: required ? localize(lang, '{0} (required)', title) : title,
      range,
      sortText: `${required ? 0 : 1}${pad(index)}`,
    });
    if (snippets) items.push(...snippetItems(node, path, `${key}:\n`, range, lang));
  });
  return items;
}

/** `key: ` for a scalar, `key: [$1]` for a list, `key:` and the section's body for a section. */
function propertyInsert(key: string, node: JsonSchema): Pick<CompletionItem, 'insertText' | 'isSnippet' | 'retrigger'> {
  if (node.type === 'object') {
    const body = node.defaultSnippets?.[0]?.body;
    return { insertText: `${key}:\n${toYaml(isRecord(body) ? body : requiredBody(node), INDENT)}`, isSnippet: true };
  }
  if (node.type === 'array') return { insertText: `${key}: [$1]`, isSnippet: true, retrigger: true };
  return { insertText: `${key}: `, isSnippet: false, retrigger: valueChoices(node).length > 0 };
}

/** Inside a flow mapping: `key: ` for a scalar, `key: [$1]` for a list, `key: {$1}` for a section. */
function flowPropertyInsert(key: string, node: JsonSchema): Pick<CompletionItem, 'insertText' | 'isSnippet' | 'retrigger'> {
  if (node.type === 'object') return { insertText: `${key}: {$1}`, isSnippet: true, retrigger: true };
  if (node.type === 'array') return { insertText: `${key}: [$1]`, isSnippet: true, retrigger: true };
  return { insertText: `${key}: `, isSnippet: false, retrigger: valueChoices(node).length > 0 };
}

/**
 * One item per `defaultSnippets` entry of a section, inserted after `head` (the section's `key:` line, or nothing),
 * with its label and description in `lang` (the Danish map has them for each snippet).
 */
function snippetItems(node: JsonSchema, path: ManifestPath, head: string, range: SourceRange, lang: Lang): CompletionItem[] {
  const documentation = fieldDocumentation(path, lang) ?? '';
  const detail = texts(path, lang)?.title ?? '';
  // The whole manifest is found by typing `ai-system`, a section by its key.
  const name = path.length === 0 ? 'ai-system' : String(path[path.length - 1]);
  const pointer = schemaAt(path)?.pointer;
  const danish = lang === 'da' && pointer !== undefined ? MANIFEST_SCHEMA_DA[pointer]?.defaultSnippets : undefined;
  return (node.defaultSnippets ?? []).flatMap(
    ({ label: englishLabel = detail, description: englishDescription, body }, index): CompletionItem[] => {
      // A section's body is a mapping; a list section's (acceptedFindings) a list of its items.
      const isItems = Array.isArray(body) && body.length > 0 && body.every(isRecord);
      if (!isRecord(body) && !isItems) return [];
      if (isItems && !head) return [];
      const label = danish?.[index]?.label ?? englishLabel;
      const description = danish?.[index]?.description ?? englishDescription;
      return [
        {
          label,
          kind: 'snippet',
          insertText: head + toYaml(body, head ? INDENT : ''),
          isSnippet: true,
          documentation: description ? `${documentation}\n\n*${description}*` : documentation,
          detail,
          range,
          // In an empty file the whole-manifest choices come first ('!' sorts before the fields' '0' and '1').
          sortText: `${path.length === 0 ? '!' : '2'}${name}${pad(index)}`,
          filterText: `${name} ${label}`.trim(),
        },
      ];
    },
  );
}

/** A whole-manifest snippet of the schema (its root `defaultSnippets`), as the text completion inserts in an empty file. */
export interface ManifestSnippet {
  label: string;
  description: string;
  /** Snippet syntax: tab stops with "TODO: …" placeholders for every answer the snippet does not give. */
  body: string;
}

/** The schema's whole-manifest snippets in English (one source for completion and the file templates of `snippets/`). */
export function manifestSnippets(): ManifestSnippet[] {
  const root = schemaAt([])?.node;
  return (root?.defaultSnippets ?? []).flatMap(({ label, description, body }) =>
    isRecord(body) && label ? [{ label, description: description ?? '', body: toYaml(body, '') }] : [],
  );
}

function valueItems(slot: Extract<Slot, { kind: 'value' }>, range: SourceRange, lang: Lang, text: string): CompletionItem[] {
  const node = schemaAt(slot.path)?.node;
  if (!node) return [];
  const entryField = slot.path[0] === 'acceptedFindings' && slot.path.length === 3 ? slot.path[2] : undefined;
  if (entryField === 'rule') return acceptedRuleItems(slot, range, lang, text);
  if (entryField === 'path') return acceptedPathItems(slot, range, lang, text);
  const title = texts(slot.path, lang)?.title ?? '';
  return valueChoices(node)
    .map((value, index) => ({ value, index }))
    .filter(({ value }) => !slot.listed.includes(value))
    .map(({ value, index }) => ({
      label: value,
      kind: 'value',
      insertText: slot.prefix + value,
      isSnippet: false,
      documentation: valueDocumentation(slot.path, value, lang),
      detail: title,
      range,
      sortText: pad(index),
    }));
}

/** The findings of the text being edited, or none where it cannot be checked (the user is typing). */
function findingsOf(text: string): CheckResult['findings'] {
  try {
    return checkManifestText(text).findings;
  } catch {
    return [];
  }
}

/**
 * `acceptedFindings[].rule`: the ids of the rules whose findings can be accepted, those with a finding in this
 * manifest first.
 */
function acceptedRuleItems(slot: Extract<Slot, { kind: 'value' }>, range: SourceRange, lang: Lang, text: string): CompletionItem[] {
  const found = new Set<string>(findingsOf(text).map((finding) => finding.ruleId));
  return RULE_CATALOGUE.filter((rule) => offersAcceptance(rule.id)).map((rule, index) => ({
    label: rule.id,
    kind: 'value',
    insertText: slot.prefix + rule.id,
    isSnippet: false,
    documentation: `**${rule.id}** (${cite(rule.articles, lang)})\n\n${rule.description[lang]}`,
    detail: found.has(rule.id) ? localize(lang, 'has a finding in this manifest') : cite(rule.articles, lang),
    range,
    sortText: `${found.has(rule.id) ? 0 : 1}${pad(index)}`,
  }));
}

/**
 * `acceptedFindings[].path`: the manifest's own fields, dotted (list items as `.0`), the fields with a finding that
 * can be accepted first (named with their rules), then every other field the manifest holds.
 */
function acceptedPathItems(slot: Extract<Slot, { kind: 'value' }>, range: SourceRange, lang: Lang, text: string): CompletionItem[] {
  const rulesAt = new Map<string, string[]>();
  for (const finding of findingsOf(text)) {
    if (!offersAcceptance(finding.ruleId) || finding.path.length === 0 || finding.path[0] === 'acceptedFindings') continue;
    const key = dottedPath(finding.path);
    rulesAt.set(key, [...(rulesAt.get(key) ?? []), finding.ruleId]);
  }
  const paths = new Set([...rulesAt.keys(), ...fieldPaths(parseLeniently(text))]);
  return [...paths].map((path, index) => {
    const rules = rulesAt.get(path);
    return {
      label: path,
      kind: 'value',
      insertText: slot.prefix + path,
      isSnippet: false,
      documentation:
        fieldDocumentation(
          path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)),
          lang,
        ) ?? '',
      detail: rules ? rules.join(', ') : localize(lang, 'a field of this manifest'),
      range,
      sortText: `${rules ? 0 : 1}${pad(index)}`,
    };
  });
}

/** The text's data as far as it parses (the user is typing: errors are tolerated). */
function parseLeniently(text: string): unknown {
  try {
    return parseDocument(text).toJS();
  } catch {
    return undefined;
  }
}

/** Every field of the data, dotted, list items as `.0`; sections and lists too, `acceptedFindings` and `manifestVersion` left out. */
function fieldPaths(data: unknown, prefix: (string | number)[] = []): string[] {
  const entries: [string | number, unknown][] = Array.isArray(data)
    ? data.map((value, index) => [index, value])
    : isRecord(data)
      ? Object.entries(data)
      : [];
  return entries.flatMap(([key, value]) => {
    const path = [...prefix, key];
    if (prefix.length === 0 && (key === 'acceptedFindings' || key === 'manifestVersion')) return [];
    return [dottedPath(path), ...fieldPaths(value, path)];
  });
}

/**
 * A snippet body as block YAML, each line starting with `indent`; strings holding `$` are snippet placeholders. A
 * list of mappings (a list section's items) is written as `- key: …` entries.
 */
function toYaml(body: Record<string, unknown> | Record<string, unknown>[], indent: string): string {
  if (Array.isArray(body)) {
    return body.map((item) => toYaml(item, indent + INDENT).replace(indent + INDENT, `${indent}- `)).join('\n');
  }
  return Object.entries(body)
    .map(([key, value]) => {
      if (isRecord(value)) return `${indent}${key}:\n${toYaml(value, indent + INDENT)}`;
      if (Array.isArray(value) && value.length > 0 && value.every(isRecord)) return `${indent}${key}:\n${toYaml(value, indent)}`;
      return `${indent}${key}: ${yamlValue(value)}`;
    })
    .join('\n');
}

function yamlValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(', ')}]`;
  if (typeof value === 'string' && value.includes('$')) return snippetScalar(value);
  return stringify(value)
    .trimEnd()
    .replace(/[$}\\]/g, '\\$&');
}

/**
 * A string with tab stops as a YAML scalar: in double quotes where the text it inserts (the tab stops' defaults, such
 * as a `TODO: …` placeholder with its colon) would not be a plain scalar.
 */
function snippetScalar(value: string): string {
  const inserted = value
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
  if (inserted === '' || stringify(inserted).trimEnd() === inserted) return value;
  if (/["\\]/.test(value)) throw new Error(`A snippet value that needs quotes cannot hold " or \\: ${value}`);
  return `"${value}"`;
}

/** For a section without `defaultSnippets`: its required fields, each with a tab stop (a choice where the values are known). */
function requiredBody(node: JsonSchema, stop = { n: 0 }): Record<string, unknown> {
  return Object.fromEntries(
    (node.required ?? []).map((key): [string, unknown] => {
      const child = node.properties?.[key] ?? {};
      const choices = valueChoices(child);
      if (child.type === 'object') return [key, requiredBody(child, stop)];
      if (child.type === 'array') return [key, []];
      return [key, choices.length > 0 ? `\${${++stop.n}|${choices.join(',')}|}` : `$${++stop.n}`];
    }),
  );
}

function pad(index: number): string {
  return String(index).padStart(3, '0');
}
