import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';
import { assess } from '../../src/core/assessment/assess';
import { assessmentMarkdown } from '../../src/core/views/assessmentMarkdown';
import { ENTRY, withGaps } from './acceptanceManifests';
import { sarifErrors } from './ciSchemas';
import { check, toYaml, WRITTEN_DOCUMENT } from './manifests';

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: () => '2026-12-01' });
  return { code, stdout, stderr };
}

/** A manifest whose only errors (human-oversight-missing) are accepted, and whose non-EU hosting warning is accepted until 2027-11-20. */
function acceptedManifest(): string {
  return toYaml(
    withGaps([
      { rule: 'human-oversight-missing', ...ENTRY },
      { rule: 'non-eu-hosting', path: 'model.hosting', ...ENTRY, expires: '2027-11-20' },
    ]),
  );
}

function manifestFile(text: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-accept-'));
  fs.mkdirSync(path.join(folder, 'docs'));
  for (const doc of ['dpia.md', 'human-oversight.md']) fs.writeFileSync(path.join(folder, 'docs', doc), WRITTEN_DOCUMENT);
  fs.writeFileSync(path.join(folder, 'ai-system.yaml'), text);
  return path.join(folder, 'ai-system.yaml');
}

describe('accepted findings: CLI and assess', () => {
  it('check text: the accepted finding is information, marked by who, when and why; the gate passes', async () => {
    const file = manifestFile(acceptedManifest());
    const { code, stdout } = await cli('check', file);
    assert.equal(code, 0, stdout);
    assert.match(
      stdout,
      /:\d+:\d+ information non-eu-hosting Accepted by DPO, Eksempel Kommune on 20 November 2026: Standard contractual clauses reviewed \(DPIA section 4\)\. \(until 20 November 2027\) — 'model\.hosting'/,
    );
    assert.match(stdout, /Of these, 3 accepted finding\(s\)/);
    const da = await cli('check', '--lang', 'da', file);
    assert.match(da.stdout, /information non-eu-hosting Accepteret af DPO, Eksempel Kommune den 20\. november 2026: /);
  });

  it('check text: a reason written over several lines (a YAML block) keeps one finding a line', async () => {
    const reason = 'Standard contractual clauses reviewed.\nSee DPIA section 4.\n';
    const file = manifestFile(toYaml(withGaps([{ rule: 'non-eu-hosting', ...ENTRY, reason }])));
    for (const lang of ['en', 'da']) {
      const { stdout } = await cli('check', '--lang', lang, file);
      const findingLines = stdout.slice(0, stdout.indexOf('\n\n')).split('\n');
      for (const line of findingLines) assert.match(line, /^\S+:\d+:\d+ (error|warning|information) [a-z-]+ \S/, line);
      assert.ok(findingLines.some((line) => line.includes('Standard contractual clauses reviewed. See DPIA section 4.')));
      // assess's text: one duty a line too, the reason on it.
      const duties = (await cli('assess', '--lang', lang, file)).stdout.split('\n').filter((line) => line.startsWith('  ['));
      assert.ok(
        duties.some((line) => /\[accept\w* *\].*Standard contractual clauses reviewed\. See DPIA section 4\.\)$/.test(line)),
        duties.join('\n'),
      );
    }
  });

  it('check --date: after the expiry the entry accepts nothing and acceptance-expired is reported', async () => {
    const file = manifestFile(acceptedManifest());
    const { stdout } = await cli('check', '--date', '2027-11-21', file);
    assert.match(stdout, /warning non-eu-hosting 'model\.hosting'/);
    assert.match(stdout, /warning acceptance-expired /);
  });

  it('check json: an `accepted` object {by, date, reason, expires}', async () => {
    const { stdout } = await cli('check', '--format', 'json', manifestFile(acceptedManifest()));
    const findings = JSON.parse(stdout).files[0].findings;
    const hosting = findings.find((f: any) => f.ruleId === 'non-eu-hosting');
    assert.equal(hosting.severity, 'information');
    assert.deepEqual(hosting.accepted, { by: 'DPO, Eksempel Kommune', date: '2026-11-20', reason: ENTRY.reason, expires: '2027-11-20' });
    const oversight = findings.filter((f: any) => f.ruleId === 'human-oversight-missing');
    assert.deepEqual(
      oversight.map((f: any) => f.accepted.expires),
      [null, null],
    );
    assert.ok(findings.filter((f: any) => !f.accepted).every((f: any) => !('accepted' in f)));
  });

  it('check sarif: the accepted result carries a suppression (kind external, with the justification) valid against SARIF 2.1.0', async () => {
    const { stdout } = await cli('check', '--format', 'sarif', manifestFile(acceptedManifest()));
    const log = JSON.parse(stdout);
    assert.deepEqual(sarifErrors(log), [], 'the whole log, suppressions included, is valid against the published SARIF 2.1.0 schema');
    const results = log.runs[0].results;
    const suppressed = results.filter((r: any) => r.suppressions);
    assert.deepEqual(suppressed.map((r: any) => r.ruleId).sort(), ['human-oversight-missing', 'human-oversight-missing', 'non-eu-hosting']);
    for (const result of suppressed) {
      assert.equal(result.level, 'note');
      assert.equal(result.suppressions.length, 1);
      const [suppression] = result.suppressions;
      assert.equal(suppression.kind, 'external');
      assert.equal(suppression.status, 'accepted');
      assert.match(suppression.justification, /^Accepted by DPO, Eksempel Kommune on 20 November 2026: Standard contractual clauses/);
    }
    // Control: an unaccepted result has no suppressions (code scanning shows it as open).
    const open = await cli('check', '--format', 'sarif', manifestFile(toYaml(withGaps())));
    assert.ok(JSON.parse(open.stdout).runs[0].results.every((r: any) => !('suppressions' in r)));
  });

  it('assess: an accepted duty is listed as accepted with the reason, not as met; JSON says status accepted and adds accepted', async () => {
    const file = manifestFile(acceptedManifest());
    const json = JSON.parse((await cli('assess', '--format', 'json', '--date', '2026-12-01', file)).stdout);
    const transfer = json.obligations.find((o: any) => o.id === 'third-country-transfer');
    assert.equal(transfer.status, 'accepted');
    assert.deepEqual(transfer.accepted, { by: 'DPO, Eksempel Kommune', date: '2026-11-20', reason: ENTRY.reason, expires: '2027-11-20' });
    assert.ok(json.obligations.filter((o: any) => o.status === 'met').every((o: any) => !o.accepted));
    const text = (await cli('assess', '--date', '2026-12-01', file)).stdout;
    assert.match(
      text,
      /\[accepted +\] Safeguards for transfers to a third country — GDPR Chapter V; from 25 May 2018 \(Accepted by DPO, Eksempel Kommune on 20 November 2026: /,
    );
    const da = (await cli('assess', '--lang', 'da', '--date', '2026-12-01', file)).stdout;
    assert.match(da, /\[accepteret +\] Garantier ved overførsel til tredjelande/);
    // Control: without the entry the same duty is plainly missing.
    const plain = (await cli('assess', '--date', '2026-12-01', manifestFile(toYaml(withGaps())))).stdout;
    assert.match(plain, /\[MISSING +\] Safeguards for transfers/);
  });

  it('assess: a duty is accepted only when every finding behind it is accepted', () => {
    const partly = check(withGaps([{ rule: 'human-oversight-missing', path: 'humanOversight.canOverride', ...ENTRY }]), {
      referenceDate: '2026-12-01',
    });
    const review = assess(partly, '2026-12-01').obligations.find((o) => o.id === 'human-review')!;
    assert.equal(review.status, 'missing');
    assert.equal(review.accepted, undefined);
    assert.equal(
      check(withGaps(), { referenceDate: '2026-12-01' }).findings.some((f) => f.ruleId === 'human-oversight-missing'),
      true,
    );
    const whole = check(withGaps([{ rule: 'human-oversight-missing', ...ENTRY }]), { referenceDate: '2026-12-01' });
    const accepted = assess(whole, '2026-12-01');
    assert.equal(accepted.obligations.find((o) => o.id === 'human-review')!.accepted?.by, 'DPO, Eksempel Kommune');
    assert.equal(accepted.obligations.find((o) => o.id === 'human-review')!.status, 'accepted');
    const markdown = assessmentMarkdown(accepted, { lang: 'en', subject: 'x' });
    assert.match(
      markdown,
      /\| ⚠ accepted \| A caseworker is involved and can override the output.*<br>Accepted by DPO, Eksempel Kommune on 20 November 2026: /,
    );
    assert.match(markdown, /\d+ \/ \d+ \/ [1-9]\d* \/ \d+ \(met, missing, accepted, not yet applicable\)/);
  });

  it('register: the counts say how many findings are accepted (JSON, CSV), and --date judges the expiry', async () => {
    const file = manifestFile(acceptedManifest());
    const [record] = JSON.parse((await cli('register', '--format', 'json', '--date', '2026-12-01', path.dirname(file))).stdout).systems;
    assert.deepEqual(record.findings, { errors: 0, warnings: 0, information: 3, accepted: 3 });
    const [later] = JSON.parse((await cli('register', '--format', 'json', '--date', '2027-11-21', path.dirname(file))).stdout).systems;
    assert.deepEqual(
      later.findings,
      { errors: 0, warnings: 2, information: 2, accepted: 2 },
      'non-eu-hosting and acceptance-expired are warnings again',
    );
    const csv = (await cli('register', '--format', 'csv', '--date', '2026-12-01', path.dirname(file))).stdout;
    const [header, row] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const columns = header.split(',');
    assert.equal(row.split(',')[columns.indexOf('Accepted findings')], '3');
  });
});
