import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { acceptFix, acceptTitle } from '../../src/core/features/acceptFix';
import { applyInserts } from '../../src/core/features/fixes';
import type { Finding } from '../../src/core/types';
import { ENTRY, withGaps } from './acceptanceManifests';
import { check, toYaml } from './manifests';

const TODAY = '2026-12-01';
const hosting = (text: string): Finding => check(text, { referenceDate: TODAY }).findings.find((f) => f.ruleId === 'non-eu-hosting')!;

function accept(text: string, finding = hosting(text)): string {
  const fix = acceptFix(text, finding, 'en', TODAY);
  assert.ok(fix, 'a fix is offered');
  assert.equal(fix.title, 'Accept the finding non-eu-hosting at model.hosting…');
  assert.equal(fix.kind, 'accept-finding');
  const after = applyInserts(text, fix.inserts);
  assert.ok(after.startsWith(text.slice(0, fix.inserts[0].offset)) && after.endsWith(text.slice(fix.inserts[0].offset)), 'only inserts');
  return after;
}

describe('quick fix: Accept this finding…', () => {
  it('inserts an entry with the rule, the field, placeholders for reason and acceptedBy, and today', () => {
    const text = toYaml(withGaps());
    const after = accept(text);
    assert.deepEqual(parse(after).acceptedFindings, [
      {
        rule: 'non-eu-hosting',
        path: 'model.hosting',
        reason: 'TODO: why this finding is accepted',
        acceptedBy: 'TODO: who accepted it (name, function)',
        date: TODAY,
      },
    ]);
    assert.ok(
      after.endsWith(
        `  hosting: non-eu\nacceptedFindings:\n  - rule: non-eu-hosting\n    path: model.hosting\n    reason: "TODO: why this finding is accepted"\n    acceptedBy: "TODO: who accepted it (name, function)"\n    date: ${TODAY}\n`,
      ),
      after,
    );
    // With placeholders the entry accepts nothing: the finding stays as it was, not silenced.
    assert.equal(hosting(after).severity, 'warning');
    assert.equal(hosting(after).accepted, undefined);
  });

  it('is idempotent: not offered again once the entry is there, filled in or not', () => {
    const text = toYaml(withGaps());
    const after = accept(text);
    assert.equal(acceptFix(after, hosting(after), 'en', TODAY), undefined);
    const filled = after
      .replace('TODO: why this finding is accepted', 'SCCs reviewed')
      .replace('TODO: who accepted it (name, function)', 'DPO');
    const accepted = hosting(filled);
    assert.equal(accepted.severity, 'information');
    assert.equal(acceptFix(filled, accepted, 'en', TODAY), undefined);
  });

  it('appends to an existing block list, with its indentation, and keeps the file valid YAML', () => {
    const entry = `acceptedFindings:\n    - rule: human-oversight-missing\n      reason: ${ENTRY.reason}\n      acceptedBy: ${ENTRY.acceptedBy}\n      date: ${ENTRY.date}\n# reviewed yearly\n`;
    const text = toYaml(withGaps()) + entry;
    assert.equal(parse(text).acceptedFindings.length, 1, text);
    const after = accept(text);
    const list = parse(after).acceptedFindings;
    assert.equal(list.length, 2);
    assert.deepEqual(list[0], { rule: 'human-oversight-missing', ...ENTRY });
    assert.equal(list[1].rule, 'non-eu-hosting');
    assert.match(after, /\n {4}- rule: non-eu-hosting\n {6}path: model.hosting\n/);
  });

  it('fills an empty `acceptedFindings:` and an empty or non-empty flow list', () => {
    const base = toYaml(withGaps());
    for (const [tail, count] of [
      ['acceptedFindings:\n', 1],
      ['acceptedFindings: []\n', 1],
      ['acceptedFindings: [{ rule: tier-mismatch, reason: r, acceptedBy: b, date: 2026-01-01 }]\n', 2],
      // A trailing comma after the last item: the entry goes after it (a second comma would not parse).
      ['acceptedFindings: [{ rule: tier-mismatch, reason: r, acceptedBy: b, date: 2026-01-01 }, ]\n', 2],
      ['acceptedFindings: [\n  { rule: tier-mismatch, reason: r, acceptedBy: b, date: 2026-01-01 }, # kept\n]\n', 2],
    ] as const) {
      const text = `${base}${tail}`;
      const after = accept(text);
      const list = parse(after).acceptedFindings;
      assert.equal(list.length, count, after);
      assert.equal(list[count - 1].path, 'model.hosting');
    }
  });

  it('keeps CRLF line breaks', () => {
    const text = toYaml(withGaps()).replace(/\n/g, '\r\n');
    const after = accept(text);
    assert.ok(!/[^\r]\n/.test(after), 'no bare LF');
    assert.equal(parse(after).acceptedFindings[0].rule, 'non-eu-hosting');
  });

  it('writes Danish placeholders in Danish', () => {
    const text = toYaml(withGaps());
    const fix = acceptFix(text, hosting(text), 'da', TODAY)!;
    assert.equal(fix.title, 'Acceptér fundet non-eu-hosting ved model.hosting…');
    assert.equal(parse(applyInserts(text, fix.inserts)).acceptedFindings[0].reason, 'TODO: hvorfor fundet accepteres');
  });

  it('is not offered for a rule that can never be accepted, nor for the acceptance rules', () => {
    const manifest = withGaps([{ rule: 'non-eu-hosting', path: 'model.name', ...ENTRY }]);
    manifest.decisions.automated = true;
    const text = toYaml(manifest);
    const findings = check(text, { referenceDate: TODAY }).findings;
    for (const id of ['automated-decision', 'acceptance-unused']) {
      const finding = findings.find((f) => f.ruleId === id);
      assert.ok(finding, id);
      assert.equal(acceptFix(text, finding, 'en', TODAY), undefined, id);
    }
    // Control: the acceptable finding in the same file gets it.
    assert.ok(acceptFix(text, hosting(text), 'en', TODAY));
  });

  it('is not offered where acceptedFindings is not a list (it would need rewriting)', () => {
    const text = `${toYaml(withGaps())}acceptedFindings: none\n`;
    assert.equal(acceptFix(text, hosting(text), 'en', TODAY), undefined);
  });

  it('writes the reason and who accepts, as the editor asked for them, quoted where YAML needs it', () => {
    const text = toYaml(withGaps());
    const fix = acceptFix(text, hosting(text), 'en', TODAY, {
      reason: '  SCCs: reviewed in the DPIA, "section 4"\n ',
      acceptedBy: 'DPO Åse Ørsted',
    })!;
    const entry = parse(applyInserts(text, fix.inserts)).acceptedFindings[0];
    assert.equal(entry.reason, 'SCCs: reviewed in the DPIA, "section 4"');
    assert.equal(entry.acceptedBy, 'DPO Åse Ørsted');
    assert.equal(
      check(applyInserts(text, fix.inserts), { referenceDate: TODAY }).findings.find((f) => f.ruleId === 'non-eu-hosting')?.accepted?.by,
      'DPO Åse Ørsted',
    );
  });

  it('names the rule and the field in the title, so that findings at one place tell apart', () => {
    assert.equal(
      acceptTitle({ ruleId: 'non-eu-hosting', path: ['model', 'hosting'] }, 'en'),
      'Accept the finding non-eu-hosting at model.hosting…',
    );
    assert.equal(acceptTitle({ ruleId: 'dpia-missing', path: [] }, 'da'), 'Acceptér fundet dpia-missing…');
  });
});
