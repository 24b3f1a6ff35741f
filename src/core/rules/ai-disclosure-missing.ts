import { has, stringList } from '../yaml/fields';
import type { Finding } from '../types';
import { TRANSPARENCY_PRACTICES, type TransparencyField } from '../law/vocabulary';
import { cite } from '../law/articles';
import { findingAt, message, type Rule } from './rule';

const HOLDER = {
  provider: { en: 'the provider', da: 'udbyderen' },
  deployer: { en: 'the deployer', da: 'idriftsætteren' },
};

export const aiDisclosureMissing: Rule<'ai-disclosure-missing'> = {
  id: 'ai-disclosure-missing',
  defaultSeverity: 'error',
  fix: { insertField: true },
  description: {
    en: 'An Art. 50 practice is listed without its transparency field (aiInteractionDisclosure, contentMarking, exposureNotice).',
    da: 'En praksis efter art. 50 er angivet uden sit gennemsigtighedsfelt (aiInteractionDisclosure, contentMarking, exposureNotice).',
  },
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
      const duties = practices.map((p) => `${p.paragraph} (${HOLDER[p.holder].en}): ${p.duty.en}`).join('; ');
      const dutiesDa = practices.map((p) => `${cite(p.paragraph, 'da')} (${HOLDER[p.holder].da}): ${p.duty.da}`).join('; ');
      const listed = values.map((v) => `'${v}'`).join(', ');
      const chatbotOnly = values.length === 1 && !stringList(context.data, ['riskClassification', 'practices']).includes(values[0]);
      const source = chatbotOnly
        ? {
            en: "`purpose.tasks` has 'chatbot' (the system interacts with persons)",
            da: "`purpose.tasks` indeholder 'chatbot' (systemet interagerer med personer)",
          }
        : { en: `\`riskClassification.practices\` lists ${listed}`, da: `\`riskClassification.practices\` angiver ${listed}` };
      findings.push(
        findingAt(
          context,
          'ai-disclosure-missing',
          'error',
          ['transparency', field],
          message(
            `\`transparency.${field}\` is missing although ${source.en}. Describe how the duty is met — ${duties}`,
            `\`transparency.${field}\` mangler, selv om ${source.da}. Beskriv, hvordan pligten opfyldes — ${dutiesDa}`,
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
