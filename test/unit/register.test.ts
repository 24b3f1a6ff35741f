// `ai-system-manifest register` in its five formats, over a folder mixing the examples, a manifest that does not
// parse, and high-risk provider and deployer systems (test/fixtures/register).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import * as CDX from '@cyclonedx/cyclonedx-library';
import { runCli } from '../../src/cli/main';
import { csvField } from '../../src/core/register/formats';
import { buildEntry } from '../../src/core/register/record';
import { checkManifestText } from '../../src/core/check';
import { highRiskManifest, toYaml } from './manifests';

const root = path.resolve(__dirname, '../../..');
const examples = path.join(root, 'examples');
const fixtures = path.join(root, 'test/fixtures/register');
const DATE = '2026-12-01';

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: () => DATE });
  return { code, stdout, stderr };
}

interface CheckFile {
  file: string;
  tier: string | null;
  findings: { severity: string }[];
}

interface RegisterJson {
  generated: string;
  edition: string;
  systems: {
    file: string;
    id: string | null;
    tier: string | null;
    role: string | null;
    findings: { errors: number; warnings: number; information: number };
    nextDuty: { text: string; article: string; appliesFrom: string } | null;
    missing: number | null;
    dpia: string | null;
    fria: string | null;
    providerRegistration: string | null;
    deployerRegistration: string | null;
  }[];
}

describe('register (CLI)', () => {
  let check: { files: CheckFile[] };
  let register: RegisterJson;

  before(async () => {
    check = JSON.parse((await cli('check', examples, fixtures, '--format', 'json')).stdout) as { files: CheckFile[] };
    const run = await cli('register', examples, fixtures, '--date', DATE);
    assert.equal(run.code, 0, run.stderr);
    register = JSON.parse(run.stdout) as RegisterJson;
  });

  it("json: one record per manifest check finds, tiers and finding counts equal to check's", () => {
    assert.equal(register.generated, DATE);
    assert.equal(register.systems.length, 7);
    assert.equal(register.systems.length, check.files.length);
    for (const [index, file] of check.files.entries()) {
      const record = register.systems[index];
      assert.equal(record.file, file.file);
      assert.equal(record.tier, file.tier, file.file);
      assert.equal(record.findings.errors, file.findings.filter((f) => f.severity === 'error').length, file.file);
      assert.equal(record.findings.warnings, file.findings.filter((f) => f.severity === 'warning').length, file.file);
    }
  });

  it('json: the broken manifest is listed with tier null, its error count, and nothing assessed', () => {
    const broken = register.systems.find((s) => s.file.endsWith('broken.ai-system.yaml'));
    assert.ok(broken);
    assert.equal(broken.tier, null);
    assert.equal(broken.id, null);
    assert.ok(broken.findings.errors >= 1);
    assert.equal(broken.nextDuty, null);
    assert.equal(broken.missing, null);
  });

  it("json: nextDuty is the earliest duty missing or not yet applicable, missing counts assess's missing duties", async () => {
    const match = register.systems.find((s) => s.id === 'match-profilering');
    assert.ok(match);
    const assessment = JSON.parse(
      (await cli('assess', path.join(examples, 'match-profilering/ai-system.yaml'), '--format', 'json', '--date', DATE)).stdout,
    ) as {
      obligations: { text: string; appliesFrom: string; status: string }[];
    };
    const open = assessment.obligations.filter((o) => o.status !== 'met').sort((a, b) => a.appliesFrom.localeCompare(b.appliesFrom));
    assert.ok(open.length > 0);
    assert.deepEqual(match.nextDuty && { text: match.nextDuty.text, appliesFrom: match.nextDuty.appliesFrom }, {
      text: open[0].text,
      appliesFrom: open[0].appliesFrom,
    });
    assert.equal(match.missing, assessment.obligations.filter((o) => o.status === 'missing').length);
    const deployer = register.systems.find((s) => s.id === 'visitation-idriftsaetter');
    assert.ok(deployer);
    assert.equal(deployer.role, 'deployer');
    assert.equal(deployer.tier, 'high');
    assert.equal(deployer.fria, 'completed');
    assert.equal(deployer.providerRegistration, 'https://ec.europa.eu/ai-database/EUDB-2026-000123');
    assert.equal(deployer.deployerRegistration, 'EUDB-2026-000456');
    const provider = register.systems.find((s) => s.id === 'ledighedsrisiko-udbyder');
    assert.equal(provider?.providerRegistration, 'EUDB-2026-000123');
    assert.equal(provider?.deployerRegistration, null);
  });

  for (const lang of ['en', 'da'] as const) {
    it(`csv (${lang}): BOM, header in the language, '${lang === 'da' ? ';' : ','}' as separator, read back by a CSV parser`, async () => {
      const run = await cli('register', examples, fixtures, '--format', 'csv', '--lang', lang, '--date', DATE);
      assert.equal(run.code, 0);
      assert.ok(run.stdout.startsWith('\uFEFF'), 'UTF-8 byte-order mark');
      assert.ok(run.stdout.includes('\r\n'), 'CRLF line ends (RFC 4180)');
      const rows = parseCsv(run.stdout, { bom: true, delimiter: lang === 'da' ? ';' : ',' });
      const [header, ...records] = rows;
      assert.equal(records.length, 7);
      assert.ok(
        records.every((row) => row.length === header.length),
        'every row has every column',
      );
      assert.equal(header[0], lang === 'da' ? 'Fil' : 'File');
      const tierColumn = header.indexOf(lang === 'da' ? 'Risikoniveau' : 'Risk tier');
      const nameColumn = header.indexOf(lang === 'da' ? 'Beskrivelse' : 'Description');
      assert.ok(tierColumn > 0 && nameColumn > 0);
      for (const [index, file] of check.files.entries()) {
        assert.equal(records[index][0], file.file);
        assert.equal(records[index][tierColumn], file.tier ?? '');
      }
      // Descriptions with commas, quotes and line breaks come back whole.
      const borger = register.systems.findIndex((s) => s.id === 'borgerchatbot');
      const description = (
        JSON.parse((await cli('register', examples, '--date', DATE)).stdout) as { systems: { id: string; description: string }[] }
      ).systems.find((s) => s.id === 'borgerchatbot')?.description;
      assert.equal(records[borger][nameColumn], description);
      assert.ok(lang !== 'da' || header.includes('Næste forpligtelse'), 'Danish headers');
    });
  }

  it('csv: quotes what needs quoting, and defuses spreadsheet formulas', () => {
    assert.equal(csvField('a;b', ';'), '"a;b"');
    assert.equal(csvField('a;b', ','), 'a;b');
    assert.equal(csvField('say "hi"', ','), '"say ""hi"""');
    assert.equal(csvField('two\nlines', ','), '"two\nlines"');
    assert.equal(csvField('=HYPERLINK("x")', ','), '"\'=HYPERLINK(""x"")"');
    assert.equal(csvField('-3', ','), '-3');
  });

  for (const lang of ['en', 'da'] as const) {
    it(`markdown (${lang}): a summary table with a row per system, and a section per system`, async () => {
      const run = await cli('register', examples, fixtures, '--format', 'markdown', '--lang', lang, '--date', DATE);
      assert.equal(run.code, 0);
      const text = run.stdout;
      assert.match(text, lang === 'da' ? /^# Register over AI-systemer/ : /^# Register of AI systems/);
      const header =
        lang === 'da'
          ? '| System | Risikoniveau | Status | Næste forpligtelse | Dato | Åbne fejl |'
          : '| System | Risk tier | Status | Next duty | Date | Open errors |';
      assert.ok(text.includes(header), text.slice(0, 800));
      const tableRows = text.split('\n').filter((line) => line.startsWith('| [')).length;
      assert.equal(tableRows, 7);
      assert.ok(text.includes(lang === 'da' ? '\n7 systemer.\n' : '\n7 systems.\n'), 'the count of systems, in the plural');
      assert.equal(text.split('\n').filter((line) => line.startsWith('### ')).length, 7);
      assert.ok(text.includes(lang === 'da' ? 'Højrisiko' : 'High risk'));
      assert.ok(text.includes(lang === 'da' ? 'ikke fastlagt' : 'not determined'), 'the broken manifest');
      if (lang === 'da') assert.ok(!/\b(Annex|point|Risk tier|Next duty)\b/.test(text), 'no English words in the Danish page');
      assert.ok(!text.includes('[] ('), 'an empty list reads "none", not "[] (none)"');
      assert.ok(text.includes(lang === 'da' ? ':** ingen' : ':** none'), 'an empty list of practices or Annex III areas');
    });
  }

  it("markdown: each summary row links its own system's section, also when two manifests share a system.id", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-register-'));
    for (const name of ['a', 'b']) {
      fs.mkdirSync(path.join(folder, name));
      const manifest = highRiskManifest();
      manifest.system.id = 'same-id';
      manifest.system.name = `System ${name}`;
      fs.writeFileSync(path.join(folder, name, 'ai-system.yaml'), toYaml(manifest));
    }
    const text = (await cli('register', folder, '--format', 'markdown', '--date', DATE)).stdout;
    const links = [...text.matchAll(/^\| \[System (a|b)\]\(#([^)]+)\)/gm)].map((m) => [m[1], m[2]]);
    const anchors = [...text.matchAll(/^### System (a|b) <a id="([^"]+)"><\/a>$/gm)].map((m) => [m[1], m[2]]);
    assert.equal(links.length, 2, text);
    assert.deepEqual(links, anchors);
    assert.notEqual(anchors[0][1], anchors[1][1]);
  });

  it('eu-database: Section C for the high-risk deployer, A for the provider, A and C for provider-and-deployer; missing points give exit 1', async () => {
    const run = await cli('register', examples, fixtures, '--format', 'eu-database', '--date', DATE);
    assert.equal(run.code, 1);
    const report = JSON.parse(run.stdout) as {
      registrations: {
        id: string;
        section: string;
        points: { point: number; status: string; value: string | null }[];
        missing: number[];
      }[];
      undetermined: { file: string }[];
    };
    const sections = report.registrations.map((r) => `${r.id}:${r.section}`).sort();
    assert.deepEqual(sections, [
      'ledighedsrisiko-udbyder:A',
      'match-profilering:A',
      'match-profilering:C',
      'sygedagpenge-visitation:C',
      'visitation-idriftsaetter:C',
    ]);
    const c = report.registrations.find((r) => r.id === 'visitation-idriftsaetter');
    assert.ok(c);
    assert.deepEqual(
      c.points.map((p) => p.point),
      [1, 2, 3, 4, 5],
    );
    assert.equal(c.points[2].status, 'filled');
    assert.equal(c.points[2].value, 'https://ec.europa.eu/ai-database/EUDB-2026-000123');
    assert.equal(c.points[3].status, 'filled', 'fria.summary');
    assert.equal(c.points[4].status, 'filled', 'dataProtection.dpia.summary');
    assert.deepEqual(c.missing, [1, 2], 'the fixture gives no address and no submitter');
    const matchC = report.registrations.find((r) => r.id === 'match-profilering' && r.section === 'C');
    assert.deepEqual(matchC?.missing, [1, 2, 3, 4, 5], 'no provider entry, no FRIA or DPIA summary');
    const a = report.registrations.find((r) => r.id === 'ledighedsrisiko-udbyder');
    assert.equal(a?.points.length, 13);
    assert.deepEqual(a?.missing, [1, 2, 6, 10, 11], 'no address, submitter, operating logic, Member States or declaration of conformity');
    assert.equal(report.undetermined.length, 1, 'the broken manifest: whether it registers cannot be told');
  });

  it('eu-database: Section B for a provider kept out of the high tier by a derogation; exit 0 when nothing needs registering', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-register-'));
    const provider = fs
      .readFileSync(path.join(fixtures, 'ledighedsrisiko-udbyder/ai-system.yaml'), 'utf8')
      .replace(
        '  profiling: true\n',
        '  profiling: false\n  derogation:\n    condition: preparatory-task\n    justification: Forbereder kun sagsbehandlerens vurdering.\n',
      )
      .replace('tasks: [profiling, recommendation]', 'tasks: [recommendation]');
    fs.writeFileSync(path.join(folder, 'ai-system.yaml'), provider);
    const run = await cli('register', folder, '--format', 'eu-database', '--date', DATE, '--lang', 'da');
    const report = JSON.parse(run.stdout) as {
      registrations: { section: string; article: string; points: { point: number; status: string }[]; missing: number[] }[];
    };
    assert.deepEqual(
      report.registrations.map((r) => r.section),
      ['B'],
    );
    assert.equal(report.registrations[0].article, 'AI-forordningens art. 49, stk. 2');
    assert.equal(report.registrations[0].points.find((p) => p.point === 6)?.status, 'filled');
    assert.equal(report.registrations[0].points.find((p) => p.point === 7)?.status, 'filled');
    assert.equal(run.code, 1, 'address, submitter and Member States are missing');
    assert.deepEqual(report.registrations[0].missing, [1, 2, 9]);
    const none = await cli('register', path.join(examples, 'borgerchatbot'), '--format', 'eu-database', '--date', DATE);
    assert.equal(none.code, 0);
    assert.deepEqual((JSON.parse(none.stdout) as { registrations: unknown[] }).registrations, []);
  });

  it('cyclonedx: a CycloneDX 1.6 BOM valid against the official schema (@cyclonedx/cyclonedx-library), with the AI Act facts', async function () {
    this.timeout(60000);
    const run = await cli('register', examples, fixtures, '--format', 'cyclonedx', '--date', DATE);
    assert.equal(run.code, 0);
    const validator = new CDX.Validation.JsonStrictValidator(CDX.Spec.Version.v1dot6);
    const errors = await validator.validate(run.stdout);
    assert.equal(errors, null, JSON.stringify(errors, null, 2));
    const bom = JSON.parse(run.stdout) as {
      specVersion: string;
      components: { type: string; name: string; properties: { name: string; value: string }[] }[];
    };
    assert.equal(bom.specVersion, '1.6');
    const applications = bom.components.filter((c) => c.type === 'application');
    assert.equal(applications.length, 7);
    assert.ok(bom.components.some((c) => c.type === 'machine-learning-model'));
    for (const [index, file] of check.files.entries()) {
      const tier = applications[index].properties.find((p) => p.name === 'ai-system-manifest:tier')?.value;
      assert.equal(tier, file.tier ?? 'not-determined');
    }
    // The validator is not a rubber stamp: a wrong component type fails it.
    const broken = run.stdout.replace('"type": "machine-learning-model"', '"type": "ai-model"');
    assert.notEqual(await validator.validate(broken), null);
  });

  describe('placeholders are no values, in every format', () => {
    const PLACEHOLDER = /\b(TODO|TBD|FIXME|XXX)\b|…|\.\.\./;
    const manifest = highRiskManifest();
    manifest.system.role = 'deployer';
    delete manifest.documentation;
    manifest.system.description = 'TODO: beskrivelse';
    manifest.system.owner.unit = 'TBD';
    manifest.system.owner.address = 'XXX';
    manifest.system.owner.submittedBy = 'TODO: hvem indsender';
    manifest.system.status = 'FIXME';
    manifest.system.version = 'TODO';
    manifest.system.inServiceSince = 'TBD';
    manifest.system.memberStates = ['TODO'];
    manifest.legalBasis.provision = '…';
    manifest.dataProtection.dpia.summary = 'TODO: resumé';
    manifest.fria.summary = '...';
    manifest.deployment.providerRegistration = 'XXX';
    manifest.deployment.euDatabaseRegistration = 'TODO: vores registrering';
    manifest.model = { name: 'TODO', provider: 'TBD', hosting: 'eu', generalPurpose: false };
    let folder: string;

    before(() => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-register-'));
      fs.writeFileSync(path.join(folder, 'ai-system.yaml'), toYaml(manifest));
    });

    it('json: every field a placeholder holds is null; the tier is still computed', async () => {
      const run = await cli('register', folder, '--date', DATE);
      const [record] = (JSON.parse(run.stdout) as { systems: Record<string, unknown>[] }).systems;
      assert.equal(record.tier, 'high');
      for (const key of [
        'description',
        'unit',
        'status',
        'inServiceSince',
        'legalProvision',
        'providerRegistration',
        'deployerRegistration',
      ])
        assert.equal(record[key], null, key);
      assert.deepEqual(record.model, { name: null, provider: null, hosting: 'eu', generalPurpose: false });
      assert.doesNotMatch(run.stdout, PLACEHOLDER);
    });

    for (const format of ['csv', 'markdown', 'eu-database', 'cyclonedx', 'html']) {
      for (const lang of ['en', 'da']) {
        it(`${format} (${lang}): no placeholder is shown as a value`, async () => {
          const extra = format === 'html' ? ['--include-unready'] : [];
          const run = await cli('register', folder, '--format', format, '--lang', lang, '--date', DATE, ...extra);
          assert.equal(run.code, format === 'eu-database' ? 1 : 0, run.stderr);
          if (format === 'html') assert.match(run.stdout, /Testsystem/, 'the system is on the page');
          assert.doesNotMatch(run.stdout, PLACEHOLDER);
        });
      }
    }

    it('eu-database: the points placeholders stand for are missing', async () => {
      const run = await cli('register', folder, '--format', 'eu-database', '--date', DATE);
      const report = JSON.parse(run.stdout) as { registrations: { section: string; missing: number[] }[] };
      assert.deepEqual(
        report.registrations.map((r) => [r.section, r.missing]),
        [['C', [1, 2, 3, 4, 5]]],
      );
    });

    it("the AI systems view's items (the register entry) read the check's data: no placeholder", () => {
      const result = checkManifestText(toYaml(manifest), { referenceDate: DATE });
      const entry = buildEntry({ file: 'ai-system.yaml', result, findings: result.findings, date: DATE, edition: 'amended' });
      assert.equal(entry.record.status, null);
      assert.equal(entry.record.description, null);
      assert.equal(entry.record.unit, null);
      assert.doesNotMatch(JSON.stringify(entry.record), PLACEHOLDER);
      assert.doesNotMatch(JSON.stringify(entry.data), PLACEHOLDER);
    });
  });

  it('--output writes the file and says where; usage errors and unreadable paths exit 2', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-register-'));
    const out = path.join(folder, 'register.csv');
    const run = await cli('register', examples, '--format', 'csv', '--output', out, '--date', DATE);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /wrote 4 record\(s\) to .*register\.csv/);
    assert.ok(fs.readFileSync(out, 'utf8').startsWith('\uFEFF'));
    assert.equal((await cli('register', examples, '--format', 'xml')).code, 2);
    assert.equal((await cli('register', path.join(folder, 'nowhere'))).code, 2);
    assert.equal((await cli('check', examples, '--output', out)).code, 2);
  });
});
