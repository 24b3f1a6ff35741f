import { has, isRecord, valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';

const ARTICLES = { en: 'GDPR Arts. 13–14; Danish executive order', da: 'GDPR art. 13-14; bekendtgørelsen' };

export const transparencyMissing: Rule<'transparency-missing'> = {
  id: 'transparency-missing',
  defaultSeverity: 'error',
  fix: { insertField: true, document: 'citizen-notice' },
  description: {
    en: 'Citizens are not told that AI is used: `transparency.citizenNotice` is missing.',
    da: 'Borgerne oplyses ikke om brugen af AI: `transparency.citizenNotice` mangler.',
  },
  articles: 'GDPR Arts. 13–14; Danish executive order',
  evidence: ['citizens-informed'],
  check(context) {
    if (!isRecord(valueAt(context.data, ['transparency']))) {
      return [
        findingAt(
          context,
          'transparency-missing',
          'error',
          ['transparency'],
          message(
            '`transparency` is missing: citizens must be told that AI is used in processing their data, for example in the privacy policy (`citizenNotice`)',
            '`transparency` mangler: borgeren skal oplyses om, at der anvendes AI i behandlingen af vedkommendes oplysninger, fx i privatlivspolitikken (`citizenNotice`)',
            ARTICLES,
            ['gdpr', 'danish-legal-basis'],
            context,
          ),
        ),
      ];
    }
    if (!has(context.data, ['transparency', 'citizenNotice'])) {
      return [
        findingAt(
          context,
          'transparency-missing',
          'error',
          ['transparency', 'citizenNotice'],
          message(
            '`transparency.citizenNotice` is missing: say where citizens are told that AI is used (a URL or document path)',
            '`transparency.citizenNotice` mangler: angiv, hvor borgeren oplyses om brugen af AI (en URL eller sti til et dokument)',
            ARTICLES,
            ['gdpr', 'danish-legal-basis'],
            context,
          ),
        ),
      ];
    }
    return [];
  },
};
