// Generates docs/rules.md from the rule catalogue (src/core/rules/catalogue.ts): `npm run docs:rules`.
// Every diagnostic links to its rule here (its rule link renders the rule's section: src/extension/ruleDocs.ts); test/unit/rule-docs.test.ts
// fails when the file is out of date.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OBLIGATIONS } from '../src/core/law/obligations';
import { RULE_CATALOGUE } from '../src/core/rules/catalogue';
import { RULES } from '../src/core/rules/index';
import type { Rule } from '../src/core/rules/rule';

export const RULE_DOCS_PATH = path.join('docs', 'rules.md');

/** The duties of `assess` a rule's findings make missing (its `evidence`), as one line of the rule's section. */
function evidenceLine(ruleId: string): string {
  const rule = (RULES as readonly Rule[]).find((candidate) => candidate.id === ruleId);
  const evidence = rule?.evidence;
  const label = '- **Makes missing in `assess`:**';
  if (!evidence) return `${label} no duty (its findings do not change the status of a duty)`;
  if (evidence === 'every-duty') return `${label} any duty whose field an error of this rule is on`;
  const texts = new Map<string, string>(OBLIGATIONS.flatMap((group) => group.specs.map((spec) => [spec.id, spec.text.en] as const)));
  const named = evidence.map((duty) =>
    duty === 'transparency-practice'
      ? "`transparency-<practice>` (each listed practice's transparency duty)"
      : `\`${duty}\` (${texts.get(duty)})`,
  );
  return `${label} ${named.join('; ')}`;
}

export function renderRuleDocs(): string {
  const lines = [
    '<!-- Generated from src/core/rules/catalogue.ts by `npm run docs:rules`. Do not edit by hand. -->',
    '',
    '# Rules of the `ai-system.yaml` checker',
    '',
    "Every finding of the checker (the editor's diagnostics, `ai-system-manifest check`) carries one of these rule ids.",
    'Some rules vary their severity (see the rule); a duty that applies only later is still reported, and its message',
    'says from when it applies. Findings are prompts to check with your legal or data protection function, not legal',
    'conclusions.',
    '',
    '| Rule | Usual severity | Legal basis |',
    '| --- | --- | --- |',
    ...RULE_CATALOGUE.map((rule) => `| [\`${rule.id}\`](#${rule.id}) | ${rule.defaultSeverity} | ${rule.articles} |`),
  ];
  for (const rule of RULE_CATALOGUE) {
    lines.push(
      '',
      `<a id="${rule.id}"></a>`,
      '',
      `## ${rule.id}`,
      '',
      `- **Usual severity:** ${rule.defaultSeverity}`,
      `- **Legal basis:** ${rule.articles}`,
      evidenceLine(rule.id),
      '',
      rule.description.en,
      '',
      `*Dansk:* ${rule.description.da}`,
    );
  }
  return lines.join('\n') + '\n';
}

if (require.main === module) {
  const target = path.resolve(__dirname, '..', '..', RULE_DOCS_PATH);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, renderRuleDocs());
  console.log(`wrote ${path.relative(process.cwd(), target)} (${RULE_CATALOGUE.length} rules)`);
}
