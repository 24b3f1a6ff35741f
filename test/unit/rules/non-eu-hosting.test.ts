import { minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('non-eu-hosting', [
  {
    name: 'a model hosted outside the EU with personal data',
    triggers: () => with_(minimalManifest(), (m) => (m.model = { generalPurpose: true, hosting: 'non-eu' })),
    control: () => with_(minimalManifest(), (m) => (m.model = { generalPurpose: true, hosting: 'eu' })),
    severity: 'warning',
    rangeText: 'non-eu',
    mentions: ['model.hosting', 'GDPR Chapter V'],
  },
]);
