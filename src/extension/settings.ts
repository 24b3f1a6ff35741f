import * as vscode from 'vscode';
import { DEFAULT_EDITION, EDITIONS, localIsoDate, type Edition } from '../core/law/timeline';
import type { Lang } from '../core/types';

export const SECTION = 'aiSystemManifest';

/** `auto` follows VS Code's display language; VS Code has no Danish display language, so auto is English unless it is Danish. */
export function currentLang(): Lang {
  const setting = vscode.workspace.getConfiguration(SECTION).get<string>('language', 'auto');
  if (setting === 'da' || setting === 'en') return setting;
  return vscode.env.language.toLowerCase().startsWith('da') ? 'da' : 'en';
}

export function currentEdition(): Edition {
  const setting = vscode.workspace.getConfiguration(SECTION).get<string>('edition', DEFAULT_EDITION);
  return EDITIONS.includes(setting as Edition) ? (setting as Edition) : DEFAULT_EDITION;
}

/** The date obligations are judged on: the `referenceDate` setting when set (tests, planning), else today. */
export function referenceDate(): string {
  const setting = vscode.workspace.getConfiguration(SECTION).get<string>('referenceDate', '').trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(setting)) return setting;
  return localIsoDate(new Date());
}

/** True when a change of configuration touches one of our settings. */
export function affectsOurSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}
