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

// Spec, rule deployer-obligation-missing: "for provider-and-deployer, its own documentation.euDatabaseRegistration is
// the provider's entry" (Art. 26(8): the deployer uses a system its provider has registered; here it is the provider).
describeRuleCases('deployer-obligation-missing', [
  {
    name: "a provider-and-deployer with neither the provider's entry nor its own registration (Art. 26(8))",
    triggers: () =>
      with_(highRiskManifest(), (m) => {
        delete m.deployment.providerRegistration;
        m.documentation.euDatabaseRegistration = 'TODO';
      }),
    control: () => with_(highRiskManifest(), (m) => delete m.deployment.providerRegistration),
    severity: 'error',
    rangeText: '',
    // As the system's provider, its own entry would do: the message says where to record it.
    mentions: ['deployment.providerRegistration', 'Art. 26(8)', 'documentation.euDatabaseRegistration'],
  },
  {
    name: "a deployer only: its provider's entry is needed whatever the manifest's documentation says (Art. 26(8))",
    triggers: () =>
      with_(highRiskManifest(), (m) => {
        m.system.role = 'deployer';
        delete m.deployment.providerRegistration;
      }),
    control: () => with_(highRiskManifest(), (m) => (m.system.role = 'deployer')),
    severity: 'error',
    rangeText: '',
    mentions: ['deployment.providerRegistration', 'Art. 26(8)'],
  },
]);
