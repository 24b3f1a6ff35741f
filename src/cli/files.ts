import * as fs from 'node:fs';
import * as path from 'node:path';
import { localized } from '../core/l10n';
import { isManifestFileName } from '../core/manifestFiles';
import type { Localized } from '../core/types';
import type { ReadDocument } from '../core/documents/linked';
import { isBinaryDocument, MAX_DOCUMENT_BYTES, type DocumentFile } from '../core/documents/written';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);

/** An error the CLI reports with exit status 2, in the output's language (`--lang`). */
export class CliError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
  }
}

/** A path that cannot be read or written. */
export class UnreadablePathError extends CliError {}

/**
 * The manifests named, or found under the named folders, in a stable order; each file once, as first named or found
 * (a folder and a manifest in it, `./a` beside `a`, a link beside its target): one record per system.
 */
export function findManifests(paths: string[]): string[] {
  const found = new Map<string, string>();
  const add = (file: string) => {
    const real = realPath(file);
    if (!found.has(real)) found.set(real, file);
  };
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      throw new UnreadablePathError(localized("cannot read '{0}': no such file or folder", given));
    }
    if (stat.isFile()) add(given);
    else if (stat.isDirectory()) for (const file of walk(given)) add(file);
    else throw new UnreadablePathError(localized("cannot read '{0}': not a file or folder", given));
  }
  return [...found.values()];
}

/**
 * The manifests under `folder`, by name. A symbolic link counts as what it points to, as the editor's search follows
 * links: a linked manifest or folder is checked, not skipped in silence (a folder reached twice, e.g. through a link
 * to an ancestor, is walked once), and a link named like a manifest that points nowhere is listed, so that reading it
 * reports the unreadable path.
 */
function walk(folder: string, walked = new Set<string>()): string[] {
  const real = realPath(folder);
  if (walked.has(real)) return [];
  walked.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    throw new UnreadablePathError(localized("cannot read the folder '{0}'", folder));
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(folder, entry.name);
    const kind = entry.isSymbolicLink() ? linkedKind(full) : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : undefined;
    if (kind === 'folder') {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) files.push(...walk(full, walked));
    } else if ((kind === 'file' || kind === 'nowhere') && isManifestFileName(entry.name)) {
      files.push(full);
    }
  }
  return files;
}

/** The path with links resolved (a path that points nowhere: as given, made absolute). */
function realPath(given: string): string {
  try {
    return fs.realpathSync(given);
  } catch {
    return path.resolve(given);
  }
}

/** What a symbolic link points to. */
function linkedKind(link: string): 'file' | 'folder' | 'nowhere' | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(link);
  } catch {
    return 'nowhere';
  }
  return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : undefined;
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

/**
 * The `readDocument` port over the real file system, for paths relative to the manifest's folder. The document is
 * opened once: its kind and size come from the open file (no separate `stat` of the path), and its bytes are read
 * then, unless the judge will not read them (a binary office or PDF document, one over `MAX_DOCUMENT_BYTES`: those
 * are read only if asked for). No such file, or not a file (a folder, a pipe), is no document, as before; a file that
 * cannot be opened is a document whose reading fails (`read-failed`).
 */
export function readDocumentBeside(manifestPath: string): ReadDocument {
  const folder = path.dirname(manifestPath);
  return (relative) => readDocumentFile(path.resolve(folder, relative), relative);
}

/** Opening a pipe for reading must not wait for a writer (the flag does not exist on Windows, where it is not needed). */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
/** Open errors that mean there is no file at the path. */
const NO_FILE = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ELOOP', 'ENAMETOOLONG']);

function readDocumentFile(file: string, linked: string): DocumentFile | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (error) {
    return NO_FILE.has((error as NodeJS.ErrnoException).code ?? '') ? undefined : unopenable(file, error);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return undefined;
    if (isBinaryDocument(linked) || stat.size > MAX_DOCUMENT_BYTES) return { size: stat.size, read: () => fs.readFileSync(file) };
    const bytes = readOpen(fd, stat.size);
    return { size: bytes.length, read: () => bytes };
  } finally {
    fs.closeSync(fd);
  }
}

/** The bytes of an open file of `size` bytes (fewer if it shrank meanwhile). */
function readOpen(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const got = fs.readSync(fd, bytes, read, size - read, read);
    if (got === 0) break;
    read += got;
  }
  return read < size ? bytes.subarray(0, read) : bytes;
}

/**
 * A path that exists but cannot be opened (no permission): a file there is a document whose reading fails, with the
 * error of the open, as when the size came from `stat` and the read failed; anything else is no document.
 */
function unopenable(file: string, error: unknown): DocumentFile | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return undefined;
  }
  if (!stat.isFile()) return undefined;
  return {
    size: stat.size,
    read: () => {
      throw error;
    },
  };
}
