import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { checkManifest, checkManifestText, type CheckResult } from '../../src/core/check';
import { assess } from '../../src/core/assessment/assess';
import { completeAt } from '../../src/core/features/completion';
import { applyInserts, fixAll, fixesFor } from '../../src/core/features/fixes';
import { manifestTemplate } from '../../src/core/features/manifestTemplate';
import { answersToManifest, type WizardAnswers } from '../../src/core/features/wizard';
import { isPlaceholder } from '../../src/core/yaml/placeholders';
import type { Lang } from '../../src/core/types';
import { expandSnippet } from './snippetText';

/**
 * Spec, "A new manifest holds only what its author answered": every way of creating a manifest, left untouched, has
 * no duty met but those its answers settle, writes no default its author did not give, and links no document.
 */

const DATE = '2026-12-05';

function metDuties(result: CheckResult): string[] {
  return assess(result, DATE)
    .obligations.filter((obligation) => obligation.status === 'met')
    .map((obligation) => obligation.id);
}

/** Every scalar of the data with its dotted path. */
function scalars(data: unknown, prefix = ''): [string, unknown][] {
  if (Array.isArray(data)) return data.flatMap((item, index) => scalars(item, `${prefix}.${index}`));
  if (data !== null && typeof data === 'object')
    return Object.entries(data).flatMap(([key, value]) => scalars(value, prefix ? `${prefix}.${key}` : key));
  return [[prefix, data]];
}

/** The values a new manifest wrote that are neither a placeholder nor one of `answered` (dotted path prefixes). */
function unanswered(text: string, answered: readonly string[]): string[] {
  return scalars(parse(text))
    .filter(([, value]) => !(typeof value === 'string' && isPlaceholder(value)))
    .filter(([path]) => !answered.some((prefix) => path === prefix || path.startsWith(`${prefix}.`)))
    .map(([path, value]) => `${path}: ${JSON.stringify(value)}`);
}

/** Only placeholders, or a tier that is not determined: never a duty met that nobody answered. */
function assertNothingMetUnanswered(name: string, text: string): CheckResult {
  const result = checkManifestText(text);
  assert.deepEqual(
    result.findings.filter((finding) => finding.ruleId === 'yaml-syntax'),
    [],
    `${name}: valid YAML`,
  );
  const others = result.findings.filter((finding) => finding.ruleId !== 'placeholder-value').map((f) => `${f.ruleId} ${f.path.join('.')}`);
  assert.ok(result.tier?.tier === null || result.tier === null || others.length === 0, `${name}: ${others.join('; ')}`);
  assert.deepEqual(metDuties(result), [], `${name}: no duty met`);
  return result;
}

const DOCUMENT_PATH = /(^|["\s])[\w-]+\/[\w./-]+\.(md|pdf|docx)\b/m;

describe('a new manifest holds only what its author answered', () => {
  for (const lang of ['en', 'da'] as const) {
    it(`"New AI system manifest" (${lang}): every field a placeholder, tier not determined, no duty met, no document linked`, () => {
      const text = manifestTemplate({ lang });
      const result = assertNothingMetUnanswered('template', text);
      assert.equal(result.tier?.tier ?? null, null);
      assert.deepEqual(unanswered(text, ['manifestVersion']), [], 'no default value');
      assert.deepEqual(
        [...new Set(result.findings.map((finding) => finding.ruleId))],
        ['placeholder-value'],
        'each gap is "fill in X" at its placeholder',
      );
      for (const line of text.split('\n').filter((l) => !l.trimStart().startsWith('#') && DOCUMENT_PATH.test(l))) {
        assert.match(line, /"TODO: /, `a document path only inside a placeholder: ${line}`);
      }
    });
  }

  const NONE: WizardAnswers = { role: 'deployer', prohibitedPractices: [], annexIII: [], profiling: false, transparencyPractices: [] };
  const ANSWERS: { name: string; answers: WizardAnswers }[] = [
    { name: 'nothing declared', answers: NONE },
    { name: 'a chatbot', answers: { ...NONE, transparencyPractices: ['interacts-with-persons'] } },
    { name: 'high-risk deployer', answers: { ...NONE, annexIII: ['essential-public-services'] } },
    {
      name: 'high-risk provider-and-deployer that profiles',
      answers: { ...NONE, role: 'provider-and-deployer', annexIII: ['employment'], profiling: true },
    },
    {
      name: 'a provider with a derogation',
      answers: {
        ...NONE,
        role: 'provider',
        annexIII: ['employment'],
        derogation: { condition: 'preparatory-task', justification: 'Drafts only.' },
      },
    },
    { name: 'emotion recognition', answers: { ...NONE, transparencyPractices: ['emotion-recognition'] } },
    { name: 'a prohibited practice', answers: { ...NONE, prohibitedPractices: ['social-scoring'] } },
  ];
  /** The duties the questionnaire's answers settle by themselves. */
  const SETTLED = new Set(['no-prohibited-practice', 'derogation-documented']);

  for (const { name, answers } of ANSWERS) {
    for (const lang of ['en', 'da'] as Lang[]) {
      it(`the questionnaire (${name}, ${lang}): its answers and placeholders only; a duty is met only where the answers settle it`, () => {
        const { text, tier } = answersToManifest(answers, lang);
        const result = checkManifestText(text);
        assert.equal(result.tier?.tier, tier.tier);
        assert.deepEqual(unanswered(text, ['manifestVersion', 'system.role', 'riskClassification']), [], 'no default value');
        const met = metDuties(result);
        for (const duty of met) assert.ok(SETTLED.has(duty), `${duty} is met though no answer settles it`);
        assert.equal(
          met.includes('no-prohibited-practice'),
          answers.prohibitedPractices.length === 0,
          'answered "none": no prohibited practice',
        );
        const notPlaceholders = result.findings.filter((f) => f.ruleId !== 'placeholder-value' && f.ruleId !== 'prohibited-practice');
        assert.deepEqual(
          notPlaceholders.map((f) => `${f.ruleId} ${f.path.join('.')}`),
          [],
          'every other gap is a placeholder',
        );
        for (const line of text.split('\n').filter((l) => !l.trimStart().startsWith('#') && DOCUMENT_PATH.test(l))) {
          assert.match(line, /"TODO: /, `a document path only inside a placeholder: ${line}`);
        }
      });
    }
  }

  it('the whole-manifest completion in an empty file: its choices come first, and each, tabbed through, determines no tier and meets no duty', () => {
    for (const lang of ['en', 'da'] as Lang[]) {
      const items = completeAt('', 0, lang).items;
      const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
      const whole = items.filter((item) => item.kind === 'snippet' && item.insertText.startsWith('manifestVersion: 1'));
      assert.equal(whole.length, 4, 'a citizen chatbot, a journal-note assistant, a decision-support tool, a provider’s system');
      assert.deepEqual(
        sorted.slice(0, whole.length).map((item) => item.label),
        whole.map((item) => item.label),
        'first in the list',
      );
      for (const item of whole) {
        const text = expandSnippet(item.insertText);
        const result = assertNothingMetUnanswered(item.label, text);
        assert.equal(result.tier?.tier ?? null, null, `${item.label}: tier not determined`);
        assert.ok(!/:\s*(true|false)\s*$/m.test(text), `${item.label}: no yes/no answer given for the author`);
        assert.ok(!DOCUMENT_PATH.test(text), `${item.label}: no document linked`);
      }
    }
  });

  it('the quick fixes insert placeholders, never an answer or a document path (except with the document they create)', async () => {
    const text = 'manifestVersion: 1\nsystem:\n  id: test-system\n  name: Testsystem\n  role: deployer\n';
    const findings = checkManifestText(text).findings;
    for (const finding of findings) {
      for (const fix of fixesFor(text, finding, 'en', DATE)) {
        const inserted = fix.inserts.map((insert) => insert.text).join('');
        assert.ok(!/:\s*(true|false|\d+)\s*$/m.test(inserted), `${fix.title}: no answer inserted:\n${inserted}`);
        if (fix.kind !== 'create-document') assert.ok(!DOCUMENT_PATH.test(inserted), `${fix.title}: no document path`);
      }
    }
    const { inserts, documents } = fixAll(text, findings, 'en', DATE);
    const after = applyInserts(text, inserts);
    // Its documentation stubs are read as the editor reads the files Fix all wrote: a stub is not written.
    const readDocument = (path: string) => {
      const content = documents.find((document) => document.relativePath === path)?.content;
      return content === undefined ? undefined : { size: content.length, read: () => new TextEncoder().encode(content) };
    };
    assert.ok(documents.length > 0, 'fix all creates documentation stubs');
    assert.deepEqual(metDuties(await checkManifest(after, { readDocument })), metDuties(checkManifestText(text)), 'fix all meets no duty');
  });
});

describe('new manifest: the EU database registration only where Art. 49(1) asks it', () => {
  const documentationKeys = (annexIII: string[]) => {
    const text = manifestTemplate({ lang: 'en', role: 'provider', riskClassification: { practices: [], annexIII, profiling: true } });
    return Object.keys((parse(text) as { documentation?: Record<string, unknown> }).documentation ?? {});
  };

  it('a provider of a critical-infrastructure system (Annex III point 2: national registration, Art. 49(5)) is not asked for it', () => {
    const keys = documentationKeys(['critical-infrastructure']);
    assert.ok(keys.includes('technical'), keys.join(', '));
    assert.ok(!keys.includes('euDatabaseRegistration'), keys.join(', '));
  });

  it('the control: a provider of an Annex III point 5(a) system is', () => {
    assert.ok(documentationKeys(['essential-public-services']).includes('euDatabaseRegistration'));
  });
});
