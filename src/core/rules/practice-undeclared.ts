import { isRecord, stringList, valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';

const PRACTICES = ['riskClassification', 'practices'];

export const practiceUndeclared: Rule<'practice-undeclared'> = {
  id: 'practice-undeclared',
  defaultSeverity: 'error',
  description: {
    en: '`purpose.tasks` has `chatbot` but `riskClassification.practices` lacks `interacts-with-persons`; the tier and `ai-disclosure-missing` already treat the practice as declared.',
    da: '`purpose.tasks` indeholder `chatbot`, men `riskClassification.practices` mangler `interacts-with-persons`; risikoniveauet og `ai-disclosure-missing` behandler allerede praksissen som angivet.',
  },
  articles: 'AI Act Art. 50(1)',
  check(context) {
    const { data } = context;
    if (!stringList(data, ['purpose', 'tasks']).includes('chatbot') || stringList(data, PRACTICES).includes('interacts-with-persons'))
      return [];
    const path = isRecord(valueAt(data, ['riskClassification'])) ? PRACTICES : ['riskClassification'];
    return [
      findingAt(
        context,
        'practice-undeclared',
        'error',
        path,
        message(
          "`riskClassification.practices` lacks 'interacts-with-persons', but `purpose.tasks` has 'chatbot': a chatbot interacts with persons, who must be told they are talking to an AI system. Add the practice; the tier and the transparency rules already count it",
          "`riskClassification.practices` mangler 'interacts-with-persons', men `purpose.tasks` indeholder 'chatbot': en chatbot interagerer med personer, som skal have at vide, at de taler med et AI-system. Tilføj praksissen; risikoniveauet og reglerne om gennemsigtighed regner den allerede med",
          'AI Act Art. 50(1)',
          'transparency',
          context,
        ),
        { related: [{ path: ['purpose', 'tasks'], message: { en: 'The task list says chatbot.', da: 'Opgavelisten angiver chatbot.' } }] },
      ),
    ];
  },
};
