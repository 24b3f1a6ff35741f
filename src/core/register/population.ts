import { checkManifest } from '../check';
import type { DocumentAccess } from '../documents/linked';
import type { Edition } from '../law/timeline';
import { decodeManifestBytes, notUtf8Finding } from '../yaml/parse';
import { buildEntry, type RegisterEntry } from './record';

/**
 * One register entry from a manifest's bytes: decoded, checked once (the linked documents read and judged through
 * `access`, once each: a document that is not written is no document), assessed. What the editor's AI systems view does per file, and what the bench
 * times as the view's core part.
 */
export async function entryFromBytes(
  file: string,
  bytes: Uint8Array,
  access: DocumentAccess | undefined,
  date: string,
  edition: Edition,
): Promise<RegisterEntry> {
  const text = decodeManifestBytes(bytes);
  if (text === undefined) return buildEntry({ file, result: undefined, findings: [notUtf8Finding()], date, edition });
  const result = await checkManifest(text, { edition, ...access, referenceDate: date });
  return buildEntry({ file, result, findings: result.findings, date, edition });
}

/**
 * Runs `work` over `items` in chunks of `size` (the items of a chunk concurrently), calling `between` after
 * each chunk: the caller gives the thread back there (the editor stays responsive) and shows progress.
 */
export async function inChunks<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<unknown>,
  between: (done: number) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < items.length; i += size) {
    await Promise.all(items.slice(i, i + size).map(work));
    await between(Math.min(items.length, i + size));
  }
}
