import { isTrue, systemProfiles, valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';

export const profilingOverridesDerogation: Rule<'profiling-overrides-derogation'> = {
  id: 'profiling-overrides-derogation',
  defaultSeverity: 'error',
  description: {
    en: 'An Art. 6(3) derogation is claimed for a system that profiles natural persons (`profiling: true` or the task `profiling`); profiling always makes an Annex III system high-risk.',
    da: 'Der påberåbes en undtagelse efter art. 6, stk. 3, for et system, der profilerer fysiske personer (`profiling: true` eller opgaven `profiling`); profilering gør altid et system efter bilag III til højrisiko.',
  },
  articles: 'AI Act Art. 6(3), last subparagraph',
  evidence: ['derogation-documented'],
  check(context) {
    const derogation = ['riskClassification', 'derogation'];
    if (valueAt(context.data, derogation) === undefined || !systemProfiles(context.data)) return [];
    // The system profiles by its boolean or by its task list (spec: "the system profiles").
    const byBoolean = isTrue(context.data, ['riskClassification', 'profiling']);
    const declared = byBoolean ? '`riskClassification.profiling: true`' : "`purpose.tasks` has 'profiling'";
    const related = byBoolean ? ['riskClassification', 'profiling'] : ['purpose', 'tasks'];
    return [
      findingAt(
        context,
        'profiling-overrides-derogation',
        'error',
        derogation,
        message(
          `\`riskClassification.derogation\` cannot apply: the system profiles natural persons (${declared}), and an Annex III system that profiles is always high-risk`,
          `\`riskClassification.derogation\` kan ikke anvendes: systemet profilerer fysiske personer (${declared.replace("has 'profiling'", "indeholder 'profiling'")}), og et system efter bilag III, der profilerer, er altid højrisiko`,
          { en: 'AI Act Art. 6(3), last subparagraph', da: 'AI-forordningens art. 6, stk. 3, sidste afsnit' },
          'annex-iii-high-risk',
          context,
        ),
        { related: [{ path: related, message: { en: 'Profiling is declared here.', da: 'Profilering er angivet her.' } }] },
      ),
    ];
  },
};
