import { processesPersonalData, valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';
import { localized } from '../l10n';

export const nonEuHosting: Rule<'non-eu-hosting'> = {
  id: 'non-eu-hosting',
  defaultSeverity: 'warning',
  description: localized('The model is hosted outside the EU while personal data is processed.'),
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
          localized(
            "`model.hosting` is 'non-eu' and personal data is processed: a transfer to a third country needs an adequacy decision or appropriate safeguards. Document them in the DPIA",
          ),
          localized('GDPR Chapter V, Arts. 44–50'),
          'gdpr',
          context,
        ),
      ),
    ];
  },
};
