import { minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('schema', [
  {
    name: 'an unknown role value',
    triggers: () => with_(minimalManifest(), (m) => (m.system.role = 'user')),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'user',
    mentions: ['system.role', "'deployer'"],
  },
  {
    name: 'a misspelt key is a warning on the key',
    triggers: () => with_(minimalManifest(), (m) => (m.system.rolle = 'deployer')),
    control: () => minimalManifest(),
    severity: 'warning',
    rangeText: 'rolle',
    mentions: ['system.rolle', "Did you mean 'role'?"],
  },
]);
