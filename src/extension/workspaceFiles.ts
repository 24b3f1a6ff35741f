import * as vscode from 'vscode';
import type { FileExists, ReadDocument } from '../core/documents/linked';
import type { DocumentFile } from '../core/documents/written';

// The extension's file access, in one place: through `vscode.workspace.fs` only, never Node's `fs`, so the desktop,
// the browser (web-worker extension host: vscode.dev, github.dev) and virtual workspaces share one path
// (test/unit/bundle-layout.test.ts checks that no Node built-in is in the extension's bundles).

/**
 * The files beside a manifest, as the core's checks ask for them: through `vscode.workspace.fs` (so virtual
 * workspaces and the browser work), and a document open in an editor as its editor shows it (so a change is seen
 * before it is saved). The one place the extension reads the documents a manifest links.
 */
export interface FilesBeside {
  fileExists: FileExists;
  readDocument: ReadDocument;
}

export function filesBeside(manifest: vscode.Uri): FilesBeside {
  const folder = vscode.Uri.joinPath(manifest, '..');
  const resolve = (relative: string): vscode.Uri => vscode.Uri.joinPath(folder, relative);
  return {
    fileExists: async (relative) => {
      try {
        const stat = await vscode.workspace.fs.stat(resolve(relative));
        return (stat.type & vscode.FileType.File) !== 0;
      } catch {
        return false;
      }
    },
    readDocument: async (relative): Promise<DocumentFile | undefined> => {
      const uri = resolve(relative);
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
      if (open) {
        const bytes = new TextEncoder().encode(open.getText());
        return { size: bytes.length, read: () => bytes };
      }
      let stat: vscode.FileStat;
      try {
        stat = await vscode.workspace.fs.stat(uri);
      } catch {
        return undefined;
      }
      if ((stat.type & vscode.FileType.File) === 0) return undefined;
      return { size: stat.size, read: () => vscode.workspace.fs.readFile(uri) };
    },
  };
}

/** The URI of a document a manifest links (a path relative to the manifest's folder). */
export function linkedUri(manifest: vscode.Uri, relative: string): vscode.Uri {
  return vscode.Uri.joinPath(manifest, '..', relative);
}

/** Whether anything (file or folder) is at `uri`. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Writes `text` as UTF-8, creating or replacing the file (and creating its folder). */
export async function writeTextFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}
