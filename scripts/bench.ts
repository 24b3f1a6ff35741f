/**
 * `npm run bench`: our full check against yaml-language-server's schema validation and against the floor
 * (`yaml` parse + the compiled ajv validator), on generated manifests of about 50, 500, 5,000 and 50,000
 * lines; completion in a 500-line manifest; the outline (document symbols), document links, the summary lens and
 * formatting of a 5,000-line manifest; the extension's activation; the bundles' sizes.
 * Prints a table and writes the same as JSON to out/bench.json. Run with `node --expose-gc`.
 * `--only-activation` measures only the activation and the bundles' sizes (a few seconds), into out/bench-activation.json;
 * `--only-editor` only the editor features of the 5,000-line manifest, into out/bench-editor.json.
 * Also the register over N = 10, 100, 1,000 generated manifests with their documents (`check`, `register`, the AI
 * systems view's first population) against reading and parsing the same files; `--only-register` runs only that.
 * `--only-citizens-page` the citizens' page of the 1,000-manifest register (`register --format html` beside `json`).
 * `--only-examples` measures only the full check of the three examples with their documents read (`document-incomplete`,
 * `dpia-document-not-found`), into out/bench-examples.json.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LanguageService } from 'yaml-language-server';
import type { TextDocument as TextDocumentType } from 'vscode-languageserver-textdocument';
import { countLines, generateManifest } from './generate-manifest';
import { deepStub, installVscodeStub, stubManifestDocument, vscodeNamespaceStub } from './vscode-stub';

// Loaded on use, not at the top: the activation child process must start with none of them loaded.
type Check = typeof import('../src/core/check');
const core = (): Check => require('../src/core/check') as Check;
type TextDocuments = typeof import('vscode-languageserver-textdocument');
const textDocuments = (): TextDocuments => require('vscode-languageserver-textdocument') as TextDocuments;

const ROOT = path.resolve(__dirname, '..', '..');
const SIZES = [50, 500, 5_000, 50_000];
/** Time spent measuring one cell (one implementation at one size). */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 1000);
const MIN_REPS = 7;
const MAX_REPS = 20_000;

interface Stats {
  /** Milliseconds per run. */
  median: number;
  p10: number;
  p90: number;
  /** Median absolute deviation, ms. */
  mad: number;
  reps: number;
}

const memory = { peakRssMB: 0, peakHeapUsedMB: 0 };
let lastSample = 0;

function sampleMemory(force = false): void {
  const now = performance.now();
  if (!force && now - lastSample < 10) return;
  lastSample = now;
  const usage = process.memoryUsage();
  memory.peakRssMB = Math.max(memory.peakRssMB, usage.rss / 2 ** 20);
  memory.peakHeapUsedMB = Math.max(memory.peakHeapUsedMB, usage.heapUsed / 2 ** 20);
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function quantile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const deviations = sorted.map((value) => Math.abs(value - median)).sort((a, b) => a - b);
  return { median, p10: quantile(sorted, 0.1), p90: quantile(sorted, 0.9), mad: quantile(deviations, 0.5), reps: samples.length };
}

async function timeOnce(run: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Warm-up, then rounds in which every contender runs once, in turn, until the rounds fill the budget
 * (BUDGET_MS per contender, at least MIN_REPS rounds). Interleaving spreads the noise of a busy machine
 * over all contenders alike, so their ratios stay fair even where the absolute times wobble.
 */
async function measure<K extends string>(contenders: Record<K, () => unknown>): Promise<Record<K, Stats>> {
  const names = Object.keys(contenders) as K[];
  gc();
  let perRound = 0;
  for (const name of names) {
    const warmUntil = performance.now() + Math.min(300, BUDGET_MS / 3);
    await contenders[name](); // the first run compiles code: not in the estimate
    let runs = 0;
    let spent = 0;
    while (runs < 3 || performance.now() < warmUntil) {
      spent += await timeOnce(contenders[name]);
      runs++;
      sampleMemory();
    }
    perRound += spent / runs;
  }
  const rounds = Math.max(MIN_REPS, Math.min(MAX_REPS, Math.ceil((BUDGET_MS * names.length) / Math.max(perRound, 1e-3))));
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      samples[name].push(await timeOnce(contenders[name]));
      sampleMemory();
    }
  }
  sampleMemory(true);
  return Object.fromEntries(names.map((name) => [name, stats(samples[name])])) as Record<K, Stats>;
}

// --- the register over a folder of N manifests -----------------------------------------------------

const REGISTER_SIZES = [10, 100, 1_000];
const DOCUMENTS = ['human-oversight.md', 'dpia.md', 'fria.md', 'ai-literacy.md', 'monitoring.md'];

/** A folder of N generated manifests (about 110 lines each, like the examples), each with the documents it links. */
function manifestFolder(count: number): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `aism-bench-register-${count}-`));
  for (let i = 0; i < count; i++) {
    const system = path.join(folder, `system-${String(i).padStart(4, '0')}`);
    fs.mkdirSync(path.join(system, 'docs'), { recursive: true });
    const text = generateManifest(150, i + 1)
      .replace('id: match-profilering', `id: system-${i}`)
      .replace('name: Match-profilering', `name: System ${i}`);
    fs.writeFileSync(path.join(system, 'ai-system.yaml'), text);
    for (const document of DOCUMENTS) fs.writeFileSync(path.join(system, 'docs', document), writtenDocument(document, i));
  }
  return folder;
}

/** Where each generated document's text comes from: the examples' written documents (1–5 KB of Danish prose). */
const DOCUMENT_SOURCES: Record<string, string> = {
  'human-oversight.md': 'examples/journalnotat-assistent/docs/human-oversight.md',
  'dpia.md': 'examples/journalnotat-assistent/docs/dpia.md',
  'fria.md': 'examples/match-profilering/docs/fria.md',
  'ai-literacy.md': 'examples/journalnotat-assistent/docs/ai-literacy.md',
  'monitoring.md': 'examples/match-profilering/docs/monitoring.md',
};

/** A written document for system `i`: an example's, its title naming the system (so no two files are alike). */
function writtenDocument(document: string, i: number): string {
  const text = fs.readFileSync(path.join(ROOT, DOCUMENT_SOURCES[document]), 'utf8');
  return text.replace(/^# (.*)$/m, `# $1 (system ${i})`);
}

interface DocumentsRow {
  manifests: number;
  documents: number;
  /** The register's entries with the documents only looked up (`fileExists`): what the register did before issue 18. */
  lookedUp: Stats;
  /** The same entries with every linked document read and judged (`readDocument`, src/core/documents). */
  judged: Stats;
  ratioJudgedToLookedUp: number;
  /** Judging a 1 MiB document (decoding its bytes included), ms: an answered DPIA repeated, and one paragraph repeated. */
  oneMiB: { questions: Stats; prose: Stats };
  /** The same, CPU time of the process per judgement (user + system), ms: less moved by other work on the machine. */
  oneMiBCpuMs: { questions: number; prose: number };
}

/**
 * Reading and judging the linked documents (issue 18): the register's entries of 1,000 manifests, each with its five
 * written documents, with the documents looked up only and with them read and judged, in the same run; and a 1 MiB
 * document judged on its own. Budgets: judged within 1.5× of looked up; a 1 MiB document under 20 ms.
 */
async function documentsBench(): Promise<DocumentsRow> {
  const { findManifests, fileExistsBeside, readDocumentBeside } = require('../src/cli/files') as typeof import('../src/cli/files');
  const { entryFromBytes } = require('../src/core/register/population') as typeof import('../src/core/register/population');
  const { judgeDocumentFile } = require('../src/core/documents/written') as typeof import('../src/core/documents/written');
  const { renderTemplate } = require('../src/core/templates/index') as typeof import('../src/core/templates/index');
  const count = 1_000;
  const folder = manifestFolder(count);
  const files = findManifests([folder]);
  const manifests = files.map((file) => ({ file, bytes: fs.readFileSync(file) }));
  const entries = async (access: (file: string) => Parameters<typeof entryFromBytes>[2]): Promise<void> => {
    let judgedAsWritten = 0;
    for (const { file, bytes } of manifests) {
      const entry = await entryFromBytes(path.relative(folder, file), bytes, access(file), '2026-12-01', 'amended');
      if (entry.findings.every((finding) => finding.ruleId !== 'document-incomplete')) judgedAsWritten++;
    }
    if (judgedAsWritten !== count) throw new Error(`${count - judgedAsWritten} manifests have a document judged not written`);
  };
  // The CLI's own ports (src/cli/files.ts), as `check` and `register` use them.
  const timed = await measure({
    lookedUp: () => entries((file) => ({ fileExists: fileExistsBeside(file) })),
    judged: () => entries((file) => ({ readDocument: readDocumentBeside(file) })),
  });
  fs.rmSync(folder, { recursive: true, force: true });

  // 1 MiB: an answered DPIA (every question answered, its comments and headings) repeated, and plain prose repeated.
  const answered = renderTemplate('dpia', 'da', {
    systemName: 'Stort system',
    systemId: 'stort',
    organisation: 'Eksempel Kommune',
    date: '2026-12-01',
  })
    .split('\n')
    .slice(1)
    .filter((line) => !line.includes('TODO') && !line.includes('| Status |'))
    .flatMap((line) =>
      line.startsWith('<!-- ai-system-manifest:question')
        ? [line, '', 'Kommunen har besvaret spørgsmålet grundigt. Svaret er gennemgået af DPO.']
        : [line],
    )
    .join('\n');
  const mib = (unit: string): Uint8Array => {
    const encoded = Buffer.from(unit.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(unit))));
    return encoded.subarray(0, 1024 * 1024 - 16); // within the limit, cut at an ASCII line of the unit
  };
  const questions = mib(`${answered}\n`);
  const prose = mib('Sagsbehandleren gennemgår hvert forslag, før det bruges i sagen, og kan altid se bort fra det.\n');
  for (const [name, bytes] of [
    ['questions', questions],
    ['prose', prose],
  ] as const) {
    const verdict = await judgeDocumentFile('big.md', { size: bytes.length, read: () => bytes });
    if (!verdict.written && verdict.reason === 'too-large') throw new Error(`the 1 MiB ${name} document was not read`);
  }
  const oneMiB = await measure({
    questions: () => judgeDocumentFile('big.md', { size: questions.length, read: () => questions }),
    prose: () => judgeDocumentFile('big.md', { size: prose.length, read: () => prose }),
  });
  const cpuMs = async (bytes: Uint8Array): Promise<number> => {
    const runs = 30;
    const start = process.cpuUsage();
    for (let i = 0; i < runs; i++) await judgeDocumentFile('big.md', { size: bytes.length, read: () => bytes });
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000 / runs;
  };
  const oneMiBCpuMs = { questions: await cpuMs(questions), prose: await cpuMs(prose) };
  return {
    manifests: count,
    documents: count * DOCUMENTS.length,
    oneMiBCpuMs,
    lookedUp: timed.lookedUp,
    judged: timed.judged,
    ratioJudgedToLookedUp: timed.judged.median / timed.lookedUp.median,
    oneMiB,
  };
}

function printDocuments(row: DocumentsRow): void {
  console.log(`\nReading and judging the linked documents: ${row.manifests} manifests, ${row.documents} documents (median ms, p10–p90):`);
  console.log(`  register entries, documents looked up only: ${cell(row.lookedUp)}`);
  console.log(`  register entries, documents read and judged: ${cell(row.judged)}`);
  console.log(
    `  judged / looked up: ${row.ratioJudgedToLookedUp.toFixed(2)} (budget 1.5: ${row.ratioJudgedToLookedUp <= 1.5 ? 'met' : 'NOT met'})`,
  );
  const worst = Math.max(row.oneMiB.questions.median, row.oneMiB.prose.median);
  console.log(
    `  a 1 MiB document: an answered DPIA repeated ${cell(row.oneMiB.questions)}, one paragraph repeated ${cell(row.oneMiB.prose)} (budget 20 ms: ${worst < 20 ? 'met' : 'NOT met'})`,
  );
  console.log(
    `  a 1 MiB document, CPU time per judgement: ${row.oneMiBCpuMs.questions.toFixed(1)} ms and ${row.oneMiBCpuMs.prose.toFixed(1)} ms`,
  );
}

interface RegisterRow {
  manifests: number;
  floor: Stats;
  check: Stats;
  register: Stats;
  viewPopulation: Stats;
  /** The longest time slice of the view's population (`inTimeSlices`, `VIEW_SLICE_MS`), wall time including the awaited reads (an upper bound on how long it keeps the thread), ms. */
  viewLongestChunkMs: number;
  ratioCheckToFloor: number;
  ratioRegisterToFloor: number;
  ratioViewToFloor: number;
  registerMsPerManifest: number;
}

/**
 * `check` and `register` over the folder (the CLI in-process, output discarded), and the AI systems view's first
 * population without VS Code (the same core calls: read, check with the document look-ups, entry, in time slices
 * that give the thread back, `VIEW_SLICE_MS`), against the floor: finding the same manifests, reading them and parsing them
 * with `yaml`.
 */
async function registerBench(): Promise<RegisterRow[]> {
  const { runCli } = require('../src/cli/main') as typeof import('../src/cli/main');
  const { findManifests } = require('../src/cli/files') as typeof import('../src/cli/files');
  const { entryFromBytes, inTimeSlices, VIEW_SLICE_MS } =
    require('../src/core/register/population') as typeof import('../src/core/register/population');
  const { displayName } = require('../src/core/register/record') as typeof import('../src/core/register/record');
  const { tierLabel } = require('../src/core/register/formats') as typeof import('../src/core/register/formats');
  const yaml = require('yaml') as typeof import('yaml');
  const io = { stdout: () => undefined, stderr: () => undefined, today: () => '2026-12-01' };
  const rows: RegisterRow[] = [];
  for (const count of REGISTER_SIZES) {
    const folder = manifestFolder(count);
    let longest = 0;
    const view = async (): Promise<void> => {
      const files = findManifests([folder]);
      const labels: string[] = [];
      let chunkStart = performance.now();
      await inTimeSlices(
        files,
        async (file) => {
          const bytes = await fs.promises.readFile(file);
          const dir = path.dirname(file);
          const entry = await entryFromBytes(
            path.relative(folder, file),
            bytes,
            {
              readDocument: (relative) =>
                fs.promises.stat(path.resolve(dir, relative)).then(
                  (s) => (s.isFile() ? { size: s.size, read: () => fs.promises.readFile(path.resolve(dir, relative)) } : undefined),
                  () => undefined,
                ),
            },
            '2026-12-01',
            'amended',
          );
          labels.push(`${displayName(entry)} ${tierLabel(entry.record.tier, 'en')}`);
        },
        async () => {
          longest = Math.max(longest, performance.now() - chunkStart);
          await new Promise((resolve) => setImmediate(resolve));
          chunkStart = performance.now();
        },
        { sliceMs: VIEW_SLICE_MS, now: () => performance.now() },
      );
      if (labels.length !== count) throw new Error(`the view's population found ${labels.length} of ${count} manifests`);
    };
    const floor = (): void => {
      for (const file of findManifests([folder])) yaml.parse(fs.readFileSync(file, 'utf8'));
    };
    const registered = await runCli(['register', folder], {
      ...io,
      stdout: (text: string) => {
        const systems = (JSON.parse(text) as { systems: unknown[] }).systems.length;
        if (systems !== count) throw new Error(`register listed ${systems} of ${count} manifests`);
      },
    });
    if (registered !== 0) throw new Error(`register exited ${registered}`);
    const timed = await measure({
      floor,
      check: () => runCli(['check', folder, '--format', 'json'], io),
      register: () => runCli(['register', folder], io),
      view,
    });
    rows.push({
      manifests: count,
      floor: timed.floor,
      check: timed.check,
      register: timed.register,
      viewPopulation: timed.view,
      viewLongestChunkMs: longest,
      ratioCheckToFloor: timed.check.median / timed.floor.median,
      ratioRegisterToFloor: timed.register.median / timed.floor.median,
      ratioViewToFloor: timed.view.median / timed.floor.median,
      registerMsPerManifest: timed.register.median / count,
    });
    fs.rmSync(folder, { recursive: true, force: true });
    console.error(`  measured the register over ${count} manifests`);
  }
  return rows;
}

function printRegister(rows: RegisterRow[]): void {
  console.log('\nThe register over N manifests of ~110 lines, each with 5 documents (median ms, p10–p90):');
  const header = [
    'N',
    '(f) floor: read+yaml',
    '(c) check',
    '(r) register',
    '(v) view population',
    'c/f',
    'r/f',
    'v/f',
    'r ms/manifest',
    'v longest chunk (wall)',
  ];
  const widths = [6, 24, 24, 24, 24, 6, 6, 6, 14, 23];
  console.log(header.map((h, i) => pad(h, widths[i])).join(' '));
  for (const row of rows) {
    console.log(
      [
        String(row.manifests),
        cell(row.floor),
        cell(row.check),
        cell(row.register),
        cell(row.viewPopulation),
        row.ratioCheckToFloor.toFixed(2),
        row.ratioRegisterToFloor.toFixed(2),
        row.ratioViewToFloor.toFixed(2),
        row.registerMsPerManifest.toFixed(3),
        `${row.viewLongestChunkMs.toFixed(1)} ms`,
      ]
        .map((text, i) => pad(text, widths[i]))
        .join(' '),
    );
  }
  const [small, , large] = rows;
  if (small && large) {
    const growth = large.register.median / small.register.median / (large.manifests / small.manifests);
    console.log(
      `Growth from ${small.manifests} to ${large.manifests} manifests: register ${(large.register.median / small.register.median).toFixed(1)}× for ${large.manifests / small.manifests}× the manifests (1.0 = linear per manifest: ${growth.toFixed(2)})`,
    );
  }
}

// --- the citizens' page of the 1,000-manifest register (issue 20) ----------------------------------

/** A citizen notice a municipality would publish (headings, paragraphs, a list, links), about 1 KB. */
function writtenNotice(i: number): string {
  return [
    `# Sådan bruger Eksempel Kommune kunstig intelligens i system ${i}`,
    '',
    '## Hvad systemet gør',
    '',
    'Når du har en samtale med din sagsbehandler i jobcentret, kan sagsbehandleren bruge et AI-system til at skrive et',
    'første udkast til journalnotatet ud fra sine egne stikord. Sagsbehandleren læser altid udkastet, retter det og',
    'godkender det, før det kommer i din sag. Systemet vurderer dig ikke og foreslår ikke afgørelser.',
    '',
    '## Dine oplysninger',
    '',
    '- dit navn og dine kontaktoplysninger',
    '- det, du fortæller under samtalen',
    '',
    'Oplysningerne bliver i kommunens systemer i EU og bruges ikke til at træne systemet.',
    '',
    '## Spørgsmål og klage',
    '',
    'Skriv til [jobcentret](mailto:ai@eksempel.dk), hvis du vil vide mere. Læs også om dine rettigheder på',
    '[borger.dk](https://www.borger.dk).',
    '',
  ].join('\n');
}

interface CitizensPageRow {
  manifests: number;
  /** Systems on the page, and those with a written notice rendered from Markdown. */
  systems: number;
  withNotice: number;
  /** The whole CLI run, in-process, output discarded: `register --format json` and `register --format html`. */
  registerJson: Stats;
  registerHtml: Stats;
  /** The page alone from the register's entries and the notices read: buildCitizensPage + renderCitizensPage. */
  page: Stats;
  jsonBytes: number;
  htmlBytes: number;
}

/**
 * The citizens' page of the register of 1,000 generated manifests (every other one with a written citizen notice
 * document, the rest with a web page): `register --format html` against `register --format json` (the CLI, in the
 * same run, interleaved), and the page alone built from the entries (what the editor's preview does on each update).
 */
async function citizensPageBench(): Promise<CitizensPageRow> {
  const { runCli } = require('../src/cli/main') as typeof import('../src/cli/main');
  const files = require('../src/cli/files') as typeof import('../src/cli/files');
  const { buildEntry } = require('../src/core/register/record') as typeof import('../src/core/register/record');
  const page = require('../src/core/register/citizensPage') as typeof import('../src/core/register/citizensPage');
  const count = 1_000;
  const date = '2026-12-01';
  const folder = manifestFolder(count);
  const manifests = files.findManifests([folder]);
  manifests.forEach((file, i) => {
    // The generated manifests support decisions: how a decision is explained is what the page tells citizens.
    const explained = fs
      .readFileSync(file, 'utf8')
      .replace(
        /^ {2}caseworkerDecides: true$/m,
        '  caseworkerDecides: true\n  explanation: Begrundelsen for afgørelsen angiver, hvad systemet foreslog, og hvordan sagsbehandleren har vurderet det.',
      );
    fs.writeFileSync(file, explained);
    if (i % 2 !== 0) return;
    const text = fs.readFileSync(file, 'utf8');
    const withNotice = text.replace(/^ {2}citizenNotice: .*$/m, '  citizenNotice: docs/citizen-notice.md');
    if (withNotice === text) throw new Error(`no citizenNotice in ${file}`);
    fs.writeFileSync(file, withNotice);
    fs.writeFileSync(path.join(path.dirname(file), 'docs', 'citizen-notice.md'), writtenNotice(i));
  });
  const entries: import('../src/core/register/record').RegisterEntry[] = [];
  for (const file of manifests) {
    const result = await core().checkManifest(fs.readFileSync(file, 'utf8'), {
      fileExists: files.fileExistsBeside(file),
      readDocument: files.readDocumentBeside(file),
      referenceDate: date,
      edition: 'amended',
    });
    entries.push(buildEntry({ file: path.relative(folder, file), result, findings: result.findings, date, edition: 'amended' }));
  }
  const byEntry = new Map(entries.map((entry, i) => [entry, manifests[i]]));
  const notices = await page.readCitizenNotices(entries, (entry) => files.readDocumentBeside(byEntry.get(entry)!));
  const build = (): string =>
    page.renderCitizensPage(page.buildCitizensPage(entries, notices, { lang: 'da', date }), {
      nonce: 'bm9uY2U=',
      editorTheme: true,
      leftOutNotice: true,
    });
  const model = page.buildCitizensPage(entries, notices, { lang: 'da', date });
  if (model.systems.length !== count) {
    const first = model.leftOut[0];
    throw new Error(
      `the page shows ${model.systems.length} of ${count} systems; not ready: ${first?.file} ${JSON.stringify(first?.notReady)}`,
    );
  }
  let jsonBytes = 0;
  let htmlBytes = 0;
  const run = (format: string, sink: (bytes: number) => void) => () =>
    runCli(['register', folder, '--format', format, '--date', date], {
      stdout: (text: string) => sink(Buffer.byteLength(text)),
      stderr: () => undefined,
      today: () => date,
    });
  if ((await run('html', (bytes) => (htmlBytes = bytes))()) !== 0) throw new Error('register --format html left systems out');
  await run('json', (bytes) => (jsonBytes = bytes))();
  const timed = await measure({ registerJson: run('json', () => undefined), registerHtml: run('html', () => undefined), page: build });
  fs.rmSync(folder, { recursive: true, force: true });
  return {
    manifests: count,
    systems: model.systems.length,
    withNotice: model.systems.filter((system) => system.noticeMarkdown !== null).length,
    ...timed,
    jsonBytes,
    htmlBytes,
  };
}

function printCitizensPage(row: CitizensPageRow): void {
  console.log(
    `\nThe citizens' page of ${row.manifests} manifests (${row.systems} systems, ${row.withNotice} with a written notice; median ms, p10–p90):`,
  );
  console.log(`  register --format json: ${cell(row.registerJson)}, ${row.jsonBytes.toLocaleString('en')} bytes`);
  console.log(`  register --format html: ${cell(row.registerHtml)}, ${row.htmlBytes.toLocaleString('en')} bytes`);
  console.log(`  the page alone (build + render from the entries): ${cell(row.page)}`);
  fs.mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  fs.writeFileSync(
    path.join(ROOT, 'out', 'bench-citizens-page.json'),
    JSON.stringify({ date: new Date().toISOString(), ...row }, null, 2) + '\n',
  );
}

// --- the examples, with their documents read -----------------------------------------------------

const EXAMPLES = ['journalnotat-assistent', 'match-profilering', 'borgerchatbot'];

/**
 * The full check as the CLI runs it on each example: parse, placeholders, schema, rules, and every linked document
 * looked up and read from disk (`fileExists`, `readDocument` over fs, the CLI's own ports). Far under a keystroke.
 */
async function examplesWithDocuments(): Promise<Record<string, Stats & { documents: number; findings: number }>> {
  const files = require('../src/cli/files') as typeof import('../src/cli/files');
  const result: Record<string, Stats & { documents: number; findings: number }> = {};
  for (const example of EXAMPLES) {
    const file = path.join(ROOT, 'examples', example, 'ai-system.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const options = { fileExists: files.fileExistsBeside(file), readDocument: files.readDocumentBeside(file) };
    const checked = await core().checkManifest(text, options);
    const { run } = await measure({ run: () => core().checkManifest(text, options) });
    result[example] = {
      ...run,
      documents: checked.documents.filter((document) => document.form === 'local').length,
      findings: checked.findings.length,
    };
  }
  return result;
}

function reportExamples(examples: Record<string, Stats & { documents: number; findings: number }>): void {
  console.log('\nThe full check of the examples with their documents read from disk (median ms, p10–p90):');
  for (const [example, timed] of Object.entries(examples)) {
    console.log(`  ${example}: ${cell(timed)} (${timed.documents} linked documents looked up and read; ${timed.findings} findings)`);
  }
}

async function examplesOnly(): Promise<void> {
  const examples = await examplesWithDocuments();
  reportExamples(examples);
  fs.mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  fs.writeFileSync(
    path.join(ROOT, 'out', 'bench-examples.json'),
    JSON.stringify({ date: new Date().toISOString(), examples }, null, 2) + '\n',
  );
  console.log('\nWritten: out/bench-examples.json');
}

// --- the three implementations -------------------------------------------------------------------

const SCHEMA_URI = 'file:///schemas/ai-system.schema.json';
const DOCUMENT_URI = 'file:///bench/ai-system.yaml';

function yamlLanguageService(): LanguageService {
  const { getLanguageService } = require('yaml-language-server') as typeof import('yaml-language-server');
  const { MANIFEST_SCHEMA } = require('../src/core/schema') as typeof import('../src/core/schema');
  const service = getLanguageService({
    schemaRequestService: (uri) => Promise.reject(new Error(`the bench serves its schema inline, not ${uri}`)),
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
  });
  service.configure({
    validate: true,
    completion: true,
    hover: false,
    format: false,
    schemas: [{ uri: SCHEMA_URI, fileMatch: ['*'], schema: MANIFEST_SCHEMA }],
  });
  return service;
}

/** yaml-language-server caches a parse per URI and version: every run gets a new version, as an edit would. */
let documentVersion = 0;
function textDocument(text: string): TextDocumentType {
  return textDocuments().TextDocument.create(DOCUMENT_URI, 'yaml', ++documentVersion, text);
}

/** The floor: what any schema check of a YAML file must do — parse, load, validate (ajv compiled once). */
function floorCheck(): (text: string) => boolean {
  const Ajv = (require('ajv') as typeof import('ajv')).default;
  const { parseDocument } = require('yaml') as typeof import('yaml');
  const { MAX_ALIAS_COUNT } = require('../src/core/yaml/parse') as typeof import('../src/core/yaml/parse');
  const { MANIFEST_SCHEMA } = require('../src/core/schema') as typeof import('../src/core/schema');
  const validate = new Ajv({ allErrors: true, strict: false }).compile(MANIFEST_SCHEMA);
  return (text) => {
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
    return validate(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
  };
}

// --- completion (ours is src/core/features/completion.ts, written in parallel) ----------------------------

type CompleteAt = (text: string, offset: number, lang: 'en' | 'da') => unknown;

function ourCompletion(): CompleteAt | undefined {
  const compiled = path.join(__dirname, '..', 'src', 'core', 'features', 'completion.js');
  if (!fs.existsSync(compiled)) return undefined;
  const loaded = require(compiled) as { completeAt?: CompleteAt };
  return typeof loaded.completeAt === 'function' ? loaded.completeAt : undefined;
}

function countItems(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  const items = (result as { items?: unknown[] } | undefined)?.items;
  return Array.isArray(items) ? items.length : 0;
}

// --- activation: run in a fresh process so nothing is cached -------------------------------------

interface ActivationResult {
  requireExtensionMs: number;
  /** The process's CPU time (user + system) over the require: less dependent on the machine's load than the wall time. */
  requireExtensionCpuMs: number;
  /** CPU time from the start of `activate` to the first diagnostics. */
  firstDiagnosticsCpuMs: number | null;
  /** The synchronous part of `activate`. */
  activateMs: number | null;
  activateError?: string;
  /** From the start of `activate` to the first diagnostics published for the manifest open at activation. */
  firstDiagnosticsMs: number | null;
  firstDiagnostics: number | null;
  /** The files of dist/ loaded when the first diagnostics were published (dist/extension.js: one bundle). */
  loadedAtFirstDiagnostics: string[];
  /** After the first diagnostics: the first completion request. */
  firstCompletionMs: number | null;
}

/** The activation budget (issues 13, 22): the `require` of the production bundle, `activate()` and the first diagnostics within this long. */
const ACTIVATION_BUDGET_MS = 50;

/** The bundles esbuild.mjs builds (its ENTRIES), as paths from the repository root. */
async function bundleFiles(): Promise<Record<string, string>> {
  const { ENTRIES } = (await import(pathToFileURL(path.join(ROOT, 'esbuild.mjs')).href)) as {
    ENTRIES: Record<string, { outfile: string }>;
  };
  return Object.fromEntries(Object.entries(ENTRIES).map(([name, entry]) => [name, entry.outfile]));
}

/**
 * The `vscode` module for a headless activation: every name stubbed; the workspace has one manifest open,
 * and the diagnostics collection reports when the first diagnostics are set.
 */
function vscodeStub(
  bundle: string,
  manifest: string,
  onDiagnostics: (count: number) => void,
  providers: Record<string, unknown>,
): Record<string, object> {
  const stub = vscodeNamespaceStub(bundle);
  stub.workspace = deepStub({ textDocuments: [stubManifestDocument(manifest)], findFiles: () => Promise.resolve([]) });
  const collection = deepStub({
    set: (_uri: unknown, diagnostics: unknown[]) => onDiagnostics(Array.isArray(diagnostics) ? diagnostics.length : 0),
  });
  const register = (name: string) => (_selector: unknown, provider: unknown) => {
    providers[name] = provider;
    return deepStub();
  };
  stub.languages = deepStub({
    createDiagnosticCollection: () => collection,
    registerCompletionItemProvider: register('completion'),
    registerHoverProvider: register('hover'),
  });
  return stub;
}

async function activationChild(): Promise<void> {
  // `--bundle=<path relative to the root>`: the production bundle the bench builds, or dist/extension.js.
  const bundle = process.argv.find((arg) => arg.startsWith('--bundle='))?.slice('--bundle='.length) ?? 'dist/extension.js';
  const bundlePath = path.join(ROOT, bundle);
  const bundles = [bundle];
  const manifest = fs.readFileSync(path.join(ROOT, 'examples', 'journalnotat-assistent', 'ai-system.yaml'), 'utf8');
  let activateStart = 0;
  let activateCpuStart = process.cpuUsage();
  const cpuMsSince = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  let firstDiagnosticsCpuMs: number | null = null;
  let firstDiagnosticsMs: number | null = null;
  let firstDiagnostics: number | null = null;
  let published: () => void = () => undefined;
  const publishedOnce = new Promise<void>((resolve) => (published = resolve));
  // The bundle's names: the stub must have every `vscode.name` it reads.
  const bundleTexts = bundles.map((file) => fs.readFileSync(path.join(ROOT, file), 'utf8')).join('\n');
  const providers: Record<string, unknown> = {};
  let loadedAtFirstDiagnostics: string[] = [];
  const loadedBundles = () =>
    Object.keys(require.cache)
      .filter((file) => bundles.some((bundle) => path.join(ROOT, bundle) === file))
      .map((file) => path.relative(ROOT, file).split(path.sep).join('/'));
  const stub = vscodeStub(
    bundleTexts,
    manifest,
    (count) => {
      if (firstDiagnosticsMs !== null) return;
      firstDiagnosticsMs = performance.now() - activateStart;
      firstDiagnosticsCpuMs = cpuMsSince(activateCpuStart);
      firstDiagnostics = count;
      loadedAtFirstDiagnostics = loadedBundles();
      published();
    },
    providers,
  );
  installVscodeStub(ROOT, stub);

  const start = performance.now();
  const requireCpuStart = process.cpuUsage();
  const extension = require(bundlePath) as { activate?: (context: unknown) => unknown };
  const requireExtensionMs = performance.now() - start;
  const requireExtensionCpuMs = cpuMsSince(requireCpuStart);

  let activateMs: number | null = null;
  let activateError: string | undefined;
  const context = {
    subscriptions: [] as unknown[],
    extensionUri: deepStub(),
    extensionPath: ROOT,
    globalState: deepStub(),
    workspaceState: deepStub(),
  };
  activateStart = performance.now();
  activateCpuStart = process.cpuUsage();
  try {
    extension.activate?.(context);
    activateMs = performance.now() - activateStart;
    await Promise.race([publishedOnce, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  } catch (error) {
    activateError = error instanceof Error ? error.message : String(error);
  }

  // First use, after the first check: a completion at the start of a line.
  let firstCompletionMs: number | null = null;
  const completion = providers.completion as { provideCompletionItems?: (document: unknown, position: unknown) => unknown } | undefined;
  if (activateError === undefined && completion?.provideCompletionItems) {
    const document = (stub as unknown as { workspace: { textDocuments: unknown[] } }).workspace.textDocuments[0];
    const start = performance.now();
    const items = completion.provideCompletionItems(document, { offset: manifest.indexOf('\n') + 1 });
    firstCompletionMs = Array.isArray(items) && items.length > 0 ? performance.now() - start : null;
  }
  const out: ActivationResult = {
    requireExtensionMs,
    requireExtensionCpuMs,
    firstDiagnosticsCpuMs,
    activateMs,
    firstDiagnosticsMs,
    firstDiagnostics,
    loadedAtFirstDiagnostics,
    firstCompletionMs,
  };
  if (activateError) out.activateError = activateError;
  process.stdout.write(JSON.stringify(out));
  process.exit(0); // the extension's timers and listeners would keep the process alive
}

function medianOf(values: number[]): number {
  return stats(values).median;
}

/** Fresh processes per measurement: 7, or BENCH_ACTIVATION_RUNS. */
const ACTIVATION_RUNS = Number(process.env.BENCH_ACTIVATION_RUNS ?? 7);

/** Where the bench writes the production bundle of the extension (minified, as `vscode:prepublish` packages it). */
const PRODUCTION_BUNDLE = 'out/bench/extension.production.js';

/** Builds the extension's bundle as `vscode:prepublish` does (minified), to PRODUCTION_BUNDLE. */
async function buildProductionBundle(): Promise<void> {
  const { buildOptions } = (await import(pathToFileURL(path.join(ROOT, 'esbuild.mjs')).href)) as {
    buildOptions: (name: string, options: { production: boolean }) => Record<string, unknown>;
  };
  const esbuild = require('esbuild') as typeof import('esbuild');
  await esbuild.build({ ...buildOptions('extension', { production: true }), outfile: path.join(ROOT, PRODUCTION_BUNDLE) });
}

interface ActivationMedians {
  runs: number;
  median: ActivationResult;
  activateError?: string;
}

/**
 * The activation of the production bundle (what users get) and of the development one (`npm run build`), each in a
 * fresh process, the two alternated run by run so that the machine's load falls on both alike; and the CLI's cold start.
 */
async function activation(): Promise<{ production: ActivationMedians; development: ActivationMedians; cliColdStartMs: number }> {
  await buildProductionBundle();
  const runs: Record<'production' | 'development', ActivationResult[]> = { production: [], development: [] };
  const cliRuns: number[] = [];
  for (let i = 0; i < ACTIVATION_RUNS; i++) {
    for (const [which, bundle] of [
      ['production', PRODUCTION_BUNDLE],
      ['development', 'dist/extension.js'],
    ] as const) {
      const child = spawnSync(process.execPath, [__filename, '--activation-child', `--bundle=${bundle}`], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`activation child failed: ${child.stderr}`);
      runs[which].push(JSON.parse(child.stdout) as ActivationResult);
    }
    const start = performance.now();
    spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', path.join(ROOT, 'examples', 'journalnotat-assistent')], {
      encoding: 'utf8',
    });
    cliRuns.push(performance.now() - start);
  }
  const median = (values: (number | null)[]): number | null => {
    const present = values.filter((value): value is number => value !== null);
    return present.length > 0 ? medianOf(present) : null;
  };
  const medians = (of: ActivationResult[]): ActivationMedians => ({
    runs: of.length,
    median: {
      requireExtensionMs: medianOf(of.map((run) => run.requireExtensionMs)),
      requireExtensionCpuMs: medianOf(of.map((run) => run.requireExtensionCpuMs)),
      firstDiagnosticsCpuMs: median(of.map((run) => run.firstDiagnosticsCpuMs)),
      activateMs: median(of.map((run) => run.activateMs)),
      firstDiagnosticsMs: median(of.map((run) => run.firstDiagnosticsMs)),
      firstDiagnostics: of[0].firstDiagnostics,
      loadedAtFirstDiagnostics: of[0].loadedAtFirstDiagnostics,
      firstCompletionMs: median(of.map((run) => run.firstCompletionMs)),
    },
    activateError: of.find((run) => run.activateError)?.activateError,
  });
  return { production: medians(runs.production), development: medians(runs.development), cliColdStartMs: medianOf(cliRuns) };
}

// --- the report -----------------------------------------------------------------------------------

const fixed = (value: number, digits = 3): string =>
  value >= 100 ? value.toFixed(1) : value >= 10 ? value.toFixed(2) : value.toFixed(digits);
const cell = (s: Stats): string => `${fixed(s.median)} (${fixed(s.p10)}–${fixed(s.p90)})`;
const pad = (text: string, width: number): string => text.padStart(width);

function sizeOf(file: string): number | null {
  const full = path.join(ROOT, file);
  return fs.existsSync(full) ? fs.statSync(full).size : null;
}

/** Bytes of each bundle: as built in dist/ (`npm run build`: not minified), and minified (`vscode:prepublish`, built in memory). */
async function bundleSizes(): Promise<Record<string, { file: string; bytes: number | null; minifiedBytes: number }>> {
  const { buildAll } = (await import(pathToFileURL(path.join(ROOT, 'esbuild.mjs')).href)) as {
    buildAll: (options: {
      production: boolean;
      write: boolean;
    }) => Promise<Record<string, { outputFiles: { path: string; contents: Uint8Array }[] }>>;
  };
  const files = await bundleFiles();
  const minified = await buildAll({ production: true, write: false });
  return Object.fromEntries(
    Object.entries(files).map(([name, file]) => {
      const output = minified[name].outputFiles.find((candidate) => candidate.path === path.join(ROOT, file));
      return [name, { file, bytes: sizeOf(file), minifiedBytes: output?.contents.byteLength ?? Number.NaN }];
    }),
  );
}

/** Measures the activation and prints it with the sizes of the bundles. */
async function reportActivation(): Promise<{
  activation: Awaited<ReturnType<typeof activation>>;
  budgetMs: number;
  withinBudget: boolean;
  bundles: Awaited<ReturnType<typeof bundleSizes>>;
}> {
  const activated = await activation();
  const load = `load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores: wall times grow with it`;
  console.log(`\nActivation (fresh process each, median of ${activated.production.runs}; the two bundles alternated; ${load}):`);
  let withinBudget = false;
  for (const [which, measured, file] of [
    ['production (minified, as packaged)', activated.production, PRODUCTION_BUNDLE],
    ['development (npm run build)', activated.development, 'dist/extension.js'],
  ] as const) {
    const median = measured.median;
    console.log(`  ${which}:`);
    console.log(
      `    require ${file} (stub vscode): ${fixed(median.requireExtensionMs)} ms (CPU time ${fixed(median.requireExtensionCpuMs)} ms)`,
    );
    console.log(
      `    activate(), its synchronous part (it starts the check of the open manifest): ${
        median.activateMs === null ? `threw with the stub: ${measured.activateError}` : `${fixed(median.activateMs)} ms`
      }`,
    );
    const diagnosticsMs = median.firstDiagnosticsMs;
    const cpuMs = median.firstDiagnosticsCpuMs;
    console.log(
      `    activate() to the first diagnostics of examples/journalnotat-assistent: ${
        diagnosticsMs === null
          ? 'not observed (no diagnostics were published within 10 s)'
          : `${fixed(diagnosticsMs)} ms (CPU time ${cpuMs === null ? '?' : `${fixed(cpuMs)} ms`}; ${median.firstDiagnostics} diagnostics: the stub file system has none of the documents the manifest names)`
      }`,
    );
    console.log(`    files loaded by then: ${median.loadedAtFirstDiagnostics.join(', ') || 'none'}`);
    const total = diagnosticsMs === null ? null : median.requireExtensionMs + diagnosticsMs;
    console.log(
      `    require + activate() + first diagnostics: ${total === null ? 'not measured' : `${fixed(total)} ms`} (CPU time ${
        cpuMs === null ? '?' : fixed(median.requireExtensionCpuMs + cpuMs)
      } ms); budget ${ACTIVATION_BUDGET_MS} ms: ${total !== null && total <= ACTIVATION_BUDGET_MS ? 'met' : 'NOT met'}`,
    );
    console.log(
      `    then the first completion request: ${median.firstCompletionMs === null ? 'no items' : `${fixed(median.firstCompletionMs)} ms`}`,
    );
    if (measured === activated.production) withinBudget = total !== null && total <= ACTIVATION_BUDGET_MS;
  }
  console.log(
    `  CLI cold start, whole process \`node dist/cli.js check examples/journalnotat-assistent\`: ${fixed(activated.cliColdStartMs)} ms`,
  );

  const bundles = await bundleSizes();
  const kib = (bytes: number | null) => (bytes === null ? 'missing' : `${(bytes / 1024).toFixed(1)} KiB`);
  console.log('\nBundles (as built by `npm run build`, not minified / minified as packaged):');
  for (const [name, { file, bytes, minifiedBytes }] of Object.entries(bundles)) {
    const what = name === 'web' ? ' (the browser entry, package.json "browser")' : name === 'extension' ? ' (package.json "main")' : '';
    console.log(`  ${file}${what}: ${kib(bytes)} / ${kib(minifiedBytes)}`);
  }
  return { activation: activated, budgetMs: ACTIVATION_BUDGET_MS, withinBudget, bundles };
}

/** `--only-activation`: the activation and the bundles' sizes, without the check and completion timings. */
async function activationOnly(): Promise<void> {
  console.log(
    `Machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, Node ${process.version}; load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
  const report = { date: new Date().toISOString(), ...(await reportActivation()) };
  fs.mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'out', 'bench-activation.json'), JSON.stringify(report, null, 2) + '\n');
  console.log('\nWritten: out/bench-activation.json');
}

async function main(): Promise<void> {
  const { checkManifestText } = core();
  const floor = floorCheck();
  const yls = yamlLanguageService();
  const { TextDocument } = textDocuments();
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
  const loadAverage = (): string =>
    os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' ');
  const loadAtStart = loadAverage();
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.platform}`);
  console.log(`Load average at the start (1, 5, 15 min): ${loadAtStart} — other work on the machine widens the spread.`);
  console.log(`Each cell: median ms per run (p10–p90), after warm-up, runs adapted to ~${BUDGET_MS} ms per cell.`);
  console.log("(a') is our check of the same text behind a `%YAML 1.2` directive, which the fast path leaves to the yaml package.\n");

  const rows = [];
  for (const size of SIZES) {
    const text = generateManifest(size);
    const lines = countLines(text);
    const ours = checkManifestText(text);
    const theirs = await yls.doValidation(textDocument(text), false);
    // The same manifest behind a `%YAML 1.2` directive, which the fast path leaves to the yaml package: what a
    // manifest outside the fast path's subset (anchors, tags, flow mappings, …) costs.
    const viaYaml = `%YAML 1.2\n---\n${text}`;
    const oursViaYaml = checkManifestText(viaYaml);
    if (oursViaYaml.findings.map((f) => f.ruleId).join() !== ours.findings.map((f) => f.ruleId).join()) {
      throw new Error('the check through yaml found something else than the fast path');
    }
    const { a, b, c, aYaml } = await measure({
      a: () => checkManifestText(text),
      b: () => yls.doValidation(textDocument(text), false),
      c: () => floor(text),
      aYaml: () => checkManifestText(viaYaml),
    });
    const row = {
      targetLines: size,
      lines,
      bytes: Buffer.byteLength(text),
      findings: { ours: ours.findings.length, yamlLanguageServer: theirs.length },
      ours: a,
      yamlLanguageServer: b,
      floor: c,
      oursThroughYaml: aYaml,
      ratioOursToYls: a.median / b.median,
      ratioOursThroughYamlToYls: aYaml.median / b.median,
      ratioOursToFloor: a.median / c.median,
      ratioFloorToYls: c.median / b.median,
      oursMsPer1000Lines: (a.median / lines) * 1000,
    };
    rows.push(row);
    console.error(`  measured ${lines} lines`);
  }

  const header = [
    'lines',
    'KiB',
    '(a) ours check',
    '(b) yaml-language-server',
    '(c) floor: yaml+ajv',
    'a/b',
    'a/c',
    'c/b',
    'a ms/1k lines',
    "(a') ours via yaml",
    "a'/b",
  ];
  const widths = [7, 7, 26, 28, 26, 6, 6, 6, 14, 26, 6];
  console.log(header.map((h, i) => pad(h, widths[i])).join(' '));
  for (const row of rows) {
    console.log(
      [
        String(row.lines),
        (row.bytes / 1024).toFixed(0),
        cell(row.ours),
        cell(row.yamlLanguageServer),
        cell(row.floor),
        row.ratioOursToYls.toFixed(2),
        row.ratioOursToFloor.toFixed(2),
        row.ratioFloorToYls.toFixed(2),
        row.oursMsPer1000Lines.toFixed(3),
        cell(row.oursThroughYaml),
        row.ratioOursThroughYamlToYls.toFixed(2),
      ]
        .map((text, i) => pad(text, widths[i]))
        .join(' '),
    );
  }
  console.log(
    `Findings per size (ours / yaml-language-server): ${rows.map((r) => `${r.findings.ours}/${r.findings.yamlLanguageServer}`).join(', ')}`,
  );

  // Completion at a value and at a key in the 500-line manifest.
  const base = generateManifest(500);
  const valueText = base.replace('  category: decision-support', '  category: ');
  const valueOffset = valueText.indexOf('  category: ') + '  category: '.length;
  // transparency has neither contentMarking nor exposureNotice: both are offered at a new key there.
  const keyText = base.replace('  workersInformed: true\n', '  workersInformed: true\n  \n');
  const keyOffset = keyText.indexOf('  workersInformed: true\n  \n') + '  workersInformed: true\n  '.length;
  const completeAt = ourCompletion();
  const completion: Record<string, unknown> = {};
  for (const [name, text, offset] of [
    ['value', valueText, valueOffset],
    ['key', keyText, keyOffset],
  ] as const) {
    const position = TextDocument.create(DOCUMENT_URI, 'yaml', 0, text).positionAt(offset);
    const theirs = await yls.doComplete(textDocument(text), position, false);
    const entry: Record<string, unknown> = { position, yamlLanguageServerItems: theirs.items.length };
    if (completeAt) {
      const timed = await measure({
        ours: () => completeAt(text, offset, 'en'),
        yls: () => yls.doComplete(textDocument(text), position, false),
      });
      entry.ours = timed.ours;
      entry.yamlLanguageServer = timed.yls;
      entry.oursItems = countItems(completeAt(text, offset, 'en'));
    } else {
      entry.yamlLanguageServer = (await measure({ yls: () => yls.doComplete(textDocument(text), position, false) })).yls;
      entry.ours = 'TODO: src/core/features/completion.ts (completeAt) does not exist yet; not measured';
    }
    completion[name] = entry;
  }
  console.log('\nCompletion in the 500-line manifest (median ms, p10–p90):');
  for (const [name, entry] of Object.entries(completion) as [
    string,
    { ours: Stats | string; yamlLanguageServer: Stats; oursItems?: number; yamlLanguageServerItems: number },
  ][]) {
    const ours = typeof entry.ours === 'string' ? entry.ours : `${cell(entry.ours)} (${entry.oursItems} items)`;
    console.log(
      `  at a ${name}: ours ${ours}; yaml-language-server ${cell(entry.yamlLanguageServer)} (${entry.yamlLanguageServerItems} items)`,
    );
  }

  const register = await registerBench();
  printRegister(register);
  const citizensPage = await citizensPageBench();
  printCitizensPage(citizensPage);
  const documents = await documentsBench();
  printDocuments(documents);
  const editor = await editorFeatures(yls);
  const examples = await examplesWithDocuments();
  reportExamples(examples);

  const { activation: activated, bundles } = await reportActivation();
  sampleMemory(true);
  console.log(`Peak memory of the bench process: rss ${memory.peakRssMB.toFixed(0)} MiB, heapUsed ${memory.peakHeapUsedMB.toFixed(0)} MiB`);

  const loadAtEnd = loadAverage();
  console.log(`Load average at the end: ${loadAtEnd}`);
  const report = {
    date: new Date().toISOString(),
    machine,
    loadAverage: { start: loadAtStart, end: loadAtEnd },
    budgetMsPerCell: BUDGET_MS,
    sizes: rows,
    register,
    citizensPage,
    documents,
    completion,
    editor,
    examples,
    activation: activated,
    bundles,
    peakMemory: memory,
  };
  fs.mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'out', 'bench.json'), JSON.stringify(report, null, 2) + '\n');
  console.log('\nWritten: out/bench.json');
}

/**
 * The editor features a manifest asks for as it opens, on the 5,000-line manifest, each from the text (a fresh parse
 * every run, as after an edit): document symbols (with the check's findings as details), document links, the summary
 * lens (from a check result), and Format Document; yaml-language-server's document symbols and links beside them.
 * The check itself is timed in the table above; the extension runs it once per version and these reuse it.
 */
async function editorFeatures(yls: LanguageService): Promise<Record<string, unknown>> {
  const { documentSymbols } = require('../src/core/features/symbols') as typeof import('../src/core/features/symbols');
  const { documentLinks } = require('../src/core/features/links') as typeof import('../src/core/features/links');
  const { summaryLens } = require('../src/core/features/summaryLens') as typeof import('../src/core/features/summaryLens');
  const { formatManifest } = require('../src/core/features/format') as typeof import('../src/core/features/format');
  const { parseManifest } = require('../src/core/yaml/parse') as typeof import('../src/core/yaml/parse');
  const { checkManifestText } = core();
  const text = generateManifest(5_000);
  const lines = countLines(text);
  const checked = checkManifestText(text);
  const count = (symbols: { children: unknown[] }[]): number =>
    symbols.reduce((sum, symbol) => sum + 1 + count(symbol.children as { children: unknown[] }[]), 0);
  const symbols = documentSymbols(checked.parsed, { lang: 'en', findings: checked.findings, tier: checked.tier?.tier });
  const theirSymbols = yls.findDocumentSymbols2(textDocument(text), {});
  const timed = await measure({
    symbols: () => {
      const parsed = parseManifest(text);
      return documentSymbols(parsed, { lang: 'en', findings: checked.findings, tier: checked.tier?.tier });
    },
    // As the editor asks: from the parse of the check it already ran for this version of the text (ManifestService).
    symbolsFromCheck: () => documentSymbols(checked.parsed, { lang: 'en', findings: checked.findings, tier: checked.tier?.tier }),
    symbolsYls: () => yls.findDocumentSymbols2(textDocument(text), {}),
    links: () => documentLinks(parseManifest(text), checked.findings),
    // As the editor asks: from the parse of the check it already ran for this version of the text (ManifestService).
    linksFromCheck: () => documentLinks(checked.parsed, checked.findings),
    linksYls: () => yls.findLinks(textDocument(text)),
    lens: () => summaryLens(checked, 'en', '2026-11-24', 'amended'),
    format: () => formatManifest(text),
  });
  const result = {
    lines,
    symbols: {
      ours: timed.symbols,
      oursFromCheck: timed.symbolsFromCheck,
      oursCount: count(symbols),
      yamlLanguageServer: timed.symbolsYls,
      yamlLanguageServerCount: count(theirSymbols as { children: unknown[] }[]),
    },
    links: {
      ours: timed.links,
      oursFromCheck: timed.linksFromCheck,
      oursCount: documentLinks(parseManifest(text), checked.findings).length,
      yamlLanguageServer: timed.linksYls,
    },
    summaryLens: timed.lens,
    format: { ours: timed.format, formatted: formatManifest(text) !== undefined },
  };
  console.log(`\nEditor features of the ${lines}-line manifest (median ms, p10–p90; each from the text, a fresh parse every run):`);
  console.log(
    `  document symbols: ours ${cell(timed.symbols)} (${result.symbols.oursCount} symbols), from the check's parse (as the editor) ${cell(timed.symbolsFromCheck)}; yaml-language-server ${cell(timed.symbolsYls)} (${result.symbols.yamlLanguageServerCount})`,
  );
  console.log(
    `  document links: ours ${cell(timed.links)} (${result.links.oursCount} links), from the check's parse (as the editor) ${cell(timed.linksFromCheck)}; yaml-language-server ${cell(timed.linksYls)}`,
  );
  console.log(`  summary lens (from the check result): ${cell(timed.lens)}`);
  console.log(`  Format Document: ${cell(timed.format)}${result.format.formatted ? '' : ' (left unchanged)'}`);
  return result;
}

async function editorOnly(): Promise<void> {
  console.log(
    `Machine: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, Node ${process.version}; load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
  const editor = await editorFeatures(yamlLanguageService());
  fs.mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'out', 'bench-editor.json'), JSON.stringify({ date: new Date().toISOString(), editor }, null, 2) + '\n');
  console.log('\nWritten: out/bench-editor.json');
}

if (process.argv.includes('--activation-child')) {
  activationChild().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else if (process.argv.includes('--only-activation')) {
  activationOnly().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else if (process.argv.includes('--only-register')) {
  registerBench().then(printRegister, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else if (process.argv.includes('--only-citizens-page')) {
  citizensPageBench().then(printCitizensPage, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else if (process.argv.includes('--only-documents')) {
  documentsBench().then(printDocuments, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else if (process.argv.includes('--only-editor')) {
  editorOnly().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else if (process.argv.includes('--only-examples')) {
  examplesOnly().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
