import { formatRegisterCycloneDx } from './cyclonedx';
import { euDatabaseIncomplete, euDatabaseReport } from './euDatabase';
import { formatRegisterCsv, formatRegisterJson, formatRegisterMarkdown, type RegisterOptions } from './formats';
import type { RegisterEntry } from './record';
import { buildCitizensPage, renderCitizensPage, type CitizensPage } from './citizensPage';

export type RegisterFormat = 'json' | 'csv' | 'markdown' | 'eu-database' | 'cyclonedx' | 'html';
export const REGISTER_FORMATS: readonly RegisterFormat[] = ['json', 'csv', 'markdown', 'eu-database', 'cyclonedx', 'html'];

/** The file name ending of each format (the editor's save dialog). */
export const REGISTER_EXTENSIONS: Record<RegisterFormat, string> = {
  json: 'json',
  csv: 'csv',
  markdown: 'md',
  'eu-database': 'eu-database.json',
  cyclonedx: 'cdx.json',
  html: 'html',
};

export interface RenderedRegister {
  text: string;
  /** A record the format needs is incomplete (eu-database: a missing point, or a tier not determined): exit status 1. */
  incomplete: boolean;
  /** html: the citizens' page's model (which systems are not ready, and whether they were left out). */
  citizensPage?: CitizensPage;
}

/** What the html format needs besides the entries: the written notices read (file → Markdown), and whether to show systems not ready. */
export interface CitizensPageInput {
  notices: ReadonlyMap<string, string>;
  includeUnready?: boolean;
}

/** The register in one format, from the entries (one per manifest, in order). */
export function renderRegister(
  format: RegisterFormat,
  entries: readonly RegisterEntry[],
  options: RegisterOptions,
  toolVersion: string,
  citizens: CitizensPageInput = { notices: new Map() },
): RenderedRegister {
  switch (format) {
    case 'json':
      return { text: formatRegisterJson(entries, options), incomplete: false };
    case 'csv':
      return { text: formatRegisterCsv(entries, options), incomplete: false };
    case 'markdown':
      return { text: formatRegisterMarkdown(entries, options), incomplete: false };
    case 'eu-database': {
      const report = euDatabaseReport(entries, options);
      return { text: JSON.stringify(report, null, 2) + '\n', incomplete: euDatabaseIncomplete(report) };
    }
    case 'cyclonedx':
      return { text: formatRegisterCycloneDx(entries, options, toolVersion), incomplete: false };
    case 'html': {
      // A system not ready to publish and left out makes the page incomplete (exit status 1).
      const page = buildCitizensPage(entries, citizens.notices, { ...options, includeUnready: citizens.includeUnready });
      return { text: renderCitizensPage(page), incomplete: page.leftOut.length > 0, citizensPage: page };
    }
  }
}

/** The default file name of an export: `ai-register-YYYY-MM-DD.<ending>`. */
export function registerFileName(format: RegisterFormat, date: string): string {
  return `ai-register-${date}.${REGISTER_EXTENSIONS[format]}`;
}
