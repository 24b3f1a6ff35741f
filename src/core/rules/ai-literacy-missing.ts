import { has, isRecord, valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';
import { localized } from '../l10n';

export const aiLiteracyMissing: Rule<'ai-literacy-missing'> = {
  id: 'ai-literacy-missing',
  defaultSeverity: 'warning',
  fix: { insertField: true, document: 'ai-literacy' },
  description: localized('No AI literacy measures for staff are described.'),
  articles: 'AI Act Art. 4',
  evidence: ['ai-literacy'],
  check(context) {
    const section = isRecord(valueAt(context.data, ['aiLiteracy']));
    if (section && has(context.data, ['aiLiteracy', 'measures'])) return [];
    const path = section ? ['aiLiteracy', 'measures'] : ['aiLiteracy'];
    return [
      findingAt(
        context,
        'ai-literacy-missing',
        'warning',
        path,
        message(
          localized(
            '`{0}` is missing: describe the measures (training, guidance) you take to support the AI literacy of the staff who use the system',
            path.join('.'),
          ),
          'AI Act Art. 4',
          'ai-literacy',
          context,
        ),
      ),
    ];
  },
};
