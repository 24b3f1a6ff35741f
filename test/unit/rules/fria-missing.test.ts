import { highRiskManifest } from '../manifests';
import { describeRuleCases, with_ } from './ruleCase';

describeRuleCases('fria-missing', [
  {
    name: 'a high-risk deployer without FRIA',
    triggers: () => with_(highRiskManifest(), (m) => delete m.fria),
    control: () =>
      with_(highRiskManifest(), (m) => {
        delete m.fria;
        m.riskClassification.annexIII = ['critical-infrastructure'];
      }),
    severity: 'error',
    rangeText: 'manifestVersion',
    mentions: ['fria', 'Art. 27(1)', '2 December 2027'],
  },
  {
    name: 'a provider only needs no FRIA',
    triggers: () =>
      with_(highRiskManifest(), (m) => {
        delete m.fria;
        m.system.role = 'deployer';
      }),
    control: () =>
      with_(highRiskManifest(), (m) => {
        delete m.fria;
        m.system.role = 'provider';
      }),
    severity: 'error',
    rangeText: 'manifestVersion',
    mentions: ['fria'],
  },
]);
