import { highRiskManifest, minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('human-oversight-missing', [
  {
    name: 'no reviewer is named',
    triggers: () => with_(minimalManifest(), (m) => delete m.humanOversight.reviewer),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'humanOversight',
    mentions: ['humanOversight.reviewer', 'executive order'],
  },
  {
    name: 'the reviewer cannot override',
    triggers: () => with_(minimalManifest(), (m) => (m.humanOversight.canOverride = false)),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'false',
    mentions: ['humanOversight.canOverride'],
  },
  {
    name: 'a high-risk system without oversight competence',
    triggers: () => with_(highRiskManifest(), (m) => delete m.humanOversight.competence),
    control: () => with_(minimalManifest(), (m) => delete m.humanOversight.competence),
    severity: 'error',
    rangeText: 'humanOversight',
    mentions: ['humanOversight.competence', 'Art. 26(2)', '2 December 2027'],
  },
]);
