/**
 * The duties `assess` lists, per tier and role: the law's side of the assessment (what, which article, from which
 * provision's date, where the manifest records the evidence). Which findings deny a duty's evidence is each rule's
 * fact: its `evidence` (src/core/rules/rule.ts), naming the duties below by id.
 */
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
  /** The fields whose findings make it missing, where not `path` alone. */
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

const always: Applies = () => true;
const personalData: Applies = (data) => processesPersonalData(data);
const highProvider: Applies = (data, tier) => tier.tier === 'high' && holdsDuty(data, 'provider');
const highDeployer: Applies = (data, tier) => tier.tier === 'high' && holdsDuty(data, 'deployer');

export function spec<const Duty extends string>(
  id: Duty,
  en: string,
  da: string,
  article: string,
  provision: ObligationSpec['provision'],
  path: ManifestPath,
): ObligationSpec<Duty> {
  return { id, duty: id, text: { en, da }, article, provision, path };
}

/** The duties per tier and role: the seed's "roles and requirements" slide, and those that hold for every tier. */
export const OBLIGATIONS = [
  {
    applies: always,
    specs: [
      spec(
        'no-prohibited-practice',
        'Do not use a prohibited AI practice',
        'Anvend ikke forbudte former for AI-praksis',
        'AI Act Art. 5',
        'prohibitions',
        ['riskClassification', 'practices'],
      ),
      spec(
        'ai-literacy',
        'Take measures for the AI literacy of staff',
        'Træf foranstaltninger for personalets AI-færdigheder',
        'AI Act Art. 4',
        'ai-literacy',
        ['aiLiteracy'],
      ),
      spec(
        'danish-legal-basis',
        'Stay within the Danish legal basis (laws under LOB § 3, stk. 2)',
        'Hold jer inden for den danske hjemmel (lovene under LOB § 3, stk. 2)',
        'LOB § 3, stk. 2',
        'danish-legal-basis',
        ['legalBasis', 'act'],
      ),
      spec(
        'no-automatic-decisions',
        'No automatic decisions: a caseworker takes every decision',
        'Ingen automatiske afgørelser: en sagsbehandler træffer alle afgørelser',
        'GDPR Art. 22; Danish executive order; Forvaltningsloven',
        'gdpr',
        ['decisions'],
      ),
      {
        ...spec(
          'human-review',
          'A caseworker is involved and can override the output',
          'En sagsbehandler er involveret og kan tilsidesætte outputtet',
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
        'Tell citizens that AI is used in processing their data',
        'Oplys borgerne om, at der anvendes AI i behandlingen af deres oplysninger',
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
        "Explain decisions made with the system's help: the reasons state the role of its output, and (Annex III high-risk) affected persons get an explanation on request",
        'Begrund afgørelser truffet med systemets hjælp: begrundelsen angiver outputtets rolle, og (højrisiko efter bilag III) berørte personer får en forklaring på anmodning',
        'Forvaltningsloven §§ 22–24; AI Act Art. 86',
        null,
        ['decisions', 'explanation'],
      ),
    ],
  },
  {
    applies: personalData,
    specs: [
      spec(
        'gdpr-basics',
        'GDPR: categories, lawful basis, data minimisation and security',
        'GDPR: kategorier, behandlingsgrundlag, dataminimering og sikkerhed',
        'GDPR Arts. 5(1)(c), 6, 9, 32',
        'gdpr',
        ['dataProtection'],
      ),
      spec(
        'dpia',
        'Data protection impact assessment (DPIA)',
        'Konsekvensanalyse vedrørende databeskyttelse',
        'GDPR Art. 35; AI Act Art. 26(9)',
        'gdpr',
        ['dataProtection', 'dpia'],
      ),
    ],
  },
  {
    applies: (data) => valueAt(data, ['model', 'hosting']) === 'non-eu' && processesPersonalData(data),
    specs: [
      spec(
        'third-country-transfer',
        'Safeguards for transfers to a third country',
        'Garantier ved overførsel til tredjelande',
        'GDPR Chapter V',
        'gdpr',
        ['model', 'hosting'],
      ),
    ],
  },
  {
    // Art. 6(4): the provider documents its assessment; a deployer may ask for it, but it is not the deployer's duty.
    applies: (data, tier) => tier.derogationApplies && holdsDuty(data, 'provider'),
    specs: [
      spec(
        'derogation-documented',
        'Document the assessment that the Annex III system is not high-risk',
        'Dokumentér vurderingen af, at systemet efter bilag III ikke er højrisiko',
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
        'Register yourself and the system in the EU database (Art. 6(3) systems)',
        'Registrér jer selv og systemet i EU-databasen (systemer efter art. 6, stk. 3)',
        'AI Act Art. 49(2)',
        'provider-registration-derogation',
        ['documentation', 'euDatabaseRegistration'],
      ),
    ],
  },
  {
    applies: highProvider,
    specs: [
      spec('risk-management', 'Risk management system', 'Risikostyringssystem', 'AI Act Art. 9', 'high-risk', [
        'documentation',
        'riskManagement',
      ]),
      spec('data-governance', 'Data and data governance', 'Data og datastyring', 'AI Act Art. 10', 'high-risk', [
        'documentation',
        'dataGovernance',
      ]),
      spec(
        'technical-documentation',
        'Technical documentation (Annex IV)',
        'Teknisk dokumentation (bilag IV)',
        'AI Act Art. 11',
        'high-risk',
        ['documentation', 'technical'],
      ),
      spec(
        'record-keeping',
        'Record-keeping: automatic logs, kept at least 6 months',
        'Registrering af hændelser: automatiske logfiler, opbevaret i mindst 6 måneder',
        'AI Act Arts. 12, 19',
        'high-risk',
        ['logging'],
      ),
      spec(
        'transparency-to-deployers',
        'Transparency to deployers: instructions for use',
        'Gennemsigtighed over for idriftsættere: brugsanvisning',
        'AI Act Art. 13',
        'high-risk',
        ['documentation', 'instructionsForUse'],
      ),
      spec(
        'human-oversight-by-design',
        'Human oversight by design',
        'Menneskeligt tilsyn indbygget i designet',
        'AI Act Art. 14',
        'high-risk',
        ['humanOversight'],
      ),
      spec(
        'accuracy-robustness-cybersecurity',
        'Accuracy, robustness and cybersecurity',
        'Nøjagtighed, robusthed og cybersikkerhed',
        'AI Act Art. 15',
        'high-risk',
        ['documentation', 'accuracyRobustnessCybersecurity'],
      ),
      spec('quality-management', 'Quality management system', 'Kvalitetsstyringssystem', 'AI Act Art. 17', 'high-risk', [
        'documentation',
        'qualityManagement',
      ]),
      spec('conformity-assessment', 'Conformity assessment', 'Overensstemmelsesvurdering', 'AI Act Art. 43', 'high-risk-unsettled', [
        'documentation',
        'conformityAssessment',
      ]),
    ],
  },
  {
    // Art. 49(1): Annex III systems (not point 2, which registers nationally: Art. 49(5)); not Annex I products.
    applies: (data, tier) => providerRegistrationRequired(data, tier),
    specs: [
      spec('registration', 'Registration in the EU database', 'Registrering i EU-databasen', 'AI Act Art. 49(1)', 'high-risk-unsettled', [
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
        'Post-market monitoring and serious-incident reporting',
        'Overvågning efter omsætningen og indberetning af alvorlige hændelser',
        'AI Act Arts. 72, 73',
        'high-risk-unsettled',
        ['documentation', 'postMarketMonitoring'],
      ),
    ],
  },
  {
    applies: highDeployer,
    specs: [
      spec(
        'follow-instructions',
        'Use the system according to the instructions for use',
        'Brug systemet i overensstemmelse med brugsanvisningen',
        'AI Act Art. 26(1)',
        'high-risk',
        ['deployment', 'instructionsFollowed'],
      ),
      spec(
        'relevant-input-data',
        'Keep input data relevant and representative',
        'Sørg for relevante og repræsentative inputdata',
        'AI Act Art. 26(4)',
        'high-risk',
        ['deployment', 'inputDataRelevance'],
      ),
      spec('keep-logs', 'Keep the logs for at least 6 months', 'Opbevar logfilerne i mindst 6 måneder', 'AI Act Art. 26(6)', 'high-risk', [
        'logging',
      ]),
      spec(
        'competent-oversight',
        'Assign human oversight to competent, trained people',
        'Overlad menneskeligt tilsyn til kompetente og uddannede personer',
        'AI Act Art. 26(2)',
        'high-risk',
        ['humanOversight'],
      ),
      spec(
        'monitor-and-report',
        'Monitor operation; report risks and serious incidents',
        'Overvåg driften; indberet risici og alvorlige hændelser',
        'AI Act Art. 26(5)',
        'high-risk',
        ['deployment', 'monitoring'],
      ),
      spec(
        'inform-workers',
        'Inform workers and their representatives before use at the workplace',
        'Informér de ansatte og deres repræsentanter før brug på arbejdspladsen',
        'AI Act Art. 26(7)',
        'high-risk',
        ['transparency', 'workersInformed'],
      ),
      spec(
        'inform-affected-persons',
        'Inform the persons subject to decisions the system helps make',
        'Informér de personer, der er genstand for afgørelser, som systemet hjælper med at træffe',
        'AI Act Art. 26(11)',
        'high-risk',
        ['deployment', 'affectedPersonsInformed'],
      ),
      spec(
        'deployer-dpia',
        "Carry out the DPIA with the provider's information",
        'Udfør konsekvensanalysen med udbyderens oplysninger',
        'AI Act Art. 26(9); GDPR Art. 35',
        'high-risk',
        ['dataProtection', 'dpia'],
      ),
    ],
  },
  {
    applies: (data, tier) => deployerRegistrationRequired(data, tier),
    specs: [
      spec(
        'deployer-registration',
        'Register your use of the system in the EU database before putting it into service (Annex VIII Section C)',
        'Registrér jeres brug af systemet i EU-databasen, før det tages i brug (bilag VIII, afsnit C)',
        'AI Act Arts. 26(8), 49(3)',
        'high-risk-unsettled',
        ['deployment', 'euDatabaseRegistration'],
      ),
      spec(
        'provider-registered',
        'Use only a system its provider has registered in the EU database',
        'Brug kun et system, som udbyderen har registreret i EU-databasen',
        'AI Act Art. 26(8)',
        'high-risk-unsettled',
        ['deployment', 'providerRegistration'],
      ),
    ],
  },
  {
    applies: (data, tier) => friaRequired(data, tier),
    specs: [
      spec(
        'fria',
        'Fundamental rights impact assessment (FRIA) before first use',
        'Konsekvensanalyse vedrørende grundlæggende rettigheder før første anvendelse',
        'AI Act Art. 27',
        'high-risk',
        ['fria'],
      ),
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
