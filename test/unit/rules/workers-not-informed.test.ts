import { highRiskManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('workers-not-informed', [
  {
    name: 'employees affected by a high-risk system, not informed',
    triggers: () => with_(highRiskManifest(), (m) => (m.purpose.affectedPersons = ['citizens', 'employees'])),
    control: () =>
      with_(highRiskManifest(), (m) => {
        m.purpose.affectedPersons = ['citizens', 'employees'];
        m.transparency.workersInformed = true;
      }),
    severity: 'error',
    rangeText: 'transparency',
    mentions: ['transparency.workersInformed', 'Art. 26(7)'],
  },
]);
