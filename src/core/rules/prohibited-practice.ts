import { prohibitedPractices } from '../law/risk';
import { PROHIBITED_PRACTICES } from '../law/vocabulary';
import { fieldName, findingAt, message, type Rule } from './rule';

const PRACTICES = ['riskClassification', 'practices'] as const;

export const prohibitedPractice: Rule<'prohibited-practice'> = {
  id: 'prohibited-practice',
  defaultSeverity: 'error',
  description: {
    en: 'A prohibited AI practice (AI Act Art. 5) is listed, or the system infers the emotions of employees without a medical or safety reason (Art. 5(1)(f)).',
    da: 'En forbudt form for AI-praksis (AI-forordningens art. 5) er angivet, eller systemet udleder ansattes følelser uden en medicinsk eller sikkerhedsmæssig grund (art. 5, stk. 1, litra f).',
  },
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
            "'riskClassification.practices' lists 'emotion-recognition' and 'purpose.affectedPersons' has 'employees': inferring the emotions of people at the workplace is a prohibited AI practice, unless the system is used for medical or safety reasons. Stop the use, or give the reason in 'riskClassification.medicalOrSafetyReason'",
            "'riskClassification.practices' angiver 'emotion-recognition', og 'purpose.affectedPersons' indeholder 'employees': at udlede følelser hos personer på arbejdspladsen er en forbudt form for AI-praksis, medmindre systemet bruges af medicinske eller sikkerhedsmæssige grunde. Stop brugen, eller angiv grunden i 'riskClassification.medicalOrSafetyReason'",
            `AI Act ${point}`,
            provision,
            context,
          ),
          {
            related: [
              {
                path: ['purpose', 'affectedPersons'],
                message: { en: 'The affected persons include employees.', da: 'De berørte personer omfatter ansatte.' },
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
          `\`${fieldName(PRACTICES)}\` lists '${value}', a prohibited AI practice: the system may not be placed on the market, put into service or used. Check the carve-outs in the value's description before you list it`,
          `\`${fieldName(PRACTICES)}\` angiver '${value}', en forbudt form for AI-praksis: systemet må ikke bringes i omsætning, tages i brug eller anvendes. Se undtagelserne i værdiens beskrivelse, før du angiver den`,
          `AI Act ${point}`,
          provision,
          context,
        ),
      );
    });
  },
};
