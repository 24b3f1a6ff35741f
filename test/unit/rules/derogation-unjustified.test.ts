import { minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('derogation-unjustified', [
  {
    name: 'a derogation without justification',
    triggers: () =>
      with_(minimalManifest(), (m) => {
        m.riskClassification.annexIII = ['essential-public-services'];
        m.riskClassification.derogation = { condition: 'preparatory-task' };
      }),
    control: () =>
      with_(minimalManifest(), (m) => {
        m.riskClassification.annexIII = ['essential-public-services'];
        m.riskClassification.derogation = {
          condition: 'preparatory-task',
          justification: 'Summaries only; the caseworker reads the file.',
        };
      }),
    severity: 'error',
    rangeText: 'derogation',
    mentions: ['riskClassification.derogation.justification', 'Art. 6(4)'],
  },
]);
