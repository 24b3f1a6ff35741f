import { has, isRecord, processesPersonalData, valueAt } from '../yaml/fields';
import type { Finding } from '../types';
import { findingAt, message, type Rule, type RuleContext } from './rule';
import { localized } from '../l10n';

const ARTICLES = localized('GDPR Arts. 13–14; Danish executive order');
const SHOWN_LENGTH = 60;

export const transparencyMissing: Rule<'transparency-missing'> = {
  id: 'transparency-missing',
  defaultSeverity: 'error',
  fix: { insertField: true, document: 'citizen-notice' },
  description: localized(
    "Personal data is processed and citizens are not told that AI is used: 'transparency.citizenNotice' is missing, or is neither a URL nor the path of a document (free text is no notice), or the notice it links is not written.",
  ),
  articles: 'GDPR Arts. 12–14; Danish executive order',
  evidence: ['citizens-informed'],
  check(context) {
    // GDPR Arts. 13–14 speak to the persons whose data is processed: without personal data no notice is asked.
    if (!processesPersonalData(context.data)) return [];
    if (!isRecord(valueAt(context.data, ['transparency']))) {
      return [
        findingAt(
          context,
          'transparency-missing',
          'error',
          ['transparency'],
          message(
            localized(
              '`transparency` is missing: citizens must be told that AI is used in processing their data, for example in the privacy policy (`citizenNotice`)',
            ),
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
            localized('`transparency.citizenNotice` is missing: say where citizens are told that AI is used (a URL or document path)'),
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

/**
 * Free text where the citizen notice's URL or path is wanted ("Borgerne informeres mundtligt ved behov"): no notice.
 * GDPR Arts. 12–14 ask for the information in writing or by other means, concisely and accessibly. Reported by the
 * check's document pass (`reportDocuments`), which reads the field as absent for every rule.
 */
export function citizenNoticeTextFinding(context: RuleContext, text: string): Finding {
  const shown = text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
  return findingAt(
    context,
    'transparency-missing',
    'error',
    ['transparency', 'citizenNotice'],
    message(
      localized(
        "'transparency.citizenNotice' is neither a URL nor the path of a document ('{0}'): citizens must be given the information in writing or by other means, concisely and accessibly. Give the URL of the page or the path of the notice",
        shown,
      ),
      localized('GDPR Arts. 12–14'),
      ['gdpr', 'danish-legal-basis'],
      context,
    ),
  );
}
