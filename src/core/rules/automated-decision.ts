import { valueAt } from '../yaml/fields';
import type { Finding } from '../types';
import { findingAt, message, type Rule } from './rule';
import { localized } from '../l10n';

const ARTICLES = localized('Danish executive order under LOB § 3, stk. 2; GDPR Art. 22; Forvaltningsloven: concrete individual assessment');

export const automatedDecision: Rule<'automated-decision'> = {
  id: 'automated-decision',
  defaultSeverity: 'error',
  description: localized('The system takes decisions itself, or a caseworker does not take every decision.'),
  articles: 'GDPR Art. 22; Danish executive order; Forvaltningsloven',
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
            localized(
              '`decisions.automated` is true: AI in employment services may not take decisions (afgørelser) based solely on automated processing; it may only support the caseworker',
            ),
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
            localized(
              '`decisions.caseworkerDecides` is false: a human caseworker must always take the decision after a concrete, individual assessment',
            ),
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
