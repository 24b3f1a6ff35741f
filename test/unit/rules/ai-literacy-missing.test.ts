import { minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('ai-literacy-missing', [
  {
    name: 'no AI literacy measures',
    triggers: () => with_(minimalManifest(), (m) => (m.aiLiteracy = { document: 'docs/ai-literacy.md' })),
    control: () => with_(minimalManifest(), (m) => (m.aiLiteracy.document = 'docs/ai-literacy.md')),
    severity: 'warning',
    rangeText: 'aiLiteracy',
    mentions: ['aiLiteracy.measures', 'Art. 4', '2 February 2025'],
  },
]);
