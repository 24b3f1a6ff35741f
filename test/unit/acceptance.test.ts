import * as assert from 'node:assert/strict';
import { canBeAccepted, dottedPath, NEVER_ACCEPTABLE, offersAcceptance } from '../../src/core/acceptance';
import { RULE_IDS } from '../../src/core/rules/index';
import type { Finding } from '../../src/core/types';
import { ENTRY, withGaps } from './acceptanceManifests';
import { check, checkWithFiles, minimalManifest, textAt, toYaml } from './manifests';

const DATE = '2026-12-01';

const of = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

describe('accepted findings: matching', () => {
  it('the control: without entries the gaps are reported at their own severity', () => {
    const { findings } = check(withGaps(), { referenceDate: DATE });
    assert.deepEqual(
      of(findings, 'non-eu-hosting').map((f) => f.severity),
      ['warning'],
    );
    assert.deepEqual(
      of(findings, 'human-oversight-missing').map((f) => [dottedPath(f.path), f.severity]),
      [
        ['humanOversight.reviewer', 'error'],
        ['humanOversight.canOverride', 'error'],
      ],
    );
    assert.ok(findings.every((f) => !f.accepted));
  });

  it('by rule: an entry without path accepts every finding of the rule, as information with who, when and why', () => {
    const { findings } = check(withGaps([{ rule: 'human-oversight-missing', ...ENTRY }]), { referenceDate: DATE });
    const accepted = of(findings, 'human-oversight-missing');
    assert.equal(accepted.length, 2, 'still reported');
    for (const finding of accepted) {
      assert.equal(finding.severity, 'information');
      assert.deepEqual(finding.accepted, { by: 'DPO, Eksempel Kommune', date: '2026-11-20', reason: ENTRY.reason });
      assert.ok(
        finding.message.en.startsWith(
          'Accepted by DPO, Eksempel Kommune on 20 November 2026: Standard contractual clauses reviewed (DPIA section 4). — ',
        ),
        finding.message.en,
      );
      assert.ok(
        finding.message.da.startsWith(
          'Accepteret af DPO, Eksempel Kommune den 20. november 2026: Standard contractual clauses reviewed (DPIA section 4). — ',
        ),
        finding.message.da,
      );
      assert.match(finding.message.en, /humanOversight\./, 'the original message follows');
    }
    assert.equal(of(findings, 'non-eu-hosting')[0].severity, 'warning', 'another rule is not touched');
    assert.deepEqual(of(findings, 'acceptance-unused'), []);
  });

  it('by rule and path: only the finding at that field', () => {
    const { findings } = check(withGaps([{ rule: 'human-oversight-missing', path: 'humanOversight.canOverride', ...ENTRY }]), {
      referenceDate: DATE,
    });
    assert.deepEqual(
      of(findings, 'human-oversight-missing').map((f) => [dottedPath(f.path), f.severity]),
      [
        ['humanOversight.reviewer', 'error'],
        ['humanOversight.canOverride', 'information'],
      ],
    );
  });

  it('the right rule at another field, or another rule at the field, accepts nothing (and is unused)', () => {
    for (const entry of [
      { rule: 'non-eu-hosting', path: 'model.name', ...ENTRY },
      { rule: 'tier-mismatch', path: 'model.hosting', ...ENTRY },
    ]) {
      const { findings } = check(withGaps([entry]), { referenceDate: DATE });
      assert.equal(of(findings, 'non-eu-hosting')[0].severity, 'warning');
      assert.equal(of(findings, 'acceptance-unused').length, 1, JSON.stringify(entry));
    }
  });

  it('an entry whose gap is now reported by another rule at its field (a placeholder): unused, and says so, not "the gap was closed"', () => {
    const manifest = withGaps([{ rule: 'human-oversight-missing', path: 'humanOversight.reviewer', ...ENTRY }]);
    manifest.humanOversight.reviewer = 'TODO: who reviews?';
    const { findings } = check(manifest, { referenceDate: DATE });
    assert.deepEqual(
      of(findings, 'placeholder-value').map((f) => dottedPath(f.path)),
      ['humanOversight.reviewer'],
    );
    const [unused] = of(findings, 'acceptance-unused');
    assert.ok(unused, JSON.stringify(findings.map((f) => f.ruleId)));
    assert.equal(
      unused.message.en,
      "'acceptedFindings[0]' accepts 'human-oversight-missing' at 'humanOversight.reviewer', but the gap there is now reported as 'placeholder-value', which cannot be accepted: close the gap, then remove the entry.",
    );
    assert.doesNotMatch(unused.message.da, /lukket/);
    // A finding there that can be accepted: that one is named to accept instead.
    const other = check(withGaps([{ rule: 'tier-mismatch', path: 'model.hosting', ...ENTRY }]), { referenceDate: DATE });
    assert.match(
      of(other.findings, 'acceptance-unused')[0].message.en,
      /now reported as 'non-eu-hosting': accept that finding instead, or close the gap\.$/,
    );
  });

  it('list items are named .0, .1 in the path', () => {
    assert.equal(dottedPath(['riskClassification', 'practices', 0]), 'riskClassification.practices.0');
  });

  it('with expires: accepted up to and including that day', () => {
    const entry = { rule: 'non-eu-hosting', path: 'model.hosting', ...ENTRY, expires: '2026-12-01' };
    const { findings } = check(withGaps([entry]), { referenceDate: '2026-12-01' });
    const [finding] = of(findings, 'non-eu-hosting');
    assert.equal(finding.severity, 'information');
    assert.equal(finding.accepted?.expires, '2026-12-01');
    assert.match(finding.message.en, /^Accepted by .*\(until 1 December 2026\) — /);
    assert.match(finding.message.da, /\(indtil 1\. december 2026\) — /);
    assert.deepEqual(of(findings, 'acceptance-expired'), []);
  });

  it('a placeholder in any field of the entry: it accepts nothing, and a placeholder path never widens it to the whole rule', () => {
    const cases = [
      { rule: 'human-oversight-missing', path: 'TODO', ...ENTRY },
      { rule: 'human-oversight-missing', ...ENTRY, reason: 'TODO: why' },
      { rule: 'human-oversight-missing', ...ENTRY, acceptedBy: 'tbd' },
      { rule: 'human-oversight-missing', ...ENTRY, expires: '…' },
    ];
    for (const entry of cases) {
      const { findings } = check(withGaps([entry]), { referenceDate: DATE });
      assert.deepEqual(
        of(findings, 'human-oversight-missing').map((f) => f.severity),
        ['error', 'error'],
        JSON.stringify(entry),
      );
      assert.deepEqual(of(findings, 'acceptance-unused'), [], 'a placeholder entry is not judged as unused');
      assert.equal(
        of(findings, 'placeholder-value').filter((f) => dottedPath(f.path).startsWith('acceptedFindings.0.')).length,
        1,
        'the placeholder is reported',
      );
    }
  });

  it('an entry missing a required field accepts nothing (the schema reports it)', () => {
    const { reason: _reason, ...withoutReason } = ENTRY;
    const { findings } = check(withGaps([{ rule: 'non-eu-hosting', ...withoutReason }]), { referenceDate: DATE });
    assert.equal(of(findings, 'non-eu-hosting')[0].severity, 'warning');
    assert.ok(
      findings.some((f) => f.ruleId === 'schema' && dottedPath(f.path).startsWith('acceptedFindings.0')),
      'schema names the entry',
    );
  });

  it('accepted errors no longer count as errors: the gate passes, the finding stays visible', () => {
    const entries = [{ rule: 'human-oversight-missing', ...ENTRY }];
    const { findings } = check(withGaps(entries), { referenceDate: DATE });
    assert.equal(findings.filter((f) => f.severity === 'error').length, 0);
    assert.equal(findings.filter((f) => f.accepted).length, 2);
  });

  it('entries for a document rule are matched against the file checks, and not called unused when files were not checked', async () => {
    const manifest = minimalManifest();
    manifest.acceptedFindings = [{ rule: 'dpia-document-not-found', path: 'dataProtection.dpia.document', ...ENTRY }];
    assert.deepEqual(of(check(manifest, { referenceDate: DATE }).findings, 'acceptance-unused'), []);
    const missing = await checkWithFiles(manifest, (path) => path !== 'docs/dpia.md');
    const [finding] = of(missing.findings, 'dpia-document-not-found');
    assert.equal(finding.severity, 'information');
    const present = await checkWithFiles(manifest, () => true);
    assert.equal(of(present.findings, 'acceptance-unused').length, 1);
  });
});

describe('accepted findings: which rules', () => {
  it('the never-acceptable rules and only they (and unknown ids) are refused', () => {
    assert.deepEqual([...NEVER_ACCEPTABLE], ['yaml-syntax', 'schema', 'prohibited-practice', 'automated-decision', 'placeholder-value']);
    for (const id of RULE_IDS) assert.equal(canBeAccepted(id), !NEVER_ACCEPTABLE.includes(id), id);
    assert.equal(canBeAccepted('no-such-rule'), false);
    assert.equal(canBeAccepted('placeholder-value'), false);
  });

  it('the quick fix is not offered for the findings about the entries themselves', () => {
    assert.equal(offersAcceptance('non-eu-hosting'), true);
    assert.equal(offersAcceptance('schema'), false);
    for (const id of ['acceptance-invalid', 'acceptance-expired', 'acceptance-unused']) assert.equal(offersAcceptance(id), false, id);
  });

  it('the range of an entry finding is in the entry', () => {
    const text = toYaml(withGaps([{ rule: 'automated-decision', ...ENTRY }]));
    const [finding] = of(check(text, { referenceDate: DATE }).findings, 'acceptance-invalid');
    assert.equal(textAt(text, finding.range), 'automated-decision');
  });
});
