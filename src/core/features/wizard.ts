import { manifestTemplate } from './manifestTemplate';
import { computeTier, type TierResult } from '../law/risk';
import { MANIFEST_SCHEMA_DA, schemaAt } from '../schema';
import { DEFAULT_EDITION, type Edition } from '../law/timeline';
import type { Lang, ManifestPath, Role } from '../types';
import { isProhibitedPractice, isTransparencyPractice } from '../law/vocabulary';

/**
 * The questions of "Assess risk tier" when no manifest is open, and what the answers give: the spec's
 * facts the tier turns on (role, Art. 5 practices, Annex III areas, Art. 6(3) derogation, profiling,
 * Art. 50 practices). Pure: the QuickPicks live in src/extension/commands.ts.
 */
export interface WizardAnswers {
  role: Role;
  /** Art. 5(1) values of `riskClassification.practices`. */
  prohibitedPractices: string[];
  annexIII: string[];
  /** Only asked (and only kept) when an Annex III area is chosen. */
  derogation?: { condition: string; justification: string };
  profiling: boolean;
  /** Art. 50 values of `riskClassification.practices`. */
  transparencyPractices: string[];
}

export interface WizardResult {
  /** The facts as manifest data (`system.role` and `riskClassification`, with `declaredTier` set to the result). */
  manifest: { system: { role: Role }; riskClassification: Record<string, unknown> };
  tier: TierResult;
  /** A complete new manifest pre-filled from the answers (TODO placeholders for the rest). */
  text: string;
}

/** Tier and a pre-filled manifest from the answers, computed with the core's `computeTier`. */
export function answersToManifest(answers: WizardAnswers, lang: Lang, edition: Edition = DEFAULT_EDITION): WizardResult {
  const practices = [...answers.prohibitedPractices, ...answers.transparencyPractices];
  const derogation = answers.annexIII.length > 0 ? answers.derogation : undefined;
  const riskClassification: Record<string, unknown> = {
    practices,
    annexIII: [...answers.annexIII],
    profiling: answers.profiling,
    ...(derogation ? { derogation: { ...derogation } } : {}),
  };
  const manifest = { system: { role: answers.role }, riskClassification };
  const tier = computeTier(manifest, edition);
  // The wizard asks every question the tier needs, so its answers always determine the tier.
  if (tier.tier) riskClassification.declaredTier = tier.tier;
  const text = manifestTemplate({
    lang,
    role: answers.role,
    riskClassification: {
      practices,
      annexIII: [...answers.annexIII],
      profiling: answers.profiling,
      derogation,
      declaredTier: tier.tier ?? undefined,
    },
  });
  return { manifest, tier, text };
}

export interface WizardChoice {
  value: string;
  /** Where the law says it, e.g. "Art. 5(1)(f), prohibited". */
  article: string;
  /** What the value covers (without the carve-out). */
  text: string;
  /** What the law leaves out ("Not prohibited: …"), where the schema says it: shown on its own line. */
  carveOut?: string;
}

const CARVE_OUT = /\s(?=(?:Not covered|Not prohibited|Ikke omfattet|Ikke forbudt):)/;

export interface WizardChoices {
  roles: WizardChoice[];
  prohibitedPractices: WizardChoice[];
  annexIII: WizardChoice[];
  derogationConditions: WizardChoice[];
  transparencyPractices: WizardChoice[];
}

const PATHS = {
  role: ['system', 'role'],
  practice: ['riskClassification', 'practices', 0],
  annexIII: ['riskClassification', 'annexIII', 0],
  condition: ['riskClassification', 'derogation', 'condition'],
} satisfies Record<string, ManifestPath>;

/** An enum's values with the schema's descriptions ("<article>: <text>") in the language. */
function enumChoices(path: ManifestPath, lang: Lang): WizardChoice[] {
  const found = schemaAt(path);
  if (!found) throw new Error(`No schema for ${path.join('.')}`);
  const values = (found.node.enum ?? []).map(String);
  const english = found.node.enumDescriptions ?? [];
  const danish = MANIFEST_SCHEMA_DA[found.pointer]?.enumDescriptions ?? [];
  return values.map((value, index) => {
    const description = (lang === 'da' ? danish[index] : undefined) ?? english[index] ?? '';
    const colon = description.indexOf(': ');
    const article = colon < 0 ? '' : description.slice(0, colon);
    const [text, carveOut] = description.slice(colon + 2).split(CARVE_OUT, 2);
    return carveOut ? { value, article, text, carveOut } : { value, article, text };
  });
}

/** Every step's choices, from the schema (one source for the texts of completion, hover and the wizard). */
export function wizardChoices(lang: Lang): WizardChoices {
  const practices = enumChoices(PATHS.practice, lang);
  return {
    roles: enumChoices(PATHS.role, lang),
    prohibitedPractices: practices.filter((choice) => isProhibitedPractice(choice.value)),
    annexIII: enumChoices(PATHS.annexIII, lang),
    derogationConditions: enumChoices(PATHS.condition, lang),
    transparencyPractices: practices.filter((choice) => isTransparencyPractice(choice.value)),
  };
}

/** Answers given as plain data (the command's test/automation argument), checked against the choices; else a reason. */
export function parseWizardAnswers(value: unknown): WizardAnswers | string {
  if (typeof value !== 'object' || value === null) return 'answers must be an object';
  const v = value as Record<string, unknown>;
  const choices = wizardChoices('en');
  const allowed = (list: WizardChoice[]) => new Set(list.map((choice) => choice.value));
  const list = (key: string, options: WizardChoice[]): string[] | string => {
    const items = v[key] ?? [];
    if (!Array.isArray(items) || !items.every((item) => typeof item === 'string' && allowed(options).has(item))) {
      return `${key} must be a list of: ${[...allowed(options)].join(', ')}`;
    }
    return items as string[];
  };
  if (typeof v.role !== 'string' || !allowed(choices.roles).has(v.role)) return 'role must be provider, deployer or provider-and-deployer';
  const prohibitedPractices = list('prohibitedPractices', choices.prohibitedPractices);
  const annexIII = list('annexIII', choices.annexIII);
  const transparencyPractices = list('transparencyPractices', choices.transparencyPractices);
  for (const result of [prohibitedPractices, annexIII, transparencyPractices]) if (typeof result === 'string') return result;
  if (typeof v.profiling !== 'boolean') return 'profiling must be true or false';
  let derogation: WizardAnswers['derogation'];
  if (v.derogation !== undefined) {
    const d = v.derogation as Record<string, unknown> | null;
    if (
      !d ||
      typeof d.condition !== 'string' ||
      !allowed(choices.derogationConditions).has(d.condition) ||
      typeof d.justification !== 'string'
    ) {
      return 'derogation must have a condition and a justification';
    }
    derogation = { condition: d.condition, justification: d.justification };
  }
  return {
    role: v.role as Role,
    prohibitedPractices: prohibitedPractices as string[],
    annexIII: annexIII as string[],
    derogation,
    profiling: v.profiling,
    transparencyPractices: transparencyPractices as string[],
  };
}
