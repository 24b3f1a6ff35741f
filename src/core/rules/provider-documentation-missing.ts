import { has, isRecord, provides, valueAt } from '../yaml/fields';
import { DOCUMENTATION_FIELDS } from '../law/vocabulary';
import { findingAt, message, type Rule } from './rule';
import { DOCUMENTATION_DUTIES } from '../law/obligations';
import { providerRegistrationRequired } from '../law/applicability';
import { localized } from '../l10n';

export const providerDocumentationMissing: Rule<'provider-documentation-missing'> = {
  id: 'provider-documentation-missing',
  defaultSeverity: 'error',
  fix: { insertField: true, document: 'technical-documentation' },
  description: localized(
    'A provider of a high-risk system lacks a required documentation field (Arts. 9, 10, 11, 13, 15, 17, 43, 72; the EU database registration of Art. 49(1) for an Annex III system outside point 2, not for an Annex I product), or a provider relying on an Art. 6(3) derogation has not registered (Art. 49(2)).',
  ),
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
            localized(
              '`documentation.euDatabaseRegistration` is missing: a provider that relies on the Art. 6(3) derogation must register itself and the system in the EU database before placing it on the market or putting it into service',
            ),
            'AI Act Art. 49(2)',
            'provider-registration-derogation',
            context,
          ),
        ),
      ];
    }
    if (tier.tier !== 'high' || !provides(data)) return [];
    const provision = tier.highRiskProvision ?? 'annex-iii-high-risk';
    // Art. 49(1) registers Annex III systems only (not point 2: Art. 49(5)); an Annex I product is not registered there.
    const registers = providerRegistrationRequired(data, tier);
    if (!isRecord(valueAt(data, ['documentation']))) {
      return [
        findingAt(
          context,
          'provider-documentation-missing',
          'error',
          ['documentation'],
          registers
            ? message(
                localized(
                  '`documentation` is missing: a provider of a high-risk system must keep the technical documentation, risk management, data governance, instructions for use, accuracy and robustness, quality management, conformity assessment, post-market monitoring and EU database registration',
                ),
                'AI Act Arts. 9, 10, 11, 13, 15, 17, 43, 49, 72',
                provision,
                context,
              )
            : message(
                localized(
                  '`documentation` is missing: a provider of a high-risk system must keep the technical documentation, risk management, data governance, instructions for use, accuracy and robustness, quality management, conformity assessment and post-market monitoring',
                ),
                'AI Act Arts. 9, 10, 11, 13, 15, 17, 43, 72',
                provision,
                context,
              ),
        ),
      ];
    }
    return DOCUMENTATION_FIELDS.filter(
      ({ field }) => !has(data, ['documentation', field]) && (registers || field !== 'euDatabaseRegistration'),
    ).map(({ field, article, title, unsettled }) =>
      findingAt(
        context,
        'provider-documentation-missing',
        'error',
        ['documentation', field],
        message(
          localized('`documentation.{0}` is missing: a provider of a high-risk system needs its {1}', field, title),
          `AI Act ${article}`,
          unsettled ? 'high-risk-unsettled' : provision,
          context,
        ),
      ),
    );
  },
};
