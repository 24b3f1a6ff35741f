import type { Rule } from './rule';
import { localized } from '../l10n';

/** Reported by the acceptance pass (`acceptance.ts`): an entry of `acceptedFindings` names a rule that can never be accepted. */
export const acceptanceInvalid: Rule<'acceptance-invalid'> = {
  id: 'acceptance-invalid',
  defaultSeverity: 'error',
  description: localized(
    'An entry of `acceptedFindings` names a rule that can never be accepted (yaml-syntax, schema, prohibited-practice, automated-decision, placeholder-value) or an unknown rule id; the finding it names stays as it was.',
  ),
  articles: 'Manifest format v1; GDPR Art. 5(2)',
};
