import { minimalManifest, toYaml } from '../manifests';
import { describeRuleCases } from './ruleCase';

describeRuleCases('yaml-syntax', [
  {
    name: 'broken YAML',
    triggers: () => toYaml(minimalManifest()).replace('practices: []', 'practices: [social-scoring'),
    control: () => toYaml(minimalManifest()),
    severity: 'error',
    rangeText: '',
    mentions: ['YAML'],
  },
]);
