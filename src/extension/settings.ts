import * as vscode from 'vscode';
import { localIsoDate, type Edition } from '../core/law/timeline';
import { EDITION_CHOICES, resolveEdition, type EditionChoice } from '../core/law/dutyDate';
import type { Lang } from '../core/types';
import { CODE_LENS_SETTING, EDITION_SETTING, FUTURE_DUTIES_SETTING, LANGUAGE_SETTING, REFERENCE_DATE_SETTING, SECTION } from './ids';

/** `auto` follows VS Code's display language; VS Code has no Danish display language, so auto is English unless it is Danish. */
export function currentLang(): Lang {
  const setting = vscode.workspace.getConfiguration(SECTION).get<string>(LANGUAGE_SETTING, 'auto');
  if (setting === 'da' || setting === 'en') return setting;
  return vscode.env.language.toLowerCase().startsWith('da') ? 'da' : 'en';
}

/** The setting `aiSystemManifest.edition`: `auto` (the default), `adopted` or `amended`. */
export function currentEditionChoice(): EditionChoice {
  const setting = vscode.workspace.getConfiguration(SECTION).get<string>(EDITION_SETTING, 'auto');
  return EDITION_CHOICES.includes(setting as EditionChoice) ? (setting as EditionChoice) : 'auto';
}

/** The edition the dates follow: the setting, with `auto` resolved to the edition in force on the reference date. */
export function currentEdition(): Edition {
  return resolveEdition(currentEditionChoice(), referenceDate()).edition;
}

/** `aiSystemManifest.futureDuties: information` mirrors `check --due-only`: duties not yet in force are information. */
export function futureDutiesAsInformation(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<string>(FUTURE_DUTIES_SETTING, 'error') === 'information';
}

/** The date obligations are judged on: the `referenceDate` setting when set (tests, planning), else today. */
export function referenceDate(): string {
  const setting = vscode.workspace.getConfiguration(SECTION).get<string>(REFERENCE_DATE_SETTING, '').trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(setting)) return setting;
  return localIsoDate(new Date());
}

/** `aiSystemManifest.codeLens.enabled` for the document's folder: the summary lens at the top of a manifest. */
export function codeLensEnabled(document: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration(SECTION, document).get<boolean>(CODE_LENS_SETTING, true);
}

/** True when a change of configuration touches one of our settings. */
export function affectsOurSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}
