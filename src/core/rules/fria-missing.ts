import { valueAt } from '../yaml/fields';
import { friaRequired } from '../law/applicability';
import { findingAt, message, type Rule } from './rule';

export const friaMissing: Rule<'fria-missing'> = {
  id: 'fria-missing',
  defaultSeverity: 'error',
  fix: { insertField: true, document: 'fria' },
  description: {
    en: 'A deployer of an Annex III high-risk system (other than critical infrastructure) has no fundamental rights impact assessment.',
    da: 'En idriftsætter af et højrisiko-AI-system efter bilag III (bortset fra kritisk infrastruktur) har ingen konsekvensanalyse vedrørende grundlæggende rettigheder.',
  },
  articles: 'AI Act Art. 27(1)',
  evidence: ['fria'],
  check(context) {
    if (valueAt(context.data, ['fria']) != null || !friaRequired(context.data, context.tier)) return [];
    return [
      findingAt(
        context,
        'fria-missing',
        'error',
        ['fria'],
        message(
          '`fria` is missing: a public body deploying an Annex III high-risk system must assess the impact on fundamental rights before first use (status and document)',
          '`fria` mangler: et offentligt organ, der idriftsætter et højrisiko-AI-system efter bilag III, skal foretage en konsekvensanalyse vedrørende grundlæggende rettigheder før første anvendelse (status og dokument)',
          'AI Act Art. 27(1)',
          'annex-iii-high-risk',
          context,
        ),
      ),
    ];
  },
};
