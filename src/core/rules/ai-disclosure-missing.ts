import { has, indexedStrings } from '../yaml/fields';
import type { Finding } from '../types';
import { TRANSPARENCY_PRACTICES, type TransparencyField } from '../law/vocabulary';
import { danishArticle } from '../law/articles';
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
  check(context) {
    const byField = new Map<TransparencyField, string[]>();
    for (const { value } of indexedStrings(context.data, ['riskClassification', 'practices'])) {
      const practice = TRANSPARENCY_PRACTICES[value];
      if (!practice || has(context.data, ['transparency', practice.field])) continue;
      byField.set(practice.field, [...(byField.get(practice.field) ?? []), value]);
    }
    const findings: Finding[] = [];
    for (const [field, values] of byField) {
      const practices = values.map((value) => TRANSPARENCY_PRACTICES[value]);
      const paragraphs = [...new Set(practices.map((p) => p.paragraph))].join(', ');
      const duties = practices.map((p) => `${p.paragraph} (${HOLDER[p.holder].en}): ${p.duty.en}`).join('; ');
      const dutiesDa = practices.map((p) => `${danishArticle(p.paragraph)} (${HOLDER[p.holder].da}): ${p.duty.da}`).join('; ');
      const listed = values.map((v) => `'${v}'`).join(', ');
      findings.push(findingAt(context, 'ai-disclosure-missing', 'error', ['transparency', field], message(
        `\`transparency.${field}\` is missing although \`riskClassification.practices\` lists ${listed}. Describe how the duty is met — ${duties}`,
        `\`transparency.${field}\` mangler, selv om \`riskClassification.practices\` angiver ${listed}. Beskriv, hvordan pligten opfyldes — ${dutiesDa}`,
        `AI Act ${paragraphs}`, 'transparency', context.edition)));
    }
    return findings;
  },
};
