import type { ManifestPath, Role } from './types';

/**
 * Type-tolerant reads of the manifest's data. The data may break the schema in any way,
 * so every rule reads through these and never assumes a type.
 */
export type Data = Record<string, unknown>;

export function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function valueAt(data: unknown, path: ManifestPath): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current) && typeof segment === 'string') current = current[segment];
    else return undefined;
  }
  return current;
}

const NOT_WHITESPACE = /\S/;

/** Present and not null/empty: what "is missing" means for a required field. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return NOT_WHITESPACE.test(value); // not trim(): no copy of long prose
  return true;
}

/**
 * Values known to hold text, by the object or list that holds them and their key. The loader records the
 * values it builds from many lines: V8 keeps such a string as a rope and copies all of it into one flat
 * string the first time any character of it is read (megabytes, in a large manifest), so `has` asks here
 * before it reads. The data of a loaded manifest is never changed afterwards.
 */
const knownText = new WeakMap<object, Set<string | number>>();

export function recordText(holder: object, key: string | number): void {
  let keys = knownText.get(holder);
  if (!keys) knownText.set(holder, (keys = new Set()));
  keys.add(key);
}

export function has(data: unknown, path: ManifestPath): boolean {
  if (path.length === 0) return isPresent(data);
  const holder = valueAt(data, path.slice(0, -1));
  const key = path[path.length - 1];
  if (typeof holder === 'object' && holder !== null && knownText.get(holder)?.has(key)) return true;
  return isPresent(valueAt(holder, [key]));
}

/** The string items of a list field; anything else reads as empty. */
export function stringList(data: unknown, path: ManifestPath): string[] {
  const value = valueAt(data, path);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Index of each string item, for ranges on list entries. */
export function indexedStrings(data: unknown, path: ManifestPath): { value: string; index: number }[] {
  const value = valueAt(data, path);
  if (!Array.isArray(value)) return [];
  const items: { value: string; index: number }[] = [];
  value.forEach((item, index) => {
    if (typeof item === 'string') items.push({ value: item, index });
  });
  return items;
}

export function isTrue(data: unknown, path: ManifestPath): boolean {
  return valueAt(data, path) === true;
}

export function roleOf(data: unknown): Role | undefined {
  const role = valueAt(data, ['system', 'role']);
  return role === 'provider' || role === 'deployer' || role === 'provider-and-deployer' ? role : undefined;
}

export function provides(data: unknown): boolean {
  const role = roleOf(data);
  return role === 'provider' || role === 'provider-and-deployer';
}

export function deploys(data: unknown): boolean {
  const role = roleOf(data);
  return role === 'deployer' || role === 'provider-and-deployer';
}

export function processesPersonalData(data: unknown): boolean {
  return isTrue(data, ['dataProtection', 'personalData']);
}
