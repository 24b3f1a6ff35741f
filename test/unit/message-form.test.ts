import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifestText } from '../../src/core/check';
import { plainText } from '../../src/core/format';
import type { Finding } from '../../src/core/types';
import { ENTRY, withGaps } from './acceptanceManifests';
import { highRiskManifest, minimalManifest, toYaml } from './manifests';

const DATE = '2026-12-05';
const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

/** Manifests with findings of most rules: the examples, a five-line manifest, and the high-risk manifest without each of its fields. */
function manifests(): { name: string; text: string }[] {
  const result = readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, text: readFileSync(join(EXAMPLES, entry.name, 'ai-system.yaml'), 'utf8') }));
  result.push({ name: 'five lines', text: 'manifestVersion: 1\nsystem:\n  id: test-system\n  name: Testsystem\n  role: deployer\n' });
  const high = highRiskManifest();
  for (const [section, value] of Object.entries(high)) {
    const without = { ...high };
    delete without[section];
    result.push({ name: `high risk without ${section}`, text: toYaml(without) });
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const key of Object.keys(value)) {
        const inner = { ...(value as Record<string, unknown>) };
        delete inner[key];
        result.push({ name: `high risk without ${section}.${key}`, text: toYaml({ ...high, [section]: inner }) });
      }
    }
  }
  result.push({
    name: 'acceptances',
    text: toYaml(
      withGaps([
        { rule: 'non-eu-hosting', path: 'model.hosting', ...ENTRY, expires: '2026-12-01' },
        { rule: 'no-such-rule', ...ENTRY },
        { rule: 'dpia-missing', path: 'dataProtection.dpia', ...ENTRY },
      ]),
    ),
  });
  const minimal = minimalManifest();
  minimal.riskClassification = { ...minimal.riskClassification, declaredTier: 'high' };
  result.push({ name: 'tier mismatch', text: toYaml(minimal) });
  return result;
}

function messagesOf(findings: Finding[]): string[] {
  return findings.flatMap((finding) => [
    finding.message.en,
    finding.message.da,
    ...(finding.related ?? []).flatMap((related) => [related.message.en, related.message.da]),
  ]);
}

describe('the form of the messages (plain text, one citation form)', () => {
  const all = manifests().map(({ name, text }) => ({ name, findings: checkManifestText(text, { referenceDate: DATE }).findings }));

  it('the manifests give findings of many rules', () => {
    const rules = new Set(all.flatMap(({ findings }) => findings.map((finding) => finding.ruleId)));
    assert.ok(rules.size >= 15, [...rules].join(', '));
  });

  it('no code font: a field name is quoted, in both languages (the Problems panel and the CLI show plain text)', () => {
    for (const { name, findings } of all) {
      for (const message of messagesOf(findings)) assert.ok(!message.includes('`'), `${name}: ${message}`);
    }
    const tierMismatch = all.find(({ name }) => name === 'tier mismatch')!.findings.find((finding) => finding.ruleId === 'tier-mismatch')!;
    assert.match(tierMismatch.message.en, /^'riskClassification\.declaredTier' is 'high'/);
    assert.match(tierMismatch.message.da, /^'riskClassification\.declaredTier' er højrisiko \('high'\)/);
  });

  it('no parenthesis right after a parenthesis: the article and the date follow a dash, not a second parenthesis', () => {
    for (const { name, findings } of all) {
      for (const message of messagesOf(findings)) assert.doesNotMatch(message, /\)\s+\(/, `${name}: ${message}`);
    }
    const dpia = checkManifestText(readFileSync(join(EXAMPLES, 'match-profilering', 'ai-system.yaml'), 'utf8'), {
      referenceDate: DATE,
    }).findings.find((finding) => finding.ruleId === 'dpia-missing')!;
    assert.match(dpia.message.en, /before the processing starts \(Art\. 35\(1\)\) — GDPR Art\. 35; applies from 25 May 2018\.$/);
    assert.match(dpia.message.da, /før behandlingen begynder \(art\. 35, stk\. 1\) — GDPR art\. 35; gælder fra 25\. maj 2018\.$/);
  });

  it('plainText quotes code font and is idempotent', () => {
    assert.equal(plainText('`a.b` is `x`'), "'a.b' is 'x'");
    assert.equal(plainText(plainText('`a.b`')), "'a.b'");
    assert.equal(plainText('a lone ` mark'), "a lone ' mark");
  });
});
