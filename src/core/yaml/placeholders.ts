import type { ManifestPath } from '../types';
import { isRecord } from './fields';
import { copyTextRecords, textHead } from './loadedText';

/**
 * Placeholders (spec: "Placeholders"): a scalar string that, trimmed, is `TODO`, `TBD`, `FIXME` or `XXX` (any
 * case), alone or followed by white space or a colon, or is exactly `...` or `…`. A placeholder never satisfies
 * anything, so the check finds them once, here, before the schema, the rules and the tier read the data, and
 * gives those the data without them: a placeholder field is absent, a placeholder list item is left out, and a
 * list of nothing but placeholders is absent (not empty: "none" is an answer, a placeholder is not).
 *
 * The loader's data is never changed (its ranges and its text records stay as they are): what changes is
 * copied, and only the objects and lists on the way to a placeholder; with no placeholder, the data is returned
 * as it is.
 */
const PLACEHOLDER = /^\s*(?:(?:todo|tbd|fixme|xxx)(?:[\s:]|$)|(?:\.\.\.|\u2026)\s*$)/i;

export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && PLACEHOLDER.test(value);
}

export interface Placeholder {
  /** Where it stands in the loaded data (list indices as loaded). */
  path: ManifestPath;
  value: string;
}

export interface PlaceholderScan {
  /** The data with every placeholder left out; the loaded data itself when it has none. */
  data: unknown;
  /** Every placeholder, in document order of the data. */
  placeholders: Placeholder[];
  /**
   * The fields that count as missing because of placeholders, as paths in the loaded data: each placeholder,
   * and each list whose items were all placeholders. No other finding is reported on them.
   */
  covered: ManifestPath[];
  /** A path into the data without placeholders, as a path into the loaded data (list indices shift). */
  loadedPath(path: ManifestPath): ManifestPath;
}

/** Left out of its holder. */
const OMIT = Symbol('omit');

/** For a list with items left out: the loaded index of each remaining item. */
type IndexMap = WeakMap<unknown[], number[]>;

export function scanPlaceholders(data: unknown): PlaceholderScan {
  const placeholders: Placeholder[] = [];
  const covered: ManifestPath[] = [];
  const indexMaps: IndexMap = new WeakMap();
  const scanned = scan(data, [], undefined, undefined, { placeholders, covered, indexMaps, ancestors: new Set() });
  const cleaned = scanned === OMIT ? undefined : scanned;
  if (placeholders.length === 0) return { data, placeholders, covered, loadedPath: (path) => path };
  return {
    data: cleaned,
    placeholders,
    covered,
    loadedPath(path) {
      const result: (string | number)[] = [];
      let current: unknown = cleaned;
      for (const segment of path) {
        if (Array.isArray(current) && typeof segment === 'number') {
          result.push(indexMaps.get(current)?.[segment] ?? segment);
          current = current[segment];
        } else {
          result.push(segment);
          current = isRecord(current) ? current[segment as string] : undefined;
        }
      }
      return result;
    },
  };
}

interface ScanState {
  placeholders: Placeholder[];
  covered: ManifestPath[];
  indexMaps: IndexMap;
  /** The collections on the way down: an alias can make the data circular, and a cycle is not followed again. */
  ancestors: Set<object>;
}

/** The value without placeholders (the same value when it has none), or OMIT when it is itself one. */
function scan(
  value: unknown,
  path: (string | number)[],
  holder: object | undefined,
  key: string | number | undefined,
  state: ScanState,
): unknown {
  if (typeof value === 'string') {
    // A long text the fast loader built is not read: its recorded head tells (see loadedText.ts).
    const head = holder !== undefined && key !== undefined ? textHead(holder, key) : undefined;
    if (!isPlaceholder(head ?? value)) return value;
    state.placeholders.push({ path: [...path], value: head === undefined ? value : (head.split('\n')[0] ?? head) });
    state.covered.push([...path]);
    return OMIT;
  }
  if (typeof value !== 'object' || value === null || state.ancestors.has(value)) return value;
  state.ancestors.add(value);
  try {
    return scanCollection(value, path, state);
  } finally {
    state.ancestors.delete(value);
  }
}

function scanCollection(value: object, path: (string | number)[], state: ScanState): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    let loadedIndexes: number[] | undefined;
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      const item = scan(value[index], path, value, index, state);
      path.pop();
      if (item !== value[index] && !copy) {
        copy = value.slice(0, index);
        loadedIndexes = copy.map((_, i) => i);
      }
      if (copy && item !== OMIT) {
        copy.push(item);
        loadedIndexes!.push(index);
      }
    }
    if (!copy) return value;
    if (value.length > 0 && copy.length === 0) {
      state.covered.push([...path]); // only placeholders: the list counts as missing
      return OMIT;
    }
    state.indexMaps.set(copy, loadedIndexes!);
    copyTextRecords(value, copy, (index) => {
      const at = loadedIndexes!.indexOf(index as number);
      return at === -1 ? undefined : at;
    });
    return copy;
  }
  if (isRecord(value)) {
    let copy: Record<string, unknown> | undefined;
    for (const field of Object.keys(value)) {
      path.push(field);
      const item = scan(value[field], path, value, field, state);
      path.pop();
      if (item === value[field]) {
        if (copy) setField(copy, field, item);
        continue;
      }
      if (!copy) {
        copy = {};
        for (const earlier of Object.keys(value)) {
          if (earlier === field) break;
          setField(copy, earlier, value[earlier]);
        }
      }
      if (item !== OMIT) setField(copy, field, item);
    }
    if (!copy) return value;
    copyTextRecords(value, copy, (field) => (Object.prototype.hasOwnProperty.call(copy, field) ? field : undefined));
    return copy;
  }
  return value;
}

/** An own field, also where the key is `__proto__` (which plain assignment would take as the prototype). */
function setField(target: Record<string, unknown>, field: string, item: unknown): void {
  Object.defineProperty(target, field, { value: item, writable: true, enumerable: true, configurable: true });
}
