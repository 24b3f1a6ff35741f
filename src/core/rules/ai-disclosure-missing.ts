import { has, stringList } from '../yaml/fields';
import type { Finding } from '../types';
import { TRANSPARENCY_PRACTICES, type TransparencyField } from '../law/vocabulary';
import { cite } from '../law/articles';
import { findingAt, joined, message, type Rule } from './rule';
import { localized } from '../l10n';

const HOLDER = {
  provider: localized('the provider'),
  deployer: localized('the deployer'),
};

export const aiDisclosureMissing: Rule<'ai-disclosure-missing'> = {
  id: 'ai-disclosure-missing',
  defaultSeverity: 'error',
  fix: { insertField: true },
  description: localized(
    'An Art. 50 practice is listed without its transparency field (aiInteractionDisclosure, contentMarking, exposureNotice).',
  ),
  articles: 'AI Act Art. 50(1)–(4)',
  evidence: ['transparency-practice'],
  check(context) {
    const byField = new Map<TransparencyField, string[]>();
    // The tier's reading: the listed Art. 50 practices, and `interacts-with-persons` for a chatbot (spec: "interacts with persons").
    for (const value of context.tier.transparencyPractices) {
      const practice = TRANSPARENCY_PRACTICES[value];
      if (!practice || has(context.data, ['transparency', practice.field])) continue;
      byField.set(practice.field, [...(byField.get(practice.field) ?? []), value]);
    }
    const findings: Finding[] = [];
    for (const [field, values] of byField) {
      const practices = values.map((value) => TRANSPARENCY_PRACTICES[value]);
      const paragraphs = [...new Set(practices.map((p) => p.paragraph))].join(', ');
      const duties = joined(
        practices.map((p) => localized('{0} ({1}): {2}', { en: p.paragraph, da: cite(p.paragraph, 'da') }, HOLDER[p.holder], p.duty)),
      );
      const listed = values.map((v) => `'${v}'`).join(', ');
      const chatbotOnly = values.length === 1 && !stringList(context.data, ['riskClassification', 'practices']).includes(values[0]);
      findings.push(
        findingAt(
          context,
          'ai-disclosure-missing',
          'error',
          ['transparency', field],
          message(
            chatbotOnly
              ? localized(
                  "`transparency.{0}` is missing although `purpose.tasks` has 'chatbot' (the system interacts with persons). Describe how the duty is met — {1}",
                  field,
                  duties,
                )
              : localized(
                  '`transparency.{0}` is missing although `riskClassification.practices` lists {1}. Describe how the duty is met — {2}',
                  field,
                  listed,
                  duties,
                ),
            `AI Act ${paragraphs}`,
            practices.map((p) => (p.paragraph === 'Art. 50(2)' ? 'transparency-marking-legacy' : 'transparency')),
            context,
          ),
        ),
      );
    }
    return findings;
  },
};
