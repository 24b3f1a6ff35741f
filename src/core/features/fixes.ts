import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { checkManifestText } from '../check';
import { localize, localized } from '../l10n';
import { isRecord, valueAt } from '../yaml/fields';
import { parseManifestWithYaml } from '../yaml/parse';
import { RULES } from '../rules/index';
import { fieldName, samePath, startsWithPath } from '../rules/rule';
import { schemaAt, schemaTitle, type JsonSchema } from '../schema';
import { DOCUMENT_TEMPLATES, getDocumentTemplate, renderTemplate, type DocumentKind } from '../templates/index';
import { endOfEntry, flowAppend, lineBreakOf } from '../yaml/edits';
import { LineIndex } from '../yaml/lineIndex';
import type { Finding, Lang, Localized, ManifestPath, RuleId } from '../types';

/**
 * Quick fixes for findings, as plain text inserts (no `vscode`). Every fix only inserts: it never deletes or
 * rewrites the user's text, the result stays valid YAML, and once applied the finding it fixes is no longer
 * a missing field, so the same fix is not offered again (applying twice changes nothing).
 *
 * Placeholders (one choice per kind of field, made in `stubFor` and `placeholder`):
 * - `manifestVersion` gets its `const` value 1: it asserts nothing about the system.
 * - Every other field gets a quoted "TODO: …" string naming the field or its allowed values: a placeholder (spec:
 *   "Placeholders"), which the check reports as `placeholder-value` at its own range and counts as missing
 *   everywhere else, so a fix turns "X is missing" into "fill in X" and the same fix is not offered again. That
 *   holds for booleans the rule needs to be true (`canOverride`, `workersInformed`, …: writing `true` would assert
 *   compliance the user has not confirmed), enums, numbers, patterned strings and lists (`["TODO: …"]`).
 * - A document link gets a path only together with the document it names: the "create documentation stub" fix
 *   writes the file from its template and links it in one step. Otherwise a link field gets a placeholder too: a
 *   made-up path that names no file would hide the gap.
 */

/** Insert `text` at `offset` of the original text (replacing `length` characters there: a placeholder or a declared value). */
export interface TextInsert {
  offset: number;
  text: string;
  /** Characters of the original text replaced; none when absent. Only a fix the user chose by name replaces. */
  length?: number;
}

export type FixKind = 'insert-field' | 'create-document' | 'accept-finding' | 'set-declared-tier';

export interface Fix {
  title: string;
  kind: FixKind;
  /** Offsets into the text the fix was computed for; each only inserts. */
  inserts: TextInsert[];
  /**
   * For `create-document`: the file to create beside the manifest, never over an existing one. `existing` when a
   * file is already at that path (`linkingExistingFile`): the fix then only links it, unchanged.
   */
  document?: { relativePath: string; content: string; linkPath: ManifestPath; existing?: boolean };
  isPreferred?: boolean;
}

/** Rules whose missing (or empty) field or section can be inserted as a stub; for `schema`, a field the schema knows. */
const INSERT_FIELD_RULES: ReadonlySet<RuleId> = new Set(RULES.filter((rule) => rule.fix?.insertField).map((rule) => rule.id));

/**
 * The documentation stub a rule's finding can create, when the finding is about the section or the field that
 * links the document (`manifestField` of the template). `ai-literacy-missing` reports the measures, not the
 * optional link, so its stub is linked beside the measures it inserts.
 */
const DOCUMENT_RULES: ReadonlyMap<RuleId, DocumentKind> = new Map(
  RULES.flatMap((rule): [RuleId, DocumentKind][] => (rule.fix?.document ? [[rule.id, rule.fix.document]] : [])),
);

export const FIX_ALL_TITLE: Localized = localized('Fix all auto-fixable problems in this manifest');

/**
 * The fixes for one finding: create the documentation stub and link it, and/or insert the missing field. Where a
 * document can be created, that fix comes first and is the preferred one (the one "Fix all" applies): a document to
 * write is what the duty asks for, a placeholder only marks the gap. Neither makes the duty met: a stub is not
 * written (spec: "Documents"), a placeholder counts as missing.
 */
export function fixesFor(text: string, finding: Finding, lang: Lang, date: string): Fix[] {
  const manifest = loadManifest(text);
  if (!manifest) return [];
  const fixes: Fix[] = [];
  const document = documentFix(manifest, finding, lang, date);
  if (document) fixes.push(document);
  if (canInsert(manifest, finding)) {
    fixes.push({
      title: localize(lang, "Insert '{0}' with placeholders", fieldName(finding.path)),
      kind: 'insert-field',
      inserts: insertFields(manifest, [stubField(finding.path, lang)]),
    });
  }
  if (fixes.length > 0) fixes[0].isPreferred = true;
  return fixes;
}

/**
 * Rounds of fix-all: an inserted stub can make a rule ask for more (a section's fields). A placeholder never does:
 * it counts as missing, so a TODO Annex III area does not make the system high-risk and ask for the high-risk duties.
 */
const MAX_FIX_ALL_ROUNDS = 5;

/** What "Fix all" does: inserts into the manifest, and the documentation stubs to create beside it (never over a file). */
export interface FixAllResult {
  inserts: TextInsert[];
  documents: { relativePath: string; content: string }[];
}

/**
 * Every preferred fix of the findings that only inserts, in one go: where a documentation stub can be created for a
 * missing document field, the stub (and its link) rather than a placeholder; else the field with placeholders.
 * Fields under the same parent go in one insert, and the fields that the inserted stubs themselves make necessary
 * are added too, until no fixable finding is left. A placeholder already written stays (Fix all replaces nothing).
 */
export function fixAll(text: string, findings: Finding[], lang: Lang, date: string): FixAllResult {
  let inserts: TextInsert[] = [];
  const documents = new Map<string, string>();
  let current = text;
  let currentFindings = findings;
  for (let round = 0; round < MAX_FIX_ALL_ROUNDS; round++) {
    const manifest = loadManifest(current);
    if (!manifest) break;
    const fields: StubField[] = [];
    // The links go last: a link wins over the placeholder another finding (`schema`) asks for at the same field.
    const links: StubField[] = [];
    for (const finding of currentFindings) {
      if (!canInsert(manifest, finding)) continue;
      const stub = documentStub(manifest, finding);
      fields.push(stubField(finding.path, lang));
      if (!stub || documents.has(stub.relativePath)) continue;
      links.push({ path: stub.link, value: stub.relativePath });
      documents.set(stub.relativePath, renderDocument(manifest, stub.kind, lang, date));
    }
    const next = insertFields(manifest, [...fields, ...links]);
    if (next.length === 0) break;
    inserts = compose(inserts, next);
    current = applyInserts(text, inserts);
    currentFindings = checkManifestText(current).findings;
  }
  return { inserts, documents: [...documents].map(([relativePath, content]) => ({ relativePath, content })) };
}

/**
 * `next` (offsets into the text after `base`) expressed as inserts into the original text, together with
 * `base`: one insert per original offset, a later one spliced into an earlier one where it lands inside it.
 */
function compose(base: readonly TextInsert[], next: readonly TextInsert[]): TextInsert[] {
  const result = base.map((insert) => ({ ...insert })).sort((a, b) => a.offset - b.offset);
  for (const insert of [...next].sort((a, b) => b.offset - a.offset)) {
    let shift = 0;
    let inside: TextInsert | undefined;
    for (const earlier of result) {
      const start = earlier.offset + shift;
      if (insert.offset < start) break;
      if (insert.offset <= start + earlier.text.length) {
        inside = earlier;
        break;
      }
      shift += earlier.text.length;
    }
    if (inside) {
      const at = insert.offset - (inside.offset + shift);
      inside.text = inside.text.slice(0, at) + insert.text + inside.text.slice(at);
    } else {
      result.push({ offset: insert.offset - shift, text: insert.text });
      result.sort((a, b) => a.offset - b.offset);
    }
  }
  return result;
}

/** The text with the inserts applied (offsets into the original text). */
export function applyInserts(text: string, inserts: readonly TextInsert[]): string {
  const sorted = [...inserts].sort((a, b) => b.offset - a.offset);
  return sorted.reduce(
    (result, insert) => result.slice(0, insert.offset) + insert.text + result.slice(insert.offset + (insert.length ?? 0)),
    text,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Which fixes apply
// ---------------------------------------------------------------------------------------------------------

interface Manifest {
  text: string;
  lines: LineIndex;
  data: unknown;
  root: YAMLMap;
  eol: string;
  indentUnit: number;
}

/** Only a manifest that parses and is a mapping can be fixed. */
function loadManifest(text: string): Manifest | undefined {
  // Edits are planned on the yaml document, so the manifest is loaded with yaml right away (not the fast path).
  const parsed = parseManifestWithYaml(text);
  if (parsed.syntaxFindings.length > 0) return undefined;
  const root = parsed.document?.contents;
  if (!isMap(root)) return undefined;
  return {
    text,
    lines: parsed.lines,
    data: parsed.data,
    root,
    eol: lineBreakOf(text),
    indentUnit: indentUnit(parsed.lines),
  };
}

/** A field of the schema that is absent (or has an empty value) and that a rule with a stub reports. */
function canInsert(manifest: Manifest, finding: Finding): boolean {
  return INSERT_FIELD_RULES.has(finding.ruleId) && schemaAt(finding.path) !== undefined && targetOf(manifest, finding.path) !== undefined;
}

/**
 * The documentation stub a finding about a missing document field (or its section) can create: its kind, the field
 * that links it, and the path to create. Undefined when the rule has no stub or the link cannot be inserted.
 */
function documentStub(manifest: Manifest, finding: Finding): { kind: DocumentKind; link: ManifestPath; relativePath: string } | undefined {
  const kind = DOCUMENT_RULES.get(finding.ruleId);
  if (!kind || !canInsert(manifest, finding)) return undefined;
  const template = getDocumentTemplate(kind);
  const link = template.manifestField;
  const leadsToLink = startsWithPath(link, finding.path) || kind === 'ai-literacy' || inDocumentSection(manifest, link, finding.path);
  if (!leadsToLink || !targetOf(manifest, link)) return undefined;
  return { kind, link, relativePath: template.defaultPath };
}

/**
 * A finding on another field of a section that records its document in `document` (the DPIA, the FRIA): its
 * `status` missing says nothing of the document either, so the stub is offered beside the field's placeholder —
 * unless the section waives its document (`not-required`: the justification is the answer, not a DPIA).
 */
function inDocumentSection(manifest: Manifest, link: ManifestPath, path: ManifestPath): boolean {
  const section = link.slice(0, -1);
  if (link[link.length - 1] !== 'document' || path.length <= section.length || !startsWithPath(path, section)) return false;
  return valueAt(manifest.data, [...section, 'status']) !== 'not-required';
}

function documentFix(manifest: Manifest, finding: Finding, lang: Lang, date: string): Fix | undefined {
  if (finding.ruleId === 'dpia-document-not-found') return missingFileFix(manifest, finding, lang, date);
  if (finding.ruleId === 'placeholder-value') return placeholderDocumentFix(manifest, finding, lang, date);
  const stub = documentStub(manifest, finding);
  if (!stub) return undefined;
  return {
    title: createStubTitle(stub.relativePath, stub.link, lang),
    kind: 'create-document',
    inserts: insertFields(manifest, [stubField(finding.path, lang), { path: stub.link, value: stub.relativePath }]),
    document: { relativePath: stub.relativePath, content: renderDocument(manifest, stub.kind, lang, date), linkPath: stub.link },
  };
}

/**
 * The documentation stub fix when a file is already at its path (the extension looks; the core does no I/O): it
 * links that file and leaves it as it is, and its title says so rather than "Create". Whether the file is written is
 * for the document checks to judge, as for any linked document. A fix that would only create the file the manifest
 * already names (`dpia-document-not-found`) has nothing left to do once the file is there: undefined.
 */
export function linkingExistingFile(fix: Fix, lang: Lang): Fix | undefined {
  if (!fix.document) return fix;
  if (fix.inserts.length === 0) return undefined;
  const { relativePath, linkPath } = fix.document;
  return {
    ...fix,
    title: localize(lang, "Link the existing {0} from '{1}'", relativePath, fieldName(linkPath)),
    document: { ...fix.document, existing: true },
  };
}

/**
 * What a documentation stub quick fix says once applied: the stub it created is a document to write; an existing
 * file it linked was left unchanged and counts only once it is written, as any linked document.
 */
export function documentFixNotice(document: NonNullable<Fix['document']>, lang: Lang): string {
  return document.existing
    ? localize(
        lang,
        'Linked the existing {0} from the manifest and left the file unchanged. The manifest counts it only once it is written: the document checks judge it like any linked document.',
        document.relativePath,
      )
    : localize(
        lang,
        'Created {0} from the template and linked it from the manifest. Write it: answer every question, set its status and delete its first line. Until then the manifest counts it as missing.',
        document.relativePath,
      );
}

/**
 * What "Fix all" says about the documentation stubs its edit linked: the ones it created from their templates, and
 * the files that were already there, linked unchanged. Undefined when it linked none.
 */
export function fixAllDocumentsNotice(created: readonly string[], existing: readonly string[], lang: Lang): string | undefined {
  const said: string[] = [];
  if (created.length === 1)
    said.push(
      localize(
        lang,
        'Fix all created the documentation stub {0} and linked it. Write it: answer every question, set its status and delete its first line. Until then the manifest counts it as missing.',
        created[0],
      ),
    );
  if (created.length > 1)
    said.push(
      localize(
        lang,
        'Fix all created {0} documentation stubs and linked them: {1}. Write each one: answer every question, set its status and delete its first line. Until then the manifest counts each as missing.',
        created.length,
        created.join(', '),
      ),
    );
  if (existing.length === 1)
    said.push(
      localize(
        lang,
        'Fix all linked the existing {0} and left the file unchanged. The manifest counts it only once it is written: the document checks judge it like any linked document.',
        existing[0],
      ),
    );
  if (existing.length > 1)
    said.push(
      localize(
        lang,
        'Fix all linked the existing {0} and left the files unchanged. The manifest counts each only once it is written: the document checks judge it like any linked document.',
        existing.join(', '),
      ),
    );
  return said.length > 0 ? said.join(' ') : undefined;
}

function createStubTitle(relativePath: string, link: ManifestPath, lang: Lang): string {
  return localize(lang, "Create documentation stub {0} and link it from '{1}'", relativePath, fieldName(link));
}

/**
 * A placeholder where a document field wants its document (`citizenNotice: "TODO: …"`): create the stub and put
 * its path in place of the placeholder — the one fix that replaces, and only the placeholder, chosen by name.
 */
function placeholderDocumentFix(manifest: Manifest, finding: Finding, lang: Lang, date: string): Fix | undefined {
  const template = DOCUMENT_TEMPLATES.find((candidate) => samePath(candidate.manifestField, finding.path));
  const value = valueAt(manifest.data, finding.path);
  if (!template || typeof value !== 'string') return undefined;
  const start = manifest.lines.offsetAt(finding.range.start);
  const end = manifest.lines.offsetAt(finding.range.end);
  const written = manifest.text.slice(start, end);
  // Only a scalar that is the placeholder itself (quoted or not), never a larger node.
  if (written.replace(/^["']|["']$/g, '') !== value) return undefined;
  return {
    title: createStubTitle(template.defaultPath, finding.path, lang),
    kind: 'create-document',
    inserts: [{ offset: start, length: end - start, text: template.defaultPath }],
    document: {
      relativePath: template.defaultPath,
      content: renderDocument(manifest, template.kind, lang, date),
      linkPath: finding.path,
    },
  };
}

/** `dpia-document-not-found`: create the file the manifest names, from the template for that field. */
function missingFileFix(manifest: Manifest, finding: Finding, lang: Lang, date: string): Fix | undefined {
  const template = DOCUMENT_TEMPLATES.find((candidate) => samePath(candidate.manifestField, finding.path));
  const target = valueAt(manifest.data, finding.path);
  if (!template || typeof target !== 'string') return undefined;
  const relativePath = target.trim();
  if (relativePath === '' || /^([\\/]|[a-z]:)/i.test(relativePath)) return undefined;
  return {
    title: localize(lang, 'Create the documentation stub {0}', relativePath),
    kind: 'create-document',
    inserts: [],
    document: { relativePath, content: renderDocument(manifest, template.kind, lang, date), linkPath: finding.path },
  };
}

function renderDocument(manifest: Manifest, kind: DocumentKind, lang: Lang, date: string): string {
  const text = (path: ManifestPath): string => {
    const value = valueAt(manifest.data, path);
    return typeof value === 'string' && value.trim() !== '' ? value : 'TODO';
  };
  const role = valueAt(manifest.data, ['system', 'role']);
  return renderTemplate(kind, lang, {
    systemName: text(['system', 'name']),
    systemId: text(['system', 'id']),
    organisation: text(['system', 'owner', 'organisation']),
    role: typeof role === 'string' ? role : undefined,
    date,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Stubs: what to insert
// ---------------------------------------------------------------------------------------------------------

type Stub = string | number | boolean | string[] | { [key: string]: Stub };

interface StubField {
  path: ManifestPath;
  value: Stub;
}

function stubField(path: ManifestPath, lang: Lang): StubField {
  return { path, value: stubFor(path, lang) };
}

function isSection(stub: Stub): stub is { [key: string]: Stub } {
  return isRecord(stub);
}

/** The value to insert for a field: a section of stubs or a placeholder (see the file comment; never a document path). */
function stubFor(path: ManifestPath, lang: Lang): Stub {
  const node = schemaAt(path)?.node;
  if (node?.const !== undefined) return node.const as Stub;
  if (node?.type === 'object') return Object.fromEntries(sectionKeys(node).map((key) => [key, stubFor([...path, key], lang)]));
  if (node?.type === 'array') return [placeholder(node.items, path, lang)];
  return placeholder(node, path, lang);
}

function placeholder(node: JsonSchema | undefined, path: ManifestPath, lang: Lang): string {
  const values = node?.enum;
  if (values && values.length <= 6) return `TODO: ${values.join(' | ')}`;
  if (node?.type === 'boolean') return 'TODO: true | false';
  return `TODO: ${schemaTitle(path)?.[lang] ?? String(path[path.length - 1])}`;
}

/** The schema's first snippet for a section, or an empty body. */
function snippetBody(node: JsonSchema | undefined): Record<string, unknown> {
  const body = node?.defaultSnippets?.[0]?.body;
  return isRecord(body) ? body : {};
}

/**
 * The fields of a section stub: the schema snippet's fields (its curated "what to fill in"), keeping an optional
 * one only where a placeholder is a valid value (free text, document links), plus any required field the snippet
 * lacks. A section without `required` (logging, deployment, documentation) takes its whole snippet: the rules
 * need each of those fields.
 */
function sectionKeys(node: JsonSchema): string[] {
  const required = node.required;
  const snippet = Object.keys(snippetBody(node));
  if (!required) return snippet;
  const isFreeText = (key: string): boolean => {
    const field = node.properties?.[key];
    return field?.type === 'string' && !field.enum && !field.pattern;
  };
  const keys = snippet.filter((key) => required.includes(key) || isFreeText(key));
  return [...keys, ...required.filter((key) => !keys.includes(key))];
}

// ---------------------------------------------------------------------------------------------------------
// Where and how to insert
// ---------------------------------------------------------------------------------------------------------

/**
 * Where a missing field goes: into the nearest present mapping (`rest` = the missing keys below it), or as the
 * value of a present key with nothing after its colon (`dpia:`). Undefined when the field has a value, or
 * a parent on the way is not a mapping (a list, a scalar, an alias) and would need rewriting.
 */
type Target =
  | { kind: 'map'; node: YAMLMap; rest: string[]; depth: number }
  | { kind: 'empty'; node: Pair<Node, Node | null>; colon: number; parent: YAMLMap; rest: string[]; depth: number };

function targetOf(manifest: Manifest, path: ManifestPath): Target | undefined {
  if (!path.every((segment): segment is string => typeof segment === 'string')) return undefined;
  let map = manifest.root;
  for (let depth = 0; depth < path.length; depth++) {
    const pair = (map.items as Pair<Node, Node | null>[]).find((item) => isScalar(item.key) && item.key.value === path[depth]);
    if (!pair) return { kind: 'map', node: map, rest: path.slice(depth), depth };
    if (isEmpty(pair.value)) {
      const colon = colonAfter(manifest.text, pair.key);
      return colon === undefined
        ? undefined
        : { kind: 'empty', node: pair, colon, parent: map, rest: path.slice(depth + 1), depth: depth + 1 };
    }
    if (!isMap(pair.value)) return undefined;
    map = pair.value;
  }
  return undefined;
}

/** `key:` with nothing written after the colon (not `key: null`, `key: ~` or `key: ""`, which would need rewriting). */
function isEmpty(value: Node | null): boolean {
  if (value === null) return true;
  return isScalar(value) && value.value === null && !!value.range && value.range[0] === value.range[1];
}

/** The offset of the colon after a key (`{ a }` has none). */
function colonAfter(text: string, key: Node): number | undefined {
  const match = /^[ \t]*:/.exec(text.slice(key.range![1]));
  return match ? key.range![1] + match[0].length - 1 : undefined;
}

/** Inserts for fields (path → stub value), merged per target so that no two inserts overlap. */
function insertFields(manifest: Manifest, fields: StubField[]): TextInsert[] {
  const groups = new Map<object, { target: Target; path: ManifestPath; value: Stub }>();
  for (const field of fields) {
    const target = targetOf(manifest, field.path);
    if (!target) continue;
    const value = target.rest.reduceRight<Stub>((inner, key) => ({ [key]: inner }), field.value);
    const group = groups.get(target.node);
    if (group) group.value = merge(group.value, value);
    else groups.set(target.node, { target, path: field.path.slice(0, target.depth), value });
  }
  // Deeper targets first, so that at a shared offset (the end of the last section) the nested fields come before a new section.
  const inserts = [...groups.values()]
    .sort((a, b) => b.target.depth - a.target.depth)
    .map(({ target, path, value }) => insertAt(manifest, target, inSchemaOrder(value, path)));
  const merged: TextInsert[] = [];
  for (const insert of inserts.sort((a, b) => a.offset - b.offset)) {
    const previous = merged[merged.length - 1];
    if (previous?.offset === insert.offset) previous.text += insert.text;
    else merged.push({ ...insert });
  }
  return merged;
}

/** Sections merge key by key; for the same scalar field the later value wins (a document link over its placeholder). */
function merge(into: Stub, from: Stub): Stub {
  if (!isSection(into) || !isSection(from)) return from;
  const result = { ...into };
  for (const [key, value] of Object.entries(from)) result[key] = key in result ? merge(result[key], value) : value;
  return result;
}

/** Fields in the order the schema (and the spec) lists them, whichever finding asked for them first. */
function inSchemaOrder(value: Stub, path: ManifestPath): Stub {
  if (!isSection(value)) return value;
  const order = Object.keys(schemaAt(path)?.node.properties ?? {});
  const rank = (key: string): number => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(keys.map((key) => [key, inSchemaOrder(value[key], [...path, key])]));
}

function insertAt(manifest: Manifest, target: Target, value: Stub): TextInsert {
  const { text, lines } = manifest;
  if (target.kind === 'empty') {
    const { colon } = target;
    if (!isSection(value) || target.parent.flow) return { offset: colon + 1, text: ` ${flow(value)}` };
    const column = lines.positionAt(target.node.key.range![0]).character + manifest.indentUnit;
    return { offset: lines.lineEnd(lines.positionAt(colon).line), text: block(value, column, manifest) };
  }
  const map = target.node;
  const entries = value as { [key: string]: Stub };
  const last = map.items[map.items.length - 1] as Pair<Node, Node | null> | undefined;
  if (map.flow) {
    const after = flowAppend(text, map);
    return after
      ? { offset: after.offset, text: `${after.separator}${flowEntries(entries)}` }
      : { offset: map.range![0] + 1, text: flowEntries(entries) };
  }
  const column = lines.positionAt((map.items[0].key as Node).range![0]).character;
  return { offset: endOfEntry(lines, last), text: block(entries, column, manifest) };
}

/** Block-style lines, each preceded by the file's line break, at `column`. */
function block(entries: { [key: string]: Stub }, column: number, manifest: Manifest): string {
  const indent = ' '.repeat(column);
  return Object.entries(entries)
    .map(([key, value]) =>
      isSection(value)
        ? `${manifest.eol}${indent}${key}:${block(value, column + manifest.indentUnit, manifest)}`
        : `${manifest.eol}${indent}${key}: ${flow(value)}`,
    )
    .join('');
}

function flowEntries(entries: { [key: string]: Stub }): string {
  return Object.entries(entries)
    .map(([key, value]) => `${key}: ${flow(value)}`)
    .join(', ');
}

function flow(value: Stub): string {
  if (isSection(value)) return `{ ${flowEntries(value)} }`;
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (typeof value !== 'string') return String(value);
  const plain = /^[A-Za-z][\w./-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** The file's indentation step: the smallest indentation of a line with content; 2 when nothing is indented. */
function indentUnit(lines: LineIndex): number {
  let unit = Infinity;
  for (let line = 0; line < lines.lineCount; line++) {
    const indent = /^( +)[^\s#]/.exec(lines.lineText(line));
    if (indent) unit = Math.min(unit, indent[1].length);
  }
  return Number.isFinite(unit) ? unit : 2;
}
