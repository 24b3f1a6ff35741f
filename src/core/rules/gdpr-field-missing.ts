import { has, processesPersonalData, stringList } from '../yaml/fields';
import type { Localized } from '../types';
import { findingAt, message, type Rule } from './rule';
import { localized } from '../l10n';

const FIELDS: { field: string; article: string | Localized; text: Localized }[] = [
  {
    field: 'categories',
    article: 'GDPR Arts. 6, 9',
    text: localized(
      '`dataProtection.categories` is missing: personal data is processed, so list the categories of personal data (ordinary, special-category, cpr, criminal-offences)',
    ),
  },
  {
    field: 'gdprLegalBasis',
    // Danish output is Danish throughout (spec): the parenthesis is words, so the citation is a message of its own.
    article: localized('GDPR Art. 6 (Art. 9(2) for special categories)'),
    text: localized(
      '`dataProtection.gdprLegalBasis` is missing: personal data is processed, so state the lawful basis of the processing, e.g. Art. 6(1)(e) with the national supplementary basis',
    ),
  },
  {
    field: 'dataMinimisation',
    article: 'GDPR Art. 5(1)(c)',
    text: localized(
      '`dataProtection.dataMinimisation` is missing: personal data is processed, so describe how only adequate, relevant and necessary data is used',
    ),
  },
  {
    field: 'security',
    article: 'GDPR Art. 32',
    text: localized(
      '`dataProtection.security` is missing: personal data is processed, so describe the technical and organisational security measures',
    ),
  },
];

export const gdprFieldMissing: Rule<'gdpr-field-missing'> = {
  id: 'gdpr-field-missing',
  defaultSeverity: 'error',
  fix: { insertField: true },
  description: localized('Personal data is processed but categories, lawful basis, data minimisation or security is not described.'),
  articles: 'GDPR Arts. 5(1)(c), 6, 9, 32',
  evidence: ['gdpr-basics'],
  check(context) {
    const { data } = context;
    if (!processesPersonalData(data)) return [];
    return FIELDS.filter(({ field }) =>
      field === 'categories' ? stringList(data, ['dataProtection', field]).length === 0 : !has(data, ['dataProtection', field]),
    ).map(({ field, article, text }) =>
      findingAt(context, 'gdpr-field-missing', 'error', ['dataProtection', field], message(text, article, 'gdpr', context)),
    );
  },
};
