import { minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('automated-decision', [
  {
    name: 'the system decides automatically',
    triggers: () => with_(minimalManifest(), (m) => (m.decisions.automated = true)),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'true',
    mentions: ['decisions.automated', 'GDPR Art. 22'],
  },
  {
    name: 'no caseworker decides',
    triggers: () => with_(minimalManifest(), (m) => (m.decisions.caseworkerDecides = false)),
    control: () => with_(minimalManifest(), (m) => (m.decisions.caseworkerDecides = true)),
    severity: 'error',
    rangeText: 'false',
    mentions: ['decisions.caseworkerDecides'],
  },
]);
