import * as vscode from 'vscode';
import { formatManifest } from '../core/features/format';
import { LANGUAGE_ID } from './ids';

/**
 * "Format Document" for manifests: a thin adapter over `core/features/format` (the `yaml` package's printer, checked
 * to keep every value and comment). One edit of the whole text, or none when the text does not parse or cannot be
 * formatted without changing what it says.
 */
export function registerFormatting(): vscode.Disposable {
  return vscode.languages.registerDocumentFormattingEditProvider(
    { language: LANGUAGE_ID },
    {
      provideDocumentFormattingEdits(document, options) {
        const text = document.getText();
        const formatted = formatManifest(text, { indent: options.tabSize });
        if (formatted === undefined || formatted === text) return [];
        return [vscode.TextEdit.replace(new vscode.Range(document.positionAt(0), document.positionAt(text.length)), formatted)];
      },
    },
  );
}
