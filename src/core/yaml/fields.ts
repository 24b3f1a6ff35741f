import type { ManifestPath, Role } from '../types';
import { holdsText } from './loadedText';

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

export function has(data: unknown, path: ManifestPath): boolean {
  if (path.length === 0) return isPresent(data);
  const holder = valueAt(data, path.slice(0, -1));
  const key = path[path.length - 1];
  if (holdsText(holder, key)) return true;
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

/**
 * "The system profiles" (spec: "Risk tier"): `riskClassification.profiling` is true or `purpose.tasks` has
 * `profiling`. The tier and every rule read it so: a task list that says profiling is not undone by the boolean.
 */
export function systemProfiles(data: unknown): boolean {
  return isTrue(data, ['riskClassification', 'profiling']) || stringList(data, ['purpose', 'tasks']).includes('profiling');
}

/** "The system interacts with persons": `practices` has `interacts-with-persons` or `purpose.tasks` has `chatbot`. */
export function interactsWithPersons(data: unknown): boolean {
  return (
    stringList(data, ['riskClassification', 'practices']).includes('interacts-with-persons') ||
    stringList(data, ['purpose', 'tasks']).includes('chatbot')
  );
}

/**
 * "The system infers the emotions of employees" (spec: "Risk tier"): `practices` has `emotion-recognition`,
 * `purpose.affectedPersons` has `employees`, and no `riskClassification.medicalOrSafetyReason` is given. That is the
 * workplace ban of Art. 5(1)(f): the tier and every rule read it as `workplace-emotion-recognition` listed.
 */
export function infersEmployeeEmotions(data: unknown): boolean {
  return (
    stringList(data, ['riskClassification', 'practices']).includes('emotion-recognition') &&
    stringList(data, ['purpose', 'affectedPersons']).includes('employees') &&
    !has(data, ['riskClassification', 'medicalOrSafetyReason'])
  );
}

/**
 * "The system supports decisions" (spec: "Risk tier"): `purpose.category` is `decision-support`, `purpose.tasks` has
 * `profiling` or `recommendation`, or the system profiles.
 */
export function supportsDecisions(data: unknown): boolean {
  return (
    valueAt(data, ['purpose', 'category']) === 'decision-support' ||
    stringList(data, ['purpose', 'tasks']).includes('recommendation') ||
    systemProfiles(data)
  );
}
