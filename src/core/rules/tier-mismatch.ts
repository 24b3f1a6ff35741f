import { valueAt } from '../yaml/fields';
import { TIERS, type Localized, type Tier } from '../types';
import { findingAt, undatedMessage, type Rule } from './rule';
import { localized } from '../l10n';
import { namedValue } from '../law/enumNames';

export const tierMismatch: Rule<'tier-mismatch'> = {
  id: 'tier-mismatch',
  defaultSeverity: 'warning',
  description: localized('`declaredTier` differs from the computed risk tier.'),
  articles: 'AI Act Arts. 5, 6, 50',
  check(context) {
    const declared = valueAt(context.data, ['riskClassification', 'declaredTier']);
    // A tier the answers do not decide is not compared (the views say what to fill in).
    if (context.tier.tier === null || typeof declared !== 'string' || !TIERS.includes(declared as Tier) || declared === context.tier.tier)
      return [];
    const computed = context.tier.tier;
    // English quotes the values; Danish names the tiers, each with its value ("begrænset risiko ('limited')").
    const was = namedValue('tier', declared, `'${declared}'`);
    const is = namedValue('tier', computed, `'${computed}'`);
    const reason = context.tier.reasons[0]?.text;
    // The reason is a sentence of its own; here it ends the message's clause (the citation adds the full stop).
    const why: Localized | undefined = reason && { en: reason.en.replace(/\.$/, ''), da: reason.da.replace(/\.$/, '') };
    return [
      findingAt(
        context,
        'tier-mismatch',
        'warning',
        ['riskClassification', 'declaredTier'],
        undatedMessage(
          why
            ? localized("`riskClassification.declaredTier` is {0}, but the manifest's answers give {1}: {2}", was, is, why)
            : localized("`riskClassification.declaredTier` is {0}, but the manifest's answers give {1}", was, is),
          context.tier.reasons[0]?.article ?? 'AI Act Art. 6',
        ),
      ),
    ];
  },
};
