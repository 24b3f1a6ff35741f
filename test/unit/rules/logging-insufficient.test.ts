import { highRiskManifest, minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('logging-insufficient', [
  {
    name: 'logs kept for 3 months',
    triggers: () => with_(highRiskManifest(), (m) => (m.logging.retentionMonths = 3)),
    control: () => highRiskManifest(),
    severity: 'error',
    rangeText: '3',
    mentions: ['logging.retentionMonths', '6 months', '26(6)'],
  },
  {
    name: 'no logging section on a high-risk system',
    triggers: () => with_(highRiskManifest(), (m) => delete m.logging),
    control: () => with_(minimalManifest(), (m) => delete m.logging),
    severity: 'error',
    rangeText: 'manifestVersion',
    mentions: ['logging'],
  },
]);
