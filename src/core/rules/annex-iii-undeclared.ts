import { annexIIIUndeclared as undeclared } from '../law/risk';
import { findingAt, undatedMessage, type Rule } from './rule';

export const annexIIIUndeclared: Rule<'annex-iii-undeclared'> = {
  id: 'annex-iii-undeclared',
  defaultSeverity: 'error',
  description: {
    en: "A system that supports decisions (decision support, profiling or recommendation) lists no Annex III area and gives no 'annexIIIAssessment': its tier is not determined.",
    da: "Et system, der understøtter afgørelser (beslutningsstøtte, profilering eller anbefalinger), angiver intet område i bilag III og ingen 'annexIIIAssessment': dets risikoniveau er ikke fastlagt.",
  },
  articles: 'AI Act Art. 6(2), Annex III points 4 and 5',
  check(context) {
    // Empty, not absent: a missing `annexIII` is a required field the schema reports as an error.
    if (!undeclared(context.data)) return [];
    // Unless what is present already decides the tier (an Art. 5 practice, annexI, emotion recognition).
    const undetermined =
      context.tier.tier === null
        ? { en: '; until then the tier is not determined', da: '; indtil da er risikoniveauet ikke fastlagt' }
        : { en: '', da: '' };
    // A consistency finding: no date (spec: "How values count").
    return [
      findingAt(
        context,
        'annex-iii-undeclared',
        'error',
        ['riskClassification', 'annexIII'],
        undatedMessage(
          `'riskClassification.annexIII' is empty, but the system supports decisions, profiles or recommends: in employment services that is, as a rule, Annex III point 5(a) (eligibility for public assistance benefits and services) or point 4 (employment). List the area, or say in 'riskClassification.annexIIIAssessment' why none applies${undetermined.en}`,
          `'riskClassification.annexIII' er tom, men systemet understøtter afgørelser, profilerer eller anbefaler: i beskæftigelsesindsatsen er det som regel bilag III, punkt 5, litra a (berettigelse til offentlige bistandsydelser og tjenester), eller punkt 4 (beskæftigelse). Angiv området, eller begrund i 'riskClassification.annexIIIAssessment', hvorfor intet område gælder${undetermined.da}`,
          'AI Act Art. 6(2), Annex III',
        ),
      ),
    ];
  },
};
