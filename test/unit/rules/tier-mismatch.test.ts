import { minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('tier-mismatch', [
  {
    name: 'the declared tier is wrong',
    triggers: () => with_(minimalManifest(), (m) => (m.riskClassification.declaredTier = 'high')),
    control: () => with_(minimalManifest(), (m) => (m.riskClassification.declaredTier = 'minimal')),
    severity: 'warning',
    rangeText: 'high',
    mentions: ['riskClassification.declaredTier', "'minimal'"],
  },
]);
