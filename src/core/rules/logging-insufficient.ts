import { isRecord, valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';

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
    if (logging.enabled !== true) {
      return [
        findingAt(
          context,
          'logging-insufficient',
          'error',
          ['logging', 'enabled'],
          message(
            '`logging.enabled` must be true for a high-risk system',
            '`logging.enabled` skal være true for et højrisiko-AI-system',
            article,
            provision,
            context,
          ),
        ),
      ];
    }
    const months = logging.retentionMonths;
    if (typeof months !== 'number') {
      return [
        findingAt(
          context,
          'logging-insufficient',
          'error',
          ['logging', 'retentionMonths'],
          message(
            `\`logging.retentionMonths\` is missing: keep the logs for at least ${MINIMUM_MONTHS} months`,
            `\`logging.retentionMonths\` mangler: opbevar logfilerne i mindst ${MINIMUM_MONTHS} måneder`,
            article,
            provision,
            context,
          ),
        ),
      ];
    }
    if (months < MINIMUM_MONTHS) {
      return [
        findingAt(
          context,
          'logging-insufficient',
          'error',
          ['logging', 'retentionMonths'],
          message(
            `\`logging.retentionMonths\` is ${months}: logs of a high-risk system must be kept for at least ${MINIMUM_MONTHS} months`,
            `\`logging.retentionMonths\` er ${months}: logfiler fra et højrisiko-AI-system skal opbevares i mindst ${MINIMUM_MONTHS} måneder`,
            article,
            provision,
            context,
          ),
        ),
      ];
    }
    return [];
  },
};
