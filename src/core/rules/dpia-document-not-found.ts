import type { LinkedDocument } from '../documents/linked';
import type { Finding, Severity } from '../types';
import { DOCUMENTATION_DUTIES } from '../law/obligations';
import { documentMessage, fieldName, findingAt, type Rule, type RuleContext } from './rule';
import { localized } from '../l10n';

export type { FileExists } from '../documents/linked';
export { documentReferences } from '../documents/fields';

/** Reported by the check when it looks at the files (`check.ts`, `reportDocuments` in `document-incomplete.ts`). */
export const dpiaDocumentNotFoundRule: Rule<'dpia-document-not-found'> = {
  id: 'dpia-document-not-found',
  defaultSeverity: 'warning',
  description: localized(
    "A document field names a file that does not exist, or holds text instead of the path or URL of a document; the field then counts as missing (an error where a completed DPIA or FRIA links it, otherwise the severity of the field's absence).",
  ),
  articles: 'GDPR Art. 35; AI Act Arts. 4, 14, 26(5), 27; AI Act Chapter III',
  evidence: 'every-duty',
};

const SHOWN_LENGTH = 60;

/** The finding on a document field whose file does not exist, or that holds text where a path or URL is wanted. */
export function notFoundFinding(context: RuleContext, document: LinkedDocument, severity: Severity): Finding {
  const field = fieldName(document.path);
  const text = document.state === 'free-text';
  const shown = document.target.length > SHOWN_LENGTH ? `${document.target.slice(0, SHOWN_LENGTH)}…` : document.target;
  return findingAt(
    context,
    'dpia-document-not-found',
    severity,
    document.path,
    text
      ? documentMessage(
          localized(
            "'{0}' holds text ('{1}'), not the path or URL of a document: give the path or URL of the document. Until then the field counts as missing",
            field,
            shown,
          ),
          document,
          context,
        )
      : documentMessage(
          localized(
            "'{0}' names '{1}', which does not exist (paths are relative to the manifest's folder). Until it does, the field counts as missing",
            field,
            document.target,
          ),
          document,
          context,
        ),
  );
}

// The duties that fail with these findings are every duty whose field they are on (`every-duty`): a document that is
// not there is no evidence. Kept for the documentation duties' own evidence lists.
export const DOCUMENT_DUTIES = DOCUMENTATION_DUTIES;
