import type { Rule } from './rule';

/** Reported by the acceptance pass (`acceptance.ts`): a valid, unexpired entry matches no finding. */
export const acceptanceUnused: Rule<'acceptance-unused'> = {
  id: 'acceptance-unused',
  defaultSeverity: 'warning',
  description: {
    en: 'A valid, unexpired entry of `acceptedFindings` matches no finding: the gap was closed, so remove the entry.',
    da: 'En gyldig, ikke udløbet post i `acceptedFindings` passer ikke på noget fund: manglen er lukket, så fjern posten.',
  },
  articles: 'Manifest format v1; GDPR Art. 5(2)',
};
