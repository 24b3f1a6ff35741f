import { localized } from '../l10n';
import { citation } from './articles';
import { enumArg, namedValue } from './enumNames';
import {
  has,
  indexedStrings,
  infersEmployeeEmotions,
  interactsWithPersons,
  isRecord,
  isTrue,
  stringList,
  supportsDecisions,
  systemProfiles,
  valueAt,
} from '../yaml/fields';
import { appliesFrom, DEFAULT_EDITION, type Certainty, type Edition, type ProvisionId } from './timeline';
import { dutyDate, systemDates } from './dutyDate';
import type { Localized, ManifestPath, Tier } from '../types';
import { ANNEX_III_POINTS, DEROGATION_CONDITIONS, PROHIBITED_PRACTICES, TRANSPARENCY_PRACTICES } from './vocabulary';

/** Texts side by side, in each language: "a (…), b (…)". */
function commaList(texts: readonly Localized[]): Localized {
  return { en: texts.map((text) => text.en).join(', '), da: texts.map((text) => text.da).join(', ') };
}

export interface Reason {
  text: Localized;
  article: string;
  provision: ProvisionId;
  /** For this system (`dutyDate`): Art. 111(2) and 111(4) can move it from the timeline's date. */
  appliesFrom: string;
  certainty: Certainty;
  /** Why `appliesFrom` differs from the timeline's date, where it does. */
  dateReason?: Localized;
  /** The field that gives the reason, for links from the views. */
  path: ManifestPath;
}

export interface TierResult {
  /** null when the answers the tier needs are missing (or placeholders) and what is present does not decide it. */
  tier: Tier | null;
  reasons: Reason[];
  /** When the tier is not determined: the fields to fill in (empty otherwise). */
  undetermined: ManifestPath[];
  /** The provision whose date starts the high-risk duties (earliest route), when the tier is high. */
  highRiskProvision?: ProvisionId;
  /** High-risk through Annex III (any area) or Annex III point 1(c) emotion recognition. */
  highRiskThroughAnnexIII: boolean;
  /** The Art. 50 practices listed, whatever the tier (with `interacts-with-persons` when `purpose.tasks` has `chatbot`). */
  transparencyPractices: string[];
  /** Annex III area listed but a complete Art. 6(3) derogation and no profiling: not high-risk. */
  derogationApplies: boolean;
}

const PRACTICES: ManifestPath = ['riskClassification', 'practices'];
const ANNEX_III: ManifestPath = ['riskClassification', 'annexIII'];

/** The risk tier by the spec's procedure: the first step that holds wins. */
export function computeTier(data: unknown, edition: Edition = DEFAULT_EDITION): TierResult {
  const reasons: Reason[] = [];
  const system = systemDates(data);
  let highRisk = false;
  const reason = (provision: ProvisionId, article: string, path: ManifestPath, text: Localized): void => {
    const duty = dutyDate(provision, { edition, system, highRisk });
    reasons.push({
      text,
      article,
      provision,
      appliesFrom: duty.date,
      certainty: duty.certainty,
      ...(duty.reason ? { dateReason: duty.reason } : {}),
      path,
    });
  };
  const practices = indexedStrings(data, PRACTICES);
  const transparencyPractices = practices.map((p) => p.value).filter((value) => value in TRANSPARENCY_PRACTICES);
  // The system interacts with persons when it is a chatbot, whether or not `practices` says so (rule practice-undeclared).
  if (interactsWithPersons(data) && !transparencyPractices.includes('interacts-with-persons'))
    transparencyPractices.unshift('interacts-with-persons');
  const base = { highRiskThroughAnnexIII: false, transparencyPractices, derogationApplies: false, undetermined: [] as ManifestPath[] };

  const prohibited = prohibitedPractices(data);
  if (prohibited.length > 0) {
    for (const { value, index, employees } of prohibited) {
      const { point, provision } = PROHIBITED_PRACTICES[value];
      reason(
        provision,
        point,
        [...PRACTICES, index],
        employees
          ? localized(
              "The system infers the emotions of employees ('practices' lists 'emotion-recognition', 'affectedPersons' has 'employees', no 'medicalOrSafetyReason'): emotion recognition in the workplace is prohibited (AI Act {0}).",
              citation(point),
            )
          : localized('The practice {0} is prohibited (AI Act {1}).', namedValue('practice', value, `'${value}'`), citation(point)),
      );
    }
    return { ...base, tier: 'prohibited', reasons };
  }

  const annexIII = stringList(data, ANNEX_III);
  const profiling = systemProfiles(data);
  const derogation = valueAt(data, ['riskClassification', 'derogation']);
  // A condition the schema rejects is read as absent (spec: "How values count"): such a derogation is not complete.
  const condition = valueAt(derogation, ['condition']);
  const derogationComplete =
    isRecord(derogation) &&
    typeof condition === 'string' &&
    DEROGATION_CONDITIONS.includes(condition) &&
    has(derogation, ['justification']);
  const emotionRecognition = practices.find((p) => p.value === 'emotion-recognition');
  const annexI = isTrue(data, ['riskClassification', 'annexI']);
  const annexIIIHighRisk = annexIII.length > 0 && (!derogationComplete || profiling);

  // Not determined: an answer the tier needs is missing (a placeholder counts as missing), and what is present does
  // not already decide it: with `practices` answered (no Art. 5 value), annexI, emotion recognition or an Annex III
  // area without a complete derogation decide `high` whatever `profiling` says; unanswered `practices` never decide
  // `high` (a practice could make it prohibited). A blank manifest is never "minimal".
  const undetermined = unansweredTierQuestions(data);
  const practicesAnswered = Array.isArray(valueAt(data, PRACTICES));
  const decidesHigh = practicesAnswered && (annexI || Boolean(emotionRecognition) || (annexIII.length > 0 && !derogationComplete));
  if (undetermined.length > 0 && !decidesHigh) return { ...base, tier: null, reasons, undetermined };

  if (annexI || emotionRecognition || annexIIIHighRisk) {
    highRisk = true;
    if (annexI) {
      reason(
        'annex-i-high-risk',
        'Art. 6(1), Annex I',
        ['riskClassification', 'annexI'],
        localized(
          'The system is a product, or a safety component of one, under Annex I legislation that needs third-party conformity assessment.',
        ),
      );
    }
    if (emotionRecognition) {
      reason(
        'annex-iii-high-risk',
        'Art. 6(2), Annex III point 1(c)',
        [...PRACTICES, emotionRecognition.index],
        localized('Emotion recognition is a high-risk use (Annex III point 1(c)).'),
      );
    }
    if (annexIIIHighRisk) {
      const areas = annexIII.map((area) =>
        localized('{0} ({1})', enumArg('annexIII', area), citation(ANNEX_III_POINTS[area] ?? 'Annex III')),
      );
      const why: Localized =
        profiling && derogationComplete
          ? localized('profiling of natural persons rules out the Art. 6(3) derogation')
          : profiling
            ? localized('the system profiles natural persons')
            : localized('no documented Art. 6(3) derogation (condition and justification) is given');
      reason(
        'annex-iii-high-risk',
        profiling ? 'Art. 6(2), 6(3) last subparagraph' : 'Art. 6(2), Annex III',
        ANNEX_III,
        localized('Listed in Annex III: {0}; {1}.', commaList(areas), why),
      );
    }
    for (const value of transparencyPractices) {
      const practice = TRANSPARENCY_PRACTICES[value];
      reason(
        transparencyProvision(value),
        practice.paragraph,
        PRACTICES,
        localized(
          'High-risk systems with {0} also carry the {1} duty to {2}.',
          namedValue('practice', value, `'${value}'`),
          citation(practice.paragraph),
          practice.duty,
        ),
      );
    }
    const routes: ProvisionId[] = [];
    if (emotionRecognition || annexIIIHighRisk) routes.push('annex-iii-high-risk');
    if (annexI) routes.push('annex-i-high-risk');
    const highRiskProvision = routes.reduce((earliest, next) =>
      appliesFrom(next, edition) < appliesFrom(earliest, edition) ? next : earliest,
    );
    return {
      ...base,
      tier: 'high',
      reasons,
      highRiskProvision,
      highRiskThroughAnnexIII: Boolean(emotionRecognition) || annexIIIHighRisk,
    };
  }

  const derogationApplies = annexIII.length > 0;
  if (derogationApplies) {
    reason(
      'annex-iii-high-risk',
      'Art. 6(3), 6(4)',
      ['riskClassification', 'derogation'],
      localized(
        'Listed in Annex III, but a documented Art. 6(3) derogation applies ({0}) and there is no profiling: not high-risk.',
        enumArg('condition', String(valueAt(derogation, ['condition']))),
      ),
    );
  }

  if (transparencyPractices.length > 0) {
    for (const value of transparencyPractices) {
      const practice = TRANSPARENCY_PRACTICES[value];
      reason(
        transparencyProvision(value),
        practice.paragraph,
        PRACTICES,
        localized(
          'The practice {0} carries the transparency duty to {1} ({2}).',
          namedValue('practice', value, `'${value}'`),
          practice.duty,
          citation(practice.paragraph),
        ),
      );
    }
    return { ...base, tier: 'limited', reasons, derogationApplies };
  }

  reason(
    'ai-literacy',
    'Arts. 5, 6, 50',
    PRACTICES,
    localized(
      'No prohibited practice, no high-risk route and no Art. 50 practice is declared: minimal risk. AI literacy (Art. 4) and GDPR still apply.',
    ),
  );
  return { ...base, tier: 'minimal', reasons, derogationApplies };
}

/**
 * The provision that dates a transparency practice's duty: Art. 50(2) marking by a generative system has the
 * Art. 111(4) date for a system in service before 2 Aug 2026 (spec: "When a duty applies to this system"); the
 * reasons of the tier and the duties of `assess` use the same one.
 */
export function transparencyProvision(value: string): ProvisionId {
  return TRANSPARENCY_PRACTICES[value]?.paragraph === 'Art. 50(2)' ? 'transparency-marking-legacy' : 'transparency';
}

/** The answers the tier needs that are missing: `riskClassification`, its `practices`, `annexIII`, and `profiling` unless the tasks say profiling. */
export function unansweredTierQuestions(data: unknown): ManifestPath[] {
  if (!isRecord(valueAt(data, ['riskClassification']))) return [['riskClassification']];
  const missing: ManifestPath[] = [];
  if (!Array.isArray(valueAt(data, PRACTICES))) missing.push(PRACTICES);
  if (!Array.isArray(valueAt(data, ANNEX_III))) missing.push(ANNEX_III);
  const profiling = valueAt(data, ['riskClassification', 'profiling']);
  if (typeof profiling !== 'boolean' && !stringList(data, ['purpose', 'tasks']).includes('profiling'))
    missing.push(['riskClassification', 'profiling']);
  // A system that supports decisions and lists no Annex III area has no tier until the author lists the area or says
  // why none applies (rule annex-iii-undeclared).
  if (annexIIIUndeclared(data)) missing.push(ANNEX_III, ['riskClassification', 'annexIIIAssessment']);
  return missing;
}

/** The system supports decisions, `annexIII` is answered but empty, and no `annexIIIAssessment` says why (spec: "Risk tier"). */
export function annexIIIUndeclared(data: unknown): boolean {
  const annexIII = valueAt(data, ANNEX_III);
  return (
    supportsDecisions(data) && Array.isArray(annexIII) && annexIII.length === 0 && !has(data, ['riskClassification', 'annexIIIAssessment'])
  );
}

export interface ListedProhibition {
  value: string;
  /** The item of `practices` that gives it. */
  index: number;
  /** Read from `emotion-recognition` of employees without a medical or safety reason (Art. 5(1)(f)), not listed. */
  employees?: true;
}

/**
 * The Art. 5 practices the system has: those listed, and `workplace-emotion-recognition` where the system infers the
 * emotions of employees without listing it (spec: "Risk tier"; rule practice-undeclared).
 */
export function prohibitedPractices(data: unknown): ListedProhibition[] {
  const practices = indexedStrings(data, PRACTICES);
  const listed: ListedProhibition[] = practices.filter((p) => p.value in PROHIBITED_PRACTICES);
  const emotion = practices.find((p) => p.value === 'emotion-recognition');
  if (emotion && infersEmployeeEmotions(data) && !listed.some((p) => p.value === 'workplace-emotion-recognition'))
    listed.push({ value: 'workplace-emotion-recognition', index: emotion.index, employees: true });
  return listed;
}
