import { dpiaDocumentNotFoundRule } from './rules/dpia-document-not-found';
import { DOMAIN_RULES } from './rules/index';
import type { Localized, RuleId, Severity } from './types';

export interface RuleInfo {
  id: RuleId;
  description: Localized;
  articles: string;
  /** The severity it usually has (some rules vary: see the spec). */
  defaultSeverity: Severity;
}

const SEVERITIES: Partial<Record<RuleId, Severity>> = {
  'dpia-document-not-found': 'warning',
  'ai-literacy-missing': 'warning',
  'annex-iii-undeclared': 'warning',
  'tier-mismatch': 'warning',
  'legal-basis-out-of-scope': 'warning',
  'non-eu-hosting': 'warning',
};

/** Every rule id of the spec's catalogue with its help text: SARIF's rule list and the rule documentation. */
const ENTRIES: { id: RuleId; description: Localized; articles: string }[] = [
  {
    id: 'yaml-syntax',
    description: {
      en: 'The YAML does not parse, or cannot be loaded within limits (more than 100 alias expansions, or a file over 5 MiB).',
      da: 'YAML-filen kan ikke parses eller indlæses inden for grænserne (mere end 100 udfoldninger af aliasser eller en fil over 5 MiB).',
    },
    articles: 'YAML 1.2',
  },
  {
    id: 'schema',
    description: {
      en: 'The JSON Schema rejects a value, type or required field that no other rule covers (unknown keys are warnings).',
      da: 'JSON-skemaet afviser en værdi, en type eller et påkrævet felt, som ingen anden regel dækker (ukendte nøgler er advarsler).',
    },
    articles: 'Manifest format v1',
  },
  ...DOMAIN_RULES.slice(0, 6),
  dpiaDocumentNotFoundRule,
  ...DOMAIN_RULES.slice(6),
];

export const RULE_CATALOGUE: readonly RuleInfo[] = ENTRIES.map((rule) => ({ id: rule.id, description: rule.description, articles: rule.articles, defaultSeverity: SEVERITIES[rule.id] ?? 'error' }));
