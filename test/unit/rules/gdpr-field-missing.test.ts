import { minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('gdpr-field-missing', [
  {
    name: 'personal data without security measures',
    triggers: () => with_(minimalManifest(), (m) => delete m.dataProtection.security),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'dataProtection',
    mentions: ['dataProtection.security', 'GDPR Art. 32'],
  },
]);
