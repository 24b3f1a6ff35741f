import { indexedStrings } from '../yaml/fields';
import { PROHIBITED_PRACTICES } from '../law/vocabulary';
import { fieldName, findingAt, message, type Rule } from './rule';

const PRACTICES = ['riskClassification', 'practices'] as const;

export const prohibitedPractice: Rule<'prohibited-practice'> = {
  id: 'prohibited-practice',
  defaultSeverity: 'error',
  description: {
    en: 'A prohibited AI practice (AI Act Art. 5) is listed.',
    da: 'En forbudt form for AI-praksis (AI-forordningens art. 5) er angivet.',
  },
  articles: 'AI Act Art. 5(1)',
  evidence: ['no-prohibited-practice'],
  check(context) {
    return indexedStrings(context.data, PRACTICES)
      .filter(({ value }) => value in PROHIBITED_PRACTICES)
      .map(({ value, index }) => {
        const { point, provision } = PROHIBITED_PRACTICES[value];
        const path = [...PRACTICES, index];
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
