import type { Rule } from './rule';
import { localized } from '../l10n';

/** Reported by the schema validator (`schema.ts`) for a gap no named rule covers. */
export const schemaRule: Rule<'schema'> = {
  id: 'schema',
  defaultSeverity: 'error',
  description: localized('The JSON Schema rejects a value, type or required field that no other rule covers (unknown keys are warnings).'),
  articles: 'Manifest format v1',
  evidence: 'every-duty',
  fix: { insertField: true },
};
