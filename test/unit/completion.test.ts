import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { completeAt, type CompletionItem } from '../../src/core/features/completion';
import { LineIndex } from '../../src/core/yaml/lineIndex';
import type { Lang } from '../../src/core/types';

const EXAMPLE = readFileSync(path.join(__dirname, '../../../examples/journalnotat-assistent/ai-system.yaml'), 'utf8');

/** Text with `|` marking the cursor. */
function split(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'the test text marks the cursor with |');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

function complete(marked: string, lang: Lang = 'en'): CompletionItem[] {
  const { text, offset } = split(marked);
  return completeAt(text, offset, lang).items;
}

function labels(items: CompletionItem[], kind: CompletionItem['kind'] = 'property'): string[] {
  return items.filter((item) => item.kind === kind).map((item) => item.label);
}

function item(items: CompletionItem[], label: string): CompletionItem {
  const found = items.find((candidate) => candidate.label === label);
  assert.ok(found, `an item '${label}' among ${items.map((i) => i.label).join(', ')}`);
  return found;
}

/** Inserts an item as VS Code does: snippet tab stops take their defaults, later lines get the line's indentation. */
function apply(marked: string, chosen: CompletionItem): string {
  const { text } = split(marked);
  const lines = new LineIndex(text);
  const start = lines.offsetAt(chosen.range.start);
  const end = lines.offsetAt(chosen.range.end);
  const indentation = /^\s*/.exec(lines.lineText(chosen.range.start.line))?.[0] ?? '';
  const expanded = chosen.isSnippet
    ? chosen.insertText
        .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\d+/g, '')
        .replace(/\\([$}\\])/g, '$1')
    : chosen.insertText;
  return text.slice(0, start) + expanded.replace(/\n/g, `\n${indentation}`) + text.slice(end);
}

describe('completion', () => {
  describe('keys', () => {
    it('suggests the keys of the section the empty line is indented under, without those present', () => {
      const items = complete('system:\n  id: journalnotat-assistent\n  |\n  role: deployer\n');
      const keys = labels(items);
      for (const key of ['name', 'description', 'status', 'owner']) assert.ok(keys.includes(key), key);
      assert.ok(!keys.includes('id'));
      assert.ok(!keys.includes('role'));
      assert.ok(!keys.includes('legalBasis'), 'no top-level keys inside system');
      assert.deepEqual(labels(complete('system:\r\n  id: x\r\n  |\r\n  role: deployer\r\n')), keys, 'CRLF line ends');
    });

    it('suggests the top-level sections that are not present', () => {
      const keys = labels(complete('manifestVersion: 1\nsystem:\n  id: x\n|\nlegalBasis:\n  act: LAB\n'));
      assert.ok(keys.includes('purpose'));
      assert.ok(keys.includes('aiLiteracy'));
      assert.ok(!keys.includes('system'));
      assert.ok(!keys.includes('legalBasis'));
      assert.ok(!keys.includes('manifestVersion'));
      assert.ok(!keys.includes('id'));
    });

    it('works nested: system.owner and dataProtection.dpia', () => {
      assert.deepEqual(labels(complete('system:\n  owner:\n    organisation: Eksempel Kommune\n    |\n  role: deployer')), [
        'unit',
        'contact',
        'address',
        'submittedBy',
      ]);
      assert.deepEqual(labels(complete('dataProtection:\n  personalData: true\n  dpia:\n    status: completed\n    |')), [
        'document',
        'date',
        'justification',
        'summary',
      ]);
    });

    it('offers the fields of issue 19 from the schema: decisions.explanation, annexIIIAssessment, medicalOrSafetyReason', () => {
      assert.ok(labels(complete('decisions:\n  automated: false\n  |')).includes('explanation'));
      const risk = labels(complete('riskClassification:\n  practices: []\n  |'));
      assert.ok(risk.includes('annexIIIAssessment') && risk.includes('medicalOrSafetyReason'), risk.join());
    });

    it('knows where it is after block scalars and comments', () => {
      const marked = EXAMPLE.replace('  version: 1.2.0\n', '  version: 1.2.0\n  # a comment\n  |\n');
      const keys = labels(complete(marked));
      assert.deepEqual(keys, ['inServiceSince', 'lastSignificantChange', 'memberStates']); // every other key of system is present in the example
      const dpia = labels(complete(EXAMPLE.replace('    date: "2026-01-20"\n', '    |\n')));
      assert.deepEqual(dpia, ['date', 'justification', 'summary']);
      assert.deepEqual(complete(EXAMPLE.replace('    eller afgørelser.\n', '    eller afgørelser.\n    |\n')), [], 'inside a block scalar');
    });

    it('replaces a partly typed key, and still suggests it', () => {
      const items = complete('system:\n  id: x\n  ro|');
      const role = item(items, 'role');
      assert.deepEqual(role.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 4 } });
      assert.equal(apply('system:\n  id: x\n  ro|', role), 'system:\n  id: x\n  role: ');
    });

    it('inserts only the key over an existing key', () => {
      const role = item(complete('system:\n  ro|le: deployer'), 'role');
      assert.equal(role.insertText, 'role');
      assert.deepEqual(role.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 6 } });
    });

    it('inserts `key: ` for scalars and asks again where the value has choices', () => {
      const items = complete('system:\n  |');
      assert.equal(item(items, 'status').insertText, 'status: ');
      assert.equal(item(items, 'status').retrigger, true);
      assert.equal(item(items, 'name').insertText, 'name: ');
      assert.ok(!item(items, 'name').retrigger);
      assert.equal(item(complete('purpose:\n  |'), 'tasks').insertText, 'tasks: [$1]');
    });

    it('inserts a section with its body, indented one step under the key', () => {
      const marked = 'system:\n  id: x\n  |\n  role: deployer\n';
      const owner = item(complete(marked), 'owner');
      assert.equal(owner.kind, 'property');
      assert.ok(owner.isSnippet);
      const result = parse(apply(marked, owner)) as { system: { owner: Record<string, unknown> } };
      assert.ok('organisation' in result.system.owner && 'contact' in result.system.owner);
    });

    it('offers the defaultSnippets of absent sections, and of an empty section', () => {
      const marked = 'manifestVersion: 1\n|';
      const derogation = item(complete(marked), 'Risk classification (Art. 6(3) derogation)');
      assert.equal(derogation.kind, 'snippet');
      const result = parse(apply(marked, derogation)) as { riskClassification: { derogation: { condition: string } } };
      assert.equal(result.riskClassification.derogation.condition, 'TODO: the Art. 6(3) condition', 'a placeholder, not a default');

      const inside = 'dataProtection:\n  |';
      const personal = item(complete(inside), 'Data protection (personal data)');
      assert.equal(
        (parse(apply(inside, personal)) as { dataProtection: { dpia: { status: string } } }).dataProtection.dpia.status,
        'TODO: completed | in-progress | not-required',
      );

      const whole = item(complete('|'), 'AI system manifest: journal-note assistant');
      assert.equal((parse(apply('|', whole)) as { manifestVersion: number }).manifestVersion, 1);
    });

    it('documents keys in the requested language; labels stay the schema keys', () => {
      const en = item(complete('system:\n  |'), 'role');
      const da = item(complete('system:\n  |', 'da'), 'role');
      assert.match(en.documentation, /^\*\*Role\*\*/);
      assert.match(en.documentation, /Art\. 3\(3\)/);
      assert.match(da.documentation, /^\*\*Rolle\*\*/);
      assert.match(da.detail, /påkrævet/);
      assert.equal(da.insertText, 'role: ');
    });
  });

  describe('values', () => {
    it('acceptedFindings[].rule: the rule ids that can be accepted, those with a finding here first', () => {
      const manifest = 'manifestVersion: 1\nmodel:\n  hosting: non-eu\ndataProtection:\n  personalData: true\n';
      const items = complete(`${manifest}acceptedFindings:\n  - rule: |\n`);
      const ids = labels(items, 'value');
      assert.ok(ids.includes('non-eu-hosting') && ids.includes('dpia-missing'), ids.join(', '));
      for (const never of ['yaml-syntax', 'schema', 'prohibited-practice', 'automated-decision', 'placeholder-value', 'acceptance-unused'])
        assert.ok(!ids.includes(never), `${never} cannot be accepted`);
      assert.equal(item(items, 'non-eu-hosting').sortText?.[0], '0', 'has a finding here: first');
      assert.equal(item(items, 'tier-mismatch').sortText?.[0], '1');
      assert.match(item(complete(`${manifest}acceptedFindings:\n  - rule: |\n`, 'da'), 'non-eu-hosting').documentation, /GDPR/);
    });

    it('acceptedFindings: the keys of an entry below its first field, without those present', () => {
      assert.deepEqual(labels(complete('acceptedFindings:\n  - rule: non-eu-hosting\n    |\n    reason: x\n')), [
        'path',
        'acceptedBy',
        'date',
        'expires',
      ]);
    });

    it('acceptedFindings[].path: the manifest’s own fields, dotted, list items as .0, those with a finding first', () => {
      const manifest =
        'manifestVersion: 1\npurpose:\n  tasks: [journal-notes, profiling]\nmodel:\n  hosting: non-eu\ndataProtection:\n  personalData: true\n';
      const items = complete(`${manifest}acceptedFindings:\n  - rule: non-eu-hosting\n    path: |\n`);
      const paths = labels(items, 'value');
      for (const path of ['purpose', 'purpose.tasks', 'purpose.tasks.0', 'purpose.tasks.1', 'model.hosting'])
        assert.ok(paths.includes(path), path);
      assert.ok(!paths.some((path) => path.startsWith('acceptedFindings') || path === 'manifestVersion'), paths.join(', '));
      const hosting = item(items, 'model.hosting');
      assert.equal(hosting.sortText?.[0], '0', 'a field with a finding comes first');
      assert.match(hosting.detail, /non-eu-hosting/);
      assert.equal(item(items, 'purpose.tasks.0').sortText?.[0], '1');
      assert.match(hosting.documentation, /\*\*/, 'the field’s documentation');
      assert.equal(
        apply(`${manifest}acceptedFindings:\n  - rule: non-eu-hosting\n    path: |\n`, hosting).includes('path: model.hosting\n'),
        true,
      );
    });

    it('suggests enum values after `key: `, with their descriptions', () => {
      const items = complete('system:\n  role: |');
      assert.deepEqual(labels(items, 'value'), ['provider', 'deployer', 'provider-and-deployer']);
      assert.match(item(items, 'deployer').documentation, /\*\*Role\*\*: `deployer`\n\n.*Deployer/);
      assert.deepEqual(labels(complete('system:\n  status: |'), 'value'), ['planned', 'development', 'pilot', 'production', 'retired']);
      assert.deepEqual(labels(complete('legalBasis:\n  act: |'), 'value'), ['LAB', 'LAS', 'SDL', 'LKHE', 'INL', 'other']);
      assert.deepEqual(labels(complete('model:\n  hosting: |'), 'value'), ['on-premises', 'eu', 'non-eu']);
      assert.deepEqual(labels(complete('manifestVersion: |'), 'value'), ['1']);
    });

    it('suggests true/false for booleans, and nothing for free text', () => {
      assert.deepEqual(labels(complete('decisions:\n  automated: |'), 'value'), ['true', 'false']);
      assert.deepEqual(complete('system:\n  name: |'), []);
      assert.deepEqual(complete('system:\n  role: deployer # |'), [], 'in a comment');
    });

    it('replaces the value being typed, and adds the space after a bare colon', () => {
      const pilot = item(complete('system:\n  status: pi|'), 'pilot');
      assert.deepEqual(pilot.range, { start: { line: 1, character: 10 }, end: { line: 1, character: 12 } });
      assert.equal(apply('system:\n  role:|', item(complete('system:\n  role:|'), 'deployer')), 'system:\n  role: deployer');
    });

    it('suggests the items of a flow list, without those already listed', () => {
      assert.equal(labels(complete('riskClassification:\n  practices: [ |'), 'value').length, 16);
      const tasks = labels(complete('purpose:\n  tasks: [journal-notes, |'), 'value');
      assert.ok(tasks.includes('case-summary'));
      assert.ok(!tasks.includes('journal-notes'));
      const closed = labels(complete('purpose:\n  tasks: [journal-notes, ca|, profiling]'), 'value');
      assert.ok(closed.includes('case-summary') && !closed.includes('profiling') && !closed.includes('journal-notes'));
      assert.deepEqual(complete('purpose:\n  tasks: [journal-notes] |'), [], 'after the list');
      const marked = 'purpose:\n  tasks: [journal-notes,|]';
      assert.equal(apply(marked, item(complete(marked), 'chatbot')), 'purpose:\n  tasks: [journal-notes, chatbot]');
    });

    it('suggests the items of a block list after `- `, without those already listed', () => {
      const items = labels(complete('riskClassification:\n  annexIII:\n    - education\n    - |\n  profiling: false'), 'value');
      assert.ok(items.includes('employment') && !items.includes('education'));
      const compact = labels(complete('riskClassification:\n  annexIII:\n  - education\n  - |\n  profiling: false'), 'value');
      assert.ok(compact.includes('employment') && !compact.includes('education'));
      const bare = 'riskClassification:\n  annexIII:\n    -|';
      assert.equal(apply(bare, item(complete(bare), 'migration')), 'riskClassification:\n  annexIII:\n    - migration');
      const empty = 'riskClassification:\n  annexIII:\n    |';
      assert.equal(apply(empty, item(complete(empty), 'migration')), 'riskClassification:\n  annexIII:\n    - migration');
    });

    it('documents values in Danish; labels and inserted text stay the schema values', () => {
      const deployer = item(complete('system:\n  role: |', 'da'), 'deployer');
      assert.equal(deployer.insertText, 'deployer');
      assert.match(deployer.documentation, /^\*\*Rolle\*\*: `deployer`/);
      assert.match(deployer.documentation, /Idriftsætter/);
    });
  });

  describe('robustness', () => {
    it('never throws, on prefixes of a manifest and at every 7th offset of it', () => {
      for (let end = 0; end <= EXAMPLE.length; end += 7) {
        const prefix = EXAMPLE.slice(0, end);
        assert.doesNotThrow(() => completeAt(prefix, end, 'en'), `prefix of ${end}`);
        assert.doesNotThrow(() => completeAt(EXAMPLE, end, 'da'), `offset ${end}`);
      }
      for (const text of ['', '\n', ':', '- ', '[', '"', 'a: [', '\t- x', '  -', 'x:\r\n  y:\r\n    ', '{a: b', '---\n...', '? x\n: y']) {
        for (let offset = 0; offset <= text.length; offset++)
          assert.doesNotThrow(() => completeAt(text, offset, 'en'), JSON.stringify(text));
      }
    });

    it('takes well under 10 ms on a 500-line manifest', () => {
      const head = EXAMPLE.trimEnd().split('\n');
      const text = [...head, ...Array.from({ length: 499 - head.length }, (_, i) => `# note ${i}`), ''].join('\n');
      assert.equal(new LineIndex(text).lineCount, 500);
      const offsets = [text.length, text.indexOf('  role: deployer') + '  role: '.length, text.indexOf('    status: completed') + 4];
      for (let i = 0; i < 20; i++) for (const offset of offsets) completeAt(text, offset, 'en');
      const runs = 50;
      const started = performance.now();
      for (let i = 0; i < runs; i++) for (const offset of offsets) completeAt(text, offset, 'en');
      const perCall = (performance.now() - started) / (runs * offsets.length);
      console.log(`      completion on a 500-line manifest: ${perCall.toFixed(3)} ms per call`);
      assert.ok(perCall < 50, `${perCall} ms per call`);
    });
  });

  describe('fits the place', () => {
    const TOP_LEVEL_SNIPPETS = [
      'AI system manifest: journal-note assistant',
      'AI literacy',
      'Data protection (personal data)',
      'Human oversight',
    ];

    it('offers no top-level section or whole-file snippet inside a nested section', () => {
      for (const marked of [
        'documentation:\n  technical: docs/t.md\n  |',
        'system:\n  owner:\n    |',
        'humanOversight:\n  reviewer: x\n  |\n',
      ]) {
        const items = complete(marked);
        for (const label of TOP_LEVEL_SNIPPETS)
          assert.ok(!items.some((i) => i.label === label), `${label} not offered in ${JSON.stringify(marked)}`);
        assert.ok(!labels(items).includes('dataProtection'), 'no top-level key');
      }
    });

    it('offers the whole-file snippet only where the file has no field yet', () => {
      const whole = 'AI system manifest: journal-note assistant';
      assert.ok(complete('|').some((i) => i.label === whole));
      assert.ok(
        complete('# a new manifest\n|').some((i) => i.label === whole),
        'comments only',
      );
      assert.ok(!complete('manifestVersion: 1\n|').some((i) => i.label === whole));
    });

    it('offers the keys of a flow mapping, without those present before or after the cursor', () => {
      const keys = labels(complete('humanOversight: { reviewer: Sagsbehandler, | , procedure: docs/h.md }'));
      assert.ok(keys.includes('canOverride'), keys.join(', '));
      assert.ok(!keys.includes('reviewer') && !keys.includes('procedure'), keys.join(', '));
      assert.ok(!keys.includes('system'), 'no top-level key');
      assert.ok(!complete('humanOversight: { reviewer: x, | }').some((i) => i.kind === 'snippet'), 'no block snippets in a flow mapping');
      // Nested flow mappings, over several lines, and the value of a field.
      assert.deepEqual(labels(complete('dataProtection: {personalData: true,\n  dpia: { status: completed,\n    | }}')).sort(), [
        'date',
        'document',
        'justification',
        'summary',
      ]);
      assert.deepEqual(labels(complete('system: { role: | }'), 'value'), ['provider', 'deployer', 'provider-and-deployer']);
      const marked = 'humanOversight: {reviewer: x, |}';
      assert.equal(apply(marked, item(complete(marked), 'canOverride')), 'humanOversight: {reviewer: x, canOverride: }');
    });

    it('offers the items of a list written over several lines', () => {
      const values = labels(complete('purpose:\n  tasks: [journal-notes,\n          case-summary,\n          |\n  ]'), 'value');
      assert.ok(values.includes('profiling'), values.join(', '));
      assert.ok(!values.includes('journal-notes') && !values.includes('case-summary'), values.join(', '));
      assert.deepEqual(
        complete('purpose:\n  tasks: [journal-notes,\n   case-summary]\n|').filter((i) => i.kind === 'value'),
        [],
        'after the list closed: keys again',
      );
    });

    it('reads sections behind an anchor or a tag, and falls back to nothing at an alias', () => {
      assert.ok(labels(complete('system: &sys\n  id: x\n  |')).includes('role'));
      assert.deepEqual(labels(complete('system:\n  role: &r |'), 'value'), ['provider', 'deployer', 'provider-and-deployer']);
      assert.doesNotThrow(() => complete('system: *sys\n  |'));
      assert.deepEqual(complete('system: { role: "dep| }'), [], 'inside a quoted string: nothing');
    });
  });
});
