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
  check(context) {
    const { data, edition } = context;
    const base = { en: 'Danish executive order (a caseworker always decides); AI Act Art. 14', da: 'bekendtgørelsen (en sagsbehandler træffer altid afgørelsen); AI-forordningens art. 14' };
    if (!isRecord(valueAt(data, SECTION))) {
      return [findingAt(context, 'human-oversight-missing', 'error', SECTION, message(
        '`humanOversight` is missing: name the human role that reviews every output, confirm it can override the output, and link the written procedure',
        '`humanOversight` mangler: angiv den rolle, der gennemgår alt output, bekræft at den kan tilsidesætte outputtet, og henvis til den skriftlige procedure',
        base, 'danish-legal-basis', edition))];
    }
    const findings: Finding[] = [];
    if (!has(data, [...SECTION, 'reviewer'])) {
      findings.push(findingAt(context, 'human-oversight-missing', 'error', [...SECTION, 'reviewer'], message(
        '`humanOversight.reviewer` is missing: name the human role that reviews every output',
        '`humanOversight.reviewer` mangler: angiv den rolle, der gennemgår alt output',
        base, 'danish-legal-basis', edition)));
    }
    if (valueAt(data, [...SECTION, 'canOverride']) !== true) {
      findings.push(findingAt(context, 'human-oversight-missing', 'error', [...SECTION, 'canOverride'], message(
        '`humanOversight.canOverride` must be true: the reviewer must be able to disregard or override the output',
        '`humanOversight.canOverride` skal være true: den ansvarlige skal kunne se bort fra eller tilsidesætte outputtet',
        { en: 'AI Act Art. 14(4)(d); Forvaltningsloven', da: 'AI-forordningens art. 14, stk. 4, litra d; forvaltningsloven' }, 'danish-legal-basis', edition)));
    }
    if (!has(data, [...SECTION, 'procedure'])) {
      findings.push(findingAt(context, 'human-oversight-missing', 'error', [...SECTION, 'procedure'], message(
        '`humanOversight.procedure` is missing: link the written oversight procedure (a path such as docs/human-oversight.md)',
        '`humanOversight.procedure` mangler: henvis til den skriftlige procedure for tilsyn (en sti som docs/human-oversight.md)',
        base, 'danish-legal-basis', edition)));
    }
    if (context.tier.tier === 'high' && !has(data, [...SECTION, 'competence'])) {
      findings.push(findingAt(context, 'human-oversight-missing', 'error', [...SECTION, 'competence'], message(
        '`humanOversight.competence` is missing: for a high-risk system, describe the competence, training and authority of the people assigned to oversight',
        '`humanOversight.competence` mangler: for et højrisiko-AI-system skal kompetencer, uddannelse og beføjelser hos dem, der fører tilsyn, beskrives',
        'AI Act Art. 26(2)', context.tier.highRiskProvision ?? 'annex-iii-high-risk', edition)));
    }
    return findings;
  },
};
