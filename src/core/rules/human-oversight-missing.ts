import { has, isRecord, valueAt } from '../yaml/fields';
import type { Finding } from '../types';
import { findingAt, message, type Rule } from './rule';
import { localized } from '../l10n';

const SECTION = ['humanOversight'] as const;

export const humanOversightMissing: Rule<'human-oversight-missing'> = {
  id: 'human-oversight-missing',
  defaultSeverity: 'error',
  fix: { insertField: true, document: 'human-oversight' },
  description: localized('Human oversight is not described: reviewer, procedure, the power to override, and (high-risk) competence.'),
  articles: 'AI Act Arts. 14, 26(2); Danish executive order; Forvaltningsloven',
  evidence: ['human-review', 'human-oversight-by-design', 'competent-oversight'],
  check(context) {
    const { data } = context;
    const highRisk = context.tier.tier === 'high';
    const aiAct = context.tier.highRiskProvision ?? 'annex-iii-high-risk';
    // reviewer and canOverride rest on the Danish executive order (a caseworker always decides) and Forvaltningsloven;
    // the written procedure and the competence on AI Act Arts. 14 and 26(2) (spec: human-oversight-missing).
    const order = localized('Danish executive order (no decision by AI alone; a caseworker is always involved); Forvaltningsloven');
    if (!isRecord(valueAt(data, SECTION))) {
      return [
        findingAt(
          context,
          'human-oversight-missing',
          'error',
          SECTION,
          message(
            localized(
              '`humanOversight` is missing: name the human role that reviews the output, confirm it can override the output, and link the written procedure',
            ),
            localized('{0}; AI Act Arts. 14, 26(2)', order),
            ['danish-legal-basis', aiAct],
            context,
          ),
        ),
      ];
    }
    const findings: Finding[] = [];
    if (!has(data, [...SECTION, 'reviewer'])) {
      findings.push(
        findingAt(
          context,
          'human-oversight-missing',
          'error',
          [...SECTION, 'reviewer'],
          message(
            localized(
              '`humanOversight.reviewer` is missing: name the human role (a caseworker) that reviews the output and takes the decision',
            ),
            order,
            'danish-legal-basis',
            context,
          ),
        ),
      );
    }
    if (valueAt(data, [...SECTION, 'canOverride']) !== true) {
      findings.push(
        findingAt(
          context,
          'human-oversight-missing',
          'error',
          [...SECTION, 'canOverride'],
          message(
            localized('`humanOversight.canOverride` must be true: the reviewer must be able to disregard or override the output'),
            order,
            'danish-legal-basis',
            context,
          ),
        ),
      );
    }
    if (!has(data, [...SECTION, 'procedure'])) {
      findings.push(
        findingAt(
          context,
          'human-oversight-missing',
          highRisk ? 'error' : 'warning',
          [...SECTION, 'procedure'],
          message(
            localized(
              '`humanOversight.procedure` is missing: link the written oversight procedure (a path such as docs/human-oversight.md)',
            ),
            'AI Act Arts. 14, 26(2)',
            aiAct,
            context,
          ),
        ),
      );
    }
    if (highRisk && !has(data, [...SECTION, 'competence'])) {
      findings.push(
        findingAt(
          context,
          'human-oversight-missing',
          'error',
          [...SECTION, 'competence'],
          message(
            localized(
              '`humanOversight.competence` is missing: for a high-risk system, describe the competence, training and authority of the people assigned to oversight',
            ),
            'AI Act Art. 26(2)',
            aiAct,
            context,
          ),
        ),
      );
    }
    return findings;
  },
};
