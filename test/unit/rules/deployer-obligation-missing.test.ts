import { highRiskManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('deployer-obligation-missing', [
  {
    name: 'a high-risk deployer that does not follow the instructions',
    triggers: () => with_(highRiskManifest(), (m) => (m.deployment.instructionsFollowed = false)),
    control: () => highRiskManifest(),
    severity: 'error',
    rangeText: 'false',
    mentions: ['deployment.instructionsFollowed', 'Art. 26(1)'],
  },
  {
    name: 'a high-risk deployer without a deployment section',
    triggers: () => with_(highRiskManifest(), (m) => delete m.deployment),
    control: () =>
      with_(highRiskManifest(), (m) => {
        delete m.deployment;
        m.system.role = 'provider';
      }),
    severity: 'error',
    rangeText: 'manifestVersion',
    mentions: ['deployment', 'Art. 26'],
  },
]);
