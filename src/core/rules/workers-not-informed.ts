import { deploys, stringList, valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';

export const workersNotInformed: Rule<'workers-not-informed'> = {
  id: 'workers-not-informed',
  defaultSeverity: 'error',
  fix: { insertField: true },
  description: {
    en: 'A high-risk system used on employees, and workers and their representatives are not recorded as informed.',
    da: 'Et højrisiko-AI-system anvendes over for ansatte, og det er ikke angivet, at de ansatte og deres repræsentanter er informeret.',
  },
  articles: 'AI Act Art. 26(7)',
  evidence: ['inform-workers'],
  check(context) {
    const { data, tier } = context;
    if (tier.tier !== 'high' || !deploys(data)) return [];
    if (!stringList(data, ['purpose', 'affectedPersons']).includes('employees')) return [];
    if (valueAt(data, ['transparency', 'workersInformed']) === true) return [];
    return [
      findingAt(
        context,
        'workers-not-informed',
        'error',
        ['transparency', 'workersInformed'],
        message(
          "`transparency.workersInformed` must be true: before a high-risk system is used at the workplace, the workers' representatives and the affected workers must be informed",
          '`transparency.workersInformed` skal være true: før et højrisiko-AI-system tages i brug på arbejdspladsen, skal medarbejderrepræsentanterne og de berørte ansatte informeres',
          'AI Act Art. 26(7)',
          tier.highRiskProvision ?? 'annex-iii-high-risk',
          context,
        ),
      ),
    ];
  },
};
