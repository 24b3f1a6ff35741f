import type { Rule } from './rule';
import { localized } from '../l10n';

/** Reported by the acceptance pass (`acceptance.ts`): a valid, unexpired entry matches no finding. */
export const acceptanceUnused: Rule<'acceptance-unused'> = {
  id: 'acceptance-unused',
  defaultSeverity: 'warning',
  description: localized('A valid, unexpired entry of `acceptedFindings` matches no finding: the gap was closed, so remove the entry.'),
  articles: 'Manifest format v1; GDPR Art. 5(2)',
};
