import { minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('legal-basis-out-of-scope', [
  {
    name: 'a legal basis outside LOB § 3, stk. 2',
    triggers: () => with_(minimalManifest(), (m) => (m.legalBasis.act = 'other')),
    control: () => with_(minimalManifest(), (m) => (m.legalBasis.act = 'SDL')),
    severity: 'warning',
    rangeText: 'other',
    mentions: ['legalBasis.act', 'LOB § 3, stk. 2'],
  },
]);
