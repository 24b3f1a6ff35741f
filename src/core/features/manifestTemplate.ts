import { stringify } from 'yaml';
import { deploys, provides } from '../yaml/fields';
import { computeTier, type TierResult } from '../law/risk';
import { deployerRegistrationRequired, friaRequired, providerRegistrationRequired } from '../law/applicability';
import type { Lang, Localized, Role, Tier } from '../types';
import { isTransparencyPractice, TRANSPARENCY_PRACTICES } from '../law/vocabulary';

/**
 * The skeleton of a new `ai-system.yaml` ("New AI system manifest", and the questionnaire's manifest): the author's
 * answers, and a "TODO: …" placeholder for everything else.
 */
export interface ManifestTemplateOptions {
  lang: Lang;
  /** The role the author chose; a placeholder when not given. */
  role?: Role;
  /** The questionnaire's answers; placeholders for practices, Annex III and profiling when not given. */
  riskClassification?: {
    practices: string[];
    annexIII: string[];
    profiling: boolean;
    derogation?: { condition: string; justification: string };
    /** Recorded as `declaredTier` when given. */
    declaredTier?: Tier;
  };
}

type Line = string;

const TEXT = {
  header: {
    en: [
      '# AI system manifest (format v1). Fill in every TODO: the checker marks each field that is still missing.',
      '# Document paths are relative to this file. Findings are prompts, not legal conclusions.',
    ],
    da: [
      '# AI-system-manifest (format v1). Udfyld alle TODO-felter: checkeren markerer hvert felt, der mangler.',
      '# Stier til dokumenter er relative til denne fil. Fundene er påmindelser, ikke juridiske konklusioner.',
    ],
  },
  id: { en: 'kebab-case slug, e.g. journal-note-assistant', da: 'kebab-case, f.eks. journalnotat-assistent' },
  name: { en: "the system's name", da: 'systemets navn' },
  description: { en: 'what the system does, for whom, and what it does not do', da: 'hvad systemet gør, for hvem, og hvad det ikke gør' },
  status: { en: 'planned | development | pilot | production | retired', da: 'planned | development | pilot | production | retired' },
  organisation: { en: 'the municipality, e.g. Eksempel Kommune', da: 'kommunen, f.eks. Eksempel Kommune' },
  unit: { en: 'optional: the unit, e.g. Jobcenter Eksempel', da: 'valgfrit: enheden, f.eks. Jobcenter Eksempel' },
  contact: { en: 'e-mail of the responsible team', da: 'e-mail til det ansvarlige team' },
  role: {
    en: 'provider | deployer | provider-and-deployer (AI Act Art. 3(3), 3(4))',
    da: 'provider (udbyder) | deployer (idriftsætter) | provider-and-deployer (AI-forordningens art. 3, nr. 3 og 4)',
  },
  act: { en: 'LAB | LAS | SDL | LKHE | INL | other', da: 'LAB | LAS | SDL | LKHE | INL | other' },
  provision: { en: 'the provision, e.g. LOB § 3, stk. 2', da: 'bestemmelsen, f.eks. LOB § 3, stk. 2' },
  affectedPersons: {
    en: 'citizens | employees | … (whom the output concerns)',
    da: 'citizens | employees | … (hvem outputtet vedrører)',
  },
  automated: {
    en: 'true | false: does the system take decisions by itself?',
    da: 'true | false: træffer systemet selv afgørelser?',
  },
  caseworkerDecides: {
    en: 'true | false: does a caseworker take every decision?',
    da: 'true | false: træffer en sagsbehandler alle afgørelser?',
  },
  explanation: {
    en: "how a decision's reasons state the role of the output, and how a person gets an explanation (Forvaltningsloven §§ 22–24; AI Act Art. 86): text, or the path of a document",
    da: 'hvordan begrundelsen for en afgørelse angiver outputtets rolle, og hvordan en person får en forklaring (forvaltningsloven §§ 22–24; AI-forordningens art. 86): tekst eller stien til et dokument',
  },
  explanationIfDecisions: {
    en: "when the system supports decisions: how a decision's reasons state the role of its output (Forvaltningsloven §§ 22–24)",
    da: 'når systemet understøtter afgørelser: hvordan begrundelsen for en afgørelse angiver outputtets rolle (forvaltningsloven §§ 22–24)',
  },
  canOverride: {
    en: 'true | false: can the reviewer set the output aside?',
    da: 'true | false: kan den ansvarlige tilsidesætte outputtet?',
  },
  workersInformed: {
    en: 'true | false: were the workers and their representatives told before use? (AI Act Art. 26(7))',
    da: 'true | false: er medarbejderne og deres repræsentanter orienteret før brug? (AI-forordningens art. 26, stk. 7)',
  },
  category: { en: 'decision-support | case-support | it-development', da: 'decision-support | case-support | it-development' },
  tasks: {
    en: 'one or more: case-summary, journal-notes, profiling, recommendation, chatbot, …',
    da: 'en eller flere: case-summary, journal-notes, profiling, recommendation, chatbot, …',
  },
  decisions: {
    en: 'no automatic decisions: a caseworker takes every decision (GDPR Art. 22)',
    da: 'ingen automatiske afgørelser: en sagsbehandler træffer alle afgørelser (GDPR art. 22)',
  },
  practices: {
    en: 'Art. 5 (prohibited) and Art. 50 (transparency) practices the system performs',
    da: 'praksis efter art. 5 (forbudt) og art. 50 (gennemsigtighed), som systemet udfører',
  },
  annexIII: {
    en: 'Annex III areas the system is used in (empty if none)',
    da: 'områder i bilag III, som systemet bruges i (tom, hvis ingen)',
  },
  profiling: { en: 'profiling of natural persons (GDPR Art. 4(4))', da: 'profilering af fysiske personer (GDPR art. 4, nr. 4)' },
  declaredTier: {
    en: 'the tier you assessed: prohibited | high | limited | minimal',
    da: 'det vurderede risikoniveau: prohibited | high | limited | minimal',
  },
  reviewer: { en: 'the human role that reviews every output', da: 'den rolle, der gennemgår alt output' },
  competence: {
    en: 'training and authority of the reviewers (AI Act Art. 26(2))',
    da: 'de ansvarliges uddannelse og beføjelser (AI-forordningens art. 26, stk. 2)',
  },
  competenceOptional: {
    en: 'recommended: training and authority of the reviewers',
    da: 'anbefalet: de ansvarliges uddannelse og beføjelser',
  },
  procedure: {
    en: 'path or URL of the written review procedure, e.g. docs/human-oversight.md',
    da: 'sti eller URL til den skriftlige procedure for gennemgang, f.eks. docs/human-oversight.md',
  },
  citizenNotice: {
    en: 'where citizens are told that AI is used (GDPR Arts. 13–14), e.g. a URL',
    da: 'hvor borgerne oplyses om brugen af AI (GDPR art. 13-14), f.eks. en URL',
  },
  personalData: { en: 'true | false: does the system process personal data?', da: 'true | false: behandler systemet personoplysninger?' },
  categories: { en: 'ordinary | special-category | cpr | criminal-offences', da: 'ordinary | special-category | cpr | criminal-offences' },
  gdprLegalBasis: {
    en: 'GDPR Art. 6 (and Art. 9(2) for special categories)',
    da: 'GDPR art. 6 (og art. 9, stk. 2, for særlige kategorier)',
  },
  dataMinimisation: {
    en: 'how only the necessary data are used (GDPR Art. 5(1)(c))',
    da: 'hvordan kun de nødvendige oplysninger bruges (GDPR art. 5, stk. 1, litra c)',
  },
  security: { en: 'security measures (GDPR Art. 32)', da: 'sikkerhedsforanstaltninger (GDPR art. 32)' },
  dpia: { en: 'completed | in-progress | not-required (GDPR Art. 35)', da: 'completed | in-progress | not-required (GDPR art. 35)' },
  dpiaDocument: { en: 'path or URL of the DPIA, e.g. docs/dpia.md', da: 'sti eller URL til konsekvensanalysen, f.eks. docs/dpia.md' },
  friaStatus: { en: 'completed | in-progress', da: 'completed | in-progress' },
  friaDocument: { en: 'path or URL of the FRIA, e.g. docs/fria.md', da: 'sti eller URL til konsekvensanalysen, f.eks. docs/fria.md' },
  loggingEnabled: { en: 'true | false: are the logs kept automatically?', da: 'true | false: føres logfilerne automatisk?' },
  retentionMonths: { en: 'months the logs are kept (at least 6)', da: 'antal måneder, logfilerne opbevares (mindst 6)' },
  aiLiteracyDocument: {
    en: 'optional: the written plan, e.g. docs/ai-literacy.md',
    da: 'valgfrit: den skriftlige plan, f.eks. docs/ai-literacy.md',
  },
  instructionsFollowed: {
    en: "true | false: is the system used according to the provider's instructions? (Art. 26(1))",
    da: 'true | false: bruges systemet efter udbyderens brugsanvisning? (art. 26, stk. 1)',
  },
  monitoring: {
    en: 'path or URL of the monitoring procedure (Art. 26(5)), e.g. docs/monitoring.md',
    da: 'sti eller URL til proceduren for overvågning (art. 26, stk. 5), f.eks. docs/monitoring.md',
  },
  affectedPersonsInformed: {
    en: 'true | false: are the persons the decisions concern told that the system is used? (Art. 26(11))',
    da: 'true | false: får de personer, afgørelserne vedrører, at vide, at systemet bruges? (art. 26, stk. 11)',
  },
  deployerRegistration: {
    en: "the id of the municipality's registration of its use in the EU database (Art. 49(3))",
    da: 'id for kommunens registrering af brugen i EU-databasen (art. 49, stk. 3)',
  },
  providerRegistration: {
    en: "the provider's registration id of the system in the EU database (Art. 26(8))",
    da: 'udbyderens registrerings-id for systemet i EU-databasen (art. 26, stk. 8)',
  },
  fria: {
    en: 'fundamental rights impact assessment before first use (AI Act Art. 27)',
    da: 'konsekvensanalyse vedrørende grundlæggende rettigheder før første anvendelse (AI-forordningens art. 27)',
  },
  logging: {
    en: 'automatic logs, kept at least 6 months (AI Act Arts. 19, 26(6))',
    da: 'automatiske logfiler, opbevaret i mindst 6 måneder (AI-forordningens art. 19 og art. 26, stk. 6)',
  },
  measures: {
    en: 'training and guidance for the staff who use the system (AI Act Art. 4)',
    da: 'uddannelse og vejledning af de medarbejdere, der bruger systemet (AI-forordningens art. 4)',
  },
  deployment: { en: 'deployer duties of AI Act Art. 26', da: 'idriftsætterens pligter efter AI-forordningens art. 26' },
  inputDataRelevance: {
    en: 'how input data are kept relevant and representative (Art. 26(4))',
    da: 'hvordan inputdata holdes relevante og repræsentative (art. 26, stk. 4)',
  },
  documentation: {
    en: 'provider documentation (AI Act Arts. 9–17, 43, 49, 72)',
    da: 'udbyderens dokumentation (AI-forordningens art. 9-17, 43, 49 og 72)',
  },
  documentationField: {
    technical: {
      en: 'path or URL of the technical documentation (Annex IV)',
      da: 'sti eller URL til den tekniske dokumentation (bilag IV)',
    },
    riskManagement: { en: 'path or URL of the risk management system (Art. 9)', da: 'sti eller URL til risikostyringssystemet (art. 9)' },
    dataGovernance: { en: 'path or URL of the data governance (Art. 10)', da: 'sti eller URL til datastyringen (art. 10)' },
    accuracyRobustnessCybersecurity: {
      en: 'path or URL of accuracy, robustness and cybersecurity (Art. 15)',
      da: 'sti eller URL til nøjagtighed, robusthed og cybersikkerhed (art. 15)',
    },
    qualityManagement: {
      en: 'path or URL of the quality management system (Art. 17)',
      da: 'sti eller URL til kvalitetsstyringssystemet (art. 17)',
    },
    instructionsForUse: { en: 'path or URL of the instructions for use (Art. 13)', da: 'sti eller URL til brugsanvisningen (art. 13)' },
    conformityAssessment: {
      en: 'path or URL of the conformity assessment (Art. 43)',
      da: 'sti eller URL til overensstemmelsesvurderingen (art. 43)',
    },
    postMarketMonitoring: {
      en: 'path or URL of the post-market monitoring plan (Art. 72)',
      da: 'sti eller URL til planen for overvågning efter omsætningen (art. 72)',
    },
  } as Record<string, Localized>,
  euDatabaseRegistration: {
    en: 'registration id in the EU database (AI Act Art. 49)',
    da: 'registreringens id i EU-databasen (AI-forordningens art. 49)',
  },
  transparencyField: {
    aiInteractionDisclosure: {
      en: 'how people are told they interact with an AI system (Art. 50(1))',
      da: 'hvordan personer får at vide, at de interagerer med et AI-system (art. 50, stk. 1)',
    },
    contentMarking: {
      en: 'how generated content is marked or disclosed (Art. 50(2), 50(4))',
      da: 'hvordan genereret indhold mærkes eller oplyses (art. 50, stk. 2 og 4)',
    },
    exposureNotice: { en: 'how exposed people are informed (Art. 50(3))', da: 'hvordan de berørte personer oplyses (art. 50, stk. 3)' },
  } as Record<string, Localized>,
} satisfies Record<string, unknown>;

/** A YAML scalar on one line: plain where that is safe, else quoted. */
function scalar(value: string): string {
  const text = stringify(value, { lineWidth: 0 }).trimEnd();
  return text.includes('\n') ? JSON.stringify(value) : text;
}

function flowList(values: readonly string[]): string {
  return `[${values.map(scalar).join(', ')}]`;
}

/**
 * The manifest skeleton as YAML text, in the chosen language. Only the answers in `options` are written as values
 * (spec: "A new manifest holds only what its author answered"); every other field the rules read is a placeholder
 * ("TODO: …", which the check reports as `placeholder-value` and counts as missing), never a default and never the
 * path of a document that does not exist. The sections the answers call for (FRIA, logging, deployer duties,
 * provider documentation) are included once the answers make them apply.
 */
export function manifestTemplate(options: ManifestTemplateOptions): string {
  const lang = options.lang;
  const pad = (indent: number): string => ' '.repeat(indent);
  const todo = (key: string, indent: number, hint: Localized): Line => `${pad(indent)}${key}: ${JSON.stringify(`TODO: ${hint[lang]}`)}`;
  const todoList = (key: string, indent: number, hint: Localized): Line =>
    `${pad(indent)}${key}: [${JSON.stringify(`TODO: ${hint[lang]}`)}]`;
  const value = (key: string, indent: number, text: string, hint?: Localized): Line =>
    `${pad(indent)}${key}: ${text}${hint ? `   # ${hint[lang]}` : ''}`;
  const comment = (indent: number, hint: Localized): Line => `${pad(indent)}# ${hint[lang]}`;

  const role = options.role;
  const risk = options.riskClassification;
  const data = { system: { role }, riskClassification: risk ? { ...risk } : undefined };
  const tier: TierResult = computeTier(data);
  const high = tier.tier === 'high';
  const practices = risk?.practices ?? [];
  const transparencyFields = [...new Set(practices.filter(isTransparencyPractice).map((p) => TRANSPARENCY_PRACTICES[p].field))];

  const lines: Line[] = [...TEXT.header[lang], 'manifestVersion: 1', ''];
  lines.push(
    'system:',
    todo('id', 2, TEXT.id),
    todo('name', 2, TEXT.name),
    todo('description', 2, TEXT.description),
    todo('status', 2, TEXT.status),
    '  owner:',
    todo('organisation', 4, TEXT.organisation),
    `    # unit: # ${TEXT.unit[lang]}`,
    todo('contact', 4, TEXT.contact),
    role ? value('role', 2, role, TEXT.role) : todo('role', 2, TEXT.role),
    '',
    'legalBasis:',
    todo('act', 2, TEXT.act),
    todo('provision', 2, TEXT.provision),
    '',
    'purpose:',
    todo('category', 2, TEXT.category),
    todoList('tasks', 2, TEXT.tasks),
    todoList('affectedPersons', 2, TEXT.affectedPersons),
    '',
    comment(0, TEXT.decisions),
    'decisions:',
    todo('automated', 2, TEXT.automated),
    todo('caseworkerDecides', 2, TEXT.caseworkerDecides),
    // A system that profiles supports decisions (rule explanation-missing); otherwise the purpose, not yet answered, decides.
    risk?.profiling ? todo('explanation', 2, TEXT.explanation) : `  # explanation: # ${TEXT.explanationIfDecisions[lang]}`,
    '',
    'riskClassification:',
  );
  if (risk) {
    lines.push(
      value('practices', 2, flowList(risk.practices), TEXT.practices),
      value('annexIII', 2, flowList(risk.annexIII), TEXT.annexIII),
      value('profiling', 2, String(risk.profiling), TEXT.profiling),
    );
    if (risk.derogation) {
      lines.push(
        '  derogation:',
        value('condition', 4, scalar(risk.derogation.condition)),
        value('justification', 4, scalar(risk.derogation.justification)),
      );
    }
    if (risk.declaredTier) lines.push(value('declaredTier', 2, risk.declaredTier, TEXT.declaredTier));
  } else {
    lines.push(todoList('practices', 2, TEXT.practices), todoList('annexIII', 2, TEXT.annexIII), todo('profiling', 2, TEXT.profiling));
  }
  lines.push(
    '',
    'humanOversight:',
    todo('reviewer', 2, TEXT.reviewer),
    todo('canOverride', 2, TEXT.canOverride),
    high ? todo('competence', 2, TEXT.competence) : `  # competence: # ${TEXT.competenceOptional[lang]}`,
    todo('procedure', 2, TEXT.procedure),
    '',
    'transparency:',
    todo('citizenNotice', 2, TEXT.citizenNotice),
    ...transparencyFields.map((field) => todo(field, 2, TEXT.transparencyField[field])),
    ...(high && deploys(data) ? [todo('workersInformed', 2, TEXT.workersInformed)] : []),
    '',
    'dataProtection:',
    todo('personalData', 2, TEXT.personalData),
    todoList('categories', 2, TEXT.categories),
    todo('gdprLegalBasis', 2, TEXT.gdprLegalBasis),
    todo('dataMinimisation', 2, TEXT.dataMinimisation),
    todo('security', 2, TEXT.security),
    '  dpia:',
    todo('status', 4, TEXT.dpia),
    todo('document', 4, TEXT.dpiaDocument),
  );
  if (friaRequired(data, tier)) {
    lines.push('', comment(0, TEXT.fria), 'fria:', todo('status', 2, TEXT.friaStatus), todo('document', 2, TEXT.friaDocument));
  }
  if (high) {
    lines.push(
      '',
      comment(0, TEXT.logging),
      'logging:',
      todo('enabled', 2, TEXT.loggingEnabled),
      todo('retentionMonths', 2, TEXT.retentionMonths),
    );
  }
  lines.push('', 'aiLiteracy:', todo('measures', 2, TEXT.measures), `  # document: # ${TEXT.aiLiteracyDocument[lang]}`);
  if (high && deploys(data)) {
    lines.push(
      '',
      comment(0, TEXT.deployment),
      'deployment:',
      todo('instructionsFollowed', 2, TEXT.instructionsFollowed),
      todo('inputDataRelevance', 2, TEXT.inputDataRelevance),
      todo('monitoring', 2, TEXT.monitoring),
      todo('affectedPersonsInformed', 2, TEXT.affectedPersonsInformed),
    );
    if (deployerRegistrationRequired(data, tier)) {
      lines.push(todo('euDatabaseRegistration', 2, TEXT.deployerRegistration), todo('providerRegistration', 2, TEXT.providerRegistration));
    }
  }
  if (provides(data) && (high || tier.derogationApplies)) {
    lines.push('', comment(0, TEXT.documentation), 'documentation:');
    if (high) {
      for (const [field, hint] of Object.entries(TEXT.documentationField)) lines.push(todo(field, 2, hint));
    }
    if (providerRegistrationRequired(data, tier) || tier.derogationApplies)
      lines.push(todo('euDatabaseRegistration', 2, TEXT.euDatabaseRegistration));
  }
  return lines.join('\n') + '\n';
}
