import { has, isRecord, provides, valueAt } from '../yaml/fields';
import { DOCUMENTATION_FIELDS } from '../law/vocabulary';
import { findingAt, message, type Rule } from './rule';
import { DOCUMENTATION_DUTIES } from '../law/obligations';

export const providerDocumentationMissing: Rule<'provider-documentation-missing'> = {
  id: 'provider-documentation-missing',
  defaultSeverity: 'error',
  fix: { insertField: true, document: 'technical-documentation' },
  description: {
    en: 'A provider of a high-risk system lacks a required documentation field (Arts. 9, 10, 11, 13, 15, 17, 43, 49(1), 72), or a provider relying on an Art. 6(3) derogation has not registered (Art. 49(2)).',
    da: 'En udbyder af et højrisiko-AI-system mangler et påkrævet dokumentationsfelt (art. 9, 10, 11, 13, 15, 17, 43, 49, stk. 1, og 72), eller en udbyder, der påberåber sig en undtagelse efter art. 6, stk. 3, har ikke registreret sig (art. 49, stk. 2).',
  },
  articles: 'AI Act Arts. 9, 10, 11, 13, 15, 17, 43, 49(1), 49(2), 72',
  evidence: ['derogation-registration', 'registration', ...DOCUMENTATION_DUTIES],
  check(context) {
    const { data, tier } = context;
    if (tier.derogationApplies && provides(data) && !has(data, ['documentation', 'euDatabaseRegistration'])) {
      // Art. 49(2): a provider relying on Art. 6(3) registers itself and the system; the date is not settled.
      return [
        findingAt(
          context,
          'provider-documentation-missing',
          'warning',
          ['documentation', 'euDatabaseRegistration'],
          message(
            '`documentation.euDatabaseRegistration` is missing: a provider that relies on the Art. 6(3) derogation must register itself and the system in the EU database before placing it on the market or putting it into service',
            '`documentation.euDatabaseRegistration` mangler: en udbyder, der påberåber sig undtagelsen i art. 6, stk. 3, skal registrere sig selv og systemet i EU-databasen, før systemet bringes i omsætning eller tages i brug',
            'AI Act Art. 49(2)',
            'provider-registration-derogation',
            context,
          ),
        ),
      ];
    }
    if (tier.tier !== 'high' || !provides(data)) return [];
    const provision = tier.highRiskProvision ?? 'annex-iii-high-risk';
    if (!isRecord(valueAt(data, ['documentation']))) {
      return [
        findingAt(
          context,
          'provider-documentation-missing',
          'error',
          ['documentation'],
          message(
            '`documentation` is missing: a provider of a high-risk system must keep the technical documentation, risk management, data governance, instructions for use, accuracy and robustness, quality management, conformity assessment, post-market monitoring and EU database registration',
            '`documentation` mangler: en udbyder af et højrisiko-AI-system skal have teknisk dokumentation, risikostyring, data og datastyring, brugsanvisning, nøjagtighed og robusthed, kvalitetsstyring, overensstemmelsesvurdering, overvågning efter omsætningen og registrering i EU-databasen',
            'AI Act Arts. 9, 10, 11, 13, 15, 17, 43, 49, 72',
            provision,
            context,
          ),
        ),
      ];
    }
    return DOCUMENTATION_FIELDS.filter(({ field }) => !has(data, ['documentation', field])).map(({ field, article, title, unsettled }) =>
      findingAt(
        context,
        'provider-documentation-missing',
        'error',
        ['documentation', field],
        message(
          `\`documentation.${field}\` is missing: a provider of a high-risk system needs its ${title.en}`,
          `\`documentation.${field}\` mangler: en udbyder af et højrisiko-AI-system skal have ${title.da}`,
          `AI Act ${article}`,
          unsettled ? 'high-risk-unsettled' : provision,
          context,
        ),
      ),
    );
  },
};
