import type { CheckResult } from '../check';
import { deploys, has, processesPersonalData, provides, valueAt, type Data } from '../yaml/fields';
import { dpiaMandatory } from '../rules/dpia-missing';
import type { Reason, TierResult } from './risk';
import { friaRequired } from '../rules/fria-missing';
import { deployerRegistrationRequired } from '../rules/deployer-obligation-missing';
import type { Certainty, Edition, ProvisionId } from './timeline';
import { dutyDate, resolveEdition, systemDates, type EditionChoice } from './dutyDate';
import type { Acceptance, Finding, Localized, ManifestPath, RuleId, Tier } from '../types';
import { indexedStrings } from '../yaml/fields';
import { PROHIBITED_PRACTICES, TRANSPARENCY_PRACTICES } from './vocabulary';

export type ObligationStatus = 'met' | 'missing' | 'not-yet-applicable';

export interface Obligation {
  id: string;
  text: Localized;
  article: string;
  provision: ProvisionId;
  /** For this system (`dutyDate`). */
  appliesFrom: string;
  certainty: Certainty;
  /** Why `appliesFrom` differs from the timeline's date (Art. 111(2), 111(4)), where it does. */
  dateReason?: Localized;
  /** Where the date comes from. */
  source: string;
  status: ObligationStatus;
  /** The manifest lacks the evidence (also for a duty not yet applicable: a future gap, counted as such). */
  gap: boolean;
  /** Where the manifest records it: the link target in the views. */
  path: ManifestPath;
  /** The rules whose findings make it missing. */
  ruleIds: RuleId[];
  /**
   * Set when every finding that makes the duty missing is accepted (`acceptedFindings`): who accepted the gap, when
   * and why. The status stays `missing` (an accepted gap is not met); the views list the duty as accepted.
   */
  accepted?: Acceptance;
}

export interface Assessment {
  /** null when the file does not parse, or when the answers do not determine the tier (then `undetermined` says what to fill in). */
  tier: Tier | null;
  /** When the tier is not determined: the fields to fill in. */
  undetermined?: ManifestPath[];
  reasons: Reason[];
  obligations: Obligation[];
  /** The date statuses are relative to (ISO). */
  date: string;
  edition: Edition;
  /** False when a forced edition was not the law on `date` (the views say so). */
  editionInForce: boolean;
}

interface ObligationSpec {
  id: string;
  text: Localized;
  article: string;
  provision: ProvisionId | 'high-risk';
  path: ManifestPath;
  rules: RuleId[];
  /** Where no rule reports the gap: the obligation is met when this field is present. */
  present?: ManifestPath;
  /** The fields whose findings make it missing, where not `path` alone. */
  match?: ManifestPath[];
}

type Applies = (data: unknown, tier: TierResult) => boolean;

const always: Applies = () => true;
const personalData: Applies = (data) => processesPersonalData(data);
const highProvider: Applies = (data, tier) => tier.tier === 'high' && provides(data);
const highDeployer: Applies = (data, tier) => tier.tier === 'high' && deploys(data);

function spec(
  id: string,
  en: string,
  da: string,
  article: string,
  provision: ObligationSpec['provision'],
  path: ManifestPath,
  rules: RuleId[],
  present?: ManifestPath,
): ObligationSpec {
  return { id, text: { en, da }, article, provision, path, rules, present };
}

/** The duties per tier and role: the seed's "roles and requirements" slide, and those that hold for every tier. */
const OBLIGATIONS: { applies: Applies; specs: ObligationSpec[] }[] = [
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
        ['prohibited-practice'],
      ),
      spec(
        'ai-literacy',
        'Take measures for the AI literacy of staff',
        'Træf foranstaltninger for personalets AI-færdigheder',
        'AI Act Art. 4',
        'ai-literacy',
        ['aiLiteracy'],
        ['ai-literacy-missing', 'dpia-document-not-found'],
      ),
      spec(
        'danish-legal-basis',
        'Stay within the Danish legal basis (laws under LOB § 3, stk. 2)',
        'Hold dig inden for den danske hjemmel (lovene under LOB § 3, stk. 2)',
        'LOB § 3, stk. 2',
        'danish-legal-basis',
        ['legalBasis', 'act'],
        ['legal-basis-out-of-scope'],
      ),
      spec(
        'no-automatic-decisions',
        'No automatic decisions: a caseworker takes every decision',
        'Ingen automatiske afgørelser: en sagsbehandler træffer alle afgørelser',
        'GDPR Art. 22; Danish executive order; Forvaltningsloven',
        'gdpr',
        ['decisions'],
        ['automated-decision'],
      ),
      {
        ...spec(
          'human-review',
          'A caseworker is involved and can override the output',
          'En sagsbehandler er involveret og kan tilsidesætte outputtet',
          'Danish executive order; Forvaltningsloven',
          'danish-legal-basis',
          ['humanOversight'],
          ['human-oversight-missing'],
        ),
        match: [
          ['humanOversight', 'reviewer'],
          ['humanOversight', 'canOverride'],
        ],
      },
      spec(
        'citizens-informed',
        'Tell citizens that AI is used in processing their data',
        'Oplys borgerne om, at der anvendes AI i behandlingen af deres oplysninger',
        'GDPR Arts. 13–14; Danish executive order',
        'gdpr',
        ['transparency', 'citizenNotice'],
        ['transparency-missing'],
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
        ['gdpr-field-missing'],
      ),
      spec(
        'dpia',
        'Data protection impact assessment (DPIA)',
        'Konsekvensanalyse vedrørende databeskyttelse',
        'GDPR Art. 35; AI Act Art. 26(9)',
        'gdpr',
        ['dataProtection', 'dpia'],
        ['dpia-missing', 'dpia-document-not-found'],
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
        ['non-eu-hosting'],
      ),
    ],
  },
  {
    applies: (_data, tier) => tier.derogationApplies,
    specs: [
      spec(
        'derogation-documented',
        'Document the assessment that the Annex III system is not high-risk',
        'Dokumentér vurderingen af, at systemet efter bilag III ikke er højrisiko',
        'AI Act Art. 6(4)',
        'annex-iii-high-risk',
        ['riskClassification', 'derogation'],
        ['derogation-unjustified', 'profiling-overrides-derogation'],
      ),
    ],
  },
  {
    applies: (data, tier) => tier.derogationApplies && provides(data),
    specs: [
      spec(
        'derogation-registration',
        'Register yourself and the system in the EU database (Art. 6(3) systems)',
        'Registrér jer selv og systemet i EU-databasen (systemer efter art. 6, stk. 3)',
        'AI Act Art. 49(2)',
        'provider-registration-derogation',
        ['documentation', 'euDatabaseRegistration'],
        ['provider-documentation-missing'],
      ),
    ],
  },
  {
    applies: highProvider,
    specs: [
      spec(
        'risk-management',
        'Risk management system',
        'Risikostyringssystem',
        'AI Act Art. 9',
        'high-risk',
        ['documentation', 'riskManagement'],
        ['provider-documentation-missing', 'dpia-document-not-found'],
      ),
      spec(
        'data-governance',
        'Data and data governance',
        'Data og datastyring',
        'AI Act Art. 10',
        'high-risk',
        ['documentation', 'dataGovernance'],
        ['provider-documentation-missing', 'dpia-document-not-found'],
      ),
      spec(
        'technical-documentation',
        'Technical documentation (Annex IV)',
        'Teknisk dokumentation (bilag IV)',
        'AI Act Art. 11',
        'high-risk',
        ['documentation', 'technical'],
        ['provider-documentation-missing', 'dpia-document-not-found'],
      ),
      spec(
        'record-keeping',
        'Record-keeping: automatic logs, kept at least 6 months',
        'Registrering af hændelser: automatiske logfiler, opbevaret i mindst 6 måneder',
        'AI Act Arts. 12, 19',
        'high-risk',
        ['logging'],
        ['logging-insufficient'],
      ),
      spec(
        'transparency-to-deployers',
        'Transparency to deployers: instructions for use',
        'Gennemsigtighed over for idriftsættere: brugsanvisning',
        'AI Act Art. 13',
        'high-risk',
        ['documentation', 'instructionsForUse'],
        ['provider-documentation-missing', 'dpia-document-not-found'],
      ),
      spec(
        'human-oversight-by-design',
        'Human oversight by design',
        'Menneskeligt tilsyn indbygget i designet',
        'AI Act Art. 14',
        'high-risk',
        ['humanOversight'],
        ['human-oversight-missing'],
      ),
      spec(
        'accuracy-robustness-cybersecurity',
        'Accuracy, robustness and cybersecurity',
        'Nøjagtighed, robusthed og cybersikkerhed',
        'AI Act Art. 15',
        'high-risk',
        ['documentation', 'accuracyRobustnessCybersecurity'],
        ['provider-documentation-missing', 'dpia-document-not-found'],
      ),
      spec(
        'quality-management',
        'Quality management system',
        'Kvalitetsstyringssystem',
        'AI Act Art. 17',
        'high-risk',
        ['documentation', 'qualityManagement'],
        ['provider-documentation-missing', 'dpia-document-not-found'],
      ),
      spec(
        'conformity-assessment',
        'Conformity assessment',
        'Overensstemmelsesvurdering',
        'AI Act Art. 43',
        'high-risk',
        ['documentation', 'conformityAssessment'],
        ['provider-documentation-missing', 'dpia-document-not-found'],
      ),
      spec(
        'registration',
        'Registration in the EU database',
        'Registrering i EU-databasen',
        'AI Act Art. 49(1)',
        'high-risk',
        ['documentation', 'euDatabaseRegistration'],
        ['provider-documentation-missing'],
      ),
      spec(
        'incident-reporting',
        'Post-market monitoring and serious-incident reporting',
        'Overvågning efter omsætningen og indberetning af alvorlige hændelser',
        'AI Act Arts. 72, 73',
        'high-risk',
        ['documentation', 'postMarketMonitoring'],
        ['provider-documentation-missing', 'dpia-document-not-found'],
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
        ['deployer-obligation-missing'],
      ),
      spec(
        'relevant-input-data',
        'Keep input data relevant and representative',
        'Sørg for relevante og repræsentative inputdata',
        'AI Act Art. 26(4)',
        'high-risk',
        ['deployment', 'inputDataRelevance'],
        ['deployer-obligation-missing'],
      ),
      spec(
        'keep-logs',
        'Keep the logs for at least 6 months',
        'Opbevar logfilerne i mindst 6 måneder',
        'AI Act Art. 26(6)',
        'high-risk',
        ['logging'],
        ['logging-insufficient'],
      ),
      spec(
        'competent-oversight',
        'Assign human oversight to competent, trained people',
        'Overlad menneskeligt tilsyn til kompetente og uddannede personer',
        'AI Act Art. 26(2)',
        'high-risk',
        ['humanOversight'],
        ['human-oversight-missing'],
      ),
      spec(
        'monitor-and-report',
        'Monitor operation; report risks and serious incidents',
        'Overvåg driften; indberet risici og alvorlige hændelser',
        'AI Act Art. 26(5)',
        'high-risk',
        ['deployment', 'monitoring'],
        ['deployer-obligation-missing', 'dpia-document-not-found'],
      ),
      spec(
        'inform-workers',
        'Inform workers and their representatives before use at the workplace',
        'Informér de ansatte og deres repræsentanter før brug på arbejdspladsen',
        'AI Act Art. 26(7)',
        'high-risk',
        ['transparency', 'workersInformed'],
        ['workers-not-informed'],
      ),
      spec(
        'inform-affected-persons',
        'Inform the persons subject to decisions the system helps make',
        'Informér de personer, der er genstand for afgørelser, som systemet hjælper med',
        'AI Act Art. 26(11)',
        'high-risk',
        ['deployment', 'affectedPersonsInformed'],
        ['deployer-obligation-missing'],
      ),
      spec(
        'deployer-dpia',
        "Carry out the DPIA with the provider's information",
        'Udfør konsekvensanalysen med udbyderens oplysninger',
        'AI Act Art. 26(9); GDPR Art. 35',
        'high-risk',
        ['dataProtection', 'dpia'],
        ['dpia-missing', 'dpia-document-not-found'],
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
        'high-risk',
        ['deployment', 'euDatabaseRegistration'],
        ['deployer-obligation-missing'],
      ),
      spec(
        'provider-registered',
        'Use only a system its provider has registered in the EU database',
        'Brug kun et system, som udbyderen har registreret i EU-databasen',
        'AI Act Art. 26(8)',
        'high-risk',
        ['deployment', 'providerRegistration'],
        ['deployer-obligation-missing'],
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
        ['fria-missing', 'dpia-document-not-found'],
      ),
    ],
  },
];

/** The duties whose status the DPIA's own status decides (see dpiaStatus). */
const DPIA_DUTIES: readonly string[] = ['dpia', 'deployer-dpia'];

function overlaps(a: ManifestPath, b: ManifestPath): boolean {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Rules whose finding on a duty's field means its evidence is not there, whatever the duty: a placeholder (spec:
 * "`assess` counts a duty whose evidence is a placeholder as missing"), an unfinished linked document, and a
 * schema error (a required answer absent or invalid: no duty is met by a field that is not there).
 */
const EVIDENCE_RULES: readonly RuleId[] = ['placeholder-value', 'document-incomplete', 'schema'];

function lacksEvidence(finding: Finding, path: ManifestPath): boolean {
  return EVIDENCE_RULES.includes(finding.ruleId) && finding.severity === 'error' && overlaps(finding.path, path);
}

/**
 * The DPIA (GDPR Art. 35) by its status: met only when completed with its document, or justified not-required where
 * it is not mandatory; not yet due while in progress before the processing starts (planned, development).
 */
function dpiaStatus(data: Data, tier: TierResult): 'met' | 'missing' | 'not-yet-applicable' {
  const status = valueAt(data, ['dataProtection', 'dpia', 'status']);
  if (status === 'completed') return has(data, ['dataProtection', 'dpia', 'document']) ? 'met' : 'missing';
  if (status === 'not-required')
    return has(data, ['dataProtection', 'dpia', 'justification']) && !dpiaMandatory({ data, tier }) ? 'met' : 'missing';
  const systemStatus = valueAt(data, ['system', 'status']);
  if (status === 'in-progress' && (systemStatus === 'planned' || systemStatus === 'development')) return 'not-yet-applicable';
  return 'missing';
}

/** The Art. 5 duty is dated by the practices listed: a ban that applies later (Art. 5(1)(ba), (bb)) is never dated earlier. */
function prohibitionProvision(data: unknown): ProvisionId {
  const listed = indexedStrings(data, ['riskClassification', 'practices'])
    .map(({ value }) => PROHIBITED_PRACTICES[value]?.provision)
    .filter((p): p is ProvisionId => p !== undefined);
  return listed.includes('prohibitions') || listed.length === 0 ? 'prohibitions' : listed[0];
}

/**
 * Tier, reasons and obligations with their status on `date` (ISO), from a check's result. The edition is the one
 * the check used, unless one is given (`auto` is then the edition in force on `date`).
 */
export function assess(result: CheckResult, date: string, edition?: EditionChoice): Assessment {
  const resolved = edition === undefined ? result.edition : resolveEdition(edition, date);
  const base = { date, edition: resolved.edition, editionInForce: resolveEdition(resolved.edition, date).inForce };
  const tier = result.tier;
  if (!tier) return { tier: null, reasons: [], obligations: [], ...base };
  const data = result.data;
  const scope = { edition: resolved.edition, system: systemDates(data), highRisk: tier.tier === 'high' };
  const specs = OBLIGATIONS.filter((group) => group.applies(data, tier)).flatMap((group) => group.specs);
  const transparencySpecs = [...new Set(tier.transparencyPractices)].map((value) => {
    const practice = TRANSPARENCY_PRACTICES[value];
    const provision: ProvisionId = practice.paragraph === 'Art. 50(2)' ? 'transparency-marking-legacy' : 'transparency';
    return spec(
      `transparency-${value}`,
      `Transparency for '${value}': ${practice.duty.en}`,
      `Gennemsigtighed for '${value}': ${practice.duty.da}`,
      `AI Act ${practice.paragraph}`,
      provision,
      ['transparency', practice.field],
      ['ai-disclosure-missing'],
    );
  });
  const obligations = [...specs, ...transparencySpecs].map((s): Obligation => {
    const provision =
      s.provision === 'high-risk'
        ? (tier.highRiskProvision ?? 'annex-iii-high-risk')
        : s.id === 'no-prohibited-practice'
          ? prohibitionProvision(data)
          : s.provision;
    const duty = dutyDate(provision, scope);
    const from = duty.date;
    const match = s.match ?? [s.path];
    const gaps = s.present
      ? []
      : result.findings.filter((finding) => s.rules.includes(finding.ruleId) && match.some((path) => overlaps(finding.path, path)));
    const gap = (s.present ? !has(data, s.present) : gaps.length > 0) || result.findings.some((finding) => lacksEvidence(finding, s.path));
    let status: ObligationStatus = date < from ? 'not-yet-applicable' : gap ? 'missing' : 'met';
    if (DPIA_DUTIES.includes(s.id) && status !== 'not-yet-applicable') {
      const byStatus = dpiaStatus(data as Data, tier);
      status = byStatus === 'met' && gap ? 'missing' : byStatus;
    }
    const accepted = gaps.length > 0 && gaps.every((finding) => finding.accepted) ? gaps[0].accepted : undefined;
    return {
      id: s.id,
      text: s.text,
      article: s.article,
      provision,
      appliesFrom: from,
      certainty: duty.certainty,
      ...(duty.reason ? { dateReason: duty.reason } : {}),
      source: duty.source,
      status,
      gap: status === 'missing' || (status === 'not-yet-applicable' && gap),
      path: s.path,
      ruleIds: s.rules,
      ...(accepted ? { accepted } : {}),
    };
  });
  const assessment: Assessment = { tier: tier.tier, reasons: tier.reasons, obligations, ...base };
  if (tier.tier === null) assessment.undetermined = tier.undetermined;
  return assessment;
}
