import { annexIIIUndeclared as undeclared } from '../law/risk';
import { findingAt, undatedMessage, type Rule } from './rule';
import { localized } from '../l10n';

export const annexIIIUndeclared: Rule<'annex-iii-undeclared'> = {
  id: 'annex-iii-undeclared',
  defaultSeverity: 'error',
  description: localized(
    "A system that supports decisions (decision support, profiling or recommendation) lists no Annex III area and gives no 'annexIIIAssessment': its tier is not determined.",
  ),
  articles: 'AI Act Art. 6(2), Annex III points 4 and 5',
  check(context) {
    // Empty, not absent: a missing `annexIII` is a required field the schema reports as an error.
    if (!undeclared(context.data)) return [];
    // Unless what is present already decides the tier (an Art. 5 practice, annexI, emotion recognition).
    // A consistency finding: no date (spec: "How values count").
    return [
      findingAt(
        context,
        'annex-iii-undeclared',
        'error',
        ['riskClassification', 'annexIII'],
        undatedMessage(
          context.tier.tier === null
            ? localized(
                "'riskClassification.annexIII' is empty, but the system supports decisions, profiles or recommends: in employment services that is, as a rule, Annex III point 5(a) (eligibility for public assistance benefits and services) or point 4 (employment). List the area, or say in 'riskClassification.annexIIIAssessment' why none applies; until then the tier is not determined",
              )
            : localized(
                "'riskClassification.annexIII' is empty, but the system supports decisions, profiles or recommends: in employment services that is, as a rule, Annex III point 5(a) (eligibility for public assistance benefits and services) or point 4 (employment). List the area, or say in 'riskClassification.annexIIIAssessment' why none applies",
              ),
          'AI Act Art. 6(2), Annex III',
        ),
      ),
    ];
  },
};
