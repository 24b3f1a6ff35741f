import { minimalManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('transparency-missing', [
  {
    name: 'the transparency section is missing',
    triggers: () => with_(minimalManifest(), (m) => delete m.transparency),
    control: () => minimalManifest(),
    severity: 'error',
    rangeText: 'manifestVersion',
    mentions: ['transparency', 'GDPR Arts. 13–14'],
  },
  {
    name: 'the citizen notice is missing',
    triggers: () => with_(minimalManifest(), (m) => (m.transparency = { workersInformed: true })),
    control: () => with_(minimalManifest(), (m) => (m.transparency.workersInformed = true)),
    severity: 'error',
    rangeText: 'transparency',
    mentions: ['transparency.citizenNotice'],
  },
]);
