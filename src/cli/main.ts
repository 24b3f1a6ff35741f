import { errorDetail, errorMessage } from '../core/errors';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assess } from '../core/assessment/assess';
import { checkManifest, type CheckResult } from '../core/check';
import { decodeManifestBytes, notUtf8Finding } from '../core/yaml/parse';
import { localIsoDate } from '../core/law/timeline';
import { EDITION_CHOICES, resolveEdition, type EditionChoice } from '../core/law/dutyDate';
import type { Lang } from '../core/types';
import { localize, localized } from '../core/l10n';
import { buildEntry, type RegisterEntry } from '../core/register/record';
import { REGISTER_FORMATS, registerFileName, renderRegister, type RegisterFormat } from '../core/register/index';
import { readCitizenNotices, type CitizensPage } from '../core/register/citizensPage';
import { CliError, fileExistsBeside, findManifests, readDocumentBeside, UnreadablePathError } from './files';
import {
  findingLine,
  formatAssessmentJson,
  formatAssessmentText,
  formatGitlab,
  formatJson,
  formatSarif,
  formatText,
  summarise,
  type FileReport,
} from './output';

declare const PACKAGE_VERSION: string | undefined;
const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev';

const USAGE = `Usage:
  ai-system-manifest check [PATH ...] [--format text|json|sarif|gitlab] [--lang en|da] [--edition auto|adopted|amended]
                           [--date YYYY-MM-DD] [--due-only]
  ai-system-manifest assess PATH [--format text|json] [--lang en|da] [--date YYYY-MM-DD] [--edition auto|adopted|amended]
  ai-system-manifest register [PATH ...] [--format json|csv|markdown|eu-database|cyclonedx|html] [--lang en|da]
                     [--date YYYY-MM-DD] [--edition auto|adopted|amended] [--output FILE|DIR] [--include-unready]

check   checks the named manifests, or every ai-system.yaml / *.ai-system.yaml under the named folders
        (default: the current folder). Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable path.
        --date is the reference date (default: today): of the auto edition, of --due-only and of
        acceptedFindings' expiry. --due-only lowers findings of duties that apply to the system only after the
        date to information, so the exit status reflects the duties in force on the date.
assess  prints the AI Act risk tier with its reasons, and the obligations with their status on a date
        (default: today).
register  one record per manifest found as check finds them: the register of AI systems (default format json).
        Exit status: 0, 1 when a record the format needs is incomplete (eu-database), 2 bad usage or unreadable path.
        --format html: the citizens' page (Danish unless --lang en): one static page, a section per system that
        concerns citizens. A system whose citizen notice is not written, or with an error about transparency,
        automated decisions or explanation, is not ready: listed on stderr and left out (exit status 1) unless
        --include-unready. --output DIR writes DIR/index.html.
--edition auto (the default) uses the text of the AI Act in force on the date (the Digital Omnibus from its
        entry into force); adopted or amended force one text, for comparison.
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today's date as YYYY-MM-DD; the only clock the CLI reads. */
  today: () => string;
}

/** Bad usage: the message, then the usage. */
class UsageError extends CliError {}

interface Options {
  command: 'check' | 'assess' | 'register';
  paths: string[];
  format: string;
  lang: Lang;
  date?: string;
  edition: EditionChoice;
  dueOnly: boolean;
  /** register: write to this file (or, given a folder, to a file in it) instead of standard output. */
  output?: string;
  /** register --format html: show the systems not ready to publish too. */
  includeUnready: boolean;
  /** --lang was given (html defaults to Danish, the other formats to English). */
  langGiven: boolean;
}

function parseArguments(args: string[]): Options | 'help' | 'version' {
  if (args.includes('--help') || args.includes('-h')) return 'help';
  if (args.includes('--version')) return 'version';
  const [command, ...rest] = args;
  if (command !== 'check' && command !== 'assess' && command !== 'register') {
    throw new UsageError(command ? localized("unknown command '{0}'", command) : localized('missing command'));
  }
  const options: Options = {
    command,
    paths: [],
    format: command === 'register' ? 'json' : 'text',
    lang: 'en',
    edition: 'auto',
    dueOnly: false,
    includeUnready: false,
    langGiven: false,
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(localized('{0} needs a value', flag));
      return v;
    };
    switch (flag) {
      case '--format':
        options.format = value();
        break;
      case '--lang': {
        const lang = value();
        if (lang !== 'en' && lang !== 'da') throw new UsageError(localized("--lang must be en or da, not '{0}'", lang));
        options.lang = lang;
        options.langGiven = true;
        break;
      }
      case '--date': {
        const date = value();
        if (!isIsoDate(date)) throw new UsageError(localized("--date must be a date as YYYY-MM-DD, not '{0}'", date));
        options.date = date;
        break;
      }
      case '--edition': {
        const edition = value();
        if (!EDITION_CHOICES.includes(edition as EditionChoice))
          throw new UsageError(localized("--edition must be {0}, not '{1}'", EDITION_CHOICES.join(', '), edition));
        options.edition = edition as EditionChoice;
        break;
      }
      case '--output':
        if (command !== 'register') throw new UsageError(localized('--output is an option of register'));
        options.output = value();
        break;
      case '--include-unready':
        if (command !== 'register') throw new UsageError(localized('--include-unready is an option of register'));
        options.includeUnready = true;
        break;
      case '--due-only':
        if (command !== 'check') throw new UsageError(localized('--due-only is an option of check'));
        options.dueOnly = true;
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(localized("unknown option '{0}'", flag));
        options.paths.push(arg);
    }
  }
  const formats =
    command === 'check' ? ['text', 'json', 'sarif', 'gitlab'] : command === 'register' ? [...REGISTER_FORMATS] : ['text', 'json'];
  if (!formats.includes(options.format))
    throw new UsageError(localized("--format for {0} must be {1}, not '{2}'", command, formats.join(', '), options.format));
  if (options.includeUnready && options.format !== 'html') throw new UsageError(localized('--include-unready goes with --format html'));
  if (options.format === 'html' && !options.langGiven) options.lang = 'da';
  if (command === 'assess' && options.paths.length !== 1) throw new UsageError(localized('assess takes exactly one manifest path'));
  if ((command === 'check' || command === 'register') && options.paths.length === 0) options.paths.push('.');
  return options;
}

/** The language of a usage error: `--lang`'s value where it is one (the usage itself is English). */
function langAsked(args: string[]): Lang {
  const at = args.indexOf('--lang');
  const asked = at >= 0 ? args[at + 1] : args.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  return asked === 'en' || asked === 'da' ? asked : 'en';
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

interface CheckFileOptions {
  edition: EditionChoice;
  /** The reference date: the auto edition, --due-only and acceptedFindings' expiry. */
  date: string;
  dueOnly: boolean;
}

async function checkFile(file: string, options: CheckFileOptions): Promise<CheckResult | FileReport> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new UnreadablePathError(localized("cannot read '{0}'", file));
  }
  const text = decodeManifestBytes(bytes);
  if (text === undefined) return { file, tier: null, findings: [notUtf8Finding()], edition: resolveEdition(options.edition, options.date) };
  return checkManifest(text, {
    edition: options.edition,
    referenceDate: options.date,
    dueOnly: options.dueOnly,
    fileExists: fileExistsBeside(file),
    readDocument: readDocumentBeside(file),
  });
}

function isReport(value: CheckResult | FileReport): value is FileReport {
  return 'file' in value;
}

/** Runs the CLI; returns the exit status. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  let options: ReturnType<typeof parseArguments>;
  try {
    options = parseArguments(args);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`ai-system-manifest: ${error.text[langAsked(args)]}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (options === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (options === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  try {
    if (options.command === 'check') {
      const files = findManifests(options.paths);
      if (files.length === 0) io.stderr(noManifests(options));
      const reports: FileReport[] = [];
      const date = options.date ?? io.today();
      for (const file of files) {
        const result = await checkFile(file, { edition: options.edition, date, dueOnly: options.dueOnly });
        reports.push(
          isReport(result)
            ? result
            : {
                file,
                tier: result.tier?.tier ?? null,
                ...(result.tier?.tier === null ? { undetermined: result.tier.undetermined } : {}),
                findings: result.findings,
                edition: result.edition,
                date,
              },
        );
      }
      const render = {
        text: formatText,
        json: formatJson,
        sarif: (r: FileReport[], l: Lang) => formatSarif(r, l, VERSION),
        gitlab: formatGitlab,
      }[options.format as 'text' | 'json' | 'sarif' | 'gitlab'];
      io.stdout(render(reports, options.lang));
      return summarise(reports).errors > 0 ? 1 : 0;
    }
    if (options.command === 'register') return await register(options, io);
    const file = options.paths[0];
    if (!fs.existsSync(file)) throw new UnreadablePathError(localized("cannot read '{0}': no such file", file));
    if (fs.statSync(file).isDirectory())
      throw new UnreadablePathError(
        localized("cannot read '{0}': a folder, not a manifest file (assess takes one manifest; check takes folders)", file),
      );
    if (!fs.statSync(file).isFile()) throw new UnreadablePathError(localized("cannot read '{0}': not a file", file));
    const date = options.date ?? io.today();
    const result = await checkFile(file, { edition: options.edition, date, dueOnly: false });
    const resolved = resolveEdition(options.edition, date);
    const assessment = isReport(result)
      ? { tier: null, reasons: [], obligations: [], date, edition: resolved.edition, editionInForce: resolved.inForce }
      : assess(result, date);
    io.stdout(
      options.format === 'json'
        ? formatAssessmentJson(file, assessment, options.lang)
        : formatAssessmentText(file, assessment, options.lang),
    );
    if (assessment.tier === null) {
      if (assessment.undetermined) return 1; // the text says what to fill in
      for (const finding of result.findings) io.stderr(`${findingLine(file, finding, options.lang)}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof UnreadablePathError) {
      io.stderr(`ai-system-manifest: ${error.text[options.lang]}\n`);
      return 2;
    }
    throw error;
  }
}

/** `register`: one check per manifest (documents looked up by that check, once), its entry, then the format. */
async function register(options: Options, io: CliIo): Promise<number> {
  const files = findManifests(options.paths);
  if (files.length === 0) io.stderr(noManifests(options));
  const date = options.date ?? io.today();
  const entries: RegisterEntry[] = [];
  const edition = resolveEdition(options.edition, date).edition;
  /** Each entry's manifest as found (the entry's `file` is `/`-separated), for the notices' reader. */
  const fileOf = new Map<RegisterEntry, string>();
  for (const file of files) {
    const result = await checkFile(file, { edition, date, dueOnly: false });
    const entry = isReport(result)
      ? buildEntry({ file, result: undefined, findings: result.findings, date, edition })
      : buildEntry({ file, result, findings: result.findings, date, edition });
    fileOf.set(entry, file);
    entries.push(entry);
  }
  const format = options.format as RegisterFormat;
  const notices =
    format === 'html'
      ? await readCitizenNotices(entries, (entry) => readDocumentBeside(fileOf.get(entry) ?? entry.file))
      : new Map<string, string>();
  const rendered = renderRegister(format, entries, { lang: options.lang, date, edition }, VERSION, {
    notices,
    includeUnready: options.includeUnready,
  });
  const output =
    options.output && isFolder(options.output)
      ? path.join(options.output, format === 'html' ? 'index.html' : registerFileName(format, date))
      : options.output;
  if (output) {
    try {
      fs.writeFileSync(output, rendered.text);
    } catch (error) {
      throw new UnreadablePathError(localized("cannot write '{0}': {1}", output, errorMessage(error)));
    }
    io.stderr(`ai-system-manifest: ${wroteText(rendered.citizensPage?.systems.length, entries.length, output, options.lang)}\n`);
  } else {
    io.stdout(rendered.text);
  }
  if (rendered.citizensPage) io.stderr(notReadySummary(rendered.citizensPage, options.lang));
  return rendered.incomplete ? 1 : 0;
}

function isFolder(target: string): boolean {
  if (/[\\/]$/.test(target)) return true;
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
}

/** Said on stderr when the paths hold no manifest (in the output's language: the citizens' page is Danish by default). */
function noManifests(options: Options): string {
  return `ai-system-manifest: ${localize(options.lang, 'no manifests (ai-system.yaml, *.ai-system.yaml) found under {0}', options.paths.join(', '))}\n`;
}

/** "wrote the citizens' page (4 system(s)) to …" (html) or "wrote 7 record(s) to …", in the output's language. */
function wroteText(pageSystems: number | undefined, records: number, output: string, lang: Lang): string {
  if (pageSystems !== undefined)
    return pageSystems === 1
      ? localize(lang, "wrote the citizens' page (1 system(s)) to {0}", output)
      : localize(lang, "wrote the citizens' page ({0} system(s)) to {1}", pageSystems, output);
  return records === 1 ? localize(lang, 'wrote 1 record(s) to {0}', output) : localize(lang, 'wrote {0} record(s) to {1}', records, output);
}

/** The systems not ready to publish on the citizens' page, for stderr: file, id, and each finding that keeps it off. */
function notReadySummary(page: CitizensPage, lang: Lang): string {
  if (page.notReady.length === 0) return '';
  const count = page.notReady.length;
  const lines = [
    `ai-system-manifest: ${
      page.leftOut.length > 0
        ? count === 1
          ? localize(lang, "1 system(s) not ready to publish, left out of the citizens' page (--include-unready shows them):")
          : localize(lang, "{0} system(s) not ready to publish, left out of the citizens' page (--include-unready shows them):", count)
        : count === 1
          ? localize(lang, '1 system(s) not ready to publish, shown marked as such (--include-unready):')
          : localize(lang, '{0} system(s) not ready to publish, shown marked as such (--include-unready):', count)
    }`,
  ];
  for (const system of page.notReady) {
    lines.push(`  ${system.file} (#${system.anchor}):`);
    for (const reason of system.notReady)
      lines.push(
        `    ${[reason.ruleId, reason.field].filter(Boolean).join(' ')}${reason.ruleId || reason.field ? ': ' : ''}${reason.message[lang]}`,
      );
  }
  return lines.join('\n') + '\n';
}

if (require.main === module) {
  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    today: () => localIsoDate(new Date()),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`ai-system-manifest: internal error: ${errorDetail(error)}\n`);
      process.exitCode = 2;
    },
  );
}
