import { valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';

export const legalBasisOutOfScope: Rule<'legal-basis-out-of-scope'> = {
  id: 'legal-basis-out-of-scope',
  defaultSeverity: 'warning',
  description: {
    en: 'The legal basis is outside the laws named in LOB § 3, stk. 2.',
    da: 'Retsgrundlaget ligger uden for de love, der er nævnt i LOB § 3, stk. 2.',
  },
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
          "`legalBasis.act` is 'other': the Danish legal basis for AI in employment services covers only tasks under LAB, and employment-oriented tasks under LAS, SDL, LKHE and INL. Check that another supplementary national legal basis exists",
          "`legalBasis.act` er 'other': den danske hjemmel til AI i beskæftigelsesindsatsen omfatter kun opgaver efter LAB og beskæftigelsesrettede opgaver efter LAS, SDL, LKHE og INL. Kontrollér, at der findes et andet supplerende nationalt retsgrundlag",
          { en: 'LOB § 3, stk. 2; GDPR Art. 6(3)', da: 'LOB § 3, stk. 2; GDPR art. 6, stk. 3' },
          'danish-legal-basis',
          context,
        ),
      ),
    ];
  },
};
