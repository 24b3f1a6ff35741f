import { stringify } from 'yaml';
import { deploys, provides } from '../yaml/fields';
import { computeTier, type TierResult } from '../law/risk';
import { friaRequired } from '../law/applicability';
import type { Lang, Localized, Role, Tier } from '../types';
import { isTransparencyPractice, TRANSPARENCY_PRACTICES } from '../law/vocabulary';

/**
 * The skeleton of a new `ai-system.yaml` ("New AI system manifest", and the wizard's pre-filled manifest).
 * Every value the author must supply is left empty with a `# TODO` comment, so the checker marks each one
 * until it is filled in. The sections that the risk tier and the role call for are included.
 */
export interface ManifestTemplateOptions {
  lang: Lang;
  role?: Role;
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
  procedure: { en: 'the written review procedure', da: 'den skriftlige procedure for gennemgang' },
  citizenNotice: {
    en: 'where citizens are told that AI is used (GDPR Arts. 13–14), e.g. a URL',
    da: 'hvor borgerne oplyses om brugen af AI (GDPR art. 13-14), f.eks. en URL',
  },
  personalData: { en: 'does the system process personal data?', da: 'behandler systemet personoplysninger?' },
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

/** The manifest skeleton as YAML text, in the chosen language's comments. */
export function manifestTemplate(options: ManifestTemplateOptions): string {
  const lang = options.lang;
  const todo = (key: string, indent: number, hint: Localized): Line => `${' '.repeat(indent)}${key}: # TODO: ${hint[lang]}`;
  const value = (key: string, indent: number, text: string, hint?: Localized): Line =>
    `${' '.repeat(indent)}${key}: ${text}${hint ? `   # ${hint[lang]}` : ''}`;
  const comment = (indent: number, hint: Localized): Line => `${' '.repeat(indent)}# ${hint[lang]}`;

  const role: Role = options.role ?? 'deployer';
  const risk = options.riskClassification ?? { practices: [], annexIII: [], profiling: false };
  const data = { system: { role }, riskClassification: { ...risk } };
  const tier: TierResult = computeTier(data);
  const high = tier.tier === 'high';
  const transparencyFields = [...new Set(risk.practices.filter(isTransparencyPractice).map((p) => TRANSPARENCY_PRACTICES[p].field))];

  const lines: Line[] = [...TEXT.header[lang], 'manifestVersion: 1', ''];
  lines.push(
    'system:',
    todo('id', 2, TEXT.id),
    todo('name', 2, TEXT.name),
    todo('description', 2, TEXT.description),
    value('version', 2, '0.1.0'),
    value('status', 2, 'planned', TEXT.status),
    '  owner:',
    todo('organisation', 4, TEXT.organisation),
    `    # unit: # ${TEXT.unit[lang]}`,
    todo('contact', 4, TEXT.contact),
    value('role', 2, role, TEXT.role),
    '',
    'legalBasis:',
    value('act', 2, 'LAB', TEXT.act),
    value('provision', 2, '"LOB § 3, stk. 2"'),
    '',
    'purpose:',
    value('category', 2, 'case-support', TEXT.category),
    todo('tasks', 2, TEXT.tasks),
    value('affectedPersons', 2, '[citizens]'),
    '',
    comment(0, TEXT.decisions),
    'decisions:',
    value('automated', 2, 'false'),
    value('caseworkerDecides', 2, 'true'),
    '',
    'riskClassification:',
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
  lines.push(
    '',
    'humanOversight:',
    todo('reviewer', 2, TEXT.reviewer),
    value('canOverride', 2, 'true'),
    high ? todo('competence', 2, TEXT.competence) : `  # competence: # ${TEXT.competenceOptional[lang]}`,
    value('procedure', 2, 'docs/human-oversight.md', TEXT.procedure),
    '',
    'transparency:',
    todo('citizenNotice', 2, TEXT.citizenNotice),
    ...transparencyFields.map((field) => todo(field, 2, TEXT.transparencyField[field])),
    '',
    'dataProtection:',
    value('personalData', 2, 'true', TEXT.personalData),
    todo('categories', 2, TEXT.categories),
    todo('gdprLegalBasis', 2, TEXT.gdprLegalBasis),
    todo('dataMinimisation', 2, TEXT.dataMinimisation),
    todo('security', 2, TEXT.security),
    '  dpia:',
    value('status', 4, 'in-progress', TEXT.dpia),
    value('document', 4, 'docs/dpia.md'),
  );
  if (friaRequired(data, tier)) {
    lines.push('', comment(0, TEXT.fria), 'fria:', value('status', 2, 'in-progress'), value('document', 2, 'docs/fria.md'));
  }
  if (high) {
    lines.push('', comment(0, TEXT.logging), 'logging:', value('enabled', 2, 'true'), value('retentionMonths', 2, '6'));
  }
  lines.push('', 'aiLiteracy:', todo('measures', 2, TEXT.measures), '  # document: docs/ai-literacy.md');
  if (high && deploys(data)) {
    lines.push(
      '',
      comment(0, TEXT.deployment),
      'deployment:',
      value('instructionsFollowed', 2, 'true'),
      todo('inputDataRelevance', 2, TEXT.inputDataRelevance),
      value('monitoring', 2, 'docs/monitoring.md'),
      value('affectedPersonsInformed', 2, 'true'),
    );
  }
  if (provides(data) && (high || tier.derogationApplies)) {
    lines.push('', comment(0, TEXT.documentation), 'documentation:');
    if (high) {
      lines.push(
        value('technical', 2, 'docs/technical-documentation.md'),
        value('riskManagement', 2, 'docs/risk-management.md'),
        value('dataGovernance', 2, 'docs/data-governance.md'),
        value('accuracyRobustnessCybersecurity', 2, 'docs/accuracy.md'),
        value('qualityManagement', 2, 'docs/qms.md'),
        value('instructionsForUse', 2, 'docs/instructions.md'),
        value('conformityAssessment', 2, 'docs/conformity.md'),
        value('postMarketMonitoring', 2, 'docs/post-market.md'),
      );
    }
    lines.push(todo('euDatabaseRegistration', 2, TEXT.euDatabaseRegistration));
  }
  return lines.join('\n') + '\n';
}
