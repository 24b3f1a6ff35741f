import { processesPersonalData, valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';

export const nonEuHosting: Rule<'non-eu-hosting'> = {
  id: 'non-eu-hosting',
  defaultSeverity: 'warning',
  description: {
    en: 'The model is hosted outside the EU while personal data is processed.',
    da: 'Modellen hostes uden for EU, mens der behandles personoplysninger.',
  },
  articles: 'GDPR Chapter V (Arts. 44–50)',
  evidence: ['third-country-transfer'],
  check(context) {
    if (valueAt(context.data, ['model', 'hosting']) !== 'non-eu' || !processesPersonalData(context.data)) return [];
    return [
      findingAt(
        context,
        'non-eu-hosting',
        'warning',
        ['model', 'hosting'],
        message(
          "`model.hosting` is 'non-eu' and personal data is processed: a transfer to a third country needs an adequacy decision or appropriate safeguards. Document them in the DPIA",
          "`model.hosting` er 'non-eu', og der behandles personoplysninger: overførsel til et tredjeland kræver en tilstrækkelighedsafgørelse eller fornødne garantier. Dokumentér dem i konsekvensanalysen",
          { en: 'GDPR Chapter V, Arts. 44–50', da: 'GDPR kapitel V, art. 44-50' },
          'gdpr',
          context,
        ),
      ),
    ];
  },
};
