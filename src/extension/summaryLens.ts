import * as vscode from 'vscode';
import { summaryLens } from '../core/features/summaryLens';
import { ASSESS_COMMAND, LANGUAGE_ID, SHOW_TIMELINE_COMMAND } from './ids';
import type { ManifestService } from './manifestService';
import { affectsOurSettings, codeLensEnabled, currentEdition, currentLang, referenceDate } from './settings';

const TOP = new vscode.Range(0, 0, 0, 0);

/**
 * The summary at the top of a manifest (`core/features/summaryLens`): the tier, the duties missing and the next duty
 * with its date, then "Assess risk tier" and "Show timeline". It reads the check the diagnostics ran for this version
 * (ManifestService caches one per version: no second check) and is asked again after every check, so it changes
 * with the diagnostics. `aiSystemManifest.codeLens.enabled` switches it off, as `editor.codeLens` does all lenses.
 */
export function registerSummaryLens(service: ManifestService): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider = vscode.languages.registerCodeLensProvider(
    { language: LANGUAGE_ID },
    {
      onDidChangeCodeLenses: changed.event,
      async provideCodeLenses(document) {
        if (!codeLensEnabled(document)) return [];
        const lens = summaryLens(await service.check(document), currentLang(), referenceDate(), currentEdition());
        return [
          new vscode.CodeLens(TOP, { title: lens.title, tooltip: lens.tooltip, command: '' }),
          new vscode.CodeLens(TOP, { title: lens.actions.assess, command: ASSESS_COMMAND, arguments: [document.uri] }),
          new vscode.CodeLens(TOP, { title: lens.actions.timeline, command: SHOW_TIMELINE_COMMAND }),
        ];
      },
    },
  );
  return vscode.Disposable.from(
    provider,
    changed,
    service.onDidCheck(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsOurSettings(event)) changed.fire();
    }),
  );
}
