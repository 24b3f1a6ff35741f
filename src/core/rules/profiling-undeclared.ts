import { isRecord, isTrue, stringList, valueAt } from '../yaml/fields';
import { findingAt, undatedMessage, type Rule } from './rule';

const PROFILING = ['riskClassification', 'profiling'];

export const profilingUndeclared: Rule<'profiling-undeclared'> = {
  id: 'profiling-undeclared',
  defaultSeverity: 'error',
  description: {
    en: '`purpose.tasks` has `profiling` but `riskClassification.profiling` is not true; the tier and every other rule already treat the system as profiling.',
    da: '`purpose.tasks` indeholder `profiling`, men `riskClassification.profiling` er ikke true; risikoniveauet og alle andre regler behandler allerede systemet som profilerende.',
  },
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
          "`riskClassification.profiling` is not true, but `purpose.tasks` has 'profiling': the system profiles natural persons, and the tier and the other rules already count it so. Set `profiling: true`, or remove the task if the system does not profile",
          "`riskClassification.profiling` er ikke true, men `purpose.tasks` indeholder 'profiling': systemet profilerer fysiske personer, og risikoniveauet og de øvrige regler regner det allerede sådan. Sæt `profiling: true`, eller fjern opgaven, hvis systemet ikke profilerer",
          {
            en: 'GDPR Art. 4(4); AI Act Art. 6(3), last subparagraph',
            da: 'GDPR art. 4, nr. 4; AI-forordningens art. 6, stk. 3, sidste afsnit',
          },
        ),
        {
          related: [
            { path: ['purpose', 'tasks'], message: { en: 'The task list says profiling.', da: 'Opgavelisten angiver profilering.' } },
          ],
        },
      ),
    ];
  },
};
