import { has, isRecord, valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';

export const aiLiteracyMissing: Rule<'ai-literacy-missing'> = {
  id: 'ai-literacy-missing',
  defaultSeverity: 'warning',
  fix: { insertField: true, document: 'ai-literacy' },
  description: {
    en: 'No AI literacy measures for staff are described.',
    da: 'Der er ikke beskrevet tiltag for personalets AI-færdigheder.',
  },
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
          `\`${path.join('.')}\` is missing: describe the measures (training, guidance) you take to support the AI literacy of the staff who use the system`,
          `\`${path.join('.')}\` mangler: beskriv de foranstaltninger (uddannelse, vejledning), I træffer for at understøtte AI-færdighederne hos det personale, der bruger systemet`,
          'AI Act Art. 4',
          'ai-literacy',
          context,
        ),
      ),
    ];
  },
};
