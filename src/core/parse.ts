import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { LineIndex } from './text';
import type { Finding, ManifestPath, SourceRange } from './types';

/** Files larger than this get one `yaml-syntax` finding instead of a check (spec: 5 MiB). */
export const MAX_MANIFEST_BYTES = 5 * 1024 * 1024;
/** The `yaml` package's default, named in the spec: more alias expansions than this is an attack or a mistake. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedManifest {
  text: string;
  lines: LineIndex;
  /** The manifest's data as plain JavaScript, or undefined when it could not be loaded. */
  data: unknown;
  /** `yaml-syntax` findings; when there are any, `data` is undefined. */
  syntaxFindings: Finding[];
  /** Where a field is: its value node, or for a missing field the nearest present parent's key. */
  locate(path: ManifestPath): Located;
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

interface NodeAt {
  node: Node | null;
  keyNode: Node | null;
}

export function parseManifest(text: string): ParsedManifest {
  const lines = new LineIndex(text);
  const failed = (findings: Finding[]): ParsedManifest => ({
    text,
    lines,
    data: undefined,
    syntaxFindings: findings,
    locate: () => ({ range: firstLineRange(lines), found: false, foundPath: [] }),
  });

  if (exceedsBytes(text, MAX_MANIFEST_BYTES)) {
    return failed([
      syntaxFinding(firstLineRange(lines), {
        en: `The file is larger than ${MAX_MANIFEST_BYTES / 1024 / 1024} MiB and is not checked. A manifest describes one AI system and is normally a few hundred lines.`,
        da: `Filen er større end ${MAX_MANIFEST_BYTES / 1024 / 1024} MiB og kontrolleres ikke. Et manifest beskriver ét AI-system og fylder normalt få hundrede linjer.`,
      }),
    ]);
  }

  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  } catch (error) {
    return failed([syntaxFinding(firstLineRange(lines), loadLimitMessage(error))]);
  }

  if (doc.errors.length > 0) {
    return failed(
      doc.errors.map((error) => {
        const [start, end] = error.pos;
        const range = lines.rangeOf(start, Math.max(end, start));
        return syntaxFinding(range, { en: `YAML syntax error: ${error.message}`, da: `YAML-syntaksfejl: ${error.message}` });
      }),
    );
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return failed([syntaxFinding(firstLineRange(lines), loadLimitMessage(error))]);
  }

  const rangeOfNode = (node: Node | null | undefined): SourceRange | undefined =>
    node?.range ? lines.rangeOf(node.range[0], node.range[1]) : undefined;

  return {
    text,
    lines,
    data,
    syntaxFindings: [],
    locate(path) {
      let current: NodeAt = { node: doc.contents as Node | null, keyNode: null };
      let parentKey: Node | null = null;
      const foundPath: (string | number)[] = [];
      for (const segment of path) {
        const next = child(doc, current.node, segment);
        if (!next) {
          const range = rangeOfNode(current.keyNode ?? parentKey) ?? firstKeyRange(doc, lines);
          return { range, found: false, foundPath };
        }
        if (current.keyNode) parentKey = current.keyNode;
        current = next;
        foundPath.push(segment);
      }
      // A scalar is shown where it stands; a whole section or list, and an empty value, by its key.
      const pointsAtValue = current.node && isScalar(current.node) && current.node.value !== null;
      const range =
        (pointsAtValue ? rangeOfNode(current.node) : rangeOfNode(current.keyNode) ?? rangeOfNode(current.node)) ??
        firstKeyRange(doc, lines);
      return { range, found: true, foundPath, keyRange: rangeOfNode(current.keyNode) };
    },
  };
}

function child(doc: Document.Parsed, node: Node | null, segment: string | number): NodeAt | undefined {
  const resolved = node && isAlias(node) ? (node.resolve(doc) as Node | undefined) : node;
  if (!resolved) return undefined;
  if (isMap(resolved)) {
    for (const pair of resolved.items as Pair<Node, Node | null>[]) {
      const key = pair.key;
      const keyValue = isScalar(key) ? key.value : key;
      if (keyValue === segment || (typeof segment === 'number' && keyValue === String(segment))) {
        const value = pair.value && isAlias(pair.value) ? ((pair.value.resolve(doc) as Node | undefined) ?? pair.value) : pair.value;
        return { node: value ?? null, keyNode: key };
      }
    }
    return undefined;
  }
  if (isSeq(resolved) && typeof segment === 'number') {
    const item = resolved.items[segment] as Node | undefined;
    return item === undefined ? undefined : { node: item, keyNode: null };
  }
  return undefined;
}

function firstLineRange(lines: LineIndex): SourceRange {
  for (let line = 0; line < Math.min(lines.lineCount, 50); line++) {
    const text = lines.lineText(line);
    if (text.trim() !== '' && !text.trimStart().startsWith('#')) {
      const start = text.length - text.trimStart().length;
      return { start: { line, character: start }, end: { line, character: text.trimEnd().length } };
    }
  }
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** For a field missing at the top level: the document's first key stands for "the manifest". */
function firstKeyRange(doc: Document.Parsed, lines: LineIndex): SourceRange {
  const contents = doc.contents;
  if (contents && isMap(contents) && contents.items.length > 0) {
    const key = contents.items[0].key as Node | null;
    if (key?.range) return lines.rangeOf(key.range[0], key.range[1]);
  }
  return firstLineRange(lines);
}

function syntaxFinding(range: SourceRange, message: Finding['message']): Finding {
  return { ruleId: 'yaml-syntax', severity: 'error', message, range, path: [] };
}

function loadLimitMessage(error: unknown): Finding['message'] {
  const reason = error instanceof Error ? error.message : String(error);
  if (/alias/i.test(reason)) {
    return {
      en: `The YAML cannot be loaded within limits: more than ${MAX_ALIAS_COUNT} alias expansions (${reason}).`,
      da: `YAML-filen kan ikke indlæses inden for grænserne: mere end ${MAX_ALIAS_COUNT} udfoldninger af aliasser (${reason}).`,
    };
  }
  return {
    en: `The YAML cannot be loaded within limits: ${reason}`,
    da: `YAML-filen kan ikke indlæses inden for grænserne: ${reason}`,
  };
}

/** UTF-8 size above a limit, counted without allocating; only long texts are counted at all. */
function exceedsBytes(text: string, limit: number): boolean {
  if (text.length * 3 <= limit) return false;
  if (text.length > limit) return true;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}

/** Decodes a manifest file's bytes as UTF-8 (a byte-order mark is dropped); undefined when the bytes are not UTF-8. */
export function decodeManifestBytes(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/** The finding for a file whose bytes are not text. */
export function notUtf8Finding(): Finding {
  return syntaxFinding(
    { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    {
      en: 'The file is not valid UTF-8 text and cannot be read as YAML. Save it as UTF-8.',
      da: 'Filen er ikke gyldig UTF-8-tekst og kan ikke læses som YAML. Gem den som UTF-8.',
    },
  );
}
