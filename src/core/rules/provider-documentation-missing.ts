import { has, isRecord, provides, valueAt } from '../yaml/fields';
import { DOCUMENTATION_FIELDS } from '../law/vocabulary';
import { findingAt, message, type Rule } from './rule';

export const providerDocumentationMissing: Rule<'provider-documentation-missing'> = {
  id: 'provider-documentation-missing',
  defaultSeverity: 'error',
  fix: { insertField: true, document: 'technical-documentation' },
  description: {
    en: 'A provider of a high-risk system lacks a required documentation field (Arts. 9, 10, 11, 13, 15, 17, 43, 49, 72).',
    da: 'En udbyder af et højrisiko-AI-system mangler et påkrævet dokumentationsfelt (art. 9, 10, 11, 13, 15, 17, 43, 49, 72).',
  },
  articles: 'AI Act Arts. 9, 10, 11, 13, 15, 17, 43, 49, 72',
  check(context) {
    const { data, tier, edition } = context;
    if (tier.tier !== 'high' || !provides(data)) return [];
    const provision = tier.highRiskProvision ?? 'annex-iii-high-risk';
    if (!isRecord(valueAt(data, ['documentation']))) {
      return [findingAt(context, 'provider-documentation-missing', 'error', ['documentation'], message(
        '`documentation` is missing: a provider of a high-risk system must keep the technical documentation, risk management, data governance, instructions for use, accuracy and robustness, quality management, conformity assessment, post-market monitoring and EU database registration',
        '`documentation` mangler: en udbyder af et højrisiko-AI-system skal have teknisk dokumentation, risikostyring, data og datastyring, brugsanvisning, nøjagtighed og robusthed, kvalitetsstyring, overensstemmelsesvurdering, overvågning efter omsætningen og registrering i EU-databasen',
        'AI Act Arts. 9, 10, 11, 13, 15, 17, 43, 49, 72', provision, edition))];
    }
    return DOCUMENTATION_FIELDS.filter(({ field }) => !has(data, ['documentation', field])).map(({ field, article, title }) =>
      findingAt(context, 'provider-documentation-missing', 'error', ['documentation', field], message(
        `\`documentation.${field}\` is missing: a provider of a high-risk system needs its ${title.en}`,
        `\`documentation.${field}\` mangler: en udbyder af et højrisiko-AI-system skal have ${title.da}`,
        `AI Act ${article}`, provision, edition)));
  },
};
