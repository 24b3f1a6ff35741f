import * as assert from 'node:assert/strict';
import { isPlaceholder, scanPlaceholders } from '../../../src/core/yaml/placeholders';
import { parseManifest, parseManifestWithYaml } from '../../../src/core/yaml/parse';
import { check, findingsOf, minimalManifest, textAt, toYaml } from '../manifests';

describe('rule placeholder-value', () => {
  it('knows a placeholder by the spec: TODO, TBD, FIXME, XXX (any case) alone or before white space or a colon, or ... / …', () => {
    for (const value of ['TODO', 'TODO: Reviewer', 'tbd', 'FIXME later', 'xxx', '  Todo:x ', '...', '…', ' ... ', 'TODO\nmore']) {
      assert.ok(isPlaceholder(value), value);
    }
    for (const value of ['todo-app', 'Todosektionen', 'xxx@kommune.dk', 'TBDs', '....', '... and more', 'Not TODO', '', 42, true, null]) {
      assert.ok(!isPlaceholder(value), String(value));
    }
  });

  it('a placeholder value: one finding at its own range, and no other rule or schema finding on the field', () => {
    const manifest = minimalManifest();
    manifest.humanOversight.reviewer = 'TODO: Reviewer';
    manifest.humanOversight.canOverride = 'TODO: true | false';
    const text = toYaml(manifest);
    const result = check(text);
    const placeholders = findingsOf(result, 'placeholder-value');
    assert.deepEqual(
      placeholders.map((f) => [f.path.join('.'), textAt(text, f.range), f.severity]),
      [
        ['humanOversight.reviewer', '"TODO: Reviewer"', 'error'],
        ['humanOversight.canOverride', '"TODO: true | false"', 'error'],
      ],
    );
    assert.match(placeholders[0].message.en, /'humanOversight\.reviewer' is a placeholder \('TODO: Reviewer'\): fill it in/);
    assert.match(placeholders[0].message.da, /er en pladsholder/);
    const others = result.findings.filter((f) => f.ruleId !== 'placeholder-value' && f.path[0] === 'humanOversight');
    assert.deepEqual(others, [], 'human-oversight-missing and schema do not report the same fields again');
    // The control: the same manifest, filled in.
    assert.deepEqual(check(minimalManifest()).findings, []);
  });

  it('a placeholder counts as missing everywhere: the rule that needs the field sees it absent', () => {
    const manifest = minimalManifest();
    manifest.decisions.caseworkerDecides = 'TBD';
    const result = check(manifest);
    assert.deepEqual(
      result.findings.map((f) => f.ruleId),
      ['placeholder-value'],
    );
    assert.equal(findingsOf(result, 'automated-decision').length, 0);
  });

  it('a placeholder list item is left out; a list of only placeholders counts as missing (not as empty)', () => {
    const manifest = minimalManifest();
    manifest.riskClassification.practices = ['TODO: practice', 'interacts-with-persons'];
    manifest.transparency.aiInteractionDisclosure = 'The chat says it is an AI.';
    manifest.dataProtection.categories = ['TODO', 'xxx'];
    const text = toYaml(manifest);
    const result = check(text);
    assert.equal(result.tier?.tier, 'limited', 'the real item still counts');
    assert.deepEqual(
      findingsOf(result, 'placeholder-value').map((f) => [f.path.join('.'), textAt(text, f.range)]),
      [
        ['riskClassification.practices.0', '"TODO: practice"'],
        ['dataProtection.categories.0', 'TODO'],
        ['dataProtection.categories.1', 'xxx'],
      ],
    );
    // categories all placeholders: missing, but gdpr-field-missing does not say so again.
    assert.deepEqual(
      result.findings.filter((f) => f.ruleId !== 'placeholder-value'),
      [],
    );
  });

  it('reports a prohibited practice after a placeholder item at the practice itself (list indices as written)', () => {
    const manifest = minimalManifest();
    manifest.riskClassification.practices = ['TODO', 'social-scoring'];
    const text = toYaml(manifest);
    const [prohibited] = findingsOf(check(text), 'prohibited-practice');
    assert.deepEqual(prohibited.path, ['riskClassification', 'practices', 1]);
    assert.equal(textAt(text, prohibited.range), 'social-scoring');
  });

  it('comments are not values: `# TODO` is no finding', () => {
    const text = toYaml(minimalManifest()).replace('manifestVersion: 1', 'manifestVersion: 1 # TODO check the version');
    assert.deepEqual(check(text).findings, []);
  });

  it('the loaded data and its ranges stay as written; the fast path and yaml give the same placeholders, long texts included', () => {
    const text = [
      'manifestVersion: 1',
      'system:',
      '  description: |',
      '    TODO',
      '  name: >-',
      '    TODO write',
      '    the name',
      '  id: ...',
      '  owner:',
      '    organisation: xxx@kommune.dk',
      '    unit: Not a',
      '      TODO',
      '    contact: FIXME',
      '      later',
      '',
    ].join('\n');
    const fast = parseManifest(text);
    const scanned = scanPlaceholders(fast.data);
    assert.deepEqual(
      scanned.placeholders.map((p) => p.path.join('.')),
      ['system.description', 'system.name', 'system.id', 'system.owner.contact'],
    );
    assert.deepEqual(
      scanPlaceholders(parseManifestWithYaml(text).data).placeholders.map((p) => p.path.join('.')),
      scanned.placeholders.map((p) => p.path.join('.')),
    );
    assert.equal((fast.data as any).system.id, '...', 'the loaded data is not changed');
    assert.equal((scanned.data as any).system.id, undefined);
    assert.equal((scanned.data as any).system.owner.unit, 'Not a TODO');
  });

  it('circular data (aliases) is scanned without looping', () => {
    const result = check('a: &a\n  b: *a\n  c: TODO\n');
    assert.ok(findingsOf(result, 'placeholder-value').length >= 1);
  });
});
