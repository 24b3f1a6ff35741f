import { aiDisclosureMissing } from './ai-disclosure-missing';
import { aiLiteracyMissing } from './ai-literacy-missing';
import { annexIIIUndeclared } from './annex-iii-undeclared';
import { automatedDecision } from './automated-decision';
import { deployerObligationMissing } from './deployer-obligation-missing';
import { derogationUnjustified } from './derogation-unjustified';
import { dpiaMissing } from './dpia-missing';
import { friaMissing } from './fria-missing';
import { gdprFieldMissing } from './gdpr-field-missing';
import { humanOversightMissing } from './human-oversight-missing';
import { legalBasisOutOfScope } from './legal-basis-out-of-scope';
import { loggingInsufficient } from './logging-insufficient';
import { nonEuHosting } from './non-eu-hosting';
import { profilingOverridesDerogation } from './profiling-overrides-derogation';
import { prohibitedPractice } from './prohibited-practice';
import { providerDocumentationMissing } from './provider-documentation-missing';
import type { Rule } from './rule';
import { tierMismatch } from './tier-mismatch';
import { transparencyMissing } from './transparency-missing';
import { workersNotInformed } from './workers-not-informed';

/** The synchronous domain rules, in catalogue order. `dpia-document-not-found` runs apart: it asks the file system. */
export const DOMAIN_RULES: readonly Rule[] = [
  prohibitedPractice,
  automatedDecision,
  humanOversightMissing,
  transparencyMissing,
  aiDisclosureMissing,
  dpiaMissing,
  friaMissing,
  loggingInsufficient,
  aiLiteracyMissing,
  workersNotInformed,
  derogationUnjustified,
  profilingOverridesDerogation,
  annexIIIUndeclared,
  tierMismatch,
  providerDocumentationMissing,
  deployerObligationMissing,
  gdprFieldMissing,
  legalBasisOutOfScope,
  nonEuHosting,
];
