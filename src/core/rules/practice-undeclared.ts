import { infersEmployeeEmotions, isRecord, stringList, valueAt } from '../yaml/fields';
import { findingAt, message, type Rule } from './rule';
import { localized } from '../l10n';

const PRACTICES = ['riskClassification', 'practices'];

export const practiceUndeclared: Rule<'practice-undeclared'> = {
  id: 'practice-undeclared',
  defaultSeverity: 'error',
  description: localized(
    "'purpose.tasks' has 'chatbot' but 'riskClassification.practices' lacks 'interacts-with-persons'; or the system infers the emotions of employees but 'practices' lacks 'workplace-emotion-recognition'. The tier and the other rules already treat the practice as declared.",
  ),
  articles: 'AI Act Arts. 5(1)(f), 50(1)',
  check(context) {
    const { data } = context;
    const path = isRecord(valueAt(data, ['riskClassification'])) ? PRACTICES : ['riskClassification'];
    const practices = stringList(data, PRACTICES);
    const findings = [];
    if (stringList(data, ['purpose', 'tasks']).includes('chatbot') && !practices.includes('interacts-with-persons'))
      findings.push(
        findingAt(
          context,
          'practice-undeclared',
          'error',
          path,
          message(
            localized(
              "'riskClassification.practices' lacks 'interacts-with-persons', but 'purpose.tasks' has 'chatbot': a chatbot interacts with persons, who must be told they are talking to an AI system. Add the practice; the tier and the transparency rules already count it",
            ),
            'AI Act Art. 50(1)',
            'transparency',
            context,
          ),
          {
            related: [{ path: ['purpose', 'tasks'], message: localized('The task list says chatbot.') }],
          },
        ),
      );
    if (infersEmployeeEmotions(data) && !practices.includes('workplace-emotion-recognition'))
      findings.push(
        findingAt(
          context,
          'practice-undeclared',
          'error',
          path,
          message(
            localized(
              "'riskClassification.practices' lacks 'workplace-emotion-recognition', but it lists 'emotion-recognition' and 'purpose.affectedPersons' has 'employees', with no 'riskClassification.medicalOrSafetyReason': the system infers the emotions of employees, the workplace ban. Add the practice (and stop the use), or give the medical or safety reason; the tier and the other rules already count it",
            ),
            'AI Act Art. 5(1)(f)',
            'prohibitions',
            context,
          ),
          {
            related: [
              {
                path: ['purpose', 'affectedPersons'],
                message: localized('The affected persons include employees.'),
              },
            ],
          },
        ),
      );
    return findings;
  },
};
