import { deploys, valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';

export const workersNotInformed: Rule<'workers-not-informed'> = {
  id: 'workers-not-informed',
  defaultSeverity: 'error',
  fix: { insertField: true },
  description: {
    en: 'A deployer of a high-risk system has not recorded that the workers and their representatives were informed before use at the workplace.',
    da: 'En idriftsætter af et højrisiko-AI-system har ikke angivet, at de ansatte og deres repræsentanter er informeret før brug på arbejdspladsen.',
  },
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
          "`transparency.workersInformed` must be true: the municipality is an employer and its staff use the system at work, so before a high-risk system is used at the workplace, the workers' representatives (in Denmark the MED committee) and the affected workers must be informed",
          '`transparency.workersInformed` skal være true: kommunen er arbejdsgiver, og dens ansatte bruger systemet i arbejdet, så før et højrisiko-AI-system tages i brug på arbejdspladsen, skal medarbejderrepræsentanterne (i Danmark MED-udvalget) og de berørte ansatte informeres',
          'AI Act Art. 26(7)',
          tier.highRiskProvision ?? 'annex-iii-high-risk',
          context,
        ),
      ),
    ];
  },
};
