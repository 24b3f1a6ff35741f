import { isTrue, systemProfiles, valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';
import { localized } from '../l10n';

export const profilingOverridesDerogation: Rule<'profiling-overrides-derogation'> = {
  id: 'profiling-overrides-derogation',
  defaultSeverity: 'error',
  description: localized(
    'An Art. 6(3) derogation is claimed for a system that profiles natural persons (`profiling: true` or the task `profiling`); profiling always makes an Annex III system high-risk.',
  ),
  articles: 'AI Act Art. 6(3), last subparagraph',
  evidence: ['derogation-documented'],
  check(context) {
    const derogation = ['riskClassification', 'derogation'];
    if (valueAt(context.data, derogation) === undefined || !systemProfiles(context.data)) return [];
    // The system profiles by its boolean or by its task list (spec: "the system profiles").
    const byBoolean = isTrue(context.data, ['riskClassification', 'profiling']);
    const related = byBoolean ? ['riskClassification', 'profiling'] : ['purpose', 'tasks'];
    return [
      findingAt(
        context,
        'profiling-overrides-derogation',
        'error',
        derogation,
        message(
          byBoolean
            ? localized(
                '`riskClassification.derogation` cannot apply: the system profiles natural persons (`riskClassification.profiling: true`), and an Annex III system that profiles is always high-risk',
              )
            : localized(
                "`riskClassification.derogation` cannot apply: the system profiles natural persons (`purpose.tasks` has 'profiling'), and an Annex III system that profiles is always high-risk",
              ),
          localized('AI Act Art. 6(3), last subparagraph'),
          'annex-iii-high-risk',
          context,
        ),
        { related: [{ path: related, message: localized('Profiling is declared here.') }] },
      ),
    ];
  },
};
