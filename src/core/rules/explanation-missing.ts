import { has, supportsDecisions } from '../yaml/fields';
import { explanationRightApplies } from '../law/applicability';
import { findingAt, undatedMessage, type Rule } from './rule';
import { localized } from '../l10n';

const EXPLANATION = ['decisions', 'explanation'];

/**
 * Forvaltningsloven §§ 22–24 (in force on every date): a decision's reasons state the role of the AI output; for a
 * deployer of an Annex III high-risk system also AI Act Art. 86. The finding has no date, so `--due-only` never
 * lowers it.
 */
export const explanationMissing: Rule<'explanation-missing'> = {
  id: 'explanation-missing',
  defaultSeverity: 'warning',
  fix: { insertField: true, document: 'explanation' },
  description: localized(
    "A system that supports decisions does not say, in 'decisions.explanation', how a decision's reasons state the role of its output and how a person obtains an explanation (an error for a deployer of an Annex III high-risk system).",
  ),
  articles: 'Forvaltningsloven §§ 22–24; AI Act Art. 86',
  evidence: ['explain-decisions'],
  check(context) {
    const { data, tier } = context;
    if (!supportsDecisions(data) || has(data, EXPLANATION)) return [];
    const art86 = explanationRightApplies(data, tier);
    return [
      findingAt(
        context,
        'explanation-missing',
        art86 ? 'error' : 'warning',
        EXPLANATION,
        art86
          ? undatedMessage(
              localized(
                "'decisions.explanation' is missing: the system supports decisions, so the reasons of each decision must state the role its output played, and as a deployer of an Annex III high-risk system you must give an affected person, on request, a clear and meaningful explanation of that role and of the main elements of the decision. Describe both, as text or in a document",
              ),
              localized('Forvaltningsloven §§ 22–24; AI Act Art. 86'),
            )
          : undatedMessage(
              localized(
                "'decisions.explanation' is missing: the system supports decisions, so the reasons of each decision must state the role its output played (the Ombudsman's guidance on public IT systems). Describe how, and how a person obtains an explanation, as text or in a document",
              ),
              localized('Forvaltningsloven §§ 22–24'),
            ),
      ),
    ];
  },
};
