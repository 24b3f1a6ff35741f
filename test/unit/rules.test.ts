import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_IDS } from '../../src/core/rules/index';
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
