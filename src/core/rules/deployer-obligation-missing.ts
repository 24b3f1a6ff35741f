import { deploys, has, isRecord, provides, valueAt } from '../yaml/fields';
import { deployerRegistrationRequired } from '../law/applicability';
import type { Finding, Localized } from '../types';
import { findingAt, message, type Rule } from './rule';
import { localized } from '../l10n';

export const deployerObligationMissing: Rule<'deployer-obligation-missing'> = {
  id: 'deployer-obligation-missing',
  defaultSeverity: 'error',
  fix: { insertField: true },
  description: localized(
    "A deployer of a high-risk system has not recorded how it meets Art. 26(1), (4), (5) and (11), or (Annex III) its own EU database registration and the provider's (Art. 26(8), 49(3)).",
  ),
  articles: 'AI Act Art. 26(1), (4), (5), (8), (11); Art. 49(3)',
  evidence: [
    'follow-instructions',
    'relevant-input-data',
    'monitor-and-report',
    'inform-affected-persons',
    'deployer-registration',
    'provider-registered',
  ],
  check(context) {
    const { data, tier } = context;
    if (tier.tier !== 'high' || !deploys(data)) return [];
    const provision = tier.highRiskProvision ?? 'annex-iii-high-risk';
    if (!isRecord(valueAt(data, ['deployment']))) {
      return [
        findingAt(
          context,
          'deployer-obligation-missing',
          'error',
          ['deployment'],
          message(
            localized(
              '`deployment` is missing: a deployer of a high-risk system must follow the instructions for use, keep input data relevant, monitor operation and report risks, and inform the persons affected',
            ),
            'AI Act Art. 26',
            provision,
            context,
          ),
        ),
      ];
    }
    const findings: Finding[] = [];
    // Registration (Arts. 26(8), 49(3)) lies outside Chapter III Sections 1–3: its date is not settled in the sources.
    const report = (field: string, text: Localized, article: string, unsettled = false): void => {
      const dated = message(text, article, unsettled ? 'high-risk-unsettled' : provision, context);
      findings.push(findingAt(context, 'deployer-obligation-missing', 'error', ['deployment', field], dated));
    };
    if (valueAt(data, ['deployment', 'instructionsFollowed']) !== true) {
      report(
        'instructionsFollowed',
        localized("`deployment.instructionsFollowed` must be true: use the system according to the provider's instructions for use"),
        'AI Act Art. 26(1)',
      );
    }
    if (!has(data, ['deployment', 'inputDataRelevance'])) {
      report(
        'inputDataRelevance',
        localized(
          '`deployment.inputDataRelevance` is missing: describe how input data is kept relevant and sufficiently representative for the purpose',
        ),
        'AI Act Art. 26(4)',
      );
    }
    if (!has(data, ['deployment', 'monitoring'])) {
      report(
        'monitoring',
        localized(
          '`deployment.monitoring` is missing: link the procedure for monitoring operation and informing the provider and the authority of risks and serious incidents',
        ),
        'AI Act Art. 26(5)',
      );
    }
    if (deployerRegistrationRequired(data, tier) && !has(data, ['deployment', 'euDatabaseRegistration'])) {
      report(
        'euDatabaseRegistration',
        localized(
          '`deployment.euDatabaseRegistration` is missing: a public authority registers its use of an Annex III high-risk system in the EU database before putting it into service (Annex VIII Section C); record the registration',
        ),
        'AI Act Arts. 26(8), 49(3)',
        true,
      );
    }
    // A provider-and-deployer's own entry (Art. 49(1)) is the provider's entry its use refers to (Art. 26(8)).
    const providerEntry =
      has(data, ['deployment', 'providerRegistration']) || (provides(data) && has(data, ['documentation', 'euDatabaseRegistration']));
    if (deployerRegistrationRequired(data, tier) && !providerEntry) {
      report(
        'providerRegistration',
        provides(data)
          ? localized(
              "`deployment.providerRegistration` is missing: a deployer must not use a high-risk system that its provider has not registered in the EU database; as its provider, record your own registration in `documentation.euDatabaseRegistration` (or the provider's entry here)",
            )
          : localized(
              "`deployment.providerRegistration` is missing: a deployer must not use a high-risk system that its provider has not registered in the EU database; record the provider's entry (id or URL)",
            ),
        'AI Act Art. 26(8)',
        true,
      );
    }
    if (valueAt(data, ['deployment', 'affectedPersonsInformed']) !== true) {
      report(
        'affectedPersonsInformed',
        localized('`deployment.affectedPersonsInformed` must be true: persons subject to decisions the system helps make must be told'),
        'AI Act Art. 26(11)',
      );
    }
    return findings;
  },
};
