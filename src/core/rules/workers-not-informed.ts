import { deploys, valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';
import { localized } from '../l10n';

export const workersNotInformed: Rule<'workers-not-informed'> = {
  id: 'workers-not-informed',
  defaultSeverity: 'error',
  fix: { insertField: true },
  description: localized(
    'A deployer of a high-risk system has not recorded that the workers and their representatives were informed before use at the workplace.',
  ),
  articles: 'AI Act Art. 26(7)',
  evidence: ['inform-workers'],
  check(context) {
    const { data, tier } = context;
    if (tier.tier !== 'high' || !deploys(data)) return [];
    // Every high-risk deployer: a municipality is an employer, and its staff use the system at work.
    if (valueAt(data, ['transparency', 'workersInformed']) === true) return [];
    return [
      findingAt(
        context,
        'workers-not-informed',
        'error',
        ['transparency', 'workersInformed'],
        message(
          localized(
            "`transparency.workersInformed` must be true: the municipality is an employer and its staff use the system at work, so before a high-risk system is used at the workplace, the workers' representatives (in Denmark the MED committee) and the affected workers must be informed",
          ),
          'AI Act Art. 26(7)',
          tier.highRiskProvision ?? 'annex-iii-high-risk',
          context,
        ),
      ),
    ];
  },
};
