import { highRiskManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('provider-documentation-missing', [
  {
    name: 'a high-risk provider without its quality management system',
    triggers: () => with_(highRiskManifest(), (m) => delete m.documentation.qualityManagement),
    control: () =>
      with_(highRiskManifest(), (m) => {
        delete m.documentation.qualityManagement;
        m.system.role = 'deployer';
      }),
    severity: 'error',
    rangeText: 'documentation',
    mentions: ['documentation.qualityManagement', 'Art. 17', '2 December 2027'],
  },
]);
