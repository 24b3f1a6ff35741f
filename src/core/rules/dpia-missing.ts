import { has, isRecord, isTrue, processesPersonalData, stringList, valueAt } from '../yaml/fields';
import type { Finding, Severity } from '../types';
import { findingAt, message, type Rule, type RuleContext } from './rule';

const DPIA = ['dataProtection', 'dpia'] as const;

/** Error where GDPR Art. 35(3) or the tier makes a DPIA mandatory; a warning otherwise. */
export function dpiaSeverity(context: RuleContext): Severity {
  const { data, tier } = context;
  const mandatory =
    tier.tier === 'high' ||
    tier.tier === 'prohibited' ||
    isTrue(data, ['riskClassification', 'profiling']) ||
    stringList(data, ['purpose', 'tasks']).includes('profiling') ||
    stringList(data, ['dataProtection', 'categories']).includes('special-category');
  return mandatory ? 'error' : 'warning';
}

export const dpiaMissing: Rule<'dpia-missing'> = {
  id: 'dpia-missing',
  defaultSeverity: 'error',
  fix: { insertField: true, document: 'dpia' },
  description: {
    en: 'Personal data is processed but the DPIA is missing or incomplete (status, document, or a justification for not-required).',
    da: 'Der behandles personoplysninger, men konsekvensanalysen mangler eller er ufuldstændig (status, dokument eller begrundelse for not-required).',
  },
  articles: 'GDPR Art. 35; AI Act Art. 26(9)',
  check(context) {
    const { data, edition } = context;
    if (!processesPersonalData(data)) return [];
    const severity = dpiaSeverity(context);
    const article = { en: 'GDPR Art. 35', da: 'GDPR art. 35' };
    const report = (path: readonly string[], en: string, da: string): Finding =>
      findingAt(context, 'dpia-missing', severity, path, message(en, da, article, 'gdpr', edition));
    if (!isRecord(valueAt(data, DPIA))) {
      return [report(DPIA,
        '`dataProtection.dpia` is missing: personal data is processed, so record the data protection impact assessment (status and document)' +
          (severity === 'error' ? '. It is mandatory here: high risk, profiling or special categories of data' : ''),
        '`dataProtection.dpia` mangler: der behandles personoplysninger, så angiv konsekvensanalysen vedrørende databeskyttelse (status og dokument)' +
          (severity === 'error' ? '. Den er obligatorisk her: høj risiko, profilering eller særlige kategorier af oplysninger' : ''))];
    }
    const status = valueAt(data, [...DPIA, 'status']);
    if (!has(data, [...DPIA, 'status'])) {
      return [report([...DPIA, 'status'],
        '`dataProtection.dpia.status` is missing: say whether the DPIA is completed, in-progress or not-required',
        '`dataProtection.dpia.status` mangler: angiv, om konsekvensanalysen er completed, in-progress eller not-required')];
    }
    if (status === 'not-required') {
      return has(data, [...DPIA, 'justification']) ? [] : [report([...DPIA, 'justification'],
        '`dataProtection.dpia.justification` is missing: a DPIA marked not-required needs the reasons why the processing is not likely to result in a high risk',
        '`dataProtection.dpia.justification` mangler: når konsekvensanalysen er not-required, skal det begrundes, hvorfor behandlingen ikke sandsynligvis indebærer en høj risiko')];
    }
    return has(data, [...DPIA, 'document']) ? [] : [report([...DPIA, 'document'],
      '`dataProtection.dpia.document` is missing: link the DPIA document (a path such as docs/dpia.md)',
      '`dataProtection.dpia.document` mangler: henvis til konsekvensanalysen (en sti som docs/dpia.md)')];
  },
};
