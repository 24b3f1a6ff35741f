import { isRecord, valueAt } from '../yaml/fields';
import { findingAt, joined, message, type Rule } from './rule';
import type { Localized, ManifestPath } from '../types';
import { localized } from '../l10n';

const MINIMUM_MONTHS = 6;

export const loggingInsufficient: Rule<'logging-insufficient'> = {
  id: 'logging-insufficient',
  defaultSeverity: 'error',
  fix: { insertField: true },
  description: localized('A high-risk system does not keep logs, or keeps them for less than 6 months.'),
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
            localized(
              '`logging` is missing: a high-risk system must log events automatically and keep the logs for at least {0} months',
              MINIMUM_MONTHS,
            ),
            article,
            provision,
            context,
          ),
        ),
      ];
    }
    // One finding per logging section, naming every reason (spec: "How values count"). A value the schema rejects
    // (retentionMonths: "12") is reported by the schema alone and read here as absent.
    const gaps: { path: ManifestPath; text: Localized }[] = [];
    if (logging.enabled !== true)
      gaps.push({
        path: ['logging', 'enabled'],
        text: localized("'logging.enabled' must be true for a high-risk system"),
      });
    const months = logging.retentionMonths;
    if (months === undefined || months === null)
      gaps.push({
        path: ['logging', 'retentionMonths'],
        text: localized("'logging.retentionMonths' is missing: keep the logs for at least {0} months", MINIMUM_MONTHS),
      });
    else if (typeof months === 'number' && months < MINIMUM_MONTHS)
      gaps.push({
        path: ['logging', 'retentionMonths'],
        text: localized(
          "'logging.retentionMonths' is {0}: logs of a high-risk system must be kept for at least {1} months",
          months,
          MINIMUM_MONTHS,
        ),
      });
    if (gaps.length === 0) return [];
    return [
      findingAt(
        context,
        'logging-insufficient',
        'error',
        gaps[0].path,
        message(joined(gaps.map((gap) => gap.text)), article, provision, context),
        gaps.length > 1 ? { related: gaps.slice(1).map((gap) => ({ path: gap.path, message: gap.text })) } : {},
      ),
    ];
  },
};
