import { highRiskManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('workers-not-informed', [
  {
    name: 'a high-risk deployer (employees listed or not), not informed',
    triggers: () => with_(highRiskManifest(), (m) => delete m.transparency.workersInformed),
    control: () => highRiskManifest(),
    severity: 'error',
    rangeText: 'transparency',
    mentions: ['transparency.workersInformed', 'Art. 26(7)'],
  },
  {
    name: 'workersInformed false',
    triggers: () => with_(highRiskManifest(), (m) => (m.transparency.workersInformed = false)),
    control: () => with_(highRiskManifest(), (m) => (m.purpose.affectedPersons = ['citizens', 'employees'])),
    severity: 'error',
    rangeText: 'false',
    mentions: ['transparency.workersInformed', 'MED committee'],
  },
]);
