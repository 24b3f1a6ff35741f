import type { Rule } from './rule';
import { localized } from '../l10n';

/** Reported by the acceptance pass (`acceptance.ts`): the entry's `expires` is before the reference date. */
export const acceptanceExpired: Rule<'acceptance-expired'> = {
  id: 'acceptance-expired',
  defaultSeverity: 'warning',
  description: localized(
    'An entry of `acceptedFindings` expired before the reference date: it accepts nothing, and the finding is reported as usual.',
  ),
  articles: 'Manifest format v1; GDPR Art. 5(2)',
};
