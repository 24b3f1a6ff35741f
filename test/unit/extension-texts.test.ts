// Texts the extension shows that can be checked without VS Code: the assessment view's Markdown (the l10n
// bundles: l10n-bundle.test.ts), the snippets (the schema's, offered by completion), and package.json's %keys%.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { assess } from '../../src/core/assessment/assess';
import { assessmentMarkdown } from '../../src/core/views/assessmentMarkdown';
import { TIER_NAMES } from '../../src/core/law/tiers';
import { checkManifestText } from '../../src/core/check';
import { completeAt } from '../../src/core/features/completion';
import { MANIFEST_SCHEMA } from '../../src/core/schema';
import { CONTRIBUTED_COMMANDS, INTERNAL_COMMANDS } from '../../src/extension/ids';
import { TIERS } from '../../src/core/types';
import { highRiskManifest, toYaml } from './manifests';

const root = path.resolve(__dirname, '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const readJson = (file: string) => JSON.parse(read(file)) as Record<string, any>;

describe('assessment view (Markdown)', () => {
  const manifest = highRiskManifest();
  manifest.riskClassification.declaredTier = 'limited';
  delete manifest.documentation.conformityAssessment;
  const assessment = assess(checkManifestText(toYaml(manifest)), '2027-12-02');

  it('shows the tier, each reason with article and date, and each obligation with its status', () => {
    const markdown = assessmentMarkdown(assessment, { lang: 'en', subject: 'Testsystem', declaredTier: 'limited' });
    assert.match(markdown, /^# Risk tier: Testsystem$/m);
    assert.match(markdown, /^## High risk \(`high`\)$/m);
    assert.match(markdown, /Declared tier: `limited` — \*\*differs from the computed tier\*\*/);
    assert.match(markdown, /\| Listed in Annex III: essential-public-services .* \| Art\. 6\(2\), Annex III \| 2 December 2027 \|/);
    assert.match(
      markdown,
      /\| ✗ \*\*missing\*\* \| Conformity assessment \| AI Act Art\. 43 \| 2 December 2027 — may apply from 2 August 2026 \| not settled in the sources/,
    );
    assert.match(markdown, /\| ✓ met \| Risk management system \|/);
    const rows = markdown.split('\n').filter((line) => /^\| (✓|✗|○)/.test(line));
    assert.equal(rows.length, assessment.obligations.length);
  });

  it('says where the DPIA or FRIA is in progress, under the duty', () => {
    const m = highRiskManifest();
    m.system.status = 'development';
    m.fria.status = 'in-progress';
    const markdown = assessmentMarkdown(assess(checkManifestText(toYaml(m)), '2028-01-01'), { lang: 'en', subject: 'Testsystem' });
    assert.match(
      markdown,
      /\| Fundamental rights impact assessment \(FRIA\) before first use<br>in progress \(fria\.status\): the assessment must be completed before the system is first used \(AI Act Art\. 27\(1\)\) \|/,
    );
  });

  it('marks duties that apply later as not yet applicable, and speaks Danish', () => {
    const early = assess(checkManifestText(toYaml(manifest)), '2026-11-24');
    const markdown = assessmentMarkdown(early, { lang: 'da', subject: 'Testsystem' });
    assert.match(markdown, /^## Højrisiko \(`high`\)$/m);
    assert.match(
      markdown,
      /\| ○ gælder endnu ikke — mangler i manifestet \| Overensstemmelsesvurdering \| AI-forordningens art\. 43 \| 2\. december 2027 — kan gælde fra 2\. august 2026 \| ikke afklaret i kilderne \|/,
    );
    assert.match(
      markdown,
      /\*\*Mangler i forpligtelser, der endnu ikke gælder:\*\* \d+ (mangel|mangler) i forpligtelserne fra 2\. december 2027\./,
    );
    assert.match(markdown, /Forpligtelser pr\. 24\. november 2026/);
  });

  it('says so when the manifest does not parse', () => {
    const markdown = assessmentMarkdown(assess(checkManifestText('a: [\n'), '2026-11-24'), { lang: 'en', subject: 'x' });
    assert.match(markdown, /unknown: the manifest does not parse/);
  });

  it('escapes table cells', () => {
    const markdown = assessmentMarkdown(assessment, { lang: 'en', subject: 'a | b' });
    assert.match(markdown, /^# Risk tier: a \\\| b$/m);
  });

  it('names every tier in both languages', () => {
    for (const tier of TIERS)
      for (const lang of ['en', 'da'] as const) assert.ok(TIER_NAMES[tier].short[lang] && TIER_NAMES[tier].full[lang]);
  });
});

describe('package.json contributions', () => {
  const manifest = readJson('package.json');
  const nls = readJson('package.nls.json');
  const nlsDa = readJson('package.nls.da.json');

  it('has every %key% in package.nls.json and package.nls.da.json', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 10);
    for (const key of keys) {
      assert.ok(nls[key], `package.nls.json lacks ${key}`);
      assert.ok(nlsDa[key], `package.nls.da.json lacks ${key}`);
    }
  });

  it('never activates on everything', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.equal(
      manifest.contributes.commands.find((c: any) => c.command === 'aiSystemManifest.assessRiskTier').category,
      '%extension.category%',
    );
    assert.equal(nls['extension.category'], manifest.displayName);
  });
});

describe("snippets (from the schema's defaultSnippets, through completion: the one source)", () => {
  /** A snippet's text with each placeholder replaced by its default (or first choice). */
  const expand = (text: string) =>
    text
      .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\d+/g, '')
      .replace(/\\([$}\\])/g, '$1');
  const snippetsAt = (text: string, lang: 'en' | 'da' = 'en') =>
    completeAt(text, text.length, lang).items.filter((item) => item.kind === 'snippet');

  it('has the whole manifest, valid YAML that the checker accepts without schema findings, found by typing ai-system', () => {
    const whole = snippetsAt('').find((item) => item.filterText?.startsWith('ai-system '));
    assert.ok(whole);
    // The empty tab stops are what the user types: an id, an e-mail address, texts.
    const typed = whole.insertText.replace(
      /^(\s*)(\w+): \$\d+$/gm,
      (_line, indent: string, key: string) =>
        `${indent}${key}: ${key === 'id' ? 'my-system' : key === 'contact' ? 'ai@eksempel.dk' : 'Text'}`,
    );
    const result = checkManifestText(expand(typed));
    assert.deepEqual(
      result.findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax').map((f) => f.message.en),
      [],
    );
  });

  it('has a snippet for each section of the schema where a section may start, with only known keys', () => {
    const properties = MANIFEST_SCHEMA.properties ?? {};
    const offered = snippetsAt('manifestVersion: 1\n');
    for (const section of Object.keys(properties).filter((key) => key !== 'manifestVersion')) {
      const snippet = offered.find((item) => item.filterText?.startsWith(`${section} `));
      assert.ok(snippet, `a snippet for ${section}`);
      const data = parse(expand(snippet.insertText));
      // A list section (acceptedFindings): the keys of each item.
      const node = properties[section].type === 'array' ? (properties[section].items ?? {}) : properties[section];
      const known = Object.keys(node.properties ?? {});
      const bodies = Array.isArray(data[section]) ? data[section] : [data[section]];
      for (const body of bodies) for (const key of Object.keys(body)) assert.ok(known.includes(key), `${section}.${key} is in the schema`);
    }
  });

  it("labels and describes the snippets in the user's language", () => {
    const en = snippetsAt('manifestVersion: 1\n', 'en');
    const da = snippetsAt('manifestVersion: 1\n', 'da');
    assert.equal(da.length, en.length);
    assert.ok(da.some((item) => item.label === 'Menneskeligt tilsyn'));
    assert.ok(
      da.some(
        (item) =>
          item.label === 'Databeskyttelse (personoplysninger)' &&
          item.documentation.includes('Personoplysninger med felterne efter databeskyttelsesforordningen'),
      ),
    );
    assert.ok(en.some((item) => item.label === 'Human oversight'));
    da.forEach((item, index) => assert.equal(item.insertText, en[index].insertText, 'the inserted YAML is the same'));
  });
});

describe('walkthrough (contributes.walkthroughs)', () => {
  const manifest = readJson('package.json');
  const en = readJson('package.nls.json');
  const da = readJson('package.nls.da.json');
  const [walkthrough] = manifest.contributes.walkthroughs;
  const nlsKey = (value: string) => /^%(.+)%$/.exec(value)?.[1] ?? '';
  // Contributed and internal: test/unit/bundle-layout.test.ts checks the bundle registers exactly these.
  const commandsRegistered = [...CONTRIBUTED_COMMANDS, ...INTERNAL_COMMANDS];

  it('leads through creating a manifest, the tier, a quick fix and the timeline, each step on a Markdown page in both languages', () => {
    assert.deepEqual(
      walkthrough.steps.map((step: { id: string }) => step.id),
      ['createManifest', 'readTier', 'quickFix', 'timeline', 'register'],
    );
    for (const step of walkthrough.steps) {
      const key = nlsKey(step.media.markdown);
      for (const [lang, texts] of [
        ['en', en],
        ['da', da],
      ] as const) {
        const page = texts[key] as string;
        assert.ok(page && fs.existsSync(path.join(root, page)), `${step.id}: ${lang} page ${page}`);
        assert.match(read(page), /^# /, `${page} has a heading`);
      }
      assert.notEqual(en[key], da[key], `${step.id}: a Danish page of its own`);
      assert.notEqual(en[nlsKey(step.description)], da[nlsKey(step.description)], `${step.id}: description translated`);
    }
  });

  it("completes each step on a real command or view, which its description's button runs or shows", () => {
    const views = Object.values(manifest.contributes.views as Record<string, { id: string }[]>)
      .flat()
      .map((view) => view.id);
    for (const step of walkthrough.steps) {
      assert.ok(step.completionEvents.length > 0, step.id);
      for (const event of step.completionEvents as string[]) {
        if (event.startsWith('onView:')) {
          assert.ok(views.includes(event.slice('onView:'.length)), `${step.id}: ${event} is a contributed view`);
          continue;
        }
        const command = event.replace(/^onCommand:/, '');
        assert.ok(command.startsWith('editor.action.') || commandsRegistered.includes(command), `${step.id}: ${command} is a command`);
      }
      const button = /\(command:([\w.]+)\)/.exec(en[nlsKey(step.description)])?.[1];
      // A view's button is its generated `<view id>.focus` command, which shows the view (its onView event).
      const completes =
        button &&
        (step.completionEvents.includes(`onCommand:${button}`) ||
          step.completionEvents.includes(`onView:${button.replace(/\.focus$/, '')}`));
      assert.ok(completes, `${step.id}: its button (${button}) completes it`);
    }
  });
});
