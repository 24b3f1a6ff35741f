import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assess } from '../../src/core/assessment/assess';
import { OBLIGATIONS } from '../../src/core/law/obligations';
import { RULE_IDS, RULES } from '../../src/core/rules/index';
import type { Rule } from '../../src/core/rules/rule';
import { check, findingsOf, highRiskManifest, minimalManifest } from './manifests';

// Cross-rule tests. Each rule's own cases (trigger / near-identical control): test/unit/rules/<rule-id>.test.ts.
describe('rules', () => {
  it('the clean base manifests trigger nothing', () => {
    assert.deepEqual(check(minimalManifest()).findings, []);
    assert.deepEqual(check(highRiskManifest()).findings, []);
  });

  it('a gap a named rule reports is not reported by schema too', () => {
    const manifest = minimalManifest();
    delete manifest.humanOversight;
    delete manifest.dataProtection.security;
    manifest.decisions.caseworkerDecides = 'yes';
    const result = check(manifest);
    const schemaPaths = findingsOf(result, 'schema').map((f) => f.path.join('.'));
    assert.ok(!schemaPaths.includes('humanOversight'), 'humanOversight is reported by human-oversight-missing');
    assert.ok(!schemaPaths.includes('dataProtection.security'), 'security is reported by gdpr-field-missing');
    assert.ok(schemaPaths.includes('decisions.caseworkerDecides'), 'a wrong type no rule reports stays a schema finding');
    assert.equal(findingsOf(result, 'human-oversight-missing').length, 1);
  });

  it('every rule id of the catalogue has its own test file in rules/', () => {
    const ownFile = (id: string) => fs.existsSync(path.join(__dirname, 'rules', `${id}.test.js`));
    assert.deepEqual(
      RULE_IDS.filter((id) => !ownFile(id)),
      [],
    );
  });

  it('every duty of assess is evidenced by a rule (a duty no finding can deny would always be met)', () => {
    const rules = RULES as readonly Rule[];
    const duties = [...OBLIGATIONS.flatMap((group) => group.specs.map((spec) => spec.duty)), 'transparency-practice'];
    assert.deepEqual(
      duties.filter((duty) => !rules.some((rule) => Array.isArray(rule.evidence) && rule.evidence.includes(duty))),
      [],
    );
    assert.equal(new Set(duties).size, duties.length, 'duty ids are unique');
    assert.deepEqual(
      rules.filter((rule) => rule.evidence === 'every-duty').map((rule) => rule.id),
      ['schema', 'dpia-document-not-found', 'placeholder-value', 'document-incomplete'],
    );
  });

  it('a finding denies a duty only through its rule: the same gap at another rule is no evidence gap', () => {
    // The DPIA duty of a manifest with personal data: missing with the dpia-missing finding, met without it.
    const result = check(highRiskManifest());
    const dpia = assess(result, '2031-01-01').obligations.find((obligation) => obligation.id === 'dpia')!;
    assert.deepEqual(dpia.ruleIds, ['dpia-missing']);
    assert.equal(dpia.status, 'met');
    const withoutDocument = highRiskManifest();
    delete withoutDocument.dataProtection.dpia.document;
    const missing = assess(check(withoutDocument), '2031-01-01').obligations.find((obligation) => obligation.id === 'dpia')!;
    assert.equal(missing.status, 'missing');
  });

  it('messages follow the edition: as adopted, high-risk duties date from 2 August 2026', () => {
    const manifest = highRiskManifest();
    delete manifest.fria;
    const [amended] = findingsOf(check(manifest), 'fria-missing');
    const [adopted] = findingsOf(check(manifest, { edition: 'adopted' }), 'fria-missing');
    assert.ok(amended.message.en.includes('2 December 2027'));
    assert.ok(adopted.message.en.includes('2 August 2026'));
    assert.ok(adopted.message.da.includes('2. august 2026'));
  });
});
