import { documentValues, type DocumentValue } from './fields';
import { judgeDocumentFile, type DocumentFile, type NotWritten } from './written';

/** Answers whether a path relative to the manifest's folder names an existing file (CLI: fs; editor: workspace.fs). */
export type FileExists = (relativePath: string) => boolean | Promise<boolean>;

/**
 * Reads a document named by a path relative to the manifest's folder; undefined when there is no such file
 * (CLI: fs; editor: the open editor's text or workspace.fs).
 */
export type ReadDocument = (relativePath: string) => PromiseLike<DocumentFile | undefined> | DocumentFile | undefined;

/** How the check may look at the files beside the manifest: reading them, or only asking whether they exist. */
export interface DocumentAccess {
  readDocument?: ReadDocument;
  fileExists?: FileExists;
}

/**
 * What a document field's value amounts to:
 * - `url` (a page; not checked), `text` (text where the field allows it: `decisions.explanation`),
 * - `free-text` (text where a path or URL is wanted), `not-found` (no such file), `not-written` (see `verdict`),
 * - `written`, or `unchecked` (the file exists; its content was not read, or the files were not looked at at all).
 * `free-text`, `not-found` and `not-written` count as the field absent (spec: "Documents").
 */
export type DocumentState =
  | { state: 'url' | 'text' | 'free-text' | 'not-found' | 'unchecked' }
  | { state: 'written'; binary: boolean }
  | { state: 'not-written'; verdict: NotWritten };

export type LinkedDocument = DocumentValue & DocumentState;

/** The states that count as the field absent. */
export function countsAsAbsent(document: DocumentState): boolean {
  return document.state === 'free-text' || document.state === 'not-found' || document.state === 'not-written';
}

function stateWithoutFiles(value: DocumentValue): DocumentState {
  if (value.form === 'url') return { state: 'url' };
  if (value.form === 'text') return { state: value.textAllowed ? 'text' : 'free-text' };
  return { state: 'unchecked' };
}

/** The document fields of the data as far as they can be judged without the files: free text, URLs; paths unchecked. */
export function documentsWithoutFiles(data: unknown): LinkedDocument[] {
  return documentValues(data).map((value) => ({ ...value, ...stateWithoutFiles(value) }));
}

/**
 * The document fields of the data, each judged: every local document read (once per path, however many fields link
 * it) and judged by `judgeDocumentFile`; with only `fileExists`, a document that exists is `unchecked`.
 */
export async function judgeLinkedDocuments(data: unknown, access: DocumentAccess): Promise<LinkedDocument[]> {
  const judged = new Map<string, Promise<DocumentState>>();
  const judge = (target: string): Promise<DocumentState> => {
    let state = judged.get(target);
    if (!state) judged.set(target, (state = judgeLocal(target, access)));
    return state;
  };
  return Promise.all(
    documentValues(data).map(async (value): Promise<LinkedDocument> => {
      const state = value.form === 'local' ? await judge(value.target) : stateWithoutFiles(value);
      return { ...value, ...state };
    }),
  );
}

async function judgeLocal(target: string, access: DocumentAccess): Promise<DocumentState> {
  if (access.readDocument) {
    let file: DocumentFile | undefined;
    try {
      file = await access.readDocument(target);
    } catch (error) {
      return { state: 'not-written', verdict: { reason: 'read-failed', error: error instanceof Error ? error.message : String(error) } };
    }
    if (!file) return { state: 'not-found' };
    const verdict = await judgeDocumentFile(target, file);
    return verdict.written ? { state: 'written', binary: verdict.binary } : { state: 'not-written', verdict };
  }
  if (access.fileExists) {
    let exists: boolean;
    try {
      exists = await access.fileExists(target);
    } catch {
      exists = false;
    }
    return { state: exists ? 'unchecked' : 'not-found' };
  }
  return { state: 'unchecked' };
}
