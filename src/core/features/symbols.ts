import { isAlias, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { TIER_NAMES } from '../law/tiers';
import type { FastMap, FastNode } from '../yaml/fastLoad';
import type { ParsedManifest } from '../yaml/parse';
import type { Finding, Lang, ManifestPath, SourceRange, Tier } from '../types';
import { counted } from '../counts';
import { yamlTreeOf } from './yamlTree';

/**
 * Document symbols of a manifest (Outline, breadcrumbs, Go to Symbol): every field with its children, where it
 * stands in the text, in block and flow style alike. A top-level section's detail is its status: how many findings
 * are about it, and for `riskClassification` the computed tier; a scalar field's detail is its value. A manifest
 * with a syntax error keeps the symbols of what `yaml` could read of it.
 */

export type ManifestSymbolKind = 'section' | 'mapping' | 'list' | 'string' | 'number' | 'boolean' | 'null' | 'alias';

export interface ManifestSymbol {
  name: string;
  detail: string;
  kind: ManifestSymbolKind;
  /** From the key to the end of the value (comments after it excluded). */
  range: SourceRange;
  /** The key (a list item: its first line's value). */
  selectionRange: SourceRange;
  children: ManifestSymbol[];
}

export interface SymbolOptions {
  lang: Lang;
  /** The check's findings: a field's detail counts those about it or inside it. */
  findings?: readonly Finding[];
  /** The computed tier: `riskClassification`'s detail. */
  tier?: Tier | null;
}

const MAX_DETAIL = 60;

export function documentSymbols(parsed: ParsedManifest, options: SymbolOptions): ManifestSymbol[] {
  // The fast path's tree has every offset the outline shows: the `yaml` document is not made for it.
  if (parsed.fastRoot && parsed.syntaxFindings.length === 0) {
    return new Walker(parsed, options).fastPairs(parsed.fastRoot, parsed.data as Record<string, unknown>, []);
  }
  const tree = yamlTreeOf(parsed);
  if (!tree || !isMap(tree.contents)) return [];
  const walker = new Walker(parsed, options);
  return walker.pairs(tree.contents.items as Pair<Node, Node | null>[], []);
}

class Walker {
  private readonly textLength: number;
  /** How many findings are about each path or inside it, by `pathKey` of the path (every prefix of a finding's path). */
  private readonly findingCounts = new Map<string, number>();

  constructor(
    private readonly parsed: ParsedManifest,
    private readonly options: SymbolOptions,
  ) {
    this.textLength = parsed.text.length;
    for (const finding of options.findings ?? []) {
      if (finding.ruleId === 'yaml-syntax') continue;
      for (let length = 1; length <= finding.path.length; length++) {
        const key = pathKey(finding.path.slice(0, length));
        this.findingCounts.set(key, (this.findingCounts.get(key) ?? 0) + 1);
      }
    }
  }

  pairs(pairs: readonly Pair<Node, Node | null>[], parent: ManifestPath): ManifestSymbol[] {
    const symbols: ManifestSymbol[] = [];
    for (const pair of pairs) {
      const key = pair.key;
      const keyRange = key && !isAlias(key) ? key.range : undefined;
      if (!keyRange) continue; // a key yaml could not place (broken text): nothing to point at
      const name = isScalar(key) ? String(key.value) : this.source(keyRange[0], keyRange[1]);
      const path = [...parent, name];
      const value = pair.value;
      const end = Math.max(valueEnd(value) ?? keyRange[1], keyRange[1]);
      symbols.push(this.symbol(name, path, value, keyRange[0], end, this.range(keyRange[0], keyRange[1])));
    }
    return symbols;
  }

  private symbol(
    name: string,
    path: ManifestPath,
    value: Node | null,
    start: number,
    end: number,
    selectionRange: SourceRange,
  ): ManifestSymbol {
    const kind = kindOf(value, path.length === 1);
    const children = isMap(value)
      ? this.pairs(value.items as Pair<Node, Node | null>[], path)
      : isSeq(value)
        ? this.items(value.items as (Node | null)[], path)
        : [];
    const scalar = isScalar(value) || isAlias(value) ? this.scalarText(value) : undefined;
    return { name, detail: this.detail(path, scalar), kind, range: this.range(start, end), selectionRange, children };
  }

  private items(items: readonly (Node | null)[], parent: ManifestPath): ManifestSymbol[] {
    const symbols: ManifestSymbol[] = [];
    items.forEach((item, index) => {
      if (!item?.range) return;
      const start = item.range[0];
      const end = valueEnd(item) ?? item.range[1];
      const path = [...parent, index];
      // A scalar item is named by its value; a mapping by its first field (`act: LAB`), else by its position.
      const first = isMap(item) ? (item.items[0] as Pair<Node, Node | null> | undefined) : undefined;
      const label =
        isScalar(item) || isAlias(item)
          ? this.scalarText(item)
          : first && isScalar(first.key)
            ? `${String(first.key.value)}: ${this.scalarText(first.value)}`
            : '';
      const name = label.trim() === '' ? `[${index}]` : clip(label);
      const selectionEnd = isScalar(item) || isAlias(item) ? end : this.lineEndWithin(start, end);
      symbols.push(this.symbol(name, path, item, start, end, this.range(start, selectionEnd)));
    });
    return symbols;
  }

  /** A fast path map (`data` its loaded value): the same symbols as `pairs` gives for `yaml`'s tree of the text. */
  fastPairs(map: FastMap, data: Record<string, unknown>, parent: ManifestPath): ManifestSymbol[] {
    const symbols: ManifestSymbol[] = [];
    map.keys.forEach((name, index) => {
      const keyStart = map.keyOffsets[2 * index];
      const keyEnd = map.keyOffsets[2 * index + 1];
      const end = Math.max(fastValueEnd(map.values[index]), keyEnd);
      const path = [...parent, name];
      symbols.push(this.fastSymbol(name, path, map.values[index], data[name], keyStart, end, this.range(keyStart, keyEnd)));
    });
    return symbols;
  }

  private fastSymbol(
    name: string,
    path: ManifestPath,
    node: FastNode,
    data: unknown,
    start: number,
    end: number,
    selectionRange: SourceRange,
  ): ManifestSymbol {
    const children =
      node.kind === 'map'
        ? this.fastPairs(node, data as Record<string, unknown>, path)
        : node.kind === 'seq'
          ? this.fastItems(node.items, data as unknown[], path)
          : [];
    const scalar = node.kind === 'scalar' ? scalarString(data) : undefined;
    const kind = fastKindOf(node, data, path.length === 1);
    return { name, detail: this.detail(path, scalar), kind, range: this.range(start, end), selectionRange, children };
  }

  private fastItems(items: readonly FastNode[], data: readonly unknown[], parent: ManifestPath): ManifestSymbol[] {
    return items.map((item, index) => {
      const start = item.start;
      const end = fastValueEnd(item);
      const path = [...parent, index];
      const label =
        item.kind === 'scalar'
          ? scalarString(data[index])
          : item.kind === 'map'
            ? `${item.keys[0]}: ${item.values[0].kind === 'scalar' ? scalarString((data[index] as Record<string, unknown>)[item.keys[0]]) : ''}`
            : '';
      const name = label.trim() === '' ? `[${index}]` : clip(label);
      const selectionEnd = item.kind === 'scalar' ? end : this.lineEndWithin(start, end);
      return this.fastSymbol(name, path, item, data[index], start, end, this.range(start, selectionEnd));
    });
  }

  /** `scalar`: the value's text when it is a scalar. */
  private detail(path: ManifestPath, scalar: string | undefined): string {
    const { lang } = this.options;
    const count = this.findingsUnder(path);
    const parts: string[] = [];
    if (path.length === 1 && path[0] === 'riskClassification' && this.options.tier) parts.push(TIER_NAMES[this.options.tier].short[lang]);
    if (count > 0) parts.push(counted(count, 'finding', lang));
    // A scalar field's detail is its value; a scalar list item is already named by its value (not shown twice).
    const listItem = typeof path[path.length - 1] === 'number';
    if (parts.length === 0 && scalar !== undefined && path.length > 0 && !listItem) parts.push(clip(scalar));
    return parts.join(' · ');
  }

  private findingsUnder(path: ManifestPath): number {
    return this.findingCounts.get(pathKey(path)) ?? 0;
  }

  private scalarText(node: Node | null | undefined): string {
    if (!node) return '';
    if (isAlias(node)) return `*${node.source}`;
    if (isScalar(node)) return scalarString(node.value);
    return '';
  }

  private source(start: number, end: number): string {
    return this.parsed.text.slice(start, end);
  }

  /** The end of the line `start` is on, or `end` when that comes first. */
  private lineEndWithin(start: number, end: number): number {
    const newline = this.parsed.text.indexOf('\n', start);
    return newline < 0 ? end : Math.min(newline, end);
  }

  private range(start: number, end: number): SourceRange {
    const from = Math.min(Math.max(0, start), this.textLength);
    const to = Math.min(Math.max(from, end), this.textLength);
    return this.parsed.lines.rangeOf(from, trimEnd(this.parsed.text, from, to));
  }
}

/** `end` moved back over trailing white space (a block value's range can include the line break after it). */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * Where a value ends: a scalar or a flow collection where its text ends, a block collection with its last entry (its
 * own range also covers the comments and blank lines after that).
 */
function valueEnd(node: Node | null | undefined): number | undefined {
  if (!node?.range) return undefined;
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1] as Pair<Node, Node | null> | Node | null;
    if (isMap(node)) {
      const pair = last as Pair<Node, Node | null>;
      return valueEnd(pair.value) ?? valueEnd(pair.key) ?? node.range[1];
    }
    return valueEnd(last as Node | null) ?? node.range[1];
  }
  return node.range[1];
}

/** `valueEnd` of a fast path node (a block collection is never empty there, and never flow but a one-line list). */
function fastValueEnd(node: FastNode): number {
  if (node.kind === 'scalar') return node.end;
  if (node.kind === 'seq') return node.end ?? fastValueEnd(node.items[node.items.length - 1]);
  return fastValueEnd(node.values[node.values.length - 1]);
}

function fastKindOf(node: FastNode, data: unknown, topLevel: boolean): ManifestSymbolKind {
  if (node.kind === 'map') return topLevel ? 'section' : 'mapping';
  if (node.kind === 'seq') return 'list';
  if (data === null || data === undefined) return 'null';
  switch (typeof data) {
    case 'number':
    case 'bigint':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}

function kindOf(value: Node | null, topLevel: boolean): ManifestSymbolKind {
  if (isMap(value)) return topLevel ? 'section' : 'mapping';
  if (isSeq(value)) return 'list';
  if (isAlias(value)) return 'alias';
  if (!isScalar(value) || value.value === null) return 'null';
  switch (typeof value.value) {
    case 'number':
    case 'bigint':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}

/** A path as a map key; a number segment (list index) and a string segment stay apart. */
function pathKey(path: ManifestPath): string {
  return path.map((segment) => (typeof segment === 'number' ? `#${segment}` : `.${segment}`)).join('\u0000');
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_DETAIL ? `${oneLine.slice(0, MAX_DETAIL - 1)}…` : oneLine;
}

/** A scalar's value as text: strings as they are, numbers and booleans as written, null as nothing. */
function scalarString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}
