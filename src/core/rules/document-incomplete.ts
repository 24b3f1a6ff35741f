import { errorMessage } from '../errors';
import { valueAt } from '../yaml/fields';
import { decodeManifestBytes } from '../yaml/parse';
import type { Finding, Localized, Severity } from '../types';
import type { DocumentReference } from './dpia-document-not-found';
import { fieldName, findingAt, message, type Rule, type RuleContext } from './rule';

/** A document beside the manifest, as the reader finds it: its size first, its bytes only when asked for. */
export interface DocumentFile {
  size: number;
  read(): PromiseLike<Uint8Array> | Uint8Array;
}

/**
 * Reads a document named by a path relative to the manifest's folder; undefined when there is no such file
 * (CLI: fs; editor: the open editor's text or workspace.fs).
 */
export type ReadDocument = (relativePath: string) => PromiseLike<DocumentFile | undefined> | DocumentFile | undefined;

/** Documents larger than this are not read (one finding says so). */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** The template marker of a documentation stub (templates/index.ts writes it as the stub's first line) or an upper-case whole-word TODO. */
const UNFINISHED = /<!-- ai-system-manifest:template|(?<![\p{L}\p{N}_])TODO(?![\p{L}\p{N}_])/u;
const SHOWN_LENGTH = 80;

/** Reported by `checkDocumentContents` (it reads the linked documents), not by a synchronous check of the data. */
export const documentIncomplete: Rule<'document-incomplete'> = {
  id: 'document-incomplete',
  defaultSeverity: 'warning',
  description: {
    en: 'A linked document exists but is unfinished: it still holds the template marker or an upper-case TODO (an error when the manifest calls the DPIA or FRIA completed), or it cannot be read (over 1 MiB, not UTF-8).',
    da: "Et dokument, som manifestet henviser til, findes, men er ikke færdigt: det indeholder stadig skabelonmarkøren eller et TODO med store bogstaver (en fejl, når manifestet kalder konsekvensanalysen eller FRIA'en completed), eller det kan ikke læses (over 1 MiB, ikke UTF-8).",
  },
  articles: 'GDPR Art. 35; AI Act Arts. 4, 14, 26(5), 27; Chapter III documentation',
  evidence: 'every-duty',
};

/** Where a document's text is unfinished: the 0-based line, where on it, and the line's text. */
export interface UnfinishedLine {
  line: number;
  character: number;
  endCharacter: number;
  text: string;
}

/** The first line of a document that still holds the template marker or a whole-word `TODO`, if any. */
export function firstUnfinishedLine(text: string): UnfinishedLine | undefined {
  const match = UNFINISHED.exec(text);
  if (!match) return undefined;
  const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
  let lineEnd = text.indexOf('\n', match.index);
  if (lineEnd === -1) lineEnd = text.length;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  let line = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < match.index; at = text.indexOf('\n', at + 1)) line++;
  return { line, character: match.index - lineStart, endCharacter: lineEnd - lineStart, text: text.slice(lineStart, lineEnd).trim() };
}

/** Error where the manifest calls the assessment this document holds done (DPIA, FRIA `completed`); else warning. */
function severityFor(context: RuleContext, reference: DocumentReference): Severity {
  const holder = reference.path.slice(0, -1);
  const isAssessment = fieldName(reference.path) === 'dataProtection.dpia.document' || fieldName(reference.path) === 'fria.document';
  return isAssessment && valueAt(context.data, [...holder, 'status']) === 'completed' ? 'error' : 'warning';
}

/** `document-incomplete` for the references whose file exists: reads each (within limits) and looks for what is unfinished. */
export async function checkDocumentContents(
  context: RuleContext,
  references: readonly DocumentReference[],
  readDocument: ReadDocument,
): Promise<Finding[]> {
  const findings = await Promise.all(
    references.map(async (reference): Promise<Finding | undefined> => {
      let text: string | undefined;
      let unreadable: Localized | undefined;
      try {
        const file = await readDocument(reference.target);
        if (!file) return undefined;
        const bytes = file.size > MAX_DOCUMENT_BYTES ? undefined : await file.read();
        if (!bytes || bytes.length > MAX_DOCUMENT_BYTES) {
          unreadable = {
            en: `it is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB`,
            da: `det er større end ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB`,
          };
        } else {
          text = decodeManifestBytes(bytes);
          if (text === undefined) unreadable = { en: 'it is not UTF-8 text', da: 'det er ikke UTF-8-tekst' };
        }
      } catch (error) {
        unreadable = { en: `reading it failed (${errorMessage(error)})`, da: `det kunne ikke læses (${errorMessage(error)})` };
      }
      const severity = severityFor(context, reference);
      const field = fieldName(reference.path);
      const done =
        severity === 'error'
          ? { en: ', although the manifest calls it completed', da: ', selv om manifestet kalder den completed' }
          : { en: '', da: '' };
      if (unreadable) {
        return findingAt(
          context,
          'document-incomplete',
          severity,
          reference.path,
          message(
            `\`${field}\` links '${reference.target}', which cannot be read to see whether it is finished: ${unreadable.en}`,
            `\`${field}\` henviser til '${reference.target}', som ikke kan læses for at se, om det er færdigt: ${unreadable.da}`,
            reference.article,
            reference.provision,
            context,
          ),
        );
      }
      const unfinished = firstUnfinishedLine(text!);
      if (!unfinished) return undefined;
      const shown = unfinished.text.length > SHOWN_LENGTH ? `${unfinished.text.slice(0, SHOWN_LENGTH)}…` : unfinished.text;
      const marker = unfinished.text.includes('<!-- ai-system-manifest:template');
      const what: Localized = marker
        ? { en: 'still holds the template marker', da: 'indeholder stadig skabelonmarkøren' }
        : { en: 'still says TODO', da: 'siger stadig TODO' };
      const finding = findingAt(
        context,
        'document-incomplete',
        severity,
        reference.path,
        message(
          `'${reference.target}' (linked from \`${field}\`) is not finished${done.en}: line ${unfinished.line + 1} ${what.en} ('${shown}')`,
          `'${reference.target}' (henvist fra \`${field}\`) er ikke færdigt${done.da}: linje ${unfinished.line + 1} ${what.da} ('${shown}')`,
          reference.article,
          reference.provision,
          context,
        ),
      );
      finding.related = [
        {
          file: reference.target,
          range: {
            start: { line: unfinished.line, character: unfinished.character },
            end: { line: unfinished.line, character: unfinished.endCharacter },
          },
          message: { en: `The first unfinished line of '${reference.target}'.`, da: `Den første ufærdige linje i '${reference.target}'.` },
        },
      ];
      return finding;
    }),
  );
  return findings.filter((finding): finding is Finding => finding !== undefined);
}
