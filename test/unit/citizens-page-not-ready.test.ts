// The citizens' page's "not ready to publish" rules (issue 20; spec: "The register", `html`): a system whose manifest
// has an error that concerns citizens — transparency (`transparency-missing`, and `ai-disclosure-missing`: a chatbot
// that does not tell citizens it is AI), automated decisions (`automated-decision`) or explanation
// (`explanation-missing`, or its document missing) — is left out and listed; the same system without the error is on
// the page. Each case is an example with one thing changed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';
import { fileExistsBeside, readDocumentBeside } from '../../src/cli/files';
import { checkManifest } from '../../src/core/check';
import { resolveEdition } from '../../src/core/law/dutyDate';
import {
  buildCitizensPage,
  concernsCitizens,
  readCitizenNotices,
  renderCitizensPage,
  type CitizensPage,
} from '../../src/core/register/citizensPage';
import { buildEntry, type RegisterEntry } from '../../src/core/register/record';
import { check, minimalManifest } from './manifests';

const root = path.resolve(__dirname, '../../..');
const examples = path.join(root, 'examples');
const DATE = '2026-12-05';

/** An example's folder copied to `folder/name`, its manifest edited. */
function copy(folder: string, example: string, name: string, edit?: (text: string) => string): void {
  const target = path.join(folder, name);
  fs.cpSync(path.join(examples, example), target, { recursive: true });
  const manifest = path.join(target, 'ai-system.yaml');
  const text = fs.readFileSync(manifest, 'utf8');
  const edited = edit ? edit(text) : text;
  if (edit) assert.notEqual(edited, text, `${name}: the edit changes the manifest`);
  fs.writeFileSync(manifest, edited.replace(/^ {2}id: .*$/m, `  id: ${name}`));
}

/** A block value `  key: >-` and its indented lines, replaced. */
function replaceBlock(text: string, key: string, by: string): string {
  const re = new RegExp(`^ {2}${key}: >-\\n(?: {4}.*\\n)+`, 'm');
  assert.match(text, re, `the example has ${key}`);
  return text.replace(re, by);
}

/** stderr's not-ready list: each system's anchor → its "ruleId field" lines. */
function notReady(stderr: string): Map<string, string[]> {
  const systems = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of stderr.split('\n')) {
    const system = /^ {2}\S.* \(#([\w-]+)\):$/.exec(line);
    if (system) systems.set(system[1], (current = []));
    else if (current && /^ {4}\S/.test(line)) current.push(line.trim().replace(/:.*$/, ''));
  }
  return systems;
}

function sectionIds(html: string): string[] {
  return [...html.matchAll(/<section class="system" id="([^"]+)"/g)].map((m) => m[1]);
}

describe("the citizens' page: which errors keep a system off it", function () {
  this.timeout(60000);
  let folder: string;
  let run: { code: number; stdout: string; stderr: string };

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-not-ready-'));
    copy(folder, 'match-profilering', 'ready');
    copy(folder, 'borgerchatbot', 'chatbot-ready');
    copy(folder, 'match-profilering', 'transparency', (t) =>
      t.replace(/^ {2}citizenNotice: .*$/m, '  citizenNotice: "fortælles mundtligt ved behov"'),
    );
    copy(folder, 'borgerchatbot', 'disclosure', (t) => replaceBlock(t, 'aiInteractionDisclosure', ''));
    copy(folder, 'match-profilering', 'automated', (t) => t.replace(/^ {2}automated: false .*$/m, '  automated: true'));
    copy(folder, 'match-profilering', 'explanation', (t) => replaceBlock(t, 'explanation', ''));
    // The provider alone does not explain the deployer's decisions: explanation-missing is a warning, not an error.
    copy(folder, 'match-profilering', 'explanation-warning', (t) =>
      replaceBlock(t, 'explanation', '').replace(/^ {2}role: provider-and-deployer$/m, '  role: provider'),
    );
    copy(folder, 'match-profilering', 'explanation-document', (t) => replaceBlock(t, 'explanation', '  explanation: docs/forklaring.md\n'));
    // A placeholder or a value the schema rejects in those fields is an error about them too, and the field counts as
    // missing (spec: "How values count", "Placeholders"): the page must not say a caseworker decides, or publish it
    // without saying so ("whose manifest has an error about transparency, automated decisions or explanation").
    copy(folder, 'match-profilering', 'caseworker-placeholder', (t) =>
      t.replace(/^ {2}caseworkerDecides: true .*$/m, '  caseworkerDecides: "TODO: afklares med jobcentret"'),
    );
    copy(folder, 'match-profilering', 'automated-schema', (t) => t.replace(/^ {2}automated: false .*$/m, '  automated: nej'));
    copy(folder, 'match-profilering', 'explanation-placeholder', (t) => replaceBlock(t, 'explanation', '  explanation: TODO\n'));
    copy(folder, 'borgerchatbot', 'disclosure-placeholder', (t) =>
      replaceBlock(t, 'aiInteractionDisclosure', '  aiInteractionDisclosure: TBD\n'),
    );
    let stdout = '';
    let stderr = '';
    const code = await runCli(['register', folder, '--format', 'html', '--date', DATE], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      today: () => DATE,
    });
    run = { code, stdout, stderr };
  });

  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('publishes the examples as they are, and a system whose explanation-missing is a warning', () => {
    assert.deepEqual(sectionIds(run.stdout).sort(), ['chatbot-ready', 'explanation-warning', 'ready']);
    assert.equal(run.code, 1, 'systems are left out');
  });

  const cases: [string, string][] = [
    ['transparency', 'transparency-missing transparency.citizenNotice'],
    ['disclosure', 'ai-disclosure-missing transparency.aiInteractionDisclosure'],
    ['automated', 'automated-decision decisions.automated'],
    ['explanation', 'explanation-missing decisions.explanation'],
    ['explanation-document', 'dpia-document-not-found decisions.explanation'],
    ['caseworker-placeholder', 'placeholder-value decisions.caseworkerDecides'],
    ['automated-schema', 'schema decisions.automated'],
    ['explanation-placeholder', 'placeholder-value decisions.explanation'],
    ['disclosure-placeholder', 'placeholder-value transparency.aiInteractionDisclosure'],
  ];
  for (const [system, finding] of cases)
    it(`leaves out ${system}: ${finding}`, () => {
      const listed = notReady(run.stderr);
      assert.ok(listed.has(system), `${system} is listed as not ready:\n${run.stderr}`);
      assert.ok(listed.get(system)?.includes(finding), `${system}: ${JSON.stringify(listed.get(system))}`);
      assert.ok(!sectionIds(run.stdout).includes(system));
    });

  it('lists exactly the systems with such an error', () => {
    assert.deepEqual([...notReady(run.stderr).keys()].sort(), cases.map(([system]) => system).sort());
  });
});

/** The page's model over the manifests of a folder, as the editor's preview builds it (systems not ready left out). */
async function pageOf(folder: string, lang: 'da' | 'en'): Promise<CitizensPage> {
  const edition = resolveEdition('auto', DATE).edition;
  const manifests = fs
    .readdirSync(folder)
    .sort()
    .map((name) => path.join(folder, name, 'ai-system.yaml'));
  const entries: RegisterEntry[] = [];
  for (const manifest of manifests) {
    const result = await checkManifest(fs.readFileSync(manifest, 'utf8'), {
      fileExists: fileExistsBeside(manifest),
      readDocument: readDocumentBeside(manifest),
      referenceDate: DATE,
    });
    entries.push(buildEntry({ file: path.relative(folder, manifest), result, findings: result.findings, date: DATE, edition }));
  }
  const notices = await readCitizenNotices(entries, (entry) => readDocumentBeside(path.join(folder, entry.file)));
  return buildCitizensPage(entries, notices, { lang, date: DATE });
}

describe("the citizens' page in the editor's preview (renderCitizensPage's editor options)", function () {
  this.timeout(60000);
  let folder: string;

  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-preview-'));
    copy(folder, 'match-profilering', 'ready');
    copy(folder, 'borgerchatbot', 'disclosure', (t) => replaceBlock(t, 'aiInteractionDisclosure', ''));
    copy(folder, 'match-profilering', 'automated', (t) => t.replace(/^ {2}automated: false .*$/m, '  automated: true'));
  });

  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('lists the systems left out at the top, each with its file and findings; the page itself is the published one', async () => {
    const page = await pageOf(folder, 'da');
    const published = renderCitizensPage(page);
    const preview = renderCitizensPage(page, { nonce: 'bm9uY2U=', editorTheme: true, leftOutNotice: true });
    const notice = /<aside class="not-ready preview-notice"[\s\S]*?<\/aside>\n/.exec(preview)?.[0] ?? '';
    assert.ok(notice, 'the preview has the notice');
    assert.ok(preview.indexOf(notice) < preview.indexOf('<h1>'), 'the notice is at the top');
    assert.ok(notice.includes('Ikke klar til at blive offentliggjort og derfor ikke på siden (2):'));
    for (const [file, rule] of [
      ['disclosure/ai-system.yaml', 'ai-disclosure-missing'],
      ['automated/ai-system.yaml', 'automated-decision'],
    ])
      assert.match(notice, new RegExp(`<code>${file}</code>\\): [^\\n]*<code>${rule}</code>[^\\n]*<details>`), `${file}: ${rule}`);
    assert.match(
      notice,
      /<summary>Hvorfor det ikke er med<\/summary><ul><li><code>decisions\.automated<\/code>: &#39;decisions\.automated&#39; er true/,
    );
    assert.ok(!published.includes('preview-notice'), 'the published page has no such notice');
    assert.deepEqual(sectionIds(preview), ['ready']);
    // The same page under the notice: only the style (nonce, theme) and the notice differ.
    const withoutPreview = preview
      .replace(notice, '')
      .replace(
        /<style nonce="bm9uY2U=">([\s\S]*?)<\/style>/,
        (_, css: string) => `<style>${css.slice(0, css.indexOf('\nbody.vscode-light'))}</style>`,
      )
      .replace(`style-src 'nonce-bm9uY2U='`, /style-src ('[^']+')/.exec(published)?.[0] ?? '');
    assert.equal(withoutPreview, published);
    const en = renderCitizensPage(await pageOf(folder, 'en'), { leftOutNotice: true });
    assert.ok(en.includes('Not ready to publish, so not on the page (2):'));
  });

  it("follows VS Code's theme kind with the page's own two palettes; no script, the style by nonce", async () => {
    const preview = renderCitizensPage(await pageOf(folder, 'en'), { nonce: 'bm9uY2U=', editorTheme: true, leftOutNotice: true });
    const dark = /@media \(prefers-color-scheme:dark\)\{:root\{([^}]*)\}\}/.exec(preview)?.[1];
    const light = /:root\{color-scheme:light dark;([^}]*)\}/.exec(preview)?.[1];
    assert.ok(dark && light);
    assert.ok(preview.includes(`body.vscode-dark,body.vscode-high-contrast{color-scheme:dark;${dark}}`));
    assert.ok(preview.includes(`body.vscode-light{color-scheme:light;${light}}`));
    assert.ok(preview.includes(`body.vscode-high-contrast-light{color-scheme:light;${light}}`), 'high contrast light comes last and wins');
    assert.ok(!/<script/i.test(preview));
    assert.match(preview, /content="default-src 'none'; style-src 'nonce-bm9uY2U='; img-src 'none'; base-uri 'none'; form-action 'none'"/);
    assert.equal((preview.match(/<style\b/g) ?? []).length, 1);
    assert.ok(
      !renderCitizensPage(await pageOf(folder, 'en')).includes('vscode-dark'),
      "the published page follows the reader's colour scheme",
    );
  });
});

// Spec "The register", html: a section per system "that processes citizens' data or interacts with citizens". A
// system whose `affectedPersons` leaves an item unanswered (a placeholder, or a value the schema rejects such as
// `borgere`) may concern citizens: nobody can tell, so it is judged as one that does not say whom it affects (personal
// data, interaction) — never silently left off the page (it was: the page said nothing of it, exit status 0).
describe("the citizens' page: a system whose affected persons are not all answered", () => {
  const entryWith = (persons: unknown[]): RegisterEntry => {
    const manifest = minimalManifest();
    manifest.purpose.affectedPersons = persons;
    const result = check(manifest, { referenceDate: DATE });
    return buildEntry({ file: 'ai-system.yaml', result, findings: result.findings, date: DATE, edition: result.edition.edition });
  };

  it('employees only: not on the page; citizens: on it', () => {
    assert.equal(concernsCitizens(entryWith(['employees'])), false);
    assert.equal(concernsCitizens(entryWith(['citizens'])), true);
  });

  for (const item of ['TODO: borgere?', 'borgere'])
    it(`employees and '${item}' (personal data processed): it may concern citizens, so it is judged for the page`, () => {
      assert.equal(concernsCitizens(entryWith(['employees', item])), true);
    });
});

// Spec "How values count": a blank value is absent. The page says only what the manifest answers: with no reviewer
// named, it does not tell citizens that a person reviews the output (it did: "A person reviews what the system
// produces …", from canOverride alone).
describe("the citizens' page: no reviewer named, no review claimed", () => {
  let folder: string;
  const page = async (): Promise<string> => {
    let stdout = '';
    await runCli(['register', folder, '--format', 'html', '--lang', 'en', '--include-unready', '--date', DATE], {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      today: () => DATE,
    });
    return stdout;
  };
  before(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-reviewer-'))));
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('a blank reviewer: the system is described without the sentence on review; named: with it', async () => {
    copy(folder, 'journalnotat-assistent', 'blank-reviewer', (t) => t.replace(/^ {2}reviewer: .*$/m, '  reviewer: ""'));
    const blank = await page();
    assert.deepEqual(sectionIds(blank), ['blank-reviewer']);
    assert.doesNotMatch(blank, /reviews what the system produces/);
    fs.rmSync(path.join(folder, 'blank-reviewer'), { recursive: true });
    copy(folder, 'journalnotat-assistent', 'named-reviewer');
    assert.match(await page(), /Sagsbehandler i jobcentret \(den sagsansvarlige\) reviews what the system produces/);
  });
});
