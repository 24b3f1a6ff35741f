import type { Localized, RuleId, Severity } from '../types';
import { RULES } from './index';

export interface RuleInfo {
  id: RuleId;
  description: Localized;
  articles: string;
  /** The severity it usually has (some rules vary: see the spec). */
  defaultSeverity: Severity;
}

/** Every rule id of the spec's catalogue with its help text: SARIF's rule list and the rule documentation. */
export const RULE_CATALOGUE: readonly RuleInfo[] = RULES.map(({ id, description, articles, defaultSeverity }) => ({
  id,
  description,
  articles,
  defaultSeverity,
}));
