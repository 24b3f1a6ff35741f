import { minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('ai-disclosure-missing', [
  {
    name: 'a chatbot without AI disclosure',
    triggers: () => with_(minimalManifest(), (m) => (m.riskClassification.practices = ['interacts-with-persons'])),
    control: () =>
      with_(minimalManifest(), (m) => {
        m.riskClassification.practices = ['interacts-with-persons'];
        m.transparency.aiInteractionDisclosure = 'The chat opens by saying it is an AI.';
      }),
    severity: 'error',
    rangeText: 'transparency',
    mentions: ['transparency.aiInteractionDisclosure', 'Art. 50(1)', 'the provider', '2 August 2026'],
  },
  {
    name: 'a deepfake without marking names the deployer',
    triggers: () => with_(minimalManifest(), (m) => (m.riskClassification.practices = ['deepfake'])),
    control: () =>
      with_(minimalManifest(), (m) => {
        m.riskClassification.practices = ['deepfake'];
        m.transparency.contentMarking = 'Watermarked and labelled.';
      }),
    severity: 'error',
    rangeText: 'transparency',
    mentions: ['transparency.contentMarking', 'Art. 50(4)', 'the deployer'],
  },
]);
