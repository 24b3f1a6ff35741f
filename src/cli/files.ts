import * as fs from 'node:fs';
import * as path from 'node:path';
import { isManifestFileName } from '../core/manifestFiles';
import type { ReadDocument } from '../core/documents/linked';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);

export class UnreadablePathError extends Error {}

/** The manifests named, or found under the named folders, in a stable order. */
export function findManifests(paths: string[]): string[] {
  const found = new Set<string>();
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      throw new UnreadablePathError(`cannot read '${given}': no such file or folder`);
    }
    if (stat.isFile()) found.add(given);
    else if (stat.isDirectory()) for (const file of walk(given)) found.add(file);
    else throw new UnreadablePathError(`cannot read '${given}': not a file or folder`);
  }
  return [...found];
}

function walk(folder: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    throw new UnreadablePathError(`cannot read the folder '${folder}'`);
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) files.push(...walk(full));
    } else if (entry.isFile() && isManifestFileName(entry.name)) {
      files.push(full);
    }
  }
  return files;
}

/** The `fileExists` port over the real file system, for paths relative to the manifest's folder. */
export function fileExistsBeside(manifestPath: string): (relative: string) => boolean {
  const folder = path.dirname(manifestPath);
  return (relative) => {
    try {
      return fs.statSync(path.resolve(folder, relative)).isFile();
    } catch {
      return false;
    }
  };
}

/** The `readDocument` port over the real file system: a linked document's size, and its bytes when asked for. */
export function readDocumentBeside(manifestPath: string): ReadDocument {
  const folder = path.dirname(manifestPath);
  return (relative) => {
    const file = path.resolve(folder, relative);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return undefined;
    }
    return stat.isFile() ? { size: stat.size, read: () => fs.readFileSync(file) } : undefined;
  };
}
