import { formatRegisterCycloneDx } from './cyclonedx';
import { euDatabaseIncomplete, euDatabaseReport } from './euDatabase';
import { formatRegisterCsv, formatRegisterJson, formatRegisterMarkdown, type RegisterOptions } from './formats';
import type { RegisterEntry } from './record';

export type RegisterFormat = 'json' | 'csv' | 'markdown' | 'eu-database' | 'cyclonedx';
export const REGISTER_FORMATS: readonly RegisterFormat[] = ['json', 'csv', 'markdown', 'eu-database', 'cyclonedx'];

/** The file name ending of each format (the editor's save dialog). */
export const REGISTER_EXTENSIONS: Record<RegisterFormat, string> = {
  json: 'json',
  csv: 'csv',
  markdown: 'md',
  'eu-database': 'eu-database.json',
  cyclonedx: 'cdx.json',
};

export interface RenderedRegister {
  text: string;
  /** A record the format needs is incomplete (eu-database: a missing point, or a tier not determined): exit status 1. */
  incomplete: boolean;
}

/** The register in one format, from the entries (one per manifest, in order). */
export function renderRegister(
  format: RegisterFormat,
  entries: readonly RegisterEntry[],
  options: RegisterOptions,
  toolVersion: string,
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
  }
}

/** The default file name of an export: `ai-register-YYYY-MM-DD.<ending>`. */
export function registerFileName(format: RegisterFormat, date: string): string {
  return `ai-register-${date}.${REGISTER_EXTENSIONS[format]}`;
}
