import { stringList, systemProfiles, valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';

export const annexIIIUndeclared: Rule<'annex-iii-undeclared'> = {
  id: 'annex-iii-undeclared',
  defaultSeverity: 'warning',
  description: {
    en: 'A decision-support, profiling or recommendation system lists no Annex III area.',
    da: 'Et system til beslutningsstøtte, profilering eller anbefalinger angiver intet område i bilag III.',
  },
  articles: 'AI Act Art. 6(2), Annex III points 4 and 5',
  check(context) {
    const { data } = context;
    const tasks = stringList(data, ['purpose', 'tasks']);
    const suggests =
      valueAt(data, ['purpose', 'category']) === 'decision-support' || systemProfiles(data) || tasks.includes('recommendation');
    // Empty, not absent: a missing `annexIII` is a required field the schema reports as an error.
    const annexIII = valueAt(data, ['riskClassification', 'annexIII']);
    if (!suggests || !Array.isArray(annexIII) || annexIII.length > 0) return [];
    return [
      findingAt(
        context,
        'annex-iii-undeclared',
        'warning',
        ['riskClassification', 'annexIII'],
        message(
          '`riskClassification.annexIII` is empty, but the system supports decisions, profiles or recommends: in employment services that is usually Annex III point 5(a) (essential public benefits and services) or point 4 (employment). Check and list the area',
          '`riskClassification.annexIII` er tom, men systemet understøtter afgørelser, profilerer eller anbefaler: i beskæftigelsesindsatsen er det som regel bilag III, punkt 5, litra a (væsentlige offentlige ydelser og tjenester), eller punkt 4 (beskæftigelse). Kontrollér og angiv området',
          'AI Act Art. 6(2), Annex III',
          'annex-iii-high-risk',
          context,
        ),
      ),
    ];
  },
};
