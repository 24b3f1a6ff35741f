import { prohibitedPractices } from '../law/risk';
import { PROHIBITED_PRACTICES } from '../law/vocabulary';
import { fieldName, findingAt, message, type Rule } from './rule';
import { localized } from '../l10n';

const PRACTICES = ['riskClassification', 'practices'] as const;

export const prohibitedPractice: Rule<'prohibited-practice'> = {
  id: 'prohibited-practice',
  defaultSeverity: 'error',
  description: localized(
    'A prohibited AI practice (AI Act Art. 5) is listed, or the system infers the emotions of employees without a medical or safety reason (Art. 5(1)(f)).',
  ),
  articles: 'AI Act Art. 5(1)',
  evidence: ['no-prohibited-practice'],
  check(context) {
    return prohibitedPractices(context.data).map(({ value, index, employees }) => {
      const { point, provision } = PROHIBITED_PRACTICES[value];
      const path = [...PRACTICES, index];
      if (employees)
        return findingAt(
          context,
          'prohibited-practice',
          'error',
          path,
          message(
            localized(
              "'riskClassification.practices' lists 'emotion-recognition' and 'purpose.affectedPersons' has 'employees': inferring the emotions of people at the workplace is a prohibited AI practice, unless the system is used for medical or safety reasons. Stop the use, or give the reason in 'riskClassification.medicalOrSafetyReason'",
            ),
            `AI Act ${point}`,
            provision,
            context,
          ),
          {
            related: [
              {
                path: ['purpose', 'affectedPersons'],
                message: localized('The affected persons include employees.'),
              },
            ],
          },
        );
      return findingAt(
        context,
        'prohibited-practice',
        'error',
        path,
        message(
          localized(
            "`{0}` lists '{1}', a prohibited AI practice: the system may not be placed on the market, put into service or used. Check the carve-outs in the value's description before you list it",
            fieldName(PRACTICES),
            value,
          ),
          `AI Act ${point}`,
          provision,
          context,
        ),
      );
    });
  },
};
