import { deploys, has, isRecord, valueAt } from '../yaml/fields';
import type { Finding } from '../types';
import { findingAt, message, type Rule } from './rule';

export const deployerObligationMissing: Rule<'deployer-obligation-missing'> = {
  id: 'deployer-obligation-missing',
  defaultSeverity: 'error',
  fix: { insertField: true },
  description: {
    en: 'A deployer of a high-risk system has not recorded how it meets Art. 26(1), (4), (5) and (11).',
    da: 'En idriftsætter af et højrisiko-AI-system har ikke angivet, hvordan art. 26, stk. 1, 4, 5 og 11, opfyldes.',
  },
  articles: 'AI Act Art. 26(1), (4), (5), (11)',
  check(context) {
    const { data, tier, edition } = context;
    if (tier.tier !== 'high' || !deploys(data)) return [];
    const provision = tier.highRiskProvision ?? 'annex-iii-high-risk';
    if (!isRecord(valueAt(data, ['deployment']))) {
      return [findingAt(context, 'deployer-obligation-missing', 'error', ['deployment'], message(
        '`deployment` is missing: a deployer of a high-risk system must follow the instructions for use, keep input data relevant, monitor operation and report risks, and inform the persons affected',
        '`deployment` mangler: en idriftsætter af et højrisiko-AI-system skal følge brugsanvisningen, sikre relevante inputdata, overvåge driften og indberette risici og informere de berørte personer',
        'AI Act Art. 26', provision, edition))];
    }
    const findings: Finding[] = [];
    const report = (field: string, en: string, da: string, article: string): void => {
      findings.push(findingAt(context, 'deployer-obligation-missing', 'error', ['deployment', field], message(en, da, article, provision, edition)));
    };
    if (valueAt(data, ['deployment', 'instructionsFollowed']) !== true) {
      report('instructionsFollowed', '`deployment.instructionsFollowed` must be true: use the system according to the provider\'s instructions for use',
        '`deployment.instructionsFollowed` skal være true: brug systemet i overensstemmelse med udbyderens brugsanvisning', 'AI Act Art. 26(1)');
    }
    if (!has(data, ['deployment', 'inputDataRelevance'])) {
      report('inputDataRelevance', '`deployment.inputDataRelevance` is missing: describe how input data is kept relevant and sufficiently representative for the purpose',
        '`deployment.inputDataRelevance` mangler: beskriv, hvordan inputdata holdes relevante og tilstrækkeligt repræsentative for formålet', 'AI Act Art. 26(4)');
    }
    if (!has(data, ['deployment', 'monitoring'])) {
      report('monitoring', '`deployment.monitoring` is missing: link the procedure for monitoring operation and informing the provider and the authority of risks and serious incidents',
        '`deployment.monitoring` mangler: henvis til proceduren for overvågning af driften og underretning af udbyderen og myndigheden om risici og alvorlige hændelser', 'AI Act Art. 26(5)');
    }
    if (valueAt(data, ['deployment', 'affectedPersonsInformed']) !== true) {
      report('affectedPersonsInformed', '`deployment.affectedPersonsInformed` must be true: persons subject to decisions the system helps make must be told',
        '`deployment.affectedPersonsInformed` skal være true: personer, der er genstand for afgørelser, som systemet hjælper med at træffe, skal informeres', 'AI Act Art. 26(11)');
    }
    return findings;
  },
};
