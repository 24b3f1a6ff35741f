import type { Rule } from './rule';

/** Reported by the acceptance pass (`acceptance.ts`): the entry's `expires` is before the reference date. */
export const acceptanceExpired: Rule<'acceptance-expired'> = {
  id: 'acceptance-expired',
  defaultSeverity: 'warning',
  description: {
    en: 'An entry of `acceptedFindings` expired before the reference date: it accepts nothing, and the finding is reported as usual.',
    da: 'En post i `acceptedFindings` er udløbet før referencedatoen: den accepterer intet, og fundet rapporteres som sædvanligt.',
  },
  articles: 'Manifest format v1; GDPR Art. 5(2)',
};
