// `register --format eu-database` point by point (spec: "The register"; AI Act Art. 49, Annex VIII): which systems
// get Sections A, B and C, what fills each point, and that a placeholder, an assessment not carried out or a
// document that is not written never fills one. Each case is a manifest in a folder of its own, with its documents
// written out, run through the CLI as a user would.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';
import { highRiskManifest, toYaml } from './manifests';

const DATE = '2026-12-05';

interface Point {
  point: number;
  text: string;
  status: string;
  value: string | null;
  note: string | null;
}

interface Registration {
  id: string | null;
  section: 'A' | 'B' | 'C';
  article: string;
  title: string;
  points: Point[];
  missing: number[];
}

interface Report {
  registrations: Registration[];
  undetermined: { file: string }[];
}

/** A document in the organisation's own words: no template line, no placeholder, well over 40 words. */
function writtenDocument(title: string): string {
  return [
    `# ${title}`,
    '',
    'Analysen er gennemført af jobcentrets projektgruppe sammen med kommunens databeskyttelsesrådgiver og en',
    'repræsentant for MED-udvalget. Vi har gennemgået, hvilke borgere systemet vedrører, hvilke oplysninger det',
    'bruger, og hvordan sagsbehandleren kan se bort fra forslaget. Risikoen for skævhed over for borgere med',
    'handicap afbødes ved en kvartalsvis test på pseudonymiserede data, og ved at sagsbehandleren altid foretager',
    'en konkret, individuel vurdering. Resultaterne er godkendt af direktionen og forelagt kommunens jurister.',
    '',
  ].join('\n');
}

/** The documents a high-risk provider-and-deployer links (see `highRiskManifest`). */
const DOCUMENTS = [
  'human-oversight.md',
  'dpia.md',
  'fria.md',
  'monitoring.md',
  'technical-documentation.md',
  'risk-management.md',
  'data-governance.md',
  'accuracy.md',
  'qms.md',
  'instructions.md',
  'conformity.md',
  'post-market.md',
  'declaration-of-conformity.md',
];

type Manifest = Record<string, any>;

/** A high-risk deployer (Annex III point 5(a)) whose Section C record is complete. */
function completeDeployer(): Manifest {
  const manifest = highRiskManifest();
  manifest.system.role = 'deployer';
  manifest.system.owner.address = 'Rådhuspladsen 1, 1234 Eksempelby';
  manifest.system.owner.submittedBy = 'Jens Hansen, AI-koordinator, Rådhuspladsen 1, 1234 Eksempelby, jh@eksempel.dk';
  manifest.system.memberStates = ['DK'];
  manifest.dataProtection.dpia.summary = 'Høj risiko ved profilering; afbødet ved dataminimering og menneskelig prøvelse.';
  manifest.fria = {
    status: 'completed',
    document: 'docs/fria.md',
    date: '2026-03-01',
    summary: 'Risiko for skævhed over for borgere med handicap; afbødet ved kvartalsvis test og konkret vurdering.',
  };
  manifest.deployment.providerRegistration = 'https://ec.europa.eu/ai-database/EUDB-2026-000123';
  delete manifest.documentation;
  return manifest;
}

/** A high-risk provider whose Section A record is complete. */
function completeProvider(): Manifest {
  const manifest = completeDeployer();
  manifest.system.role = 'provider';
  delete manifest.deployment;
  delete manifest.fria;
  manifest.documentation = {
    ...highRiskManifest().documentation,
    declarationOfConformity: 'docs/declaration-of-conformity.md',
    operatingLogic:
      'Bruger 14 kodede variable fra sagen (varighed, tidligere forløb, alder); en gradient boosting-model giver en score og op til tre forslag med de vigtigste faktorer.',
  };
  return manifest;
}

/** Documents other than written ones, by file name under docs/. */
let extraDocuments: Record<string, string> = {};

async function register(manifest: Manifest | string, ...args: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-eudb-'));
  fs.mkdirSync(path.join(folder, 'docs'));
  for (const name of DOCUMENTS) fs.writeFileSync(path.join(folder, 'docs', name), writtenDocument(name));
  for (const [name, text] of Object.entries(extraDocuments)) fs.writeFileSync(path.join(folder, 'docs', name), text);
  fs.writeFileSync(path.join(folder, 'ai-system.yaml'), typeof manifest === 'string' ? manifest : toYaml(manifest));
  let stdout = '';
  let stderr = '';
  const code = await runCli(['register', folder, '--format', 'eu-database', '--date', DATE, ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    today: () => DATE,
  });
  return { code, report: JSON.parse(stdout) as Report, stderr };
}

function section(report: Report, id: 'A' | 'B' | 'C'): Registration {
  const found = report.registrations.find((registration) => registration.section === id);
  assert.ok(found, `Section ${id} in ${report.registrations.map((r) => r.section).join(', ')}`);
  return found;
}

function point(registration: Registration, number: number): Point {
  const found = registration.points.find((p) => p.point === number);
  assert.ok(found, `point ${number}`);
  return found;
}

describe('register --format eu-database: Annex VIII point by point', () => {
  describe('Section C (deployer, Art. 49(3))', () => {
    it('a complete record: every point filled from the manifest, nothing missing, exit 0', async () => {
      const { code, report } = await register(completeDeployer());
      assert.deepEqual(
        report.registrations.map((r) => r.section),
        ['C'],
      );
      const c = section(report, 'C');
      assert.deepEqual(c.missing, []);
      assert.equal(code, 0);
      assert.deepEqual(
        c.points.map((p) => [p.point, p.status]),
        [
          [1, 'filled'],
          [2, 'filled'],
          [3, 'filled'],
          [4, 'filled'],
          [5, 'filled'],
        ],
      );
      assert.equal(point(c, 1).value, 'Eksempel Kommune, Jobcenter Eksempel, Rådhuspladsen 1, 1234 Eksempelby, ai@eksempel.dk');
      assert.match(point(c, 2).value ?? '', /^Jens Hansen, AI-koordinator/);
      assert.equal(point(c, 3).value, 'https://ec.europa.eu/ai-database/EUDB-2026-000123');
      assert.match(point(c, 4).value ?? '', /^Risiko for skævhed/);
      assert.match(point(c, 5).value ?? '', /^Høj risiko ved profilering/);
    });

    it('point 1 needs the organisation, its address and its contact; point 2 the person who submits', async () => {
      const manifest = completeDeployer();
      delete manifest.system.owner.address;
      delete manifest.system.owner.submittedBy;
      const { code, report } = await register(manifest);
      const c = section(report, 'C');
      assert.deepEqual(c.missing, [1, 2]);
      assert.equal(code, 1);
      assert.equal(point(c, 1).value, 'Eksempel Kommune, Jobcenter Eksempel, ai@eksempel.dk', 'what is known is shown');
      assert.equal(point(c, 1).note, 'system.owner.address is missing');
      assert.equal(point(c, 2).note, 'system.owner.submittedBy is missing');
    });

    it('placeholders fill nothing: C.3 "XXX", C.5 "TODO: resumé", an address "TBD" are missing, and never shown', async () => {
      const manifest = completeDeployer();
      manifest.system.owner.address = 'TBD';
      manifest.deployment.providerRegistration = 'XXX';
      manifest.dataProtection.dpia.summary = 'TODO: resumé';
      const { code, report } = await register(manifest);
      const c = section(report, 'C');
      assert.deepEqual(c.missing, [1, 3, 5]);
      assert.equal(code, 1);
      assert.equal(point(c, 3).value, null);
      assert.equal(point(c, 3).note, 'deployment.providerRegistration is a placeholder');
      assert.equal(point(c, 5).value, null);
      assert.equal(point(c, 5).note, 'dataProtection.dpia.summary is a placeholder');
      assert.equal(point(c, 1).note, 'system.owner.address is a placeholder');
      const text = JSON.stringify(report);
      for (const placeholder of ['XXX', 'TODO', 'TBD']) assert.ok(!text.includes(placeholder), `"${placeholder}" is not in the export`);
    });

    it('C.4 and C.5 only from an assessment carried out: an FRIA in progress, or one without its document, fills nothing', async () => {
      const inProgress = completeDeployer();
      inProgress.fria.status = 'in-progress';
      const first = await register(inProgress);
      let report = first.report;
      let c = section(report, 'C');
      assert.deepEqual(c.missing, [4]);
      assert.equal(first.code, 1);
      assert.equal(point(c, 4).value, null, 'the summary of an FRIA in progress is not its findings');
      assert.match(point(c, 4).note ?? '', /fria\.status is in-progress, not completed/);

      const withoutDocument = completeDeployer();
      delete withoutDocument.fria.document;
      ({ report } = await register(withoutDocument));
      c = section(report, 'C');
      assert.deepEqual(c.missing, [4]);
      assert.equal(point(c, 4).note, 'fria.document is missing');

      // A completed FRIA whose document is not written (a stub, a few words) or not there has no findings either.
      extraDocuments = {
        'fria-stub.md': `<!-- ai-system-manifest:template fria -->\n${writtenDocument('FRIA')}`,
        'fria-short.md': '# FRIA\n\nGennemført og godkendt.\n',
      };
      try {
        for (const [document, note] of [
          ['docs/fria-stub.md', 'fria.document: the document is not written'],
          ['docs/fria-short.md', 'fria.document: the document is not written'],
          ['docs/no-such-fria.md', 'fria.document: no such document, or not a path or URL'],
          ['Gennemført i marts', 'fria.document: no such document, or not a path or URL'],
        ]) {
          const unwritten = completeDeployer();
          unwritten.fria.document = document;
          ({ report } = await register(unwritten));
          c = section(report, 'C');
          assert.deepEqual(c.missing, [4], document);
          assert.equal(point(c, 4).value, null, document);
          assert.equal(point(c, 4).note, note, document);
        }
      } finally {
        extraDocuments = {};
      }

      const dpiaInProgress = completeDeployer();
      dpiaInProgress.dataProtection.dpia.status = 'in-progress';
      ({ report } = await register(dpiaInProgress));
      assert.deepEqual(section(report, 'C').missing, [5]);

      const noSummary = completeDeployer();
      delete noSummary.fria.summary;
      ({ report } = await register(noSummary));
      assert.equal(point(section(report, 'C'), 4).note, 'fria.summary is missing');
    });

    it('C.5 is not applicable without personal data', async () => {
      const manifest = completeDeployer();
      manifest.dataProtection = { personalData: false };
      delete manifest.transparency;
      const { code, report } = await register(manifest);
      const c = section(report, 'C');
      assert.equal(point(c, 5).status, 'not-applicable');
      assert.deepEqual(c.missing, []);
      assert.equal(code, 0);
    });

    it('a provider-and-deployer: C.3 is its own entry as provider (documentation.euDatabaseRegistration), and it gets A and C', async () => {
      const manifest = completeProvider();
      manifest.system.role = 'provider-and-deployer';
      manifest.deployment = { ...completeDeployer().deployment };
      delete manifest.deployment.providerRegistration;
      manifest.fria = completeDeployer().fria;
      const { code, report } = await register(manifest);
      assert.deepEqual(
        report.registrations.map((r) => r.section),
        ['A', 'C'],
      );
      const c = section(report, 'C');
      assert.equal(point(c, 3).status, 'filled');
      assert.equal(point(c, 3).value, 'EU-DB-123');
      assert.deepEqual(c.missing, []);
      assert.deepEqual(section(report, 'A').missing, []);
      assert.equal(code, 0);
      delete manifest.documentation.euDatabaseRegistration;
      const without = await register(manifest);
      assert.equal(point(section(without.report, 'C'), 3).note, 'documentation.euDatabaseRegistration is missing');
    });

    it('a deployer of critical infrastructure (Annex III point 2) registers nothing; emotion recognition (point 1(c)) does', async () => {
      const infrastructure = completeDeployer();
      infrastructure.riskClassification.annexIII = ['critical-infrastructure'];
      const none = await register(infrastructure);
      assert.deepEqual(none.report.registrations, []);
      assert.equal(none.code, 0);
      const emotion = completeDeployer();
      emotion.riskClassification = { practices: ['emotion-recognition'], annexIII: [], profiling: false };
      emotion.purpose = { category: 'case-support', tasks: ['other'], affectedPersons: ['citizens'] };
      emotion.transparency.exposureNotice = 'Borgeren får det at vide, før samtalen begynder.';
      const registered = await register(emotion);
      assert.deepEqual(
        registered.report.registrations.map((r) => r.section),
        ['C'],
      );
    });
  });

  describe('Section A (provider, Art. 49(1))', () => {
    it('a complete record: exit 0, with A.3 and A.13 where applicable, never missing', async () => {
      const { code, report } = await register(completeProvider());
      const a = section(report, 'A');
      assert.equal(a.points.length, 13);
      assert.deepEqual(a.missing, []);
      assert.equal(code, 0);
      const statuses = Object.fromEntries(a.points.map((p) => [p.point, p.status]));
      assert.deepEqual(statuses, {
        1: 'filled',
        2: 'filled',
        3: 'where-applicable',
        4: 'filled',
        5: 'filled',
        6: 'filled',
        7: 'filled',
        8: 'not-applicable',
        9: 'not-applicable',
        10: 'filled',
        11: 'reference',
        12: 'reference',
        13: 'filled',
      });
      assert.equal(point(a, 10).value, 'DK');
      assert.equal(point(a, 11).value, 'docs/declaration-of-conformity.md');
      assert.equal(point(a, 13).value, 'https://eksempel.dk/privatliv#ai');
      const noUrl = completeProvider();
      noUrl.transparency.citizenNotice = 'docs/human-oversight.md';
      const other = await register(noUrl);
      assert.equal(point(section(other.report, 'A'), 13).status, 'where-applicable');
      assert.deepEqual(section(other.report, 'A').missing, []);
    });

    it('A.6 is the description of data, inputs and operating logic: never a file path, never the technical documentation', async () => {
      const manifest = completeProvider();
      delete manifest.documentation.operatingLogic;
      let { report } = await register(manifest);
      let a = section(report, 'A');
      assert.equal(point(a, 6).status, 'missing');
      assert.equal(point(a, 6).value, null, 'documentation.technical is not read');
      assert.equal(point(a, 6).note, 'documentation.operatingLogic is missing');
      manifest.documentation.operatingLogic = 'docs/technical-documentation.md';
      ({ report } = await register(manifest));
      a = section(report, 'A');
      assert.equal(point(a, 6).status, 'missing');
      assert.match(point(a, 6).note ?? '', /is a path or URL/);
    });

    it('A.11 is the EU declaration of conformity (Art. 47), never the conformity assessment (Art. 43)', async () => {
      const manifest = completeProvider();
      delete manifest.documentation.declarationOfConformity;
      assert.ok(manifest.documentation.conformityAssessment);
      const { code, report } = await register(manifest);
      const a = section(report, 'A');
      assert.deepEqual(a.missing, [11]);
      assert.equal(point(a, 11).value, null);
      assert.equal(point(a, 11).note, 'documentation.declarationOfConformity is missing');
      assert.equal(code, 1);
    });

    it('an Annex III point 1 provider: A.8 and A.9 (notified body, certificate) apply and come from documentation.certificate; A.12 still applies', async () => {
      for (const classification of [
        { practices: [], annexIII: ['biometrics'], profiling: false },
        { practices: ['emotion-recognition'], annexIII: [], profiling: false },
        { practices: ['biometric-categorisation'], annexIII: ['essential-public-services'], profiling: false },
      ]) {
        const manifest = completeProvider();
        manifest.riskClassification = classification;
        manifest.transparency.exposureNotice = 'Borgeren får det at vide, før systemet bruges.';
        let { code, report } = await register(manifest);
        let a = section(report, 'A');
        assert.deepEqual(a.missing, [8, 9], JSON.stringify(classification));
        assert.match(point(a, 8).note ?? '', /Art\. 43\(1\)/);
        assert.equal(point(a, 12).status, 'reference', 'instructions for use: a municipality always gives them');
        assert.equal(code, 1);
        manifest.documentation.certificate =
          'Eksempel Certificering A/S, bemyndiget organ 0000; attest EX-001; scannet kopi i docs/attest.pdf';
        ({ code, report } = await register(manifest));
        a = section(report, 'A');
        assert.deepEqual(a.missing, []);
        assert.equal(point(a, 8).status, 'filled');
        assert.match(point(a, 9).value ?? '', /EX-001/);
        assert.equal(code, 0);
      }
    });

    it('A.10 needs the Member States; an empty list names none', async () => {
      const manifest = completeProvider();
      manifest.system.memberStates = [];
      let { report } = await register(manifest);
      assert.deepEqual(section(report, 'A').missing, [10]);
      assert.equal(point(section(report, 'A'), 10).note, 'system.memberStates names no Member State');
      manifest.system.memberStates = ['DK', 'SE'];
      ({ report } = await register(manifest));
      assert.equal(point(section(report, 'A'), 10).value, 'DK, SE');
    });

    it('a provider of a critical-infrastructure system only (Annex III point 2: national registration, Art. 49(5)) has no Section A', async () => {
      const manifest = completeProvider();
      manifest.riskClassification = { practices: [], annexIII: ['critical-infrastructure'], profiling: false };
      const { code, report } = await register(manifest);
      assert.deepEqual(report.registrations, []);
      assert.equal(code, 0);
    });

    it('a provider of an Annex I product only is not registered there', async () => {
      const manifest = completeProvider();
      manifest.riskClassification = { practices: [], annexIII: [], annexI: true, profiling: false };
      manifest.purpose = { category: 'case-support', tasks: ['other'], affectedPersons: ['citizens'] };
      const { code, report } = await register(manifest);
      assert.deepEqual(report.registrations, []);
      assert.equal(code, 0);
    });
  });

  describe('Section B (provider relying on Art. 6(3), Art. 49(2))', () => {
    it('points 2 and 9 from submittedBy and memberStates; complete, exit 0', async () => {
      const manifest = completeProvider();
      manifest.purpose = { category: 'case-support', tasks: ['data-structuring'], affectedPersons: ['citizens'] };
      manifest.riskClassification = {
        practices: [],
        annexIII: ['essential-public-services'],
        profiling: false,
        derogation: { condition: 'preparatory-task', justification: 'Forbereder kun sagsbehandlerens egen vurdering af sagen.' },
      };
      const { code, report } = await register(manifest);
      const b = section(report, 'B');
      assert.equal(report.registrations.length, 1);
      assert.deepEqual(b.missing, []);
      assert.equal(code, 0);
      assert.match(point(b, 2).value ?? '', /^Jens Hansen/);
      assert.equal(point(b, 3).status, 'where-applicable');
      assert.equal(point(b, 9).value, 'DK');
      delete manifest.system.memberStates;
      delete manifest.system.owner.submittedBy;
      const without = await register(manifest);
      assert.deepEqual(section(without.report, 'B').missing, [2, 9]);
      assert.equal(without.code, 1);
    });
  });

  it('in Danish: titles, notes and the article in Danish, no English words', async () => {
    const manifest = completeDeployer();
    manifest.deployment.providerRegistration = 'XXX';
    manifest.fria.status = 'in-progress';
    delete manifest.system.owner.address;
    const { report } = await register(manifest, '--lang', 'da');
    const c = section(report, 'C');
    assert.equal(c.article, 'AI-forordningens art. 49, stk. 3');
    assert.equal(point(c, 1).note, 'system.owner.address mangler');
    assert.equal(point(c, 3).note, 'deployment.providerRegistration er en pladsholder');
    assert.match(point(c, 4).note ?? '', /^punktet beder om resuméet af en gennemført analyse; fria\.status er i gang, ikke gennemført$/);
    const provider = completeProvider();
    provider.riskClassification.annexIII = ['biometrics'];
    provider.transparency.exposureNotice = 'Borgeren får det at vide.';
    const a = section((await register(provider, '--lang', 'da')).report, 'A');
    const texts = [c, a].flatMap((r) => [r.title, ...r.points.flatMap((p) => [p.text, p.note ?? ''])]).join(' ');
    // Field names and enum values are code; the words around them are Danish.
    const prose = texts.replace(/[\w.]+\.[\w.]+|in-progress/g, '');
    assert.doesNotMatch(prose, /\b(Annex|point|missing|is|the|not|applicable|notified|body|where)\b/);
  });
});

describe('register --format eu-database: what "complete" looks like (test/fixtures/eu-database/section-c-complete)', () => {
  const fixture = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'eu-database', 'section-c-complete');
  const run = async (...args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: () => DATE });
    return { code, stdout, stderr };
  };

  it('every Section C point filled from the fixture, nothing missing, exit 0 (in English and Danish); check finds nothing', async () => {
    for (const lang of ['en', 'da']) {
      const { code, stdout } = await run('register', fixture, '--format', 'eu-database', '--lang', lang);
      const report = JSON.parse(stdout) as Report;
      assert.deepEqual(report.undetermined, []);
      assert.deepEqual(
        report.registrations.map((r) => r.section),
        ['C'],
      );
      const c = section(report, 'C');
      assert.deepEqual(
        c.points.map((p) => [p.point, p.status]),
        [
          [1, 'filled'],
          [2, 'filled'],
          [3, 'filled'],
          [4, 'filled'],
          [5, 'filled'],
        ],
      );
      for (const p of c.points) {
        assert.ok(p.value && p.value.trim().length > 0, `C.${p.point} has a value`);
        assert.equal(p.note, null, `C.${p.point} needs no note`);
      }
      assert.match(point(c, 1).value ?? '', /Rådhuspladsen 1/);
      assert.match(point(c, 3).value ?? '', /^https:\/\/ec\.europa\.eu\/ai-database\//);
      assert.deepEqual(c.missing, []);
      assert.equal(code, 0, lang);
    }
    assert.equal((await run('check', fixture)).code, 0);
  });

  it('the built program gives the same: node dist/cli.js register <fixture> --format eu-database exits 0', function () {
    const bundle = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
    if (!fs.existsSync(bundle)) this.skip();
    const result = spawnSync(process.execPath, [bundle, 'register', fixture, '--format', 'eu-database', '--date', DATE], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(section(JSON.parse(result.stdout) as Report, 'C').missing, []);
  });
});
