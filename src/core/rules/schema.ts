import type { Rule } from './rule';

/** Reported by the schema validator (`schema.ts`) for a gap no named rule covers. */
export const schemaRule: Rule<'schema'> = {
  id: 'schema',
  defaultSeverity: 'error',
  description: {
    en: 'The JSON Schema rejects a value, type or required field that no other rule covers (unknown keys are warnings).',
    da: 'JSON-skemaet afviser en værdi, en type eller et påkrævet felt, som ingen anden regel dækker (ukendte nøgler er advarsler).',
  },
  articles: 'Manifest format v1',
  evidence: 'every-duty',
  fix: { insertField: true },
};
