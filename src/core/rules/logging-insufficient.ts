import { isRecord, valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';
import type { ManifestPath } from '../types';

const MINIMUM_MONTHS = 6;

export const loggingInsufficient: Rule<'logging-insufficient'> = {
  id: 'logging-insufficient',
  defaultSeverity: 'error',
  fix: { insertField: true },
  description: {
    en: 'A high-risk system does not keep logs, or keeps them for less than 6 months.',
    da: 'Et højrisiko-AI-system fører ikke logfiler eller opbevarer dem i under 6 måneder.',
  },
  articles: 'AI Act Arts. 12, 19, 26(6)',
  evidence: ['record-keeping', 'keep-logs'],
  check(context) {
    const { data, tier } = context;
    if (tier.tier !== 'high') return [];
    const provision = tier.highRiskProvision ?? 'annex-iii-high-risk';
    const article = 'AI Act Arts. 12, 19, 26(6)';
    const logging = valueAt(data, ['logging']);
    if (!isRecord(logging)) {
      return [
        findingAt(
          context,
          'logging-insufficient',
          'error',
          ['logging'],
          message(
            `\`logging\` is missing: a high-risk system must log events automatically and keep the logs for at least ${MINIMUM_MONTHS} months`,
            `\`logging\` mangler: et højrisiko-AI-system skal automatisk registrere hændelser og opbevare logfilerne i mindst ${MINIMUM_MONTHS} måneder`,
            article,
            provision,
            context,
          ),
        ),
      ];
    }
    // One finding per logging section, naming every reason (spec: "How values count"). A value the schema rejects
    // (retentionMonths: "12") is reported by the schema alone and read here as absent.
    const gaps: { path: ManifestPath; en: string; da: string }[] = [];
    if (logging.enabled !== true)
      gaps.push({
        path: ['logging', 'enabled'],
        en: "'logging.enabled' must be true for a high-risk system",
        da: "'logging.enabled' skal være true for et højrisiko-AI-system",
      });
    const months = logging.retentionMonths;
    if (months === undefined || months === null)
      gaps.push({
        path: ['logging', 'retentionMonths'],
        en: `'logging.retentionMonths' is missing: keep the logs for at least ${MINIMUM_MONTHS} months`,
        da: `'logging.retentionMonths' mangler: opbevar logfilerne i mindst ${MINIMUM_MONTHS} måneder`,
      });
    else if (typeof months === 'number' && months < MINIMUM_MONTHS)
      gaps.push({
        path: ['logging', 'retentionMonths'],
        en: `'logging.retentionMonths' is ${months}: logs of a high-risk system must be kept for at least ${MINIMUM_MONTHS} months`,
        da: `'logging.retentionMonths' er ${months}: logfiler fra et højrisiko-AI-system skal opbevares i mindst ${MINIMUM_MONTHS} måneder`,
      });
    if (gaps.length === 0) return [];
    return [
      findingAt(
        context,
        'logging-insufficient',
        'error',
        gaps[0].path,
        message(gaps.map((gap) => gap.en).join('; '), gaps.map((gap) => gap.da).join('; '), article, provision, context),
        gaps.length > 1 ? { related: gaps.slice(1).map((gap) => ({ path: gap.path, message: { en: gap.en, da: gap.da } })) } : {},
      ),
    ];
  },
};
