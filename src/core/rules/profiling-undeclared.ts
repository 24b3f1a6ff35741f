import { isRecord, isTrue, stringList, valueAt } from '../yaml/fields';
import { findingAt, undatedMessage, type Rule } from './rule';
import { localized } from '../l10n';

const PROFILING = ['riskClassification', 'profiling'];

export const profilingUndeclared: Rule<'profiling-undeclared'> = {
  id: 'profiling-undeclared',
  defaultSeverity: 'error',
  description: localized(
    '`purpose.tasks` has `profiling` but `riskClassification.profiling` is not true; the tier and every other rule already treat the system as profiling.',
  ),
  articles: 'GDPR Art. 4(4); AI Act Art. 6(3), last subparagraph',
  check(context) {
    const { data } = context;
    if (!stringList(data, ['purpose', 'tasks']).includes('profiling') || isTrue(data, PROFILING)) return [];
    const path = isRecord(valueAt(data, ['riskClassification'])) ? PROFILING : ['riskClassification'];
    return [
      findingAt(
        context,
        'profiling-undeclared',
        'error',
        path,
        undatedMessage(
          localized(
            "`riskClassification.profiling` is not true, but `purpose.tasks` has 'profiling': the system profiles natural persons, and the tier and the other rules already count it so. Set `profiling: true`, or remove the task if the system does not profile",
          ),
          localized('GDPR Art. 4(4); AI Act Art. 6(3), last subparagraph'),
        ),
        {
          related: [{ path: ['purpose', 'tasks'], message: localized('The task list says profiling.') }],
        },
      ),
    ];
  },
};
