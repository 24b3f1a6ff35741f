import type { Rule } from './rule';

/** Reported by the acceptance pass (`acceptance.ts`): an entry of `acceptedFindings` names a rule that can never be accepted. */
export const acceptanceInvalid: Rule<'acceptance-invalid'> = {
  id: 'acceptance-invalid',
  defaultSeverity: 'error',
  description: {
    en: 'An entry of `acceptedFindings` names a rule that can never be accepted (yaml-syntax, schema, prohibited-practice, automated-decision, placeholder-value) or an unknown rule id; the finding it names stays as it was.',
    da: 'En post i `acceptedFindings` nævner en regel, der aldrig kan accepteres (yaml-syntax, schema, prohibited-practice, automated-decision, placeholder-value), eller et ukendt regel-id; fundet, den nævner, forbliver uændret.',
  },
  articles: 'Manifest format v1; GDPR Art. 5(2)',
};
