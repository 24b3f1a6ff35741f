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

/** The caller's clock, in milliseconds (the extension and the bench pass `performance.now`; src/core reads no clock). */
export type Clock = () => number;

/**
 * How the AI systems view paces its first population (the editor and the bench alike): the thread is given back after
 * about 16 ms of work (a frame).
 */
export const VIEW_SLICE_MS = 16;

/**
 * Runs `work` over `items` one after the other, giving the thread back by elapsed time rather than by count: after
 * each item the clock is read, and once `sliceMs` have passed since the slice began, `between` is called with the
 * number done (the caller yields there and shows progress); also after the last item. A slice holds at least one
 * item, and one item is never split. A manifest may take 1 ms or 50 (its size, its documents, the machine's load): a
 * count of manifests per chunk cannot bound the time the editor waits, the clock can. One at a time, so that all the
 * work of a slice is in it (a manifest's own documents are still read together: `judgeLinkedDocuments`).
 */
export async function inTimeSlices<T>(
  items: readonly T[],
  work: (item: T) => Promise<unknown>,
  between: (done: number) => Promise<void>,
  { now, sliceMs }: { now: Clock; sliceMs: number },
): Promise<void> {
  let sliceStart = now();
  for (let done = 0; done < items.length;) {
    await work(items[done++]);
    if (done === items.length || now() - sliceStart >= sliceMs) {
      await between(done);
      sliceStart = now();
    }
  }
}
