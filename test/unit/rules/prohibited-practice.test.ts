import { minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('prohibited-practice', [
  {
    name: 'a prohibited practice is listed',
    triggers: () => with_(minimalManifest(), (m) => (m.riskClassification.practices = ['social-scoring'])),
    control: () =>
      with_(minimalManifest(), (m) => {
        m.riskClassification.practices = ['interacts-with-persons'];
        m.transparency.aiInteractionDisclosure = 'The chat says it is an AI.';
      }),
    severity: 'error',
    rangeText: 'social-scoring',
    mentions: ['riskClassification.practices', 'Art. 5(1)(c)', '2 February 2025'],
  },
  {
    name: 'a new Omnibus prohibition is dated 2 Dec 2026',
    triggers: () => with_(minimalManifest(), (m) => (m.riskClassification.practices = ['csam-generation'])),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'csam-generation',
    mentions: ['Art. 5(1)(bb)', '2 December 2026'],
  },
]);
