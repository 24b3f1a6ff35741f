/**
 * The duties `assess` lists, per tier and role: the law's side of the assessment (what, which article, from which
 * provision's date, where the manifest records the evidence). Which findings deny a duty's evidence is each rule's
 * fact: its `evidence` (src/core/rules/rule.ts), naming the duties below by id.
 */
import { localized } from '../l10n';
import { deploys, processesPersonalData, provides, supportsDecisions, valueAt } from '../yaml/fields';
import { deployerRegistrationRequired, friaRequired, providerRegistrationRequired } from './applicability';
import type { TierResult } from './risk';
import type { ProvisionId } from './timeline';
import type { Localized, ManifestPath } from '../types';

/** A duty of `assess`: what the law asks, where the manifest records its evidence, from which date. */
export interface ObligationSpec<Duty extends string = string> {
  /** The duty's id in the assessment; one per transparency practice: `transparency-<practice>`. */
  id: string;
  /** What a rule names in its `evidence`: the id, or `transparency-practice` for each per-practice duty. */
  duty: Duty;
  text: Localized;
  article: string;
  /**
   * `high-risk`: the system's own high-risk provision (Annex III or Annex I). `null`: law in force on every date
   * (Forvaltningsloven), so the duty has no date: `met` or `missing` on any date.
   */
  provision: ProvisionId | 'high-risk' | null;
  path: ManifestPath;
  /** The fields the duty reads, whose findings make it missing, where not every field under `path`. */
  match?: ManifestPath[];
}

type Applies = (data: unknown, tier: TierResult) => boolean;

/** Duties that hold together: for the systems `applies` is true of. */
export interface ObligationGroup<Duty extends string = string> {
  applies: Applies;
  specs: readonly ObligationSpec<Duty>[];
}

/** Whether the declared role holds a duty of this holder: a role's list holds only its own duties (a provider-and-deployer both). */
export function holdsDuty(data: unknown, holder: 'provider' | 'deployer'): boolean {
  return holder === 'provider' ? provides(data) : deploys(data);
}

/**
 * Whether an Art. 50 duty is on the role's list: 50(2) marking only on a provider's, 50(3) and 50(4) only on a
 * deployer's. Art. 50(1) stays on a deployer's list too: the municipality puts the system before citizens and makes
 * sure they are told (it answers for the provider's duty being met).
 */
export function holdsTransparencyDuty(data: unknown, practice: { paragraph: string; holder: 'provider' | 'deployer' }): boolean {
  return practice.paragraph === 'Art. 50(1)' || holdsDuty(data, practice.holder);
}

/** What a DPIA duty reads: its status, its document or why it is not required; the summary describes, it is no evidence. */
const DPIA_EVIDENCE: ManifestPath[] = [
  ['dataProtection', 'dpia', 'status'],
  ['dataProtection', 'dpia', 'document'],
  ['dataProtection', 'dpia', 'justification'],
];

const always: Applies = () => true;
const personalData: Applies = (data) => processesPersonalData(data);
const highProvider: Applies = (data, tier) => tier.tier === 'high' && holdsDuty(data, 'provider');
const highDeployer: Applies = (data, tier) => tier.tier === 'high' && holdsDuty(data, 'deployer');

export function spec<const Duty extends string>(
  id: Duty,
  text: Localized,
  article: string,
  provision: ObligationSpec['provision'],
  path: ManifestPath,
): ObligationSpec<Duty> {
  return { id, duty: id, text, article, provision, path };
}

/** The duties per tier and role: the seed's "roles and requirements" slide, and those that hold for every tier. */
export const OBLIGATIONS = [
  {
    applies: always,
    specs: [
      spec('no-prohibited-practice', localized('Do not use a prohibited AI practice'), 'AI Act Art. 5', 'prohibitions', [
        'riskClassification',
        'practices',
      ]),
      spec('ai-literacy', localized('Take measures for the AI literacy of staff'), 'AI Act Art. 4', 'ai-literacy', ['aiLiteracy']),
      spec(
        'danish-legal-basis',
        localized('Stay within the Danish legal basis (laws under LOB § 3, stk. 2)'),
        'LOB § 3, stk. 2',
        'danish-legal-basis',
        ['legalBasis', 'act'],
      ),
      {
        ...spec(
          'no-automatic-decisions',
          localized('No automatic decisions: a caseworker takes every decision'),
          'GDPR Art. 22; Danish executive order; Forvaltningsloven',
          'gdpr',
          ['decisions'],
        ),
        // Not `decisions.explanation`: explaining decisions is a duty of its own (explain-decisions).
        match: [
          ['decisions', 'automated'],
          ['decisions', 'caseworkerDecides'],
        ],
      },
      {
        ...spec(
          'human-review',
          localized('A caseworker is involved and can override the output'),
          'Danish executive order; Forvaltningsloven',
          'danish-legal-basis',
          ['humanOversight'],
        ),
        match: [
          ['humanOversight', 'reviewer'],
          ['humanOversight', 'canOverride'],
        ],
      },
    ],
  },
  {
    // GDPR Arts. 13–14: the persons whose data is processed are told; without personal data there is no notice to give.
    applies: personalData,
    specs: [
      spec(
        'citizens-informed',
        localized('Tell citizens that AI is used in processing their data'),
        'GDPR Arts. 13–14; Danish executive order',
        'gdpr',
        ['transparency', 'citizenNotice'],
      ),
    ],
  },
  {
    // Forvaltningsloven in force on every date: no date of its own. Art. 86 adds the right to an explanation for
    // decisions based on an Annex III high-risk system's output (its deployer's duty; rule explanation-missing).
    applies: (data) => supportsDecisions(data),
    specs: [
      spec(
        'explain-decisions',
        localized(
          "Explain decisions made with the system's help: the reasons state the role of its output, and (Annex III high-risk) affected persons get an explanation on request",
        ),
        'Forvaltningsloven §§ 22–24; AI Act Art. 86',
        null,
        ['decisions', 'explanation'],
      ),
    ],
  },
  {
    applies: personalData,
    specs: [
      {
        ...spec(
          'gdpr-basics',
          localized('GDPR: categories, lawful basis, data minimisation and security'),
          'GDPR Arts. 5(1)(c), 6, 9, 32',
          'gdpr',
          ['dataProtection'],
        ),
        // Only the fields the duty reads are its evidence (spec: "Placeholders"): not the DPIA, retention or a summary.
        match: [
          ['dataProtection', 'categories'],
          ['dataProtection', 'gdprLegalBasis'],
          ['dataProtection', 'dataMinimisation'],
          ['dataProtection', 'security'],
        ],
      },
      {
        ...spec('dpia', localized('Data protection impact assessment (DPIA)'), 'GDPR Art. 35; AI Act Art. 26(9)', 'gdpr', [
          'dataProtection',
          'dpia',
        ]),
        match: DPIA_EVIDENCE,
      },
    ],
  },
  {
    applies: (data) => valueAt(data, ['model', 'hosting']) === 'non-eu' && processesPersonalData(data),
    specs: [
      spec('third-country-transfer', localized('Safeguards for transfers to a third country'), 'GDPR Chapter V', 'gdpr', [
        'model',
        'hosting',
      ]),
    ],
  },
  {
    // Art. 6(4): the provider documents its assessment; a deployer may ask for it, but it is not the deployer's duty.
    applies: (data, tier) => tier.derogationApplies && holdsDuty(data, 'provider'),
    specs: [
      spec(
        'derogation-documented',
        localized('Document the assessment that the Annex III system is not high-risk'),
        'AI Act Art. 6(4)',
        'annex-iii-high-risk',
        ['riskClassification', 'derogation'],
      ),
    ],
  },
  {
    applies: (data, tier) => tier.derogationApplies && holdsDuty(data, 'provider'),
    specs: [
      spec(
        'derogation-registration',
        localized('Register yourself and the system in the EU database (Art. 6(3) systems)'),
        'AI Act Art. 49(2)',
        'provider-registration-derogation',
        ['documentation', 'euDatabaseRegistration'],
      ),
    ],
  },
  {
    applies: highProvider,
    specs: [
      spec('risk-management', localized('Risk management system'), 'AI Act Art. 9', 'high-risk', ['documentation', 'riskManagement']),
      spec('data-governance', localized('Data and data governance'), 'AI Act Art. 10', 'high-risk', ['documentation', 'dataGovernance']),
      spec('technical-documentation', localized('Technical documentation (Annex IV)'), 'AI Act Art. 11', 'high-risk', [
        'documentation',
        'technical',
      ]),
      spec('record-keeping', localized('Record-keeping: automatic logs, kept at least 6 months'), 'AI Act Arts. 12, 19', 'high-risk', [
        'logging',
      ]),
      spec('transparency-to-deployers', localized('Transparency to deployers: instructions for use'), 'AI Act Art. 13', 'high-risk', [
        'documentation',
        'instructionsForUse',
      ]),
      spec('human-oversight-by-design', localized('Human oversight by design'), 'AI Act Art. 14', 'high-risk', ['humanOversight']),
      spec('accuracy-robustness-cybersecurity', localized('Accuracy, robustness and cybersecurity'), 'AI Act Art. 15', 'high-risk', [
        'documentation',
        'accuracyRobustnessCybersecurity',
      ]),
      spec('quality-management', localized('Quality management system'), 'AI Act Art. 17', 'high-risk', [
        'documentation',
        'qualityManagement',
      ]),
      spec('conformity-assessment', localized('Conformity assessment'), 'AI Act Art. 43', 'high-risk-unsettled', [
        'documentation',
        'conformityAssessment',
      ]),
    ],
  },
  {
    // Art. 49(1): Annex III systems (not point 2, which registers nationally: Art. 49(5)); not Annex I products.
    applies: (data, tier) => providerRegistrationRequired(data, tier),
    specs: [
      spec('registration', localized('Registration in the EU database'), 'AI Act Art. 49(1)', 'high-risk-unsettled', [
        'documentation',
        'euDatabaseRegistration',
      ]),
    ],
  },
  {
    applies: highProvider,
    specs: [
      spec(
        'incident-reporting',
        localized('Post-market monitoring and serious-incident reporting'),
        'AI Act Arts. 72, 73',
        'high-risk-unsettled',
        ['documentation', 'postMarketMonitoring'],
      ),
    ],
  },
  {
    applies: highDeployer,
    specs: [
      spec('follow-instructions', localized('Use the system according to the instructions for use'), 'AI Act Art. 26(1)', 'high-risk', [
        'deployment',
        'instructionsFollowed',
      ]),
      spec('relevant-input-data', localized('Keep input data relevant and representative'), 'AI Act Art. 26(4)', 'high-risk', [
        'deployment',
        'inputDataRelevance',
      ]),
      spec('keep-logs', localized('Keep the logs for at least 6 months'), 'AI Act Art. 26(6)', 'high-risk', ['logging']),
      spec('competent-oversight', localized('Assign human oversight to competent, trained people'), 'AI Act Art. 26(2)', 'high-risk', [
        'humanOversight',
      ]),
      spec('monitor-and-report', localized('Monitor operation; report risks and serious incidents'), 'AI Act Art. 26(5)', 'high-risk', [
        'deployment',
        'monitoring',
      ]),
      spec(
        'inform-workers',
        localized('Inform workers and their representatives before use at the workplace'),
        'AI Act Art. 26(7)',
        'high-risk',
        ['transparency', 'workersInformed'],
      ),
      spec(
        'inform-affected-persons',
        localized('Inform the persons subject to decisions the system helps make'),
        'AI Act Art. 26(11)',
        'high-risk',
        ['deployment', 'affectedPersonsInformed'],
      ),
    ],
  },
  {
    // Art. 26(9), "where applicable": the DPIA of the GDPR, which a system that processes no personal data
    // (`personalData: false`) does not have; while the answer is open the duty stays (and is missing).
    applies: (data, tier) => highDeployer(data, tier) && valueAt(data, ['dataProtection', 'personalData']) !== false,
    specs: [
      {
        ...spec(
          'deployer-dpia',
          localized("Carry out the DPIA with the provider's information"),
          'AI Act Art. 26(9); GDPR Art. 35',
          'high-risk',
          ['dataProtection', 'dpia'],
        ),
        match: DPIA_EVIDENCE,
      },
    ],
  },
  {
    applies: (data, tier) => deployerRegistrationRequired(data, tier),
    specs: [
      spec(
        'deployer-registration',
        localized('Register your use of the system in the EU database before putting it into service (Annex VIII Section C)'),
        'AI Act Arts. 26(8), 49(3)',
        'high-risk-unsettled',
        ['deployment', 'euDatabaseRegistration'],
      ),
      spec(
        'provider-registered',
        localized('Use only a system its provider has registered in the EU database'),
        'AI Act Art. 26(8)',
        'high-risk-unsettled',
        ['deployment', 'providerRegistration'],
      ),
    ],
  },
  {
    applies: (data, tier) => friaRequired(data, tier),
    specs: [
      {
        ...spec('fria', localized('Fundamental rights impact assessment (FRIA) before first use'), 'AI Act Art. 27', 'high-risk', ['fria']),
        // Judged like the DPIA: its status and its document; the summary and the date describe, they are no evidence.
        match: [
          ['fria', 'status'],
          ['fria', 'document'],
        ],
      },
    ],
  },
] satisfies ObligationGroup[];

/** Every duty a rule can name as its evidence: the listed ones, and the per-practice transparency duties. */
export type ObligationId = (typeof OBLIGATIONS)[number]['specs'][number]['duty'] | 'transparency-practice';

/** The high-risk provider's duties whose evidence is a document under `documentation` (Arts. 9–11, 13, 15, 17, 43, 72). */
export const DOCUMENTATION_DUTIES = [
  'risk-management',
  'data-governance',
  'technical-documentation',
  'transparency-to-deployers',
  'accuracy-robustness-cybersecurity',
  'quality-management',
  'conformity-assessment',
  'incident-reporting',
] as const satisfies readonly ObligationId[];
