import { errorMessage } from '../errors';
import {
  Composer,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  Parser,
  YAMLParseError,
  type CST,
  type Document,
  type DocumentOptions,
  type Node,
  type Pair,
  type ParseOptions,
  type SchemaOptions,
  type YAMLMap,
} from 'yaml';
import { fastLoad, type FastLoaded, type FastMap, type FastNode } from './fastLoad';
import { LineIndex } from './lineIndex';
import type { Finding, ManifestPath, SourceRange } from '../types';
import { localized } from '../l10n';
import { yamlSyntaxMessage } from './syntaxMessages';

/** Files larger than this get one `yaml-syntax` finding instead of a check (spec: 5 MiB). */
export const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;
/** The `yaml` package's default, named in the spec: more alias expansions than this is an attack or a mistake. */
export const MAX_ALIAS_COUNT = 100;
/**
 * Deepest nesting of collections loaded. A manifest nests four levels; the `yaml` package composes
 * recursively and exhausts the stack at some hundreds of levels (which can take the whole process down),
 * so deeper documents get one `yaml-syntax` finding instead.
 */
export const MAX_NESTING_DEPTH = 100;

export interface ParsedManifest {
  text: string;
  lines: LineIndex;
  /** The manifest's data as plain JavaScript, or undefined when it could not be loaded. */
  data: unknown;
  /** `yaml-syntax` findings; when there are any, `data` is undefined. */
  syntaxFindings: Finding[];
  /** The YAML document with source ranges, when it loaded within limits: edits (fixes) are planned on it. */
  document?: Document.Parsed;
  /** Where a field is: its value node, or for a missing field the nearest present parent's key. */
  locate(path: ManifestPath): Located;
  /** The fast path's tree with its offsets, when it loaded the text: the outline reads it (no `yaml` document made). */
  fastRoot?: FastMap;
}

export interface Located {
  range: SourceRange;
  /** True when the whole path exists in the document. */
  found: boolean;
  /** The longest prefix of the path that exists. */
  foundPath: ManifestPath;
  /** The key of the field when it exists in a mapping (unknown-key findings point at the key). */
  keyRange?: SourceRange;
}

/**
 * Parses and loads a manifest. Texts in the plain YAML that manifests are written in are loaded by the fast
 * path (`fastLoad.ts`); anything else, and every text with a syntax error, by the `yaml` package.
 */
export function parseManifest(text: string): ParsedManifest {
  const lines = new LineIndex(text);
  if (exceedsBytes(text, MAX_MANIFEST_BYTES)) return tooLarge(text, lines);
  const fast = fastLoad(text);
  return fast ? fastParsed(text, lines, fast) : parseWithYaml(text, lines);
}

/** The same as `parseManifest`, always with the `yaml` package: the reference the fast path is tested against. */
export function parseManifestWithYaml(text: string): ParsedManifest {
  const lines = new LineIndex(text);
  return exceedsBytes(text, MAX_MANIFEST_BYTES) ? tooLarge(text, lines) : parseWithYaml(text, lines);
}

function failedParse(text: string, lines: LineIndex, findings: Finding[]): ParsedManifest {
  return {
    text,
    lines,
    data: undefined,
    syntaxFindings: findings,
    locate: () => ({ range: firstLineRange(text), found: false, foundPath: [] }),
  };
}

function tooLarge(text: string, lines: LineIndex): ParsedManifest {
  return failedParse(text, lines, [
    syntaxFinding(
      firstLineRange(text),
      localized(
        'The file is larger than {0} MiB and is not checked. A manifest describes one AI system and is normally a few hundred lines.',
        MAX_MANIFEST_BYTES / 1024 / 1024,
      ),
    ),
  ]);
}

function parseWithYaml(text: string, lines: LineIndex): ParsedManifest {
  const failed = (findings: Finding[]): ParsedManifest => failedParse(text, lines, findings);

  let doc: Document.Parsed;
  try {
    const tokens = Array.from(new Parser().parse(text));
    const tooDeep = nestingBeyond(tokens, MAX_NESTING_DEPTH);
    if (tooDeep !== undefined) {
      return failed([
        syntaxFinding(
          lines.rangeOf(tooDeep, tooDeep + 1),
          localized('The YAML cannot be loaded within limits: it nests lists and sections more than {0} levels deep.', MAX_NESTING_DEPTH),
        ),
      ]);
    }
    doc = composeUniqueKeys(text, tokens);
  } catch (error) {
    return failed([syntaxFinding(firstLineRange(text), loadLimitMessage(error))]);
  }

  if (doc.errors.length > 0) {
    return failed(
      doc.errors.map((error) => {
        const [start, end] = error.pos;
        const range = lines.rangeOf(start, Math.max(end, start));
        return syntaxFinding(range, yamlSyntaxMessage(error.message));
      }),
    );
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return failed([syntaxFinding(firstLineRange(text), loadLimitMessage(error))]);
  }

  const view: TreeView<Node> = {
    root: doc.contents,
    child: (node, segment) => child(doc, node, segment),
    range: (node) => (node?.range ? lines.rangeOf(node.range[0], node.range[1]) : undefined),
    shownAtValue: (node) => isScalar(node) && node.value !== null,
    firstKeyRange: () => firstKeyRange(doc, lines, text),
  };
  return { text, lines, data, syntaxFindings: [], document: doc, locate: (path) => locateIn(view, path)! };
}

/** A manifest loaded by the fast path. The `yaml` document is made only when something asks for it (fixes). */
function fastParsed(text: string, lines: LineIndex, fast: FastLoaded): ParsedManifest {
  let full: ParsedManifest | undefined;
  const withYaml = (): ParsedManifest => (full ??= parseWithYaml(text, lines));
  const view: TreeView<FastNode> = {
    root: fast.root,
    child: fastChild,
    range: (node) => {
      if (!node) return undefined;
      if (node.kind === 'scalar') return lines.rangeOf(node.start, node.end);
      // The end of a block collection is where yaml's tokens put it: asked of yaml itself (rare: a whole list item).
      return node.kind === 'seq' && node.end !== undefined ? lines.rangeOf(node.start, node.end) : 'ask-yaml';
    },
    shownAtValue: (node) => node?.kind === 'scalar' && !node.isNull,
    firstKeyRange: () => lines.rangeOf(fast.root.keyOffsets[0], fast.root.keyOffsets[1]),
  };
  return {
    text,
    lines,
    data: fast.data,
    syntaxFindings: [],
    fastRoot: fast.root,
    get document() {
      return withYaml().document;
    },
    locate: (path) => locateIn(view, path) ?? withYaml().locate(path),
  };
}

/** What `locate` needs of a loaded tree: children by path segment, and where nodes stand. */
interface TreeView<N> {
  root: N | null;
  child(node: N | null, segment: string | number): NodeAt<N> | undefined;
  /** Where a node stands; 'ask-yaml' when only the `yaml` document knows. */
  range(node: N | null | undefined): SourceRange | 'ask-yaml' | undefined;
  /** A scalar with a value is shown where it stands; a section, a list and an empty value by their key. */
  shownAtValue(node: N | null): boolean;
  firstKeyRange(): SourceRange;
}

interface NodeAt<N> {
  node: N | null;
  keyNode: N | null;
}

/** The one `locate` of both loaders. Undefined when the view cannot tell a range without the `yaml` document. */
function locateIn<N>(view: TreeView<N>, path: ManifestPath): Located | undefined {
  let current: NodeAt<N> = { node: view.root, keyNode: null };
  let parentKey: N | null = null;
  const foundPath: (string | number)[] = [];
  for (const segment of path) {
    const next = view.child(current.node, segment);
    if (!next) {
      const range = view.range(current.keyNode ?? parentKey) ?? view.firstKeyRange();
      return range === 'ask-yaml' ? undefined : { range, found: false, foundPath };
    }
    if (current.keyNode) parentKey = current.keyNode;
    current = next;
    foundPath.push(segment);
  }
  const range =
    (view.shownAtValue(current.node) ? view.range(current.node) : (view.range(current.keyNode) ?? view.range(current.node))) ??
    view.firstKeyRange();
  const keyRange = view.range(current.keyNode);
  if (range === 'ask-yaml' || keyRange === 'ask-yaml') return undefined;
  return { range, found: true, foundPath, keyRange };
}

function fastChild(node: FastNode | null, segment: string | number): NodeAt<FastNode> | undefined {
  if (node?.kind === 'map') {
    const index = fastKeyIndex(node, typeof segment === 'number' ? String(segment) : segment);
    if (index === undefined) return undefined;
    const keyNode: FastNode = { kind: 'scalar', start: node.keyOffsets[2 * index], end: node.keyOffsets[2 * index + 1], isNull: false };
    return { node: node.values[index], keyNode };
  }
  if (node?.kind === 'seq' && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { node: item, keyNode: null };
  }
  return undefined;
}

const fastKeyIndexes = new WeakMap<FastMap, Map<string, number>>();

/** The index of a key (keys are unique in a fast-loaded map); large maps are indexed on first look-up. */
function fastKeyIndex(map: FastMap, key: string): number | undefined {
  if (map.keys.length <= INDEXED_MAP_SIZE) {
    const index = map.keys.indexOf(key);
    return index === -1 ? undefined : index;
  }
  let index = fastKeyIndexes.get(map);
  if (!index) {
    index = new Map(map.keys.map((name, i) => [name, i]));
    fastKeyIndexes.set(map, index);
  }
  return index.get(key);
}

function child(doc: Document.Parsed, node: Node | null, segment: string | number): NodeAt<Node> | undefined {
  const resolved = node && isAlias(node) ? (node.resolve(doc) as Node | undefined) : node;
  if (!resolved) return undefined;
  if (isMap(resolved)) {
    const pair = pairWithKey(resolved as YAMLMap<Node, Node | null>, segment);
    if (!pair) return undefined;
    const value = pair.value && isAlias(pair.value) ? ((pair.value.resolve(doc) as Node | undefined) ?? pair.value) : pair.value;
    return { node: value ?? null, keyNode: pair.key };
  }
  if (isSeq(resolved) && typeof segment === 'number') {
    const item = resolved.items[segment] as Node | undefined;
    return item === undefined ? undefined : { node: item, keyNode: null };
  }
  return undefined;
}

/** Maps with more pairs than this get an index of their keys on the first look-up (10,000 unknown keys stay linear). */
const INDEXED_MAP_SIZE = 32;
const keyIndexes = new WeakMap<YAMLMap<Node, Node | null>, Map<unknown, number>>();

/** The first pair whose key is the segment (a number segment also matches the key written as a string). */
function pairWithKey(map: YAMLMap<Node, Node | null>, segment: string | number): Pair<Node, Node | null> | undefined {
  const keyValue = (pair: Pair<Node, Node | null>): unknown => (isScalar(pair.key) ? pair.key.value : pair.key);
  if (map.items.length <= INDEXED_MAP_SIZE) {
    return map.items.find((pair) => {
      const key = keyValue(pair);
      return key === segment || (typeof segment === 'number' && key === String(segment));
    });
  }
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (let i = 0; i < map.items.length; i++) {
      const key = keyValue(map.items[i]);
      if (!index.has(key)) index.set(key, i);
    }
    keyIndexes.set(map, index);
  }
  // Map.get matches as === does here: keys are never NaN-valued segments, and 0 and -0 are equal in both.
  const exact = index.get(segment);
  const asString = typeof segment === 'number' ? index.get(String(segment)) : undefined;
  const found = exact === undefined ? asString : asString === undefined ? exact : Math.min(exact, asString);
  return found === undefined ? undefined : map.items[found];
}

/**
 * The offset where collections first nest deeper than `limit`, or undefined. Walks the concrete syntax
 * tree without recursion, so that it is safe on any depth.
 */
function nestingBeyond(tokens: CST.Token[], limit: number): number | undefined {
  const stack: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    switch (token.type) {
      case 'document':
        if (token.value) stack.push({ token: token.value, depth });
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        if (depth + 1 > limit) return token.offset;
        for (const item of token.items) {
          if (item.key) stack.push({ token: item.key, depth: depth + 1 });
          if (item.value) stack.push({ token: item.value, depth: depth + 1 });
        }
        break;
      case 'block-scalar':
        for (const prop of token.props) stack.push({ token: prop, depth });
        break;
    }
  }
  return undefined;
}

/** `logLevel: 'error'`: yaml's warnings (such as for a list used as a key) are not printed to the console. */
const COMPOSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { prettyErrors: false, keepSourceTokens: false, logLevel: 'error' };
/** Above this many pairs in one map, yaml's own duplicate-key check (quadratic) is not run; see composeUniqueKeys. */
const QUADRATIC_KEY_CHECK_LIMIT = 1000;

/**
 * `parseDocument(text, { uniqueKeys: true })`, without its cost of comparing every key of a map with every
 * other (seconds for 10,000 keys). The document is composed without that check and searched for duplicate
 * keys with a hash map; only when it has one is it parsed again with yaml's check, for yaml's exact errors.
 * In a map too large for that, the duplicate-key errors are made here (same message and position), after
 * the other errors.
 */
function composeUniqueKeys(text: string, tokens: CST.Token[]): Document.Parsed {
  let doc: Document.Parsed | undefined;
  const composer = new Composer({ ...COMPOSE_OPTIONS, uniqueKeys: false });
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      // As parseDocument does: the first document, with an error for the second.
      doc.errors.push(
        new YAMLParseError(
          next.range.slice(0, 2) as [number, number],
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  }
  const parsed = doc!;
  const { duplicates, largestMap } = duplicateKeys(parsed);
  if (duplicates.length === 0) return parsed;
  if (largestMap <= QUADRATIC_KEY_CHECK_LIMIT) {
    return parseDocument(text, { ...COMPOSE_OPTIONS, uniqueKeys: true });
  }
  for (const offset of duplicates) parsed.errors.push(new YAMLParseError([offset, offset + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
  return parsed;
}

/** Offsets of keys equal to an earlier key of the same map (as yaml compares them), in document order. */
function duplicateKeys(doc: Document.Parsed): { duplicates: number[]; largestMap: number } {
  const duplicates: number[] = [];
  let largestMap = 0;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.value, node.key);
    } else if (isCollection(node)) {
      const items = node.items as unknown[];
      if (isMap(node)) {
        largestMap = Math.max(largestMap, items.length);
        const seen = new Set<unknown>();
        for (const pair of node.items as Pair<Node, unknown>[]) {
          // yaml's test: the same node, or two scalars with === values (so NaN never equals NaN).
          if (!isScalar(pair.key)) continue;
          const value = pair.key.value;
          if (seen.has(value) && value === value) duplicates.push(pair.key.range?.[0] ?? 0);
          seen.add(value);
        }
      }
      for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
    }
  }
  return { duplicates: duplicates.sort((a, b) => a - b), largestMap };
}

/** The first line with content (not blank, not a comment) among the first 50: where a finding about the whole file stands. */
function firstLineRange(text: string): SourceRange {
  const lines = new LineIndex(headOf(text, 50)); // not an index over all of a file of megabytes
  for (let line = 0; line < Math.min(lines.lineCount, 50); line++) {
    const content = lines.lineText(line);
    if (content.trim() !== '' && !content.trimStart().startsWith('#')) {
      const start = content.length - content.trimStart().length;
      return { start: { line, character: start }, end: { line, character: content.trimEnd().length } };
    }
  }
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** The text up to and including its `count`-th line break (LF, CRLF or a lone CR), or all of it. */
function headOf(text: string, count: number): string {
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      if (++breaks === count) return text.slice(0, i + 1);
    }
  }
  return text;
}

/** For a field missing at the top level: the document's first key stands for "the manifest". */
function firstKeyRange(doc: Document.Parsed, lines: LineIndex, text: string): SourceRange {
  const contents = doc.contents;
  if (contents && isMap(contents) && contents.items.length > 0) {
    const key = contents.items[0].key as Node | null;
    if (key?.range) return lines.rangeOf(key.range[0], key.range[1]);
  }
  return firstLineRange(text);
}

function syntaxFinding(range: SourceRange, message: Finding['message']): Finding {
  return { ruleId: 'yaml-syntax', severity: 'error', message, range, path: [] };
}

function loadLimitMessage(error: unknown): Finding['message'] {
  const reason = errorMessage(error);
  if (/alias/i.test(reason)) {
    return localized('The YAML cannot be loaded within limits: more than {0} alias expansions ({1}).', MAX_ALIAS_COUNT, reason);
  }
  return localized('The YAML cannot be loaded within limits: {0}', reason);
}

/** Characters per step of the UTF-8 count: long texts are encoded in pieces into one small buffer. */
const BYTE_COUNT_CHUNK = 1 << 16;
let byteCountBuffer: Uint8Array | undefined;

/** UTF-8 size above a limit; only texts that could be above it are counted, without encoding them whole. */
function exceedsBytes(text: string, limit: number): boolean {
  if (text.length * 3 <= limit) return false;
  if (text.length > limit) return true;
  const encoder = new TextEncoder();
  const buffer = (byteCountBuffer ??= new Uint8Array(BYTE_COUNT_CHUNK * 3 + 4));
  let bytes = 0;
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + BYTE_COUNT_CHUNK, text.length);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff && end < text.length) end++; // keep a surrogate pair in one piece
    bytes += encoder.encodeInto(text.slice(start, end), buffer).written;
    if (bytes > limit) return true;
    start = end;
  }
  return false;
}

/** Decodes a manifest file's bytes as UTF-8 (a byte-order mark is dropped); undefined when the bytes are not UTF-8. */
/** One decoder for every call: without `stream`, a decode keeps no state between calls, and making one costs. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function decodeManifestBytes(bytes: Uint8Array): string | undefined {
  try {
    const text = UTF8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/** The finding for a file whose bytes are not text. */
export function notUtf8Finding(): Finding {
  return syntaxFinding(
    { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    localized('The file is not valid UTF-8 text and cannot be read as YAML. Save it as UTF-8.'),
  );
}
