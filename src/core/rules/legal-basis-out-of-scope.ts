import { valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';
import { localized } from '../l10n';

export const legalBasisOutOfScope: Rule<'legal-basis-out-of-scope'> = {
  id: 'legal-basis-out-of-scope',
  defaultSeverity: 'warning',
  description: localized('The legal basis is outside the laws named in LOB § 3, stk. 2.'),
  articles: 'LOB § 3, stk. 2; GDPR Art. 6(3)',
  evidence: ['danish-legal-basis'],
  check(context) {
    if (valueAt(context.data, ['legalBasis', 'act']) !== 'other') return [];
    return [
      findingAt(
        context,
        'legal-basis-out-of-scope',
        'warning',
        ['legalBasis', 'act'],
        message(
          localized(
            "`legalBasis.act` is 'other': the Danish legal basis for AI in employment services covers only tasks under LAB, and employment-oriented tasks under LAS, SDL, LKHE and INL. Check that another supplementary national legal basis exists",
          ),
          localized('LOB § 3, stk. 2; GDPR Art. 6(3)'),
          'danish-legal-basis',
          context,
        ),
      ),
    ];
  },
};
