import { valueAt } from '../yaml/fields';
import type { Finding } from '../types';
import { findingAt, message, type Rule } from './rule';

const ARTICLES = {
  en: 'Danish executive order under LOB § 3, stk. 2; GDPR Art. 22; Forvaltningsloven: concrete individual assessment',
  da: 'bekendtgørelsen efter LOB § 3, stk. 2; GDPR art. 22; forvaltningsloven: konkret, individuel vurdering',
};

export const automatedDecision: Rule<'automated-decision'> = {
  id: 'automated-decision',
  defaultSeverity: 'error',
  description: {
    en: 'The system takes decisions itself, or a caseworker does not take every decision.',
    da: 'Systemet træffer selv afgørelser, eller en sagsbehandler træffer ikke alle afgørelser.',
  },
  articles: 'GDPR Art. 22; Danish executive order (no automatic decisions); Forvaltningsloven',
  evidence: ['no-automatic-decisions'],
  check(context) {
    const findings: Finding[] = [];
    if (valueAt(context.data, ['decisions', 'automated']) === true) {
      findings.push(
        findingAt(
          context,
          'automated-decision',
          'error',
          ['decisions', 'automated'],
          message(
            '`decisions.automated` is true: AI in employment services may not take decisions (afgørelser) based solely on automated processing; it may only support the caseworker',
            '`decisions.automated` er true: AI i beskæftigelsesindsatsen må ikke træffe afgørelser, der udelukkende er baseret på automatisk behandling; den må kun understøtte sagsbehandleren',
            ARTICLES,
            ['gdpr', 'danish-legal-basis'],
            context,
          ),
        ),
      );
    }
    if (valueAt(context.data, ['decisions', 'caseworkerDecides']) === false) {
      findings.push(
        findingAt(
          context,
          'automated-decision',
          'error',
          ['decisions', 'caseworkerDecides'],
          message(
            '`decisions.caseworkerDecides` is false: a human caseworker must always take the decision after a concrete, individual assessment',
            '`decisions.caseworkerDecides` er false: en sagsbehandler skal altid træffe afgørelsen efter en konkret, individuel vurdering',
            ARTICLES,
            ['gdpr', 'danish-legal-basis'],
            context,
          ),
        ),
      );
    }
    return findings;
  },
};
