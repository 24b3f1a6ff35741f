import { localized } from '../l10n';
import type { ProvisionId } from './timeline';
import type { Localized } from '../types';

/** The legal meaning of the manifest's enum values that the tier and the rules turn on. */

export interface ProhibitedPractice {
  point: string;
  provision: ProvisionId;
}

export const PROHIBITED_PRACTICES: Record<string, ProhibitedPractice> = {
  'subliminal-manipulation': { point: 'Art. 5(1)(a)', provision: 'prohibitions' },
  'exploiting-vulnerabilities': { point: 'Art. 5(1)(b)', provision: 'prohibitions' },
  'social-scoring': { point: 'Art. 5(1)(c)', provision: 'prohibitions' },
  'crime-risk-profiling': { point: 'Art. 5(1)(d)', provision: 'prohibitions' },
  'untargeted-facial-scraping': { point: 'Art. 5(1)(e)', provision: 'prohibitions' },
  'workplace-emotion-recognition': { point: 'Art. 5(1)(f)', provision: 'prohibitions' },
  'sensitive-biometric-categorisation': { point: 'Art. 5(1)(g)', provision: 'prohibitions' },
  'realtime-remote-biometric-identification': { point: 'Art. 5(1)(h)', provision: 'prohibitions' },
  'non-consensual-intimate-imagery': { point: 'Art. 5(1)(ba)', provision: 'new-prohibitions' },
  'csam-generation': { point: 'Art. 5(1)(bb)', provision: 'new-prohibitions' },
};

export type TransparencyField = 'aiInteractionDisclosure' | 'contentMarking' | 'exposureNotice';

export interface TransparencyPractice {
  paragraph: string;
  /** Who holds the Art. 50 duty for this practice. */
  holder: 'provider' | 'deployer';
  field: TransparencyField;
  duty: Localized;
}

export const TRANSPARENCY_PRACTICES: Record<string, TransparencyPractice> = {
  'interacts-with-persons': {
    paragraph: 'Art. 50(1)',
    holder: 'provider',
    field: 'aiInteractionDisclosure',
    duty: localized('tell people that they are interacting with an AI system'),
  },
  'synthetic-content': {
    paragraph: 'Art. 50(2)',
    holder: 'provider',
    field: 'contentMarking',
    duty: localized('mark generated content as artificially generated, machine-readably'),
  },
  'emotion-recognition': {
    paragraph: 'Art. 50(3)',
    holder: 'deployer',
    field: 'exposureNotice',
    duty: localized('inform the people exposed to emotion recognition'),
  },
  'biometric-categorisation': {
    paragraph: 'Art. 50(3)',
    holder: 'deployer',
    field: 'exposureNotice',
    duty: localized('inform the people exposed to biometric categorisation'),
  },
  deepfake: {
    paragraph: 'Art. 50(4)',
    holder: 'deployer',
    field: 'contentMarking',
    duty: localized('disclose that deepfake content is artificially generated or manipulated'),
  },
  'public-interest-text': {
    paragraph: 'Art. 50(4)',
    holder: 'deployer',
    field: 'contentMarking',
    duty: localized('disclose that text published on matters of public interest is AI-generated'),
  },
};

export const ANNEX_III_POINTS: Record<string, string> = {
  biometrics: 'Annex III point 1',
  'critical-infrastructure': 'Annex III point 2',
  education: 'Annex III point 3',
  employment: 'Annex III point 4',
  'essential-public-services': 'Annex III point 5(a)',
  'law-enforcement': 'Annex III point 6',
  migration: 'Annex III point 7',
  'justice-democracy': 'Annex III point 8',
};

/** The four conditions of Art. 6(3)(a)–(d) (`riskClassification.derogation.condition`). */
export const DEROGATION_CONDITIONS: readonly string[] = [
  'narrow-procedural-task',
  'improves-completed-human-activity',
  'detects-decision-patterns',
  'preparatory-task',
];

export function isProhibitedPractice(value: string): boolean {
  return Object.prototype.hasOwnProperty.call(PROHIBITED_PRACTICES, value);
}

export function isTransparencyPractice(value: string): boolean {
  return Object.prototype.hasOwnProperty.call(TRANSPARENCY_PRACTICES, value);
}

/**
 * The provider's documentation fields. `unsettled`: the duty lies outside Chapter III Sections 1–3 (Arts. 43, 47, 49,
 * 72, 73), so its date is the system's high-risk date, not settled in the sources (provision `high-risk-unsettled`).
 */
export const DOCUMENTATION_FIELDS: readonly { field: string; article: string; title: Localized; unsettled?: true }[] = [
  { field: 'technical', article: 'Art. 11, Annex IV', title: localized('technical documentation') },
  { field: 'riskManagement', article: 'Art. 9', title: localized('risk management system') },
  { field: 'dataGovernance', article: 'Art. 10', title: localized('data governance') },
  {
    field: 'accuracyRobustnessCybersecurity',
    article: 'Art. 15',
    title: localized('accuracy, robustness and cybersecurity'),
  },
  { field: 'qualityManagement', article: 'Art. 17', title: localized('quality management system') },
  { field: 'instructionsForUse', article: 'Art. 13', title: localized('instructions for use') },
  {
    field: 'conformityAssessment',
    article: 'Art. 43',
    title: localized('conformity assessment'),
    unsettled: true,
  },
  {
    field: 'postMarketMonitoring',
    article: 'Art. 72 (serious incidents: Art. 73)',
    unsettled: true,
    title: localized('post-market monitoring and serious-incident reporting'),
  },
  {
    field: 'euDatabaseRegistration',
    article: 'Art. 49(1)',
    title: localized('registration in the EU database'),
    unsettled: true,
  },
];
