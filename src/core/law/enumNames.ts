import schemaJson from '../../../schemas/ai-system.schema.json';
import schemaDa from '../../../schemas/ai-system.schema.da.json';
import type { Lang, Localized } from '../types';

/**
 * The one table of the names users read for the manifest's enum values. Danish names come from the schema's
 * Danish texts (`enumNames` in ai-system.schema.da.json, beside each enum's descriptions), so a value is named
 * the same in hover, completion, messages, the assessment and the register. English shows the value itself.
 */
const POINTERS = {
  tier: '/properties/riskClassification/properties/declaredTier',
  status: '/properties/system/properties/status',
  role: '/properties/system/properties/role',
  memberState: '/properties/system/properties/memberStates/items',
  act: '/properties/legalBasis/properties/act',
  category: '/properties/purpose/properties/category',
  task: '/properties/purpose/properties/tasks/items',
  affectedPerson: '/properties/purpose/properties/affectedPersons/items',
  practice: '/properties/riskClassification/properties/practices/items',
  annexIII: '/properties/riskClassification/properties/annexIII/items',
  condition: '/properties/riskClassification/properties/derogation/properties/condition',
  dataCategory: '/properties/dataProtection/properties/categories/items',
  dpiaStatus: '/properties/dataProtection/properties/dpia/properties/status',
  friaStatus: '/properties/fria/properties/status',
  hosting: '/properties/model/properties/hosting',
} as const;

export type EnumKind = keyof typeof POINTERS;

interface EnumNode {
  enum?: unknown[];
  [key: string]: unknown;
}

function nodeAt(pointer: string): EnumNode | undefined {
  let node: unknown = schemaJson;
  for (const key of pointer.split('/').slice(1)) node = (node as Record<string, unknown> | undefined)?.[key];
  return node as EnumNode | undefined;
}

const DANISH = schemaDa as Record<string, { enumNames?: string[] }>;

const TABLE = new Map<EnumKind, Map<string, string>>(
  (Object.keys(POINTERS) as EnumKind[]).map((kind) => {
    const values = (nodeAt(POINTERS[kind])?.enum ?? []).map(String);
    const names = DANISH[POINTERS[kind]]?.enumNames ?? [];
    return [kind, new Map(values.map((value, i) => [value, names[i] ?? value]))];
  }),
);

/** The name of an enum value in the user's language; a value the schema does not list is shown as it is. */
export function enumName(kind: EnumKind, value: string, lang: Lang): string {
  if (lang === 'en') return value;
  return TABLE.get(kind)?.get(value) ?? value;
}

/** Every value of an enum kind with its Danish name (for tests and lists). */
export function enumNames(kind: EnumKind): [string, string][] {
  return [...(TABLE.get(kind) ?? new Map<string, string>())];
}

/** An enum value as a message argument: the value itself in English, its Danish name from the table in Danish. */
export function enumArg(kind: EnumKind, value: string): Localized {
  return { en: value, da: enumName(kind, value, 'da') };
}

/**
 * An enum value named in a sentence with the manifest's own value beside it: English writes the value as `english`
 * (default `written`), Danish writes the Danish name followed by the value as `written` ("pilotforløb (`pilot`)").
 */
export function namedValue(kind: EnumKind, value: string, written: string, english: string = written): Localized {
  const da = `${enumName(kind, value, 'da')} (${written})`;
  return { en: english, da };
}
