// The outline (document symbols), document links and summary lens of core/features: block and flow style, and
// broken YAML (graceful: what yaml could read, never a throw).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkManifestText } from '../../src/core/check';
import { completeAt } from '../../src/core/features/completion';
import { hoverAt } from '../../src/core/features/hover';
import { documentLinks } from '../../src/core/features/links';
import { ruleSection } from '../../src/core/features/ruleDocs';
import { summaryLens } from '../../src/core/features/summaryLens';
import { documentSymbols, type ManifestSymbol } from '../../src/core/features/symbols';
import { parseManifest, parseManifestWithYaml } from '../../src/core/yaml/parse';
import type { SourceRange } from '../../src/core/types';
import { highRiskManifest, toYaml } from './manifests';

const root = path.resolve(__dirname, '../../..');
const example = (name: string): string => fs.readFileSync(path.join(root, 'examples', name, 'ai-system.yaml'), 'utf8');

/** The text a range covers. */
function textOf(text: string, range: SourceRange): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [
    lines[range.start.line].slice(range.start.character),
    ...lines.slice(range.start.line + 1, range.end.line),
    lines[range.end.line].slice(0, range.end.character),
  ].join('\n');
}

function find(symbols: readonly ManifestSymbol[], ...names: string[]): ManifestSymbol {
  let current: ManifestSymbol | undefined;
  let list = symbols;
  for (const name of names) {
    current = list.find((symbol) => symbol.name === name);
    assert.ok(current, `${names.join(' > ')}: ${name} among ${list.map((s) => s.name).join(', ')}`);
    list = current.children;
  }
  return current!;
}

function contains(outer: SourceRange, inner: SourceRange): boolean {
  const before = (a: SourceRange['start'], b: SourceRange['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function symbolsOf(text: string, lang: 'en' | 'da' = 'en') {
  const result = checkManifestText(text);
  return documentSymbols(result.parsed, { lang, findings: result.findings, tier: result.tier?.tier });
}

describe('document symbols', () => {
  it("from the fast path's tree are the same as from yaml's document (names, details, kinds, ranges)", () => {
    const texts = [
      ...['borgerchatbot', 'journalnotat-assistent', 'match-profilering', 'sygedagpenge-visitation'].map(example),
      toYaml(highRiskManifest()),
      'name: x\nlist: [a, 1, true, ~]\nempty: []\nnested:\n  - a\n  - key:\n    other: |\n      text\n\n  - b\nlast:\n',
    ];
    for (const text of texts) {
      const fast = parseManifest(text);
      assert.ok(fast.fastRoot, 'the fast path loads the text');
      const findings = checkManifestText(text).findings;
      assert.deepEqual(
        documentSymbols(fast, { lang: 'da', findings, tier: 'high' }),
        documentSymbols(parseManifestWithYaml(text), { lang: 'da', findings, tier: 'high' }),
      );
    }
  });

  it('lists the sections of an example with their fields as children, and the status as detail', () => {
    const text = example('match-profilering');
    const symbols = symbolsOf(text);
    assert.deepEqual(
      symbols.map((s) => s.name),
      [
        'manifestVersion',
        'system',
        'legalBasis',
        'purpose',
        'decisions',
        'riskClassification',
        'humanOversight',
        'transparency',
        'dataProtection',
        'fria',
        'logging',
        'aiLiteracy',
        'model',
        'deployment',
        'documentation',
      ],
    );
    const system = find(symbols, 'system');
    assert.equal(system.kind, 'section');
    assert.deepEqual(
      system.children.map((s) => s.name),
      ['id', 'name', 'description', 'version', 'status', 'owner', 'role'],
    );
    assert.equal(find(symbols, 'system', 'role').detail, 'provider-and-deployer');
    assert.equal(find(symbols, 'system', 'owner', 'contact').detail, 'match@eksempel.dk');
    // The known open points of the example: tier-mismatch on riskClassification, two missing provider documents.
    assert.equal(find(symbols, 'riskClassification').detail, 'High risk · 1 finding');
    assert.equal(find(symbols, 'documentation').detail, '2 findings');
    assert.equal(find(symbols, 'legalBasis').detail, '');
    assert.equal(symbolsOf(text, 'da').find((s) => s.name === 'documentation')?.detail, '2 fund');
    assert.equal(symbolsOf(text, 'da').find((s) => s.name === 'riskClassification')?.detail, 'Højrisiko · 1 fund');
    // Lists: a scalar item is named by its value.
    assert.deepEqual(
      find(symbols, 'purpose', 'tasks').children.map((s) => s.name),
      ['profiling', 'recommendation'],
    );
    assert.deepEqual(
      find(symbols, 'purpose', 'tasks').children.map((s) => s.detail),
      ['', ''],
      'an item named by its value does not show it again as its detail',
    );
  });

  it('gives ranges from the key to the end of the value, with the key as selection, in block style', () => {
    const text = example('match-profilering');
    const symbols = symbolsOf(text);
    for (const section of symbols) {
      assert.equal(textOf(text, section.selectionRange), section.name);
      assert.ok(contains(section.range, section.selectionRange));
      for (const child of section.children)
        assert.ok(contains(section.range, child.range), `${section.name}.${child.name} inside ${section.name}`);
    }
    const decisions = find(symbols, 'decisions');
    // Ends with the last value, not with its trailing comment.
    assert.equal(
      textOf(text, decisions.range),
      'decisions:\n  automated: false          # systemet træffer ingen afgørelser\n  caseworkerDecides: true   # sagsbehandleren træffer alle afgørelser og kan fravige forslagene\n  explanation: >-\n' +
        '    Begrundelsen for en afgørelse om tilbud angiver, hvilke match systemet foreslog, hvordan sagsbehandleren har\n' +
        '    vurderet dem, og hvor vurderingen afviger fra forslaget (forvaltningsloven §§ 22-24). Borgeren kan bede jobcentret\n' +
        '    om en forklaring af systemets rolle og de vigtigste elementer i afgørelsen (AI-forordningens art. 86); svar\n' +
        '    inden for 14 dage.',
    );
    const legalBasis = find(symbols, 'legalBasis');
    assert.match(textOf(text, legalBasis.range), /^legalBasis:\n[\s\S]*provision: "LOB § 3, stk. 2"$/);
  });

  it('gives the same tree and exact ranges in flow style', () => {
    const text =
      'manifestVersion: 1\nhumanOversight: { reviewer: Sagsbehandler, canOverride: true, procedure: docs/h.md }\npurpose: {category: case-support, tasks: [journal-notes,\n   summaries], affectedPersons: [citizens]}\n';
    const symbols = symbolsOf(text);
    const oversight = find(symbols, 'humanOversight');
    assert.equal(oversight.kind, 'section');
    assert.deepEqual(
      oversight.children.map((s) => s.name),
      ['reviewer', 'canOverride', 'procedure'],
    );
    assert.equal(textOf(text, oversight.range), 'humanOversight: { reviewer: Sagsbehandler, canOverride: true, procedure: docs/h.md }');
    assert.equal(textOf(text, find(symbols, 'humanOversight', 'canOverride').range), 'canOverride: true');
    assert.equal(find(symbols, 'humanOversight', 'canOverride').kind, 'boolean');
    const tasks = find(symbols, 'purpose', 'tasks');
    assert.equal(tasks.kind, 'list');
    assert.equal(textOf(text, tasks.range), 'tasks: [journal-notes,\n   summaries]');
    assert.deepEqual(
      tasks.children.map((s) => textOf(text, s.range)),
      ['journal-notes', 'summaries'],
    );
  });

  it('names a mapping item of a list by its first field, and keeps aliases as aliases', () => {
    const text = 'system: &sys\n  id: a\nlist:\n  - act: LAB\n    provision: x\n  - {}\ncopy: *sys\n';
    const symbols = symbolsOf(text);
    assert.deepEqual(
      find(symbols, 'list').children.map((s) => s.name),
      ['act: LAB', '[1]'],
    );
    assert.equal(find(symbols, 'list', 'act: LAB').children.length, 2);
    assert.equal(find(symbols, 'copy').kind, 'alias');
    assert.equal(find(symbols, 'copy').range.start.line, 6);
  });

  it('keeps what yaml could read of broken YAML, and is empty for an empty file, a list or a refused file', () => {
    const broken = 'system:\n  id: a\n  name: [unclosed\nlegalBasis:\n  act: LAB\n';
    const symbols = symbolsOf(broken);
    assert.ok(
      symbols.some((s) => s.name === 'system'),
      symbols.map((s) => s.name).join(', '),
    );
    for (const symbol of symbols) assert.ok(contains({ start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }, symbol.range));
    assert.deepEqual(symbolsOf(''), []);
    assert.deepEqual(symbolsOf('- a\n- b\n'), []);
    assert.deepEqual(symbolsOf('a: ' + '['.repeat(5000)), [], 'too deep nesting is not parsed again');
    assert.doesNotThrow(() => symbolsOf('key: "unterminated\n  x: {\n'));
  });
});

describe('editor features on hostile input', () => {
  it('completion and hover inside 50,000 nested flow lists or 20,000 nested flow mappings: nothing to offer, in bounded time', () => {
    // Each open bracket made a longer copy of the path: quadratic memory, and the extension host ran out of it.
    for (const text of [
      `system:\n  tasks: ${'['.repeat(50_000)}x${']'.repeat(50_000)}\n`,
      `system:\n  owner: ${'{a: '.repeat(20_000)}x${'}'.repeat(20_000)}\n`,
    ]) {
      const started = Date.now();
      const inside = text.indexOf('x');
      for (const offset of [inside, inside + 1, text.length - 2]) {
        assert.deepEqual(completeAt(text, offset, 'en').items, []);
        assert.equal(hoverAt(text, offset, 'en'), undefined);
      }
      assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
    }
  });

  it('outline and links of 10,000 unknown keys (10,000 findings) in bounded time', () => {
    const text = `manifestVersion: 1\nsystem:\n${Array.from({ length: 10_000 }, (_, i) => `  unknown${i}: x`).join('\n')}\n`;
    const result = checkManifestText(text);
    assert.ok(result.findings.length >= 10_000);
    const started = Date.now();
    const symbols = documentSymbols(result.parsed, { lang: 'en', findings: result.findings });
    documentLinks(result.parsed, result.findings);
    assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
    assert.equal(find(symbols, 'system').children.length, 10_000);
    assert.match(find(symbols, 'system').detail, /^\d{5} findings$/);
  });
});

describe('document links', () => {
  it("links from the check's parse the same on the fast path as through yaml; an alias links its anchor once", () => {
    const text = example('match-profilering');
    const at = (links: ReturnType<typeof documentLinks>, lineShift: number) =>
      links.map((l) => [l.path.join('.'), l.target, l.range.start.line + lineShift, l.range.start.character, l.range.end.character]);
    const fast = documentLinks(parseManifest(text));
    assert.ok(fast.length >= 5);
    assert.deepEqual(at(fast, 2), at(documentLinks(parseManifest(`%YAML 1.2\n---\n${text}`)), 0));
    const aliased = documentLinks(parseManifest('dataProtection:\n  dpia:\n    document: &d docs/dpia.md\nfria:\n  document: *d\n'));
    assert.deepEqual(
      aliased.map((l) => [l.target, l.range.start.line]),
      [['docs/dpia.md', 2]],
    );
  });

  it('links every local document path of an example, inside the quotes, and no URL', () => {
    const text = example('match-profilering');
    const links = documentLinks(parseManifest(text));
    assert.ok(links.length >= 5, `${links.length} links`);
    for (const link of links) {
      assert.equal(textOf(text, link.range), link.target);
      assert.ok(!/^[a-z]+:/i.test(link.target), `${link.target} is not a URL`);
    }
    assert.ok(links.some((link) => link.path.join('.') === 'dataProtection.dpia.document' && link.target === 'docs/dpia.md'));
  });

  it('links in flow style and quoted values, skips URLs and empty values', () => {
    const text =
      'humanOversight: { procedure: "docs/h o.md" }\ndataProtection: {dpia: {document: docs/dpia.md}}\ntransparency:\n  citizenNotice: https://example.dk/ai\nfria:\n  document: ""\n';
    const links = documentLinks(parseManifest(text));
    assert.deepEqual(
      links.map((link) => [link.path.join('.'), link.target, textOf(text, link.range)]),
      [
        ['humanOversight.procedure', 'docs/h o.md', 'docs/h o.md'],
        ['dataProtection.dpia.document', 'docs/dpia.md', 'docs/dpia.md'],
      ],
    );
  });

  it('keeps the links yaml could read of broken YAML, and never throws', () => {
    const text = 'humanOversight:\n  procedure: docs/h.md\nsystem: [unclosed\n';
    assert.deepEqual(
      documentLinks(parseManifest(text)).map((link) => link.target),
      ['docs/h.md'],
    );
    assert.deepEqual(documentLinks(parseManifest('')), []);
    assert.deepEqual(documentLinks(parseManifest('a: ' + '{'.repeat(5000))), []);
  });
});

describe('summary lens', () => {
  it('names the tier, the overdue duties, the duties missing later and the next duty with its date', () => {
    const result = checkManifestText(example('match-profilering'));
    const lens = summaryLens(result, 'en', '2026-11-24', 'amended');
    // The DPIA is still in progress during the pilot (GDPR Art. 35(1)): the one duty overdue now; the Annex III
    // duties the manifest lacks are missing later (their errors are in the Problems panel too).
    assert.match(lens.title, /^High risk · 1 duty overdue · \d+ missing later · next: .+ from 2 December 2027$/);
    assert.match(
      lens.tooltip,
      /\n\nOverdue:\n- Data protection impact assessment \(DPIA\) \(overdue since 25 May 2018\)\n\nMissing, applies later:\n/,
    );
    assert.match(lens.tooltip, /- Fundamental rights impact assessment \(FRIA\) before first use \(from 2 December 2027\)/);
    assert.deepEqual(lens.actions, { assess: 'Assess risk tier', timeline: 'Show timeline' });
    const da = summaryLens(result, 'da', '2026-11-24', 'amended');
    assert.match(da.title, /^Højrisiko · 1 forpligtelse over fristen · \d+ mangler senere · næste: .+ fra 2\. december 2027$/);
    assert.deepEqual(da.actions, { assess: 'Vurdér risikoniveau', timeline: 'Vis tidslinje' });
  });

  it('counts more duties as overdue once they apply, and names no next duty when all apply', () => {
    const result = checkManifestText(example('match-profilering'));
    const now = summaryLens(result, 'en', '2026-11-24', 'amended');
    const later = summaryLens(result, 'en', '2030-01-01', 'amended');
    const count = (title: string) => Number(/(\d+) dut(y|ies) overdue/.exec(title)?.[1] ?? 0);
    assert.ok(count(later.title) > count(now.title), `${later.title} vs ${now.title}`);
    assert.doesNotMatch(later.title, /next:|missing later/);
    assert.match(later.tooltip, /\n\nOverdue:\n(- .+\n)*- Conformity assessment \(overdue since 2 December 2027\)(\n|$)/);
  });

  it('never says "no duty missing" beside errors of duties that apply later, never names a met duty or an overdue one as next', () => {
    const manifest = highRiskManifest();
    delete manifest.documentation.conformityAssessment;
    const result = checkManifestText(toYaml(manifest), { referenceDate: '2026-11-24' });
    assert.ok(result.findings.some((f) => f.severity === 'error' && f.appliesFrom === '2027-12-02'));
    const lens = summaryLens(result, 'en', '2026-11-24', 'amended');
    assert.equal(lens.title, 'High risk · no duty missing now · 1 missing later · next: Conformity assessment from 2 December 2027');
    // Once it applies, it is overdue: counted and named as such, never "next" with a past date.
    const after = summaryLens(result, 'en', '2028-01-01', 'amended');
    assert.equal(after.title, 'High risk · 1 duty overdue');
    assert.match(after.tooltip, /Overdue:\n- Conformity assessment \(overdue since 2 December 2027\)/);
    // Everything recorded: no duty missing, and no duty already recorded named as next.
    const complete = summaryLens(
      checkManifestText(toYaml(highRiskManifest()), { referenceDate: '2026-11-24' }),
      'en',
      '2026-11-24',
      'amended',
    );
    assert.equal(complete.title, 'High risk · no duty missing');
  });

  it('says the tier is unknown for broken YAML and for a file that is not a mapping', () => {
    assert.equal(
      summaryLens(checkManifestText('a: [\n'), 'en', '2026-11-24', 'amended').title,
      'Risk tier unknown: fix the YAML syntax errors first',
    );
    assert.equal(
      summaryLens(checkManifestText('- a\n'), 'da', '2026-11-24', 'amended').title,
      'Risikoniveau ukendt: manifestet er ikke en samling felter',
    );
  });
});

describe('rule documentation section', () => {
  const rules = fs.readFileSync(path.join(root, 'docs', 'rules.md'), 'utf8');
  it("is the rule's section of docs/rules.md under the document's title, and nothing of the next rule", () => {
    const section = ruleSection(rules, 'tier-mismatch');
    assert.ok(section);
    assert.match(section, /^# Rules of the `ai-system.yaml` checker\n\n## tier-mismatch\n/);
    assert.ok(!section.includes('## provider-documentation-missing'));
    assert.ok(!section.includes('<a id='));
    assert.match(ruleSection(rules, 'non-eu-hosting')!, /## non-eu-hosting[\s\S]*\*Dansk:\*/, 'the last rule, to the end');
    assert.equal(ruleSection(rules, 'no-such-rule'), undefined);
  });
});
