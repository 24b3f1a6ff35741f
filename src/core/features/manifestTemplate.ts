import { stringify } from 'yaml';
import { deploys, provides } from '../yaml/fields';
import { computeTier, type TierResult } from '../law/risk';
import { deployerRegistrationRequired, friaRequired, providerRegistrationRequired } from '../law/applicability';
import type { Lang, Localized, Role, Tier } from '../types';
import { isTransparencyPractice, TRANSPARENCY_PRACTICES } from '../law/vocabulary';
import { localized } from '../l10n';

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
  header: [
    localized('AI system manifest (format v1). Fill in every TODO: the checker marks each field that is still missing.'),
    localized('Document paths are relative to this file. Findings are prompts, not legal conclusions.'),
  ],
  id: localized('kebab-case slug, e.g. journal-note-assistant'),
  name: localized("the system's name"),
  description: localized('what the system does, for whom, and what it does not do'),
  status: localized('planned | development | pilot | production | retired'),
  organisation: localized('the municipality, e.g. Eksempel Kommune'),
  unit: localized('optional: the unit, e.g. Jobcenter Eksempel'),
  contact: localized('e-mail of the responsible team'),
  role: localized('provider | deployer | provider-and-deployer (AI Act Art. 3(3), 3(4))'),
  act: localized('LAB | LAS | SDL | LKHE | INL | other'),
  provision: localized('the provision, e.g. LOB § 3, stk. 2'),
  affectedPersons: localized('citizens | employees | … (whom the output concerns)'),
  automated: localized('true | false: does the system take decisions by itself?'),
  caseworkerDecides: localized('true | false: does a caseworker take every decision?'),
  explanation: localized(
    "how a decision's reasons state the role of the output, and how a person gets an explanation (Forvaltningsloven §§ 22–24; AI Act Art. 86): text, or the path of a document",
  ),
  explanationIfDecisions: localized(
    "when the system supports decisions: how a decision's reasons state the role of its output (Forvaltningsloven §§ 22–24)",
  ),
  canOverride: localized('true | false: can the reviewer set the output aside?'),
  workersInformed: localized('true | false: were the workers and their representatives told before use? (AI Act Art. 26(7))'),
  category: localized('decision-support | case-support | it-development'),
  tasks: localized('one or more: case-summary, journal-notes, profiling, recommendation, chatbot, …'),
  decisions: localized('no automatic decisions: a caseworker takes every decision (GDPR Art. 22)'),
  practices: localized('Art. 5 (prohibited) and Art. 50 (transparency) practices the system performs'),
  annexIII: localized('Annex III areas the system is used in (empty if none)'),
  profiling: localized('profiling of natural persons (GDPR Art. 4(4))'),
  declaredTier: localized('the tier you assessed: prohibited | high | limited | minimal'),
  reviewer: localized('the human role that reviews every output'),
  competence: localized('training and authority of the reviewers (AI Act Art. 26(2))'),
  competenceOptional: localized('recommended: training and authority of the reviewers'),
  procedure: localized('path or URL of the written review procedure, e.g. docs/human-oversight.md'),
  citizenNotice: localized('where citizens are told that AI is used (GDPR Arts. 13–14), e.g. a URL'),
  personalData: localized('true | false: does the system process personal data?'),
  categories: localized('ordinary | special-category | cpr | criminal-offences'),
  gdprLegalBasis: localized('GDPR Art. 6 (and Art. 9(2) for special categories)'),
  dataMinimisation: localized('how only the necessary data are used (GDPR Art. 5(1)(c))'),
  security: localized('security measures (GDPR Art. 32)'),
  dpia: localized('completed | in-progress | not-required (GDPR Art. 35)'),
  dpiaDocument: localized('path or URL of the DPIA, e.g. docs/dpia.md'),
  friaStatus: localized('completed | in-progress'),
  friaDocument: localized('path or URL of the FRIA, e.g. docs/fria.md'),
  loggingEnabled: localized('true | false: are the logs kept automatically?'),
  retentionMonths: localized('months the logs are kept (at least 6)'),
  aiLiteracyDocument: localized('optional: the written plan, e.g. docs/ai-literacy.md'),
  instructionsFollowed: localized("true | false: is the system used according to the provider's instructions? (Art. 26(1))"),
  monitoring: localized('path or URL of the monitoring procedure (Art. 26(5)), e.g. docs/monitoring.md'),
  affectedPersonsInformed: localized('true | false: are the persons the decisions concern told that the system is used? (Art. 26(11))'),
  deployerRegistration: localized("the id of the municipality's registration of its use in the EU database (Art. 49(3))"),
  providerRegistration: localized("the provider's registration id of the system in the EU database (Art. 26(8))"),
  fria: localized('fundamental rights impact assessment before first use (AI Act Art. 27)'),
  logging: localized('automatic logs, kept at least 6 months (AI Act Arts. 19, 26(6))'),
  measures: localized('training and guidance for the staff who use the system (AI Act Art. 4)'),
  deployment: localized('deployer duties of AI Act Art. 26'),
  inputDataRelevance: localized('how input data are kept relevant and representative (Art. 26(4))'),
  documentation: localized('provider documentation (AI Act Arts. 9–17, 43, 49, 72)'),
  documentationField: {
    technical: localized('path or URL of the technical documentation (Annex IV)'),
    riskManagement: localized('path or URL of the risk management system (Art. 9)'),
    dataGovernance: localized('path or URL of the data governance (Art. 10)'),
    accuracyRobustnessCybersecurity: localized('path or URL of accuracy, robustness and cybersecurity (Art. 15)'),
    qualityManagement: localized('path or URL of the quality management system (Art. 17)'),
    instructionsForUse: localized('path or URL of the instructions for use (Art. 13)'),
    conformityAssessment: localized('path or URL of the conformity assessment (Art. 43)'),
    postMarketMonitoring: localized('path or URL of the post-market monitoring plan (Art. 72)'),
  } as Record<string, Localized>,
  euDatabaseRegistration: localized('registration id in the EU database (AI Act Art. 49)'),
  transparencyField: {
    aiInteractionDisclosure: localized('how people are told they interact with an AI system (Art. 50(1))'),
    contentMarking: localized('how generated content is marked or disclosed (Art. 50(2), 50(4))'),
    exposureNotice: localized('how exposed people are informed (Art. 50(3))'),
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

  const lines: Line[] = [...TEXT.header.map((line) => comment(0, line)), 'manifestVersion: 1', ''];
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
