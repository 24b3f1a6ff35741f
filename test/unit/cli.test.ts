import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { RULE_IDS } from '../../src/core/rules/index';
import { runCli } from '../../src/cli/main';
import { formatSarif } from '../../src/cli/output';
import { resolveEdition } from '../../src/core/law/dutyDate';
import { highRiskManifest, minimalManifest, toYaml, writtenDocumentsOf } from './manifests';

const root = path.resolve(__dirname, '../../..');
const examples = path.join(root, 'examples');

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: () => '2026-11-24' });
  return { code, stdout, stderr };
}

function tempFolder(files: Record<string, string>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
  return folder;
}

describe('CLI', () => {
  it('check text: file:line:col severity rule-id message, then tiers and a summary; exit 1 on errors', async () => {
    const { code, stdout } = await cli('check', examples);
    assert.equal(code, 1);
    const findingLines = stdout.split('\n').filter((line) => /^\S+:\d+:\d+ (error|warning|information) [a-z-]+ /.test(line));
    assert.ok(findingLines.length >= 3, stdout);
    assert.ok(
      findingLines.every((line) => /match-profilering|sygedagpenge-visitation/.test(line)),
      'only the work-in-progress examples have findings',
    );
    assert.match(stdout, /match-profilering\/ai-system\.yaml: risk tier high/);
    assert.match(stdout, /journalnotat-assistent\/ai-system\.yaml: risk tier limited/);
    // match-profilering: the DPIA and the FRIA in progress during the pilot, 2 provider documents, 2 deployer
    // registrations; sygedagpenge-visitation: the FRIA in progress in production, 2 registrations.
    assert.match(stdout, /4 manifest\(s\) checked: 9 error\(s\), 1 warning\(s\)/);
    assert.match(
      stdout,
      /sygedagpenge-visitation\/ai-system\.yaml:\d+:\d+ error fria-missing 'fria\.status' is in-progress while 'system\.status' is production/,
    );
  });

  it('check: exit 0 when no finding is an error', async () => {
    const { code } = await cli('check', path.join(examples, 'borgerchatbot'), path.join(examples, 'journalnotat-assistent'));
    assert.equal(code, 0);
  });

  it('check json: the spec shape with 0-based ranges', async () => {
    const { code, stdout } = await cli('check', '--format', 'json', path.join(examples, 'match-profilering'));
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.files.length, 1);
    assert.equal(report.files[0].tier, 'high');
    assert.deepEqual(report.summary, { files: 1, errors: 6, warnings: 1, information: 0 });
    assert.equal(report.files[0].edition, 'amended', 'auto on 24 Nov 2026: the Digital Omnibus is in force');
    const mismatch = report.files[0].findings.find((f: any) => f.ruleId === 'tier-mismatch');
    const text = fs.readFileSync(path.join(examples, 'match-profilering', 'ai-system.yaml'), 'utf8').split('\n');
    assert.equal(text[mismatch.range.start.line].slice(mismatch.range.start.character, mismatch.range.end.character), 'limited');
  });

  it('check json: tier is null for a file that does not parse, and a syntax error exits 1', async () => {
    const folder = tempFolder({ 'ai-system.yaml': 'system: [unclosed\n' });
    const { code, stdout } = await cli('check', '--format=json', folder);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.files[0].tier, null);
    assert.equal(report.files[0].findings[0].ruleId, 'yaml-syntax');
  });

  it('check json: tier is null for a manifest that is not a mapping of fields (empty, comments only, a list)', async () => {
    const folder = tempFolder({ 'a.ai-system.yaml': '', 'b.ai-system.yaml': '# nothing yet\n', 'c.ai-system.yaml': '- a\n- b\n' });
    const { code, stdout } = await cli('check', '--format', 'json', folder);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(
      report.files.map((f: any) => f.tier),
      [null, null, null],
    );
    for (const file of report.files) assert.match(file.findings[0].message, /^The manifest .* must be a section of fields\.$/);
  });

  it('check sarif: valid SARIF 2.1.0 shape with one rule per rule id and help texts', async () => {
    const { stdout } = await cli('check', '--format', 'sarif', examples);
    const sarif = JSON.parse(stdout);
    assert.equal(sarif.version, '2.1.0');
    const rules = sarif.runs[0].tool.driver.rules;
    assert.deepEqual(rules.map((r: any) => r.id).sort(), [...RULE_IDS].sort());
    assert.ok(rules.every((r: any) => r.help.text && r.help.markdown && r.shortDescription.text));
    const results = sarif.runs[0].results;
    assert.equal(results.length, 10);
    for (const result of results) {
      assert.equal(rules[result.ruleIndex].id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      const region = result.locations[0].physicalLocation.region;
      assert.ok(region.startLine >= 1 && region.startColumn >= 1);
    }
    // The structural core of the SARIF 2.1.0 schema (required properties and enums) as a check we can run offline.
    const validate = new Ajv({ strict: false }).compile({
      type: 'object',
      required: ['version', 'runs'],
      properties: {
        version: { const: '2.1.0' },
        runs: {
          type: 'array',
          items: {
            type: 'object',
            required: ['tool'],
            properties: {
              tool: { type: 'object', required: ['driver'], properties: { driver: { type: 'object', required: ['name'] } } },
              results: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['message'],
                  properties: {
                    level: { enum: ['none', 'note', 'warning', 'error'] },
                    message: { type: 'object', required: ['text'] },
                  },
                },
              },
            },
          },
        },
      },
    });
    assert.ok(validate(sarif), JSON.stringify(validate.errors));
  });

  it('check --lang da prints Danish messages and summary', async () => {
    const { stdout } = await cli('check', '--lang', 'da', path.join(examples, 'match-profilering'));
    assert.match(stdout, /mangler/);
    assert.match(stdout, /risikoniveau højrisiko/);
    assert.match(stdout, /2\. december 2027/);
  });

  it('check finds *.ai-system.yml files in folders and skips node_modules', async () => {
    const folder = tempFolder({
      'a/chat.ai-system.yml': toYaml(minimalManifest()),
      'node_modules/x/ai-system.yaml': 'broken: [',
      'b/other.yaml': 'broken: [',
    });
    const { code, stdout } = await cli('check', '--format', 'json', folder);
    const report = JSON.parse(stdout);
    assert.equal(report.files.length, 1);
    assert.match(report.files[0].file, /chat\.ai-system\.yml$/);
    // Its documents do not exist beside it: the completed DPIA's document is an error, the oversight procedure a warning.
    assert.ok(report.files[0].findings.every((f: any) => f.ruleId === 'dpia-document-not-found'));
    assert.deepEqual(report.files[0].findings.map((f: any) => f.severity).sort(), ['error', 'warning']);
    assert.equal(code, 1);
  });

  it('check and register find a manifest that is a symbolic link, or inside a linked folder, under a named folder (no silent pass)', async () => {
    const target = tempFolder({ 'ai-system.yaml': 'broken: [', 'linked/x.ai-system.yaml': 'broken: [' });
    const folder = tempFolder({});
    fs.symlinkSync(path.join(target, 'ai-system.yaml'), path.join(folder, 'ai-system.yaml'));
    fs.symlinkSync(path.join(target, 'linked'), path.join(folder, 'linked'));
    // A folder linked to one of its ancestors is walked once, not forever.
    fs.symlinkSync(folder, path.join(folder, 'loop'));
    const { code, stdout } = await cli('check', '--format', 'json', folder);
    assert.deepEqual(
      JSON.parse(stdout).files.map((file: any) => path.relative(folder, file.file).split(path.sep).join('/')),
      ['ai-system.yaml', 'linked/x.ai-system.yaml'],
    );
    assert.equal(code, 1);
    const register = await cli('register', folder, '--date', '2026-12-06');
    assert.equal(JSON.parse(register.stdout).systems.length, 2);
    // A link named like a manifest that points nowhere is an unreadable path, not nothing to check.
    fs.symlinkSync(path.join(target, 'gone.yaml'), path.join(folder, 'b.ai-system.yaml'));
    const dangling = await cli('check', folder);
    assert.equal(dangling.code, 2);
    assert.match(dangling.stderr, /cannot read '.*b\.ai-system\.yaml'/);
  });

  it('a manifest named twice (by its folder and itself, in other spellings, or through a link) is checked and registered once', async () => {
    const folder = tempFolder({ 'a/ai-system.yaml': 'broken: [' });
    fs.symlinkSync(path.join(folder, 'a', 'ai-system.yaml'), path.join(folder, 'b.ai-system.yaml'));
    const named = [folder, `${folder}${path.sep}.${path.sep}a${path.sep}ai-system.yaml`, path.relative(process.cwd(), folder)];
    const { stdout } = await cli('check', '--format', 'json', ...named);
    const report = JSON.parse(stdout);
    assert.equal(report.files.length, 1);
    assert.equal(report.summary.errors, report.files[0].findings.length);
    const register = await cli('register', ...named, '--date', '2026-12-06');
    assert.equal(JSON.parse(register.stdout).systems.length, 1);
  });

  it('an empty folder: said on stderr in the chosen language (exit 0: no finding)', async () => {
    const folder = tempFolder({});
    const english = await cli('check', folder);
    assert.equal(english.code, 0);
    assert.match(english.stderr, /no manifests \(ai-system\.yaml, \*\.ai-system\.yaml\) found under /);
    const danish = await cli('register', folder, '--format', 'html');
    assert.match(danish.stderr, /ingen manifester \(ai-system\.yaml, \*\.ai-system\.yaml\) fundet i /);
  });

  it('check sarif: an artifact URI names the manifest also when its folder has # or ? in its name (a URI reference, not a fragment or query)', async () => {
    const folder = tempFolder({ 'C#/ai-system.yaml': 'broken: [', 'what?/x.ai-system.yaml': 'broken: [' });
    const relative = path.relative(process.cwd(), folder).split(path.sep).join('/');
    const sarif = JSON.parse((await cli('check', '--format', 'sarif', relative)).stdout);
    const uris: string[] = [
      ...new Set<string>(sarif.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri)),
    ];
    const root = `/repository/${'x/'.repeat(20)}`; // deep enough for the ../ of a relative path to the temporary folder
    assert.deepEqual(
      uris.map((uri) => {
        const url = new URL(uri, `file://${root}`);
        assert.equal(url.search + url.hash, '', uri);
        return decodeURIComponent(url.pathname);
      }),
      [`${relative}/C#/ai-system.yaml`, `${relative}/what?/x.ai-system.yaml`].map((file) => path.posix.join(root, file)),
    );
    // A Windows path with a drive letter is a file: URI (as 'C:/…' it would read as a URI of the scheme 'c').
    const finding = { ruleId: 'yaml-syntax', severity: 'error', message: { en: 'x', da: 'x' }, path: [] } as const;
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const windows = formatSarif(
      [
        {
          file: 'C:\\work\\C#\\ai-system.yaml',
          tier: null,
          findings: [{ ...finding, range }],
          edition: resolveEdition('auto', '2026-12-06'),
        },
      ],
      'en',
      '1.0.0',
    );
    assert.equal(
      JSON.parse(windows).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri,
      'file:///C:/work/C%23/ai-system.yaml',
    );
  });

  it('a missing path exits 2 with a clear message', async () => {
    const { code, stderr, stdout } = await cli('check', 'no/such/folder');
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /cannot read 'no\/such\/folder': no such file or folder/);
  });

  it('bad usage exits 2 with the usage text', async () => {
    for (const args of [
      [],
      ['lint'],
      ['check', '--format', 'xml'],
      ['check', '--lang', 'de'],
      ['assess'],
      ['assess', 'a', 'b'],
      ['assess', 'x', '--date', '2026-02-30'],
      ['check', '--bogus'],
    ]) {
      const { code, stderr } = await cli(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /Usage:/);
    }
  });

  it('assess text: tier, reasons and obligations on the given date', async () => {
    const { code, stdout } = await cli('assess', path.join(examples, 'match-profilering', 'ai-system.yaml'), '--date', '2028-01-01');
    assert.equal(code, 0);
    assert.match(stdout, /Risk tier: high/);
    assert.match(stdout, /\[MISSING\s*\] Conformity assessment — AI Act Art\. 43/);
    assert.match(stdout, /\[met\s*\] Risk management system/);
  });

  it('assess text in Danish cites articles as Danish law does and names the tier', async () => {
    const { stdout } = await cli(
      'assess',
      path.join(examples, 'match-profilering', 'ai-system.yaml'),
      '--lang',
      'da',
      '--date',
      '2028-01-01',
    );
    assert.match(stdout, /^Risikoniveau: højrisiko — Højrisiko-AI-system$/m);
    assert.match(stdout, /^Forpligtelser pr\. 1\. januar 2028:$/m, 'no edition in parentheses after the date: it has a line of its own');
    assert.match(stdout, /\[MANGLER\s*\] Overensstemmelsesvurdering — AI-forordningens art\. 43; fra 2\. december 2027/);
    assert.match(stdout, /art\. 26, stk\. 6/);
    assert.doesNotMatch(stdout, /\bArt\. \d/);
  });

  it('assess json: the spec shape; status relative to --date, default today', async () => {
    const file = path.join(examples, 'match-profilering', 'ai-system.yaml');
    const today = JSON.parse((await cli('assess', file, '--format', 'json')).stdout);
    assert.equal(today.tier, 'high');
    assert.equal(today.date, '2026-11-24');
    assert.equal(today.edition, 'amended');
    for (const reason of today.reasons) assert.deepEqual(Object.keys(reason).slice(0, 4), ['text', 'article', 'appliesFrom', 'certainty']);
    for (const obligation of today.obligations)
      assert.ok(['primary', 'secondary', 'uncertain'].includes(obligation.certainty), obligation.id);
    const conformity = today.obligations.find((o: any) => o.article === 'AI Act Art. 43');
    assert.equal(conformity.status, 'not-yet-applicable');
    assert.equal(conformity.appliesFrom, '2027-12-02');
    const later = JSON.parse((await cli('assess', file, '--format', 'json', '--date', '2027-12-02')).stdout);
    assert.equal(later.obligations.find((o: any) => o.article === 'AI Act Art. 43').status, 'missing');
    const adopted = JSON.parse((await cli('assess', file, '--format', 'json', '--edition', 'adopted')).stdout);
    assert.equal(adopted.obligations.find((o: any) => o.article === 'AI Act Art. 43').appliesFrom, '2026-08-02');
  });

  it('assess says where the DPIA or FRIA is in progress (text and JSON, both languages): the examples stay honest', async () => {
    const progress = async (example: string, lang: string) => {
      const file = path.join(examples, example, 'ai-system.yaml');
      const json = JSON.parse((await cli('assess', file, '--format', 'json', '--lang', lang)).stdout) as {
        obligations: { id: string; status: string; note?: string }[];
      };
      const text = (await cli('assess', file, '--lang', lang)).stdout;
      return { notes: Object.fromEntries(json.obligations.filter((o) => o.note).map((o) => [o.id, o.note])), text };
    };
    const match = await progress('match-profilering', 'en');
    assert.deepEqual(Object.keys(match.notes).sort(), ['deployer-dpia', 'dpia', 'fria']);
    assert.match(
      match.notes.dpia!,
      /^in progress \(dataProtection\.dpia\.status\), while the system is in use \(system\.status: pilot\): .*before the processing starts \(GDPR Art\. 35\(1\)\)$/,
    );
    assert.match(
      match.notes.fria!,
      /^in progress \(fria\.status\), while the system is in use \(system\.status: pilot\): .*before the system is first used \(AI Act Art\. 27\(1\)\)$/,
    );
    assert.match(
      match.text,
      /\[MISSING\s*\] Data protection impact assessment \(DPIA\) — .* — in progress \(dataProtection\.dpia\.status\), while the system is in use/,
    );
    assert.match(
      match.text,
      /\[not yet applicable\] Fundamental rights impact assessment \(FRIA\) before first use — .* — in progress \(fria\.status\)/,
    );
    const sick = await progress('sygedagpenge-visitation', 'en');
    assert.deepEqual(Object.keys(sick.notes), ['fria'], 'its DPIA is completed: no note');
    assert.match(sick.notes.fria!, /while the system is in use \(system\.status: production\)/);
    const danish = await progress('match-profilering', 'da');
    assert.match(
      danish.notes.fria!,
      /^i gang \(fria\.status\), mens systemet er i brug \(system\.status: pilotforløb\): .*art\. 27, stk\. 1/,
    );
    assert.match(danish.text, /— i gang \(dataProtection\.dpia\.status\), mens systemet er i brug/);
    for (const example of ['borgerchatbot', 'journalnotat-assistent'])
      assert.deepEqual((await progress(example, 'en')).notes, {}, `${example}: its DPIA is completed`);
  });

  it('assess --date 2026-07-01 names edition adopted (auto: the Digital Omnibus was not yet in force), --date 2026-07-27 amended', async () => {
    const file = path.join(examples, 'match-profilering', 'ai-system.yaml');
    const before = JSON.parse((await cli('assess', file, '--format', 'json', '--date', '2026-07-01')).stdout);
    assert.equal(before.edition, 'adopted');
    assert.equal(before.editionInForce, true);
    assert.equal(before.obligations.find((o: any) => o.id === 'conformity-assessment').appliesFrom, '2026-08-02');
    const after = JSON.parse((await cli('assess', file, '--format', 'json', '--date', '2026-07-27')).stdout);
    assert.equal(after.edition, 'amended');
    assert.equal(after.obligations.find((o: any) => o.id === 'conformity-assessment').appliesFrom, '2027-12-02');
    // A forced edition that was not the law on the date is labelled so.
    const forced = await cli('assess', file, '--date', '2026-07-01', '--edition', 'amended');
    assert.match(forced.stdout, /not the law in force on 1 July 2026, shown for comparison/);
    const forcedJson = JSON.parse((await cli('assess', file, '--format', 'json', '--date', '2026-07-01', '--edition', 'amended')).stdout);
    assert.equal(forcedJson.edition, 'amended');
    assert.equal(forcedJson.editionInForce, false);
  });

  it("check and register say so where the forced edition was not the law on the date (spec 'Editions of the law'), in every JSON and the Markdown", async () => {
    const folder = path.join(examples, 'match-profilering');
    const forced = ['--date', '2026-07-01', '--edition', 'amended'];
    const checkJson = JSON.parse((await cli('check', folder, '--format', 'json', ...forced)).stdout);
    assert.equal(checkJson.files[0].editionInForce, false);
    assert.equal(JSON.parse((await cli('check', folder, '--format', 'json', '--date', '2026-07-01')).stdout).files[0].editionInForce, true);
    const sarif = JSON.parse((await cli('check', folder, '--format', 'sarif', ...forced)).stdout);
    const dated = sarif.runs[0].results.filter((result: any) => result.properties);
    assert.ok(dated.length > 0);
    for (const result of dated) assert.equal(result.properties.editionInForce, false);
    const registerJson = JSON.parse((await cli('register', folder, ...forced)).stdout);
    assert.equal(registerJson.edition, 'amended');
    assert.equal(registerJson.editionInForce, false);
    assert.equal(JSON.parse((await cli('register', folder, '--date', '2026-07-01')).stdout).editionInForce, true);
    assert.equal(JSON.parse((await cli('register', folder, '--format', 'eu-database', ...forced)).stdout).editionInForce, false);
    const markdown = (await cli('register', folder, '--format', 'markdown', ...forced)).stdout;
    assert.match(markdown, /not the law in force on 1 July 2026, shown for comparison/);
    const danish = (await cli('register', folder, '--format', 'markdown', '--lang', 'da', ...forced)).stdout;
    assert.match(danish, /var ikke gældende ret den 1\. juli 2026, vist til sammenligning/);
    assert.doesNotMatch((await cli('register', folder, '--format', 'markdown', '--date', '2026-07-01')).stdout, /not the law in force/);
  });

  it('check --due-only on 1 Dec 2026: exit 0 for a high-risk system with only future gaps, 1 with a present gap', async () => {
    const future = highRiskManifest();
    delete (future.deployment as Record<string, unknown>).euDatabaseRegistration; // a duty from 2 Dec 2027
    const folder = tempFolder({ 'ai-system.yaml': toYaml(future), ...writtenDocumentsOf(future) });
    const plain = await cli('check', '--format', 'json', '--date', '2026-12-01', folder);
    assert.equal(plain.code, 1, 'without --due-only the future duty is an error');
    const due = await cli('check', '--format', 'json', '--date', '2026-12-01', '--due-only', folder);
    assert.equal(due.code, 0, due.stdout);
    const finding = JSON.parse(due.stdout).files[0].findings.find((f: any) => f.ruleId === 'deployer-obligation-missing');
    assert.equal(finding.severity, 'information');
    assert.equal(finding.appliesFrom, '2027-12-02');
    // On the day the duty applies, --due-only no longer lowers it.
    assert.equal((await cli('check', '--date', '2027-12-02', '--due-only', folder)).code, 1);

    const present = highRiskManifest();
    delete (present.dataProtection as Record<string, unknown>).security; // GDPR Art. 32: since 25 May 2018
    const presentFolder = tempFolder({ 'ai-system.yaml': toYaml(present), ...writtenDocumentsOf(present) });
    const presentRun = await cli('check', '--format', 'json', '--date', '2026-12-01', '--due-only', presentFolder);
    assert.equal(presentRun.code, 1, presentRun.stdout);
    const gdpr = JSON.parse(presentRun.stdout).files[0].findings.find((f: any) => f.ruleId === 'gdpr-field-missing');
    assert.equal(gdpr.severity, 'error');
    assert.equal(gdpr.appliesFrom, '2018-05-25');
    assert.equal(gdpr.certainty, 'primary');
  });

  it('check sarif: results carry appliesFrom, certainty and the edition in properties', async () => {
    const { stdout } = await cli('check', '--format', 'sarif', path.join(examples, 'sygedagpenge-visitation'));
    const results = JSON.parse(stdout).runs[0].results;
    assert.ok(results.length > 0);
    for (const result of results) {
      assert.equal(result.properties.appliesFrom, '2030-08-02', 'in service since 2025, not changed: Art. 111(2)');
      // Registration (Arts. 26(8), 49(3)) lies outside Chapter III Sections 1–3: its date is not settled in the sources.
      const registration = /26\(8\)/.test(result.message.text);
      assert.equal(result.properties.certainty, registration ? 'uncertain' : 'secondary', result.message.text);
      assert.equal(result.properties.edition, 'amended');
    }
  });

  it('check json: every finding of a rule with a date carries appliesFrom and certainty; the file names its edition', async () => {
    const { stdout } = await cli('check', '--format', 'json', '--date', '2026-07-01', path.join(examples, 'match-profilering'));
    const file = JSON.parse(stdout).files[0];
    assert.equal(file.edition, 'adopted');
    // Consistency findings and Forvaltningsloven's explanation-missing have no date (spec: "How values count").
    const undated = ['tier-mismatch', 'annex-iii-undeclared', 'profiling-undeclared', 'explanation-missing'];
    assert.ok(file.findings.some((finding: { ruleId: string }) => undated.includes(finding.ruleId)));
    for (const finding of file.findings) {
      if (undated.includes(finding.ruleId)) {
        assert.equal(finding.appliesFrom, undefined, finding.ruleId);
        continue;
      }
      assert.match(finding.appliesFrom, /^\d{4}-\d{2}-\d{2}$/, finding.ruleId);
      assert.ok(['primary', 'secondary', 'uncertain'].includes(finding.certainty), finding.ruleId);
    }
  });

  it('bad --edition and --due-only on assess are usage errors', async () => {
    assert.equal((await cli('check', '--edition', 'latest', examples)).code, 2);
    assert.equal((await cli('assess', path.join(examples, 'match-profilering', 'ai-system.yaml'), '--due-only')).code, 2);
  });

  it('assess of a missing file exits 2', async () => {
    const { code, stderr } = await cli('assess', 'nowhere/ai-system.yaml');
    assert.equal(code, 2);
    assert.match(stderr, /cannot read 'nowhere\/ai-system\.yaml': no such file/);
    // A folder is there, but assess takes one manifest: the message says so rather than "no such file".
    const folder = await cli('assess', examples);
    assert.equal(folder.code, 2);
    assert.match(
      folder.stderr,
      /cannot read '.*examples': a folder, not a manifest file \(assess takes one manifest; check takes folders\)/,
    );
  });

  it('usage errors and unreadable paths are said in the language asked for (the usage itself stays English)', async () => {
    const usage = await cli('check', '--lang', 'da', '--format', 'foo', examples);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /^ai-system-manifest: --format til check skal være text, json, sarif, gitlab, ikke 'foo'\n\nUsage:/);
    const unreadable = await cli('check', '--lang=da', 'nowhere');
    assert.equal(unreadable.code, 2);
    assert.equal(unreadable.stderr, "ai-system-manifest: kan ikke læse 'nowhere': filen eller mappen findes ikke\n");
    // The citizens' page is Danish unless --lang en, and so is what the CLI says about it.
    assert.match((await cli('register', 'nowhere', '--format', 'html')).stderr, /kan ikke læse 'nowhere'/);
    // Controls: English without --lang, and where --lang's own value is the error.
    assert.match((await cli('check', 'nowhere')).stderr, /cannot read 'nowhere': no such file or folder/);
    assert.match((await cli('check', '--lang', 'xx')).stderr, /--lang must be en or da, not 'xx'/);
  });

  it('assess of a file that is not UTF-8 gives tier null and exit 1', async () => {
    const folder = tempFolder({});
    fs.writeFileSync(path.join(folder, 'ai-system.yaml'), Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]));
    const { code, stdout, stderr } = await cli('assess', path.join(folder, 'ai-system.yaml'), '--format', 'json');
    assert.equal(code, 1);
    assert.equal(JSON.parse(stdout).tier, null);
    assert.match(stderr, /yaml-syntax/);
  });

  it('the bundled dist/cli.js runs as a program with the same exit codes', function () {
    const bundle = path.join(root, 'dist', 'cli.js');
    if (!fs.existsSync(bundle)) this.skip();
    const folder = tempFolder({ 'ai-system.yaml': toYaml(highRiskManifest()), ...writtenDocumentsOf(highRiskManifest()) });
    const bare = tempFolder({ 'ai-system.yaml': toYaml(highRiskManifest()) });
    const run = (...args: string[]) => spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8' });
    assert.equal(run('check', path.join(examples, 'borgerchatbot')).status, 0);
    assert.equal(run('check', folder).status, 0, 'no finding: every document is there and written');
    assert.equal(run('check', bare).status, 1, 'its documents are missing: the completed DPIA and FRIA link nothing');
    assert.equal(run('check', path.join(examples, 'match-profilering')).status, 1);
    const missing = run('check', path.join(folder, 'nope'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no such file or folder/);
  });

  it("the bundled dist/cli.js prints package.json's version: --version and SARIF's driver.version (esbuild.mjs defines it)", () => {
    const bundle = path.join(root, 'dist', 'cli.js');
    assert.ok(fs.existsSync(bundle), 'dist/cli.js is built (npm run build)');
    const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    assert.match(version, /^\d+\.\d+\.\d+/);
    const printed = spawnSync(process.execPath, [bundle, '--version'], { encoding: 'utf8' });
    assert.equal(printed.status, 0, printed.stderr);
    assert.equal(printed.stdout.trim(), version);
    const sarif = spawnSync(process.execPath, [bundle, 'check', path.join(examples, 'borgerchatbot'), '--format', 'sarif'], {
      encoding: 'utf8',
    });
    const driver = (JSON.parse(sarif.stdout) as { runs: { tool: { driver: { version: string; semanticVersion: string } } }[] }).runs[0].tool
      .driver;
    assert.equal(driver.version, version);
    assert.equal(driver.semanticVersion, version);
  });
});
