import { valueAt } from '../yaml/fields';
import { TIERS, type Tier } from '../types';
import { findingAt, undatedMessage, type Rule } from './rule';

export const tierMismatch: Rule<'tier-mismatch'> = {
  id: 'tier-mismatch',
  defaultSeverity: 'warning',
  description: { en: '`declaredTier` differs from the computed risk tier.', da: '`declaredTier` afviger fra det beregnede risikoniveau.' },
  articles: 'AI Act Arts. 5, 6, 50',
  check(context) {
    const declared = valueAt(context.data, ['riskClassification', 'declaredTier']);
    // A tier the answers do not decide is not compared (the views say what to fill in).
    if (context.tier.tier === null || typeof declared !== 'string' || !TIERS.includes(declared as Tier) || declared === context.tier.tier)
      return [];
    const computed = context.tier.tier;
    const why = context.tier.reasons[0]?.text ?? { en: '', da: '' };
    return [
      findingAt(
        context,
        'tier-mismatch',
        'warning',
        ['riskClassification', 'declaredTier'],
        undatedMessage(
          `\`riskClassification.declaredTier\` is '${declared}', but the manifest's answers give '${computed}': ${why.en.replace(/\.$/, '')}`,
          `\`riskClassification.declaredTier\` er '${declared}', men manifestets svar giver '${computed}': ${why.da.replace(/\.$/, '')}`,
          context.tier.reasons[0]?.article ?? 'AI Act Art. 6',
        ),
      ),
    ];
  },
};
