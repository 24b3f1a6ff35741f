import { has, isRecord, valueAt } from '../yaml/fields';
import type { Finding } from '../types';
import { findingAt, message, type Rule } from './rule';

const SECTION = ['humanOversight'] as const;

export const humanOversightMissing: Rule<'human-oversight-missing'> = {
  id: 'human-oversight-missing',
  defaultSeverity: 'error',
  fix: { insertField: true, document: 'human-oversight' },
  description: {
    en: 'Human oversight is not described: reviewer, procedure, the power to override, and (high-risk) competence.',
    da: 'Menneskeligt tilsyn er ikke beskrevet: ansvarlig, procedure, mulighed for at tilsidesætte og (højrisiko) kompetencer.',
  },
  articles: 'AI Act Arts. 14, 26(2); Danish executive order; Forvaltningsloven',
  evidence: ['human-review', 'human-oversight-by-design', 'competent-oversight'],
  check(context) {
    const { data } = context;
    const highRisk = context.tier.tier === 'high';
    const aiAct = context.tier.highRiskProvision ?? 'annex-iii-high-risk';
    // reviewer and canOverride rest on the Danish executive order (a caseworker always decides) and Forvaltningsloven;
    // the written procedure and the competence on AI Act Arts. 14 and 26(2) (spec: human-oversight-missing).
    const order = {
      en: 'Danish executive order (no decision by AI alone; a caseworker is always involved); Forvaltningsloven',
      da: 'bekendtgørelsen (ingen afgørelse alene ved AI; en sagsbehandler er altid involveret); forvaltningsloven',
    };
    if (!isRecord(valueAt(data, SECTION))) {
      return [
        findingAt(
          context,
          'human-oversight-missing',
          'error',
          SECTION,
          message(
            '`humanOversight` is missing: name the human role that reviews the output, confirm it can override the output, and link the written procedure',
            '`humanOversight` mangler: angiv den rolle, der gennemgår outputtet, bekræft at den kan tilsidesætte outputtet, og henvis til den skriftlige procedure',
            { en: `${order.en}; AI Act Arts. 14, 26(2)`, da: `${order.da}; AI-forordningens art. 14 og art. 26, stk. 2` },
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
            '`humanOversight.reviewer` is missing: name the human role (a caseworker) that reviews the output and takes the decision',
            '`humanOversight.reviewer` mangler: angiv den rolle (en sagsbehandler), der gennemgår outputtet og træffer afgørelsen',
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
            '`humanOversight.canOverride` must be true: the reviewer must be able to disregard or override the output',
            '`humanOversight.canOverride` skal være true: den ansvarlige skal kunne se bort fra eller tilsidesætte outputtet',
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
            '`humanOversight.procedure` is missing: link the written oversight procedure (a path such as docs/human-oversight.md)',
            '`humanOversight.procedure` mangler: henvis til den skriftlige procedure for tilsyn (en sti som docs/human-oversight.md)',
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
            '`humanOversight.competence` is missing: for a high-risk system, describe the competence, training and authority of the people assigned to oversight',
            '`humanOversight.competence` mangler: for et højrisiko-AI-system skal kompetencer, uddannelse og beføjelser hos dem, der fører tilsyn, beskrives',
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
