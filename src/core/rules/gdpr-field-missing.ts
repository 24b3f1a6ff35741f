import { has, processesPersonalData, stringList } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';

const FIELDS: { field: string; article: string; en: string; da: string }[] = [
  {
    field: 'categories',
    article: 'GDPR Arts. 6, 9',
    en: 'list the categories of personal data (ordinary, special-category, cpr, criminal-offences)',
    da: 'angiv kategorierne af personoplysninger (ordinary, special-category, cpr, criminal-offences)',
  },
  {
    field: 'gdprLegalBasis',
    article: 'GDPR Art. 6 (Art. 9(2) for special categories)',
    en: 'state the lawful basis of the processing, e.g. Art. 6(1)(e) with the national supplementary basis',
    da: 'angiv behandlingsgrundlaget, fx art. 6, stk. 1, litra e, med det supplerende nationale retsgrundlag',
  },
  {
    field: 'dataMinimisation',
    article: 'GDPR Art. 5(1)(c)',
    en: 'describe how only adequate, relevant and necessary data is used',
    da: 'beskriv, hvordan kun tilstrækkelige, relevante og nødvendige oplysninger anvendes',
  },
  {
    field: 'security',
    article: 'GDPR Art. 32',
    en: 'describe the technical and organisational security measures',
    da: 'beskriv de tekniske og organisatoriske sikkerhedsforanstaltninger',
  },
];

export const gdprFieldMissing: Rule<'gdpr-field-missing'> = {
  id: 'gdpr-field-missing',
  defaultSeverity: 'error',
  fix: { insertField: true },
  description: {
    en: 'Personal data is processed but categories, lawful basis, data minimisation or security is not described.',
    da: 'Der behandles personoplysninger, men kategorier, behandlingsgrundlag, dataminimering eller sikkerhed er ikke beskrevet.',
  },
  articles: 'GDPR Arts. 5(1)(c), 6, 9, 32',
  evidence: ['gdpr-basics'],
  check(context) {
    const { data } = context;
    if (!processesPersonalData(data)) return [];
    return FIELDS.filter(({ field }) =>
      field === 'categories' ? stringList(data, ['dataProtection', field]).length === 0 : !has(data, ['dataProtection', field]),
    ).map(({ field, article, en, da }) =>
      findingAt(
        context,
        'gdpr-field-missing',
        'error',
        ['dataProtection', field],
        message(
          `\`dataProtection.${field}\` is missing: personal data is processed, so ${en}`,
          `\`dataProtection.${field}\` mangler: der behandles personoplysninger, så ${da}`,
          article,
          'gdpr',
          context,
        ),
      ),
    );
  },
};
