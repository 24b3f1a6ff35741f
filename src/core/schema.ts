import type { ErrorObject, ValidateFunction } from 'ajv';
import schemaJson from '../../schemas/ai-system.schema.json';
import schemaDa from '../../schemas/ai-system.schema.da.json';
import { isPresent, isRecord, valueAt } from './yaml/fields';
import { isCalendarDate, systemDates } from './law/dutyDate';
import { namedValue } from './law/enumNames';
import { validate as precompiledValidator } from './generated/manifestValidator';
import type { ParsedManifest } from './yaml/parse';
import { localized, type MessageArg } from './l10n';
import type { Finding, Lang, Localized, ManifestPath } from './types';

/** The manifest's JSON Schema: one source for validation, completion and hover. */
export const MANIFEST_SCHEMA = schemaJson as JsonSchema;
/** Danish titles and descriptions, keyed by JSON pointer into MANIFEST_SCHEMA. */
export const MANIFEST_SCHEMA_DA = schemaDa as Record<string, SchemaTextsDa>;

export interface SchemaTextsDa {
  title?: string;
  description?: string;
  markdownDescription?: string;
  enumDescriptions?: string[];
  /** The label and description of each of the node's `defaultSnippets`, in order. */
  defaultSnippets?: { label: string; description: string }[];
}

export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  const?: unknown;
  pattern?: string;
  defaultSnippets?: { label?: string; description?: string; body: unknown }[];
  additionalProperties?: boolean | JsonSchema;
  [keyword: string]: unknown;
}

/**
 * The schema compiled by ajv ahead of time (scripts/generate-validator.ts): no compilation when the
 * extension activates and no code generated at run time. A unit test keeps it in step with the schema.
 */
const validateManifest = precompiledValidator as unknown as ValidateFunction;

/** The schema node and its JSON pointer for a manifest path, following `properties` and `items`. */
export function schemaAt(path: ManifestPath): { node: JsonSchema; pointer: string } | undefined {
  let node: JsonSchema | undefined = MANIFEST_SCHEMA;
  let pointer = '';
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') {
      node = node.items;
      pointer += '/items';
    } else {
      node = node.properties?.[segment];
      pointer += `/properties/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    }
  }
  return node ? { node, pointer } : undefined;
}

/** The field's title in both languages, when the schema has one. */
export function schemaTitle(path: ManifestPath): Localized | undefined {
  const found = schemaAt(path);
  if (!found?.node.title) return undefined;
  return { en: found.node.title, da: MANIFEST_SCHEMA_DA[found.pointer]?.title ?? found.node.title };
}

/** Schema findings for the parsed data, one per path, with ranges from the document. */
export function validateSchema(parsed: ParsedManifest): Finding[] {
  const dates = [...valueFindings(parsed), ...systemDateFindings(parsed)];
  if (validateManifest(parsed.data)) return dates;
  const findings: Finding[] = [...dates];
  const seen = new Set<string>(dates.map((finding) => finding.path.join('\u0000')));
  for (const error of validateManifest.errors ?? []) {
    if (error.keyword === 'if') continue;
    const path = errorPath(parsed.data, error);
    const key = path.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(toFinding(parsed, error, path));
  }
  return findings;
}

const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * What the JSON Schema cannot say about the values, in one walk of the data beside its schema:
 * - an ISO date that names no day of the calendar (`2026-02-30`, `2026-13-01`) is an error, and read as absent by every
 *   rule (spec: "How values count");
 * - a required field written as an empty or white-space-only string is absent (spec: "How values count"), reported
 *   as a required field missing, as when its key is left out: the JSON Schema alone would accept `''`. (A rule that
 *   reports the field instead takes its place: see `withoutRuleDuplicates` in check.ts.)
 */
function valueFindings(parsed: ParsedManifest): Finding[] {
  const findings: Finding[] = [];
  const walk = (value: unknown, node: JsonSchema | undefined, path: ManifestPath): void => {
    if (!node) return;
    if (typeof value === 'string' && node.pattern === ISO_DATE_PATTERN && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isCalendarDate(value)) {
      const located = parsed.locate(path);
      const finding: Finding = {
        ruleId: 'schema',
        severity: 'error',
        message: capitalisedBoth(
          localized("{0} is '{1}', which is no date of the calendar: it is read as absent.", fieldPath(path), value),
        ),
        range: located.range,
        path,
      };
      REJECTED.add(finding);
      findings.push(finding);
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, node.items, [...path, index]));
    else if (isRecord(value)) {
      for (const key of node.required ?? []) {
        const field = value[key];
        if (typeof field !== 'string' || isPresent(field)) continue;
        const blank = [...path, key];
        findings.push({
          ruleId: 'schema',
          severity: 'error',
          message: capitalisedBoth(localized('Required field {0} is missing.', fieldName(blank))),
          range: parsed.locate(blank).range,
          path: blank,
        });
      }
      for (const [key, child] of Object.entries(value)) walk(child, node.properties?.[key], [...path, key]);
    }
  };
  walk(parsed.data, MANIFEST_SCHEMA, []);
  return findings;
}

/**
 * The system's dates against each other: a `lastSignificantChange` before `inServiceSince` is a warning, and ignored
 * (spec: "When a duty applies"); an `inServiceSince` beside the status of a system not yet in service is a warning,
 * and moves no date.
 */
function systemDateFindings(parsed: ParsedManifest): Finding[] {
  const findings: Finding[] = [];
  const dates = systemDates(parsed.data);
  const written = valueAt(parsed.data, ['system', 'lastSignificantChange']);
  if (typeof written === 'string' && isCalendarDate(written.trim()) && dates.inServiceSince && written.trim() < dates.inServiceSince) {
    const path = ['system', 'lastSignificantChange'];
    findings.push({
      ruleId: 'schema',
      severity: 'warning',
      message: localized(
        '`system.lastSignificantChange` ({0}) is before the system was put into service (`system.inServiceSince`, {1}): it is ignored. Correct one of the dates.',
        written.trim(),
        dates.inServiceSince,
      ),
      range: parsed.locate(path).range,
      path,
    });
  }
  const status = valueAt(parsed.data, ['system', 'status']);
  if (dates.inServiceSince && dates.notYetInService && typeof status === 'string') {
    const path = ['system', 'inServiceSince'];
    findings.push({
      ruleId: 'schema',
      severity: 'warning',
      message: localized(
        "`system.inServiceSince` ({0}) says the system is in service, but `system.status` is {1}: no duty's date is moved by it (AI Act Art. 111). Correct one of them.",
        dates.inServiceSince,
        namedValue('status', status, `'${status}'`),
      ),
      range: parsed.locate(path).range,
      path,
    });
  }
  return findings;
}

function errorPath(data: unknown, error: ErrorObject): ManifestPath {
  const path: (string | number)[] = [];
  let current: unknown = data;
  for (const raw of error.instancePath.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = isRecord(current) ? current[segment] : undefined;
    }
  }
  if (error.keyword === 'required') path.push((error.params as { missingProperty: string }).missingProperty);
  if (error.keyword === 'additionalProperties') path.push((error.params as { additionalProperty: string }).additionalProperty);
  return path;
}

/** The field as a message names it: its path in code font (`a.b[0]`), or the manifest itself for the root. */
function fieldPath(path: ManifestPath): MessageArg {
  if (path.length === 0) return localized('the manifest');
  return (
    '`' +
    path
      .map((s) => (typeof s === 'number' ? `[${s}]` : s))
      .join('.')
      .replace(/\.\[/g, '[') +
    '`'
  );
}

/** The field's path followed by its schema title in parentheses, when the schema has one: "`system.id` (Id)". */
function fieldName(path: ManifestPath): MessageArg {
  const where = fieldPath(path);
  const title = schemaTitle(path);
  if (!title) return where;
  const named = (lang: Lang): string => `${typeof where === 'object' ? where[lang] : where} (${title[lang]})`;
  return { en: named('en'), da: named('da') };
}

/** What a JSON type is called in a message ("must be a list"). */
function typeName(type: string): MessageArg {
  switch (type) {
    case 'string':
      return localized('a text');
    case 'boolean':
      return localized('true or false');
    case 'integer':
      return localized('a whole number');
    case 'number':
      return localized('a number');
    case 'object':
      return localized('a section of fields');
    case 'array':
      return localized('a list');
    default:
      return type;
  }
}

/** The schema findings about a value the schema rejects (wrong type, outside its enum, no calendar date, …). */
const REJECTED = new WeakSet<Finding>();
const REJECTING_KEYWORDS: ReadonlySet<string> = new Set(['type', 'enum', 'const', 'pattern', 'minimum']);

/**
 * A value the schema rejects is reported once, by `schema`, and read as absent by every rule and the tier (spec:
 * "How values count"): the check leaves such a field out of the data the rules read, and keeps this finding.
 */
export function rejectsValue(finding: Finding): boolean {
  return REJECTED.has(finding);
}

function toFinding(parsed: ParsedManifest, error: ErrorObject, path: ManifestPath): Finding {
  const finding = describeError(parsed, error, path);
  // A key with no value is absent, not rejected: the rule that needs the field reports it (spec: "How values count").
  const value = path.reduce<unknown>(
    (at, segment) => (isRecord(at) || Array.isArray(at) ? (at as Record<string, unknown>)[segment] : undefined),
    parsed.data,
  );
  if (REJECTING_KEYWORDS.has(error.keyword) && finding.severity === 'error' && value !== null && value !== undefined) REJECTED.add(finding);
  return finding;
}

function describeError(parsed: ParsedManifest, error: ErrorObject, path: ManifestPath): Finding {
  const located = parsed.locate(path);
  const field = fieldName(path);
  const params = error.params as Record<string, unknown>;
  let message: Localized;
  let severity: Finding['severity'] = 'error';
  let range = located.range;
  switch (error.keyword) {
    case 'required':
      message = localized('Required field {0} is missing.', field);
      break;
    case 'additionalProperties': {
      severity = 'warning';
      range = located.keyRange ?? located.range;
      const parent = schemaAt(path.slice(0, -1))?.node;
      const suggestion = closest(String(path[path.length - 1]), Object.keys(parent?.properties ?? {}));
      message = suggestion
        ? localized(
            "Unknown key {0}: it is not part of the manifest format and is ignored. Did you mean '{1}'?",
            fieldPath(path),
            suggestion,
          )
        : localized('Unknown key {0}: it is not part of the manifest format and is ignored.', fieldPath(path));
      break;
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => `'${String(v)}'`).join(', ');
      message = localized('{0} must be one of {1}.', field, allowed);
      break;
    }
    case 'const':
      message = localized('{0} must be {1}.', field, JSON.stringify(params.allowedValue));
      break;
    case 'type': {
      const wanted = String(params.type).split(',');
      message =
        wanted.length === 1
          ? localized('{0} must be {1}.', field, typeName(wanted[0]))
          : localized('{0} must be one of these types: {1}.', field, wanted.map((type) => `'${type}'`).join(', '));
      break;
    }
    case 'pattern':
      message = patternMessage(path, field);
      break;
    case 'minItems':
      message =
        Number(params.limit) === 1
          ? localized('{0} needs at least one item.', field)
          : localized('{0} needs at least {1} items.', field, Number(params.limit));
      break;
    case 'uniqueItems':
      // A repeated item changes nothing the rules read: a warning (spec: "How values count").
      severity = 'warning';
      message = localized('{0} lists the same value twice.', field);
      break;
    case 'minimum':
      message = localized('{0} must be at least {1}.', field, Number(params.limit));
      break;
    default:
      // A keyword the schema does not use today: named, so that the message says which rule of the schema fails.
      message = localized("{0} does not meet the schema's rule `{1}`.", field, error.keyword);
  }
  const finding: Finding = {
    ruleId: 'schema',
    severity,
    message: capitalisedBoth(message),
    range,
    path,
  };
  if (!located.found) finding.missing = true;
  return finding;
}

/** A message about a value of the wrong form, with an example of the form the field expects where it has one. */
function patternMessage(path: ManifestPath, field: MessageArg): Localized {
  const last = path[path.length - 1];
  switch (last) {
    case 'id':
      return localized('{0} does not have the expected form: a kebab-case slug such as journalnotat-assistent.', field);
    case 'version':
      return localized('{0} does not have the expected form: a semantic version such as 1.2.0.', field);
    case 'contact':
      return localized('{0} does not have the expected form: an e-mail address.', field);
    case 'date':
      return localized('{0} does not have the expected form: an ISO date such as 2026-03-01.', field);
    default:
      return localized('{0} does not have the expected form.', field);
  }
}

function capitalisedBoth(message: Localized): Localized {
  return { en: capitalised(message.en), da: capitalised(message.da) };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The known key nearest to a misspelt one, if it is near enough to be a typo. */
function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
