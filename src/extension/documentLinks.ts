import * as vscode from 'vscode';
import { documentLinks } from '../core/features/links';
import type { ManifestPath } from '../core/types';
import { createLinkedDocument } from './codeActions';
import { toRange } from './diagnostics';
import { CREATE_LINKED_DOCUMENT_COMMAND, LANGUAGE_ID } from './ids';
import { t } from './l10n';
import type { ManifestService } from './manifestService';

/**
 * Document links for the local document paths a manifest names (`core/features/links`): an existing file opens; a
 * missing one (the check's `dpia-document-not-found` finding, so links and diagnostics agree) runs the command that
 * creates its documentation stub, as the quick fix does. URLs are left to the editor's own link detection. An
 * untitled manifest has no folder: its paths are not links.
 */
export function registerDocumentLinks(service: ManifestService): vscode.Disposable {
  const command = vscode.commands.registerCommand(CREATE_LINKED_DOCUMENT_COMMAND, (uri: string, path: ManifestPath, target: string) =>
    createLinkedDocument(service, vscode.Uri.parse(uri), path, target),
  );
  const provider = vscode.languages.registerDocumentLinkProvider(
    { language: LANGUAGE_ID },
    {
      async provideDocumentLinks(document) {
        if (document.isUntitled) return [];
        const result = await service.check(document);
        const folder = vscode.Uri.joinPath(document.uri, '..');
        return documentLinks(result.parsed, result.findings).map((link) => {
          if (!link.missing) {
            const documentLink = new vscode.DocumentLink(toRange(link.range), vscode.Uri.joinPath(folder, link.target));
            documentLink.tooltip = t('Open {0}', link.target);
            return documentLink;
          }
          const args = encodeURIComponent(JSON.stringify([document.uri.toString(), link.path, link.target]));
          const documentLink = new vscode.DocumentLink(
            toRange(link.range),
            vscode.Uri.parse(`command:${CREATE_LINKED_DOCUMENT_COMMAND}?${args}`),
          );
          documentLink.tooltip = t('{0} does not exist: create it from the documentation template', link.target);
          return documentLink;
        });
      },
    },
  );
  return vscode.Disposable.from(provider, command);
}
