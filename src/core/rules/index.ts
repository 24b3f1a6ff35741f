import { acceptanceExpired } from './acceptance-expired';
import { acceptanceInvalid } from './acceptance-invalid';
import { acceptanceUnused } from './acceptance-unused';
import { aiDisclosureMissing } from './ai-disclosure-missing';
import { aiLiteracyMissing } from './ai-literacy-missing';
import { annexIIIUndeclared } from './annex-iii-undeclared';
import { automatedDecision } from './automated-decision';
import { deployerObligationMissing } from './deployer-obligation-missing';
import { derogationUnjustified } from './derogation-unjustified';
import { dpiaMissing } from './dpia-missing';
import { explanationMissing } from './explanation-missing';
import { friaMissing } from './fria-missing';
import { gdprFieldMissing } from './gdpr-field-missing';
import { humanOversightMissing } from './human-oversight-missing';
import { legalBasisOutOfScope } from './legal-basis-out-of-scope';
import { loggingInsufficient } from './logging-insufficient';
import { nonEuHosting } from './non-eu-hosting';
import { profilingOverridesDerogation } from './profiling-overrides-derogation';
import { profilingUndeclared } from './profiling-undeclared';
import { practiceUndeclared } from './practice-undeclared';
import { placeholderValue } from './placeholder-value';
import { documentIncomplete } from './document-incomplete';
import { prohibitedPractice } from './prohibited-practice';
import { providerDocumentationMissing } from './provider-documentation-missing';
import { dpiaDocumentNotFoundRule } from './dpia-document-not-found';
import type { Rule, RuleContext } from './rule';
import { schemaRule } from './schema';
import { tierMismatch } from './tier-mismatch';
import { transparencyMissing } from './transparency-missing';
import { workersNotInformed } from './workers-not-informed';
import { yamlSyntax } from './yaml-syntax';

/**
 * Every rule of the catalogue, in the spec's order. Adding a rule: its module (typed `Rule<'its-id'>`), its
 * place here, its test file; `npm run docs:rules` regenerates docs/rules.md.
 */
export const RULES = [
  yamlSyntax,
  schemaRule,
  prohibitedPractice,
  automatedDecision,
  humanOversightMissing,
  transparencyMissing,
  aiDisclosureMissing,
  dpiaMissing,
  dpiaDocumentNotFoundRule,
  friaMissing,
  loggingInsufficient,
  aiLiteracyMissing,
  workersNotInformed,
  derogationUnjustified,
  profilingOverridesDerogation,
  practiceUndeclared,
  profilingUndeclared,
  annexIIIUndeclared,
  tierMismatch,
  providerDocumentationMissing,
  deployerObligationMissing,
  gdprFieldMissing,
  legalBasisOutOfScope,
  explanationMissing,
  nonEuHosting,
  placeholderValue,
  documentIncomplete,
  acceptanceInvalid,
  acceptanceExpired,
  acceptanceUnused,
] as const;

declare module '../types' {
  // The ids of the modules above: `RuleId` (types.ts) is derived from this list.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RuleIdRegistry extends Record<(typeof RULES)[number]['id'], true> {}
}
import type { RuleId } from '../types';
export type { RuleId };
export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

type CheckedRule = Rule & Required<Pick<Rule, 'check'>>;

/** The rules with a synchronous check of the data, in catalogue order. */
export const DOMAIN_RULES: readonly CheckedRule[] = (RULES as readonly Rule[]).filter(
  (rule): rule is CheckedRule => rule.check !== undefined,
);

export function runDomainRules(context: RuleContext) {
  return DOMAIN_RULES.flatMap((rule) => rule.check(context));
}
