import { cite } from '../law/articles';
import { counted, findingCounts } from '../counts';
import { formatDate, type Edition } from '../law/timeline';
import { TIER_NAMES } from '../law/tiers';
import type { Lang, Localized } from '../types';
import { localize, localized } from '../l10n';
import { enumName, type EnumKind } from '../law/enumNames';
import { displayName, recordJson, type RegisterEntry, type RegisterRecord } from './record';
import { dutyWhen } from '../views/dutyText';
import { resolveEdition } from '../law/dutyDate';

export interface RegisterOptions {
  lang: Lang;
  /** The reference date (ISO) the register is made on. */
  date: string;
  edition: Edition;
}

/**
 * Whether the register's edition was the law on its date: false where `--edition` forced the other one, for comparison
 * (spec "Editions of the law": the output says so).
 */
export function editionInForceOn(options: Pick<RegisterOptions, 'edition' | 'date'>): boolean {
  return resolveEdition(options.edition, options.date).inForce;
}

/** `{ generated, edition, editionInForce, systems: [RECORD …] }` (spec: "The register"). */
export function formatRegisterJson(entries: readonly RegisterEntry[], options: RegisterOptions): string {
  return (
    JSON.stringify(
      {
        generated: options.date,
        edition: options.edition,
        editionInForce: editionInForceOn(options),
        systems: entries.map((e) => recordJson(e, options.lang)),
      },
      null,
      2,
    ) + '\n'
  );
}

/** "High risk" / "Højrisiko", or "not determined". */
export function tierLabel(tier: RegisterRecord['tier'], lang: Lang): string {
  return tier ? TIER_NAMES[tier].short[lang] : localize(lang, 'not determined');
}

/**
 * The English names of roles and statuses where the register says more than the value ("in production"). Danish
 * names come from the one table of enum names (src/core/law/enumNames.ts, from the schema's Danish texts), so the
 * register, the AI systems view and the citizens' page name a value as hover, completion and messages do.
 */
const ROLE_NAMES_EN: Readonly<Record<string, string>> = { 'provider-and-deployer': 'provider and deployer' };
const STATUS_NAMES_EN: Readonly<Record<string, string>> = { development: 'in development', production: 'in production' };

/** The role as the AI Act names it in the language (the value itself when it is not one of the spec's). */
export function roleLabel(role: string | null, lang: Lang): string | null {
  if (role === null) return null;
  return lang === 'da' ? enumName('role', role, lang) : (ROLE_NAMES_EN[role] ?? role);
}

/** The system's status in the language (the value itself when it is not one of the spec's). */
export function statusLabel(status: string | null, lang: Lang): string | null {
  if (status === null) return null;
  return lang === 'da' ? enumName('status', status, lang) : (STATUS_NAMES_EN[status] ?? status);
}

const yesNo = (value: boolean, lang: Lang) => (value ? localize(lang, 'yes') : localize(lang, 'no'));

function cell(value: string | number | boolean | null | readonly string[], lang: Lang): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return yesNo(value, lang);
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

interface Column {
  key: string;
  header: Localized;
  value: (record: RegisterRecord, lang: Lang) => string | number | boolean | null | readonly string[];
}

const column = (key: string, header: Localized, value: Column['value']): Column => ({ key, header, value });
const field = (key: keyof RegisterRecord, header: Localized): Column =>
  column(key, header, (record) => record[key] as string | number | boolean | null | readonly string[]);

/** The CSV's columns: the JSON record's fields, flattened (findings and nextDuty in columns of their own). */
export const REGISTER_COLUMNS: readonly Column[] = [
  field('file', localized('File')),
  field('id', localized('Id')),
  field('name', localized('Name')),
  field('description', localized('Description')),
  field('organisation', localized('Organisation')),
  field('unit', localized('Unit')),
  field('contact', localized('Contact')),
  field('role', localized('Role (AI Act)')),
  field('status', localized('Status')),
  field('tier', localized('Risk tier')),
  column('tierLabel', localized('Risk tier (text)'), (record, lang) => tierLabel(record.tier, lang)),
  field('annexIII', localized('Annex III areas')),
  field('practices', localized('Practices (Arts. 5, 50)')),
  field('profiles', localized('Profiling')),
  field('legalBasis', localized('Legal basis (act)')),
  field('legalProvision', localized('Provision')),
  field('dpia', localized('Data protection impact assessment')),
  field('fria', localized('Fundamental rights impact assessment')),
  field('inServiceSince', localized('In service since')),
  field('providerRegistration', localized("Provider's EU database registration")),
  field('deployerRegistration', localized("Deployer's EU database registration")),
  column('errors', localized('Errors'), (record) => record.findings.errors),
  column('warnings', localized('Warnings'), (record) => record.findings.warnings),
  column('information', localized('Information'), (record) => record.findings.information),
  column('accepted', localized('Accepted findings'), (record) => record.findings.accepted),
  column('nextDuty', localized('Next duty'), (record, lang) => record.nextDuty?.text[lang] ?? null),
  column('nextDutyArticle', localized('Next duty: article'), (record, lang) =>
    record.nextDuty ? cite(record.nextDuty.article, lang) : null,
  ),
  column('nextDutyAppliesFrom', localized('Next duty: applies from'), (record) => record.nextDuty?.appliesFrom ?? null),
  field('missing', localized('Duties missing')),
];

/** The CSV's separator: `;` for Danish (Excel with Danish regional settings), `,` for English. */
export function csvSeparator(lang: Lang): string {
  return lang === 'da' ? ';' : ',';
}

/**
 * One CSV field (RFC 4180): quoted when it holds the separator, a quote, CR or LF, quotes doubled. A text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading apostrophe, so that a
 * manifest cannot put a formula into the register (OWASP "CSV injection").
 */
export function csvField(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a UTF-8 byte-order mark and CRLF line ends; the header row in the chosen language. */
export function formatRegisterCsv(entries: readonly RegisterEntry[], options: RegisterOptions): string {
  const separator = csvSeparator(options.lang);
  const rows = [REGISTER_COLUMNS.map((c) => csvField(c.header[options.lang], separator))];
  for (const entry of entries)
    rows.push(REGISTER_COLUMNS.map((c) => csvField(cell(c.value(entry.record, options.lang), options.lang), separator)));
  return '\uFEFF' + rows.map((row) => row.join(separator)).join('\r\n') + '\r\n';
}

/** Text safe inside a Markdown table cell or line: pipes escaped, line breaks and HTML-looking brackets neutralised. */
export function markdownText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s*\r?\n\s*/g, ' ');
}

/** The edition of the AI Act the register's dates follow, and whether it was the law on the register's date. */
function editionText(options: RegisterOptions, lang: Lang): string {
  const title =
    options.edition === 'adopted'
      ? localize(lang, 'as adopted (Regulation (EU) 2024/1689)')
      : localize(lang, 'as amended by the Digital Omnibus (Regulation (EU) 2026/1744)');
  return editionInForceOn(options)
    ? title
    : localize(lang, '{0} — not the law in force on {1}, shown for comparison', title, formatDate(options.date, lang));
}

/** A list of enum values by their names in the language ("ingen" for an empty list, "ikke besvaret" for none given). */
function enumList(kind: EnumKind, value: string[] | null, lang: Lang): string {
  if (value === null) return localize(lang, 'not answered');
  if (value.length === 0) return localize(lang, 'none');
  return value.map((v) => markdownText(enumName(kind, v, lang))).join(', ');
}

function markdownRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The register page: a summary table and a section per system. */
export function formatRegisterMarkdown(entries: readonly RegisterEntry[], options: RegisterOptions): string {
  const { lang } = options;
  const dash = '—';
  const lines = [
    `# ${localize(lang, 'Register of AI systems')}`,
    '',
    localize(
      lang,
      'Made from the `ai-system.yaml` manifests on {0}, dates of the AI Act {1}. Guidance only: check with your legal or data protection function.',
      formatDate(options.date, lang),
      editionText(options, lang),
    ),
    '',
    entries.length === 1 ? localize(lang, '1 system.') : localize(lang, '{0} systems.', entries.length),
    '',
  ];
  if (entries.length === 0) return [...lines, localize(lang, 'No manifests found.'), ''].join('\n');
  lines.push(`## ${localize(lang, 'Summary')}`, '');
  lines.push(
    markdownRow([
      localize(lang, 'System'),
      localize(lang, 'Risk tier'),
      localize(lang, 'Status'),
      localize(lang, 'Next duty'),
      localize(lang, 'Date'),
      localize(lang, 'Open errors'),
    ]),
  );
  lines.push(markdownRow(['---', '---', '---', '---', '---', '---:']));
  const anchors = anchorsOf(entries);
  for (const [index, entry] of entries.entries()) {
    const r = entry.record;
    lines.push(
      markdownRow([
        `[${markdownText(displayName(entry))}](#${anchors[index]})`,
        tierLabel(r.tier, lang),
        r.status ? markdownText(statusLabel(r.status, lang) ?? r.status) : dash,
        r.nextDuty ? `${markdownText(r.nextDuty.text[lang])} — ${cite(r.nextDuty.article, lang)}` : dash,
        // "overdue since …" / "due before the system is used" / "from …": an overdue duty is never shown as next.
        r.nextDuty ? markdownText(dutyWhen(r.nextDuty, entry.date, lang)) : dash,
        String(r.findings.errors),
      ]),
    );
  }
  for (const [index, entry] of entries.entries()) lines.push('', ...systemSection(entry, anchors[index], lang));
  return lines.join('\n') + '\n';
}

/**
 * The heading anchor of each system's section: its id, else a slug of the file; a second system with the same id
 * (two manifests of one system, a copied manifest) gets `-2`, so each summary row links its own section.
 */
function anchorsOf(entries: readonly RegisterEntry[]): string[] {
  const taken = new Set<string>();
  return entries.map((entry) => {
    const base = (entry.record.id ?? entry.file).toLowerCase().replace(/[^a-z0-9\u00e6\u00f8\u00e5-]+/g, '-');
    let anchor = base;
    for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
    taken.add(anchor);
    return anchor;
  });
}

function systemSection(entry: RegisterEntry, anchor: string, lang: Lang): string[] {
  const r = entry.record;
  const none = localize(lang, 'none');
  const text = (value: string | null) => (value === null ? none : markdownText(value));
  const named = (kind: EnumKind, value: string | null) => (value === null ? none : markdownText(enumName(kind, value, lang)));
  const notAssessed = localize(lang, 'not assessed: the risk tier is not determined');
  const row = (label: string, value: string) => `- **${label}:** ${value}`;
  const owner = [r.organisation, r.unit, r.contact]
    .filter((v): v is string => v !== null)
    .map(markdownText)
    .join(', ');
  const lines = [
    `### ${markdownText(displayName(entry))} <a id="${anchor}"></a>`,
    '',
    `**${localize(lang, 'Risk tier')}:** ${tierLabel(r.tier, lang)} · **${localize(lang, 'Status')}:** ${text(statusLabel(r.status, lang))}`,
    '',
    row(localize(lang, 'Manifest'), `\`${r.file.replace(/`/g, '')}\``),
    row(localize(lang, 'Description'), text(r.description)),
    row(localize(lang, 'Owner'), owner || none),
    row(localize(lang, 'Role (AI Act)'), text(roleLabel(r.role, lang))),
    row(localize(lang, 'Annex III areas'), enumList('annexIII', r.annexIII, lang)),
    row(localize(lang, 'Practices (Arts. 5, 50)'), enumList('practice', r.practices, lang)),
    row(localize(lang, 'Profiling'), r.profiles === null ? none : yesNo(r.profiles, lang)),
    row(
      localize(lang, 'Legal basis'),
      r.legalBasis ? markdownText([enumName('act', r.legalBasis, lang), r.legalProvision].filter(Boolean).join(', ')) : none,
    ),
    row(localize(lang, 'Data protection impact assessment'), named('dpiaStatus', r.dpia)),
    row(localize(lang, 'Fundamental rights impact assessment'), named('friaStatus', r.fria)),
    row(localize(lang, 'In service since'), r.inServiceSince ? formatDateOrText(r.inServiceSince, lang) : none),
    row(localize(lang, "Provider's EU database registration"), text(r.providerRegistration)),
    row(localize(lang, "Deployer's EU database registration"), text(r.deployerRegistration)),
  ];
  if (r.model)
    lines.push(
      row(
        localize(lang, 'Model'),
        [r.model.name, r.model.provider, r.model.hosting && enumName('hosting', r.model.hosting, lang)]
          .filter((v): v is string => v !== null)
          .map(markdownText)
          .join(', ') || none,
      ),
    );
  lines.push(
    row(localize(lang, 'Findings'), `${findingCounts(r.findings, lang)} (${counted(r.findings.accepted, 'accepted', lang)})`),
    row(
      localize(lang, 'Next duty'),
      r.nextDuty
        ? `${markdownText(r.nextDuty.text[lang])} — ${cite(r.nextDuty.article, lang)}; ${markdownText(dutyWhen(r.nextDuty, entry.date, lang))}`
        : r.tier === null
          ? notAssessed
          : none,
    ),
    row(localize(lang, 'Duties missing'), r.missing === null ? notAssessed : String(r.missing)),
  );
  return lines;
}

function formatDateOrText(value: string, lang: Lang): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, lang) : markdownText(value);
}
