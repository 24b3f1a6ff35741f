import { cite } from '../law/articles';
import { counted, findingCounts } from '../format';
import { formatDate, type Edition } from '../law/timeline';
import { TIER_NAMES } from '../law/tiers';
import type { Lang, Localized } from '../types';
import { displayName, recordJson, type RegisterEntry, type RegisterRecord } from './record';
import { dutyWhen } from '../views/dutyText';

export interface RegisterOptions {
  lang: Lang;
  /** The reference date (ISO) the register is made on. */
  date: string;
  edition: Edition;
}

/** `{ generated, edition, systems: [RECORD …] }` (spec: "The register"). */
export function formatRegisterJson(entries: readonly RegisterEntry[], options: RegisterOptions): string {
  return (
    JSON.stringify(
      { generated: options.date, edition: options.edition, systems: entries.map((e) => recordJson(e, options.lang)) },
      null,
      2,
    ) + '\n'
  );
}

const NOT_DETERMINED: Localized = { en: 'not determined', da: 'ikke fastlagt' };

/** "High risk" / "Højrisiko", or "not determined". */
export function tierLabel(tier: RegisterRecord['tier'], lang: Lang): string {
  return tier ? TIER_NAMES[tier].short[lang] : NOT_DETERMINED[lang];
}

const ROLE_NAMES: Record<string, Localized> = {
  provider: { en: 'provider', da: 'udbyder' },
  deployer: { en: 'deployer', da: 'idriftsætter' },
  'provider-and-deployer': { en: 'provider and deployer', da: 'udbyder og idriftsætter' },
};

const STATUS_NAMES: Record<string, Localized> = {
  planned: { en: 'planned', da: 'planlagt' },
  development: { en: 'in development', da: 'under udvikling' },
  pilot: { en: 'pilot', da: 'pilot' },
  production: { en: 'in production', da: 'i drift' },
  retired: { en: 'retired', da: 'udfaset' },
};

/** The role as the AI Act names it in the language (the value itself when it is not one of the spec's). */
export function roleLabel(role: string | null, lang: Lang): string | null {
  return role === null ? null : (ROLE_NAMES[role]?.[lang] ?? role);
}

/** The system's status in the language (the value itself when it is not one of the spec's). */
export function statusLabel(status: string | null, lang: Lang): string | null {
  return status === null ? null : (STATUS_NAMES[status]?.[lang] ?? status);
}

const YES_NO: Record<Lang, [string, string]> = { en: ['yes', 'no'], da: ['ja', 'nej'] };

function cell(value: string | number | boolean | null | readonly string[], lang: Lang): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

interface Column {
  key: string;
  header: Localized;
  value: (record: RegisterRecord, lang: Lang) => string | number | boolean | null | readonly string[];
}

const column = (key: string, en: string, da: string, value: Column['value']): Column => ({ key, header: { en, da }, value });
const field = (key: keyof RegisterRecord, en: string, da: string): Column =>
  column(key, en, da, (record) => record[key] as string | number | boolean | null | readonly string[]);

/** The CSV's columns: the JSON record's fields, flattened (findings and nextDuty in columns of their own). */
export const REGISTER_COLUMNS: readonly Column[] = [
  field('file', 'File', 'Fil'),
  field('id', 'Id', 'Id'),
  field('name', 'Name', 'Navn'),
  field('description', 'Description', 'Beskrivelse'),
  field('organisation', 'Organisation', 'Organisation'),
  field('unit', 'Unit', 'Enhed'),
  field('contact', 'Contact', 'Kontakt'),
  field('role', 'Role (AI Act)', 'Rolle (AI-forordningen)'),
  field('status', 'Status', 'Status'),
  field('tier', 'Risk tier', 'Risikoniveau'),
  column('tierLabel', 'Risk tier (text)', 'Risikoniveau (tekst)', (record, lang) => tierLabel(record.tier, lang)),
  field('annexIII', 'Annex III areas', 'Områder i bilag III'),
  field('practices', 'Practices (Arts. 5, 50)', 'Praksis (art. 5 og 50)'),
  field('profiles', 'Profiling', 'Profilering'),
  field('legalBasis', 'Legal basis (act)', 'Retsgrundlag (lov)'),
  field('legalProvision', 'Provision', 'Hjemmel (bestemmelse)'),
  field('dpia', 'Data protection impact assessment', 'Konsekvensanalyse vedrørende databeskyttelse'),
  field('fria', 'Fundamental rights impact assessment', 'Konsekvensanalyse vedrørende grundlæggende rettigheder'),
  field('inServiceSince', 'In service since', 'I drift siden'),
  field('providerRegistration', "Provider's EU database registration", 'Udbyderens registrering i EU-databasen'),
  field('deployerRegistration', "Deployer's EU database registration", 'Idriftsætterens registrering i EU-databasen'),
  column('errors', 'Errors', 'Fejl', (record) => record.findings.errors),
  column('warnings', 'Warnings', 'Advarsler', (record) => record.findings.warnings),
  column('information', 'Information', 'Oplysninger', (record) => record.findings.information),
  column('accepted', 'Accepted findings', 'Accepterede fund', (record) => record.findings.accepted),
  column('nextDuty', 'Next duty', 'Næste forpligtelse', (record, lang) => record.nextDuty?.text[lang] ?? null),
  column('nextDutyArticle', 'Next duty: article', 'Næste forpligtelse: artikel', (record, lang) =>
    record.nextDuty ? cite(record.nextDuty.article, lang) : null,
  ),
  column(
    'nextDutyAppliesFrom',
    'Next duty: applies from',
    'Næste forpligtelse: gælder fra',
    (record) => record.nextDuty?.appliesFrom ?? null,
  ),
  field('missing', 'Duties missing', 'Manglende forpligtelser'),
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

const MD: Record<string, Localized> = {
  title: { en: 'Register of AI systems', da: 'Register over AI-systemer' },
  intro: {
    en: 'Made from the `ai-system.yaml` manifests on {date}, dates of the AI Act {edition}. Guidance only: check with your legal or data protection function.',
    da: 'Udarbejdet ud fra manifesterne (`ai-system.yaml`) den {date}, AI-forordningens datoer {edition}. Vejledende: kontrollér med jeres jurist eller databeskyttelsesrådgiver.',
  },
  adopted: { en: 'as adopted (Regulation (EU) 2024/1689)', da: 'som vedtaget (forordning (EU) 2024/1689)' },
  amended: {
    en: 'as amended by the Digital Omnibus (Regulation (EU) 2026/1744)',
    da: 'som ændret ved Digital Omnibus (forordning (EU) 2026/1744)',
  },
  summary: { en: 'Summary', da: 'Oversigt' },
  system: { en: 'System', da: 'System' },
  tier: { en: 'Risk tier', da: 'Risikoniveau' },
  status: { en: 'Status', da: 'Status' },
  nextDuty: { en: 'Next duty', da: 'Næste forpligtelse' },
  date: { en: 'Date', da: 'Dato' },
  errors: { en: 'Open errors', da: 'Åbne fejl' },
  none: { en: 'none', da: 'ingen' },
  /** A list nobody answered (absent, or only placeholders): not the same as none. */
  notAnswered: { en: 'not answered', da: 'ikke besvaret' },
  systems: { en: '{count} system(s).', da: '{count} system(er).' },
  empty: { en: 'No manifests found.', da: 'Ingen manifester fundet.' },
};

function markdownRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The register page: a summary table and a section per system. */
export function formatRegisterMarkdown(entries: readonly RegisterEntry[], options: RegisterOptions): string {
  const { lang } = options;
  const dash = '—';
  const lines = [
    `# ${MD.title[lang]}`,
    '',
    MD.intro[lang].replace('{date}', formatDate(options.date, lang)).replace('{edition}', MD[options.edition]?.[lang] ?? options.edition),
    '',
    MD.systems[lang].replace('{count}', String(entries.length)),
    '',
  ];
  if (entries.length === 0) return [...lines, MD.empty[lang], ''].join('\n');
  lines.push(`## ${MD.summary[lang]}`, '');
  lines.push(markdownRow([MD.system[lang], MD.tier[lang], MD.status[lang], MD.nextDuty[lang], MD.date[lang], MD.errors[lang]]));
  lines.push(markdownRow(['---', '---', '---', '---', '---', '---:']));
  for (const entry of entries) {
    const r = entry.record;
    lines.push(
      markdownRow([
        `[${markdownText(displayName(entry))}](#${anchorOf(entry)})`,
        tierLabel(r.tier, lang),
        r.status ? markdownText(statusLabel(r.status, lang) ?? r.status) : dash,
        r.nextDuty ? `${markdownText(r.nextDuty.text[lang])} (${cite(r.nextDuty.article, lang)})` : dash,
        // "overdue since …" / "due before the system is used" / "from …": an overdue duty is never shown as next.
        r.nextDuty ? markdownText(dutyWhen(r.nextDuty, entry.date, lang)) : dash,
        String(r.findings.errors),
      ]),
    );
  }
  for (const entry of entries) lines.push('', ...systemSection(entry, lang));
  return lines.join('\n') + '\n';
}

/** The heading anchor of a system's section: its id, else a slug of the file. */
function anchorOf(entry: RegisterEntry): string {
  return (entry.record.id ?? entry.file).toLowerCase().replace(/[^a-z0-9æøå-]+/g, '-');
}

const LABELS: Record<string, Localized> = {
  file: { en: 'Manifest', da: 'Manifest' },
  description: { en: 'Description', da: 'Beskrivelse' },
  owner: { en: 'Owner', da: 'Ejer' },
  role: { en: 'Role (AI Act)', da: 'Rolle (AI-forordningen)' },
  annexIII: { en: 'Annex III areas', da: 'Områder i bilag III' },
  practices: { en: 'Practices (Arts. 5, 50)', da: 'Praksis (art. 5 og 50)' },
  profiles: { en: 'Profiling', da: 'Profilering' },
  legalBasis: { en: 'Legal basis', da: 'Retsgrundlag' },
  dpia: { en: 'Data protection impact assessment', da: 'Konsekvensanalyse vedrørende databeskyttelse' },
  fria: { en: 'Fundamental rights impact assessment', da: 'Konsekvensanalyse vedrørende grundlæggende rettigheder' },
  inServiceSince: { en: 'In service since', da: 'I drift siden' },
  providerRegistration: { en: "Provider's EU database registration", da: 'Udbyderens registrering i EU-databasen' },
  deployerRegistration: { en: "Deployer's EU database registration", da: 'Idriftsætterens registrering i EU-databasen' },
  findings: { en: 'Findings', da: 'Fund' },
  findingCounts: {
    en: '{counts} ({a})',
    da: '{counts} ({a})',
  },
  nextDuty: { en: 'Next duty', da: 'Næste forpligtelse' },
  nextDutyText: { en: '{text} ({article}), {when}', da: '{text} ({article}), {when}' },
  missing: { en: 'Duties missing', da: 'Manglende forpligtelser' },
  notAssessed: { en: 'not assessed: the risk tier is not determined', da: 'ikke vurderet: risikoniveauet er ikke fastlagt' },
  model: { en: 'Model', da: 'Model' },
};

function systemSection(entry: RegisterEntry, lang: Lang): string[] {
  const r = entry.record;
  const none = MD.none[lang];
  const text = (value: string | null) => (value === null ? none : markdownText(value));
  const list = (value: string[] | null) =>
    value === null ? MD.notAnswered[lang] : value.length === 0 ? none : value.map(markdownText).join(', ');
  const row = (key: string, value: string) => `- **${LABELS[key][lang]}:** ${value}`;
  const owner = [r.organisation, r.unit, r.contact]
    .filter((v): v is string => v !== null)
    .map(markdownText)
    .join(', ');
  const lines = [
    `### ${markdownText(displayName(entry))} <a id="${anchorOf(entry)}"></a>`,
    '',
    `**${MD.tier[lang]}:** ${tierLabel(r.tier, lang)} · **${MD.status[lang]}:** ${text(statusLabel(r.status, lang))}`,
    '',
    row('file', `\`${r.file.replace(/`/g, '')}\``),
    row('description', text(r.description)),
    row('owner', owner || none),
    row('role', text(roleLabel(r.role, lang))),
    row('annexIII', list(r.annexIII)),
    row('practices', list(r.practices)),
    row('profiles', r.profiles === null ? none : YES_NO[lang][r.profiles ? 0 : 1]),
    row('legalBasis', r.legalBasis ? markdownText([r.legalBasis, r.legalProvision].filter(Boolean).join(', ')) : none),
    row('dpia', text(r.dpia)),
    row('fria', text(r.fria)),
    row('inServiceSince', r.inServiceSince ? formatDateOrText(r.inServiceSince, lang) : none),
    row('providerRegistration', text(r.providerRegistration)),
    row('deployerRegistration', text(r.deployerRegistration)),
  ];
  if (r.model)
    lines.push(
      row(
        'model',
        [r.model.name, r.model.provider, r.model.hosting]
          .filter((v): v is string => v !== null)
          .map(markdownText)
          .join(', ') || none,
      ),
    );
  lines.push(
    row(
      'findings',
      LABELS.findingCounts[lang]
        .replace('{counts}', findingCounts(r.findings, lang))
        .replace('{a}', counted(r.findings.accepted, 'accepted', lang)),
    ),
    row(
      'nextDuty',
      r.nextDuty
        ? LABELS.nextDutyText[lang]
            .replace('{text}', markdownText(r.nextDuty.text[lang]))
            .replace('{article}', cite(r.nextDuty.article, lang))
            .replace('{when}', markdownText(dutyWhen(r.nextDuty, entry.date, lang)))
        : r.tier === null
          ? LABELS.notAssessed[lang]
          : none,
    ),
    row('missing', r.missing === null ? LABELS.notAssessed[lang] : String(r.missing)),
  );
  return lines;
}

function formatDateOrText(value: string, lang: Lang): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, lang) : markdownText(value);
}
