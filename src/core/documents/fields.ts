import { isRecord, valueAt } from '../yaml/fields';
import type { ProvisionId } from '../law/timeline';
import { DOCUMENTATION_FIELDS } from '../law/vocabulary';
import type { DocumentKind } from '../templates/index';
import type { ManifestPath } from '../types';

/**
 * The document fields (spec: `dpia-document-not-found` and "Documents"): the manifest fields whose value is the URL or
 * the path of a document. A local path there is evidence only when its document is written.
 */
export interface DocumentField {
  path: ManifestPath;
  /** The law the document evidences, in English (Danish through `cite`). */
  article: string;
  /** Whose date the finding names; none for a field that rests on law in force on every date (Forvaltningsloven). */
  provision?: ProvisionId;
  /** The field may hold text instead (`decisions.explanation`): only a local path there is a document. */
  textAllowed?: boolean;
  /** The DPIA or FRIA whose `status` says how far the document is (`completed`, `in-progress`). */
  assessment?: boolean;
  /** The documentation template a stub of this document is made from, where there is one. */
  kind?: DocumentKind;
}

/** The `documentation.*` fields that are text, not documents (spec: `dpia-document-not-found`). */
const DOCUMENTATION_TEXT: readonly string[] = ['euDatabaseRegistration', 'certificate', 'operatingLogic'];

const DOCUMENTATION_DOCUMENTS: readonly { field: string; article: string; unsettled?: true }[] = [
  ...DOCUMENTATION_FIELDS.filter(({ field }) => !DOCUMENTATION_TEXT.includes(field)),
  // The EU declaration of conformity (Art. 47, Annex V; Annex VIII A.11), optional: a document wherever it is given.
  ...(DOCUMENTATION_FIELDS.some(({ field }) => field === 'declarationOfConformity')
    ? []
    : [{ field: 'declarationOfConformity', article: 'Art. 47, Annex V', unsettled: true as const }]),
];

export const DOCUMENT_FIELDS: readonly DocumentField[] = [
  { path: ['humanOversight', 'procedure'], article: 'AI Act Arts. 14, 26(2)', provision: 'annex-iii-high-risk', kind: 'human-oversight' },
  { path: ['dataProtection', 'dpia', 'document'], article: 'GDPR Art. 35', provision: 'gdpr', assessment: true, kind: 'dpia' },
  { path: ['fria', 'document'], article: 'AI Act Art. 27', provision: 'annex-iii-high-risk', assessment: true, kind: 'fria' },
  { path: ['aiLiteracy', 'document'], article: 'AI Act Art. 4', provision: 'ai-literacy', kind: 'ai-literacy' },
  { path: ['deployment', 'monitoring'], article: 'AI Act Art. 26(5)', provision: 'annex-iii-high-risk' },
  { path: ['transparency', 'citizenNotice'], article: 'GDPR Arts. 13–14', provision: 'gdpr', kind: 'citizen-notice' },
  { path: ['decisions', 'explanation'], article: 'Forvaltningsloven §§ 22–24; AI Act Art. 86', textAllowed: true, kind: 'explanation' },
  ...DOCUMENTATION_DOCUMENTS.map(({ field, article, unsettled }): DocumentField => ({
    path: ['documentation', field],
    article: `AI Act ${article}`,
    // Arts. 43, 47, 72, 73 lie outside Chapter III Sections 1–3: the system's high-risk date, not settled in the sources.
    provision: unsettled ? 'high-risk-unsettled' : 'annex-iii-high-risk',
    ...(field === 'technical' ? { kind: 'technical-documentation' as const } : {}),
  })),
];

/** What a document field's value is: a URL, the path of a local document, or text. */
export type ValueForm = 'url' | 'local' | 'text';

const URL_START = /^(?:https?:\/\/|www\.)/i;
/** A file extension: a dot and a few letters or digits, starting with a letter (`.md`, `.docx`, `.mp4`; not `v2.1`). */
const FILE_EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,7}$/;

/**
 * A URL starts with `http://`, `https://` or `www.` (any case); otherwise a value is a local path when it ends in a
 * file extension or contains `/`; anything else is text (spec: `dpia-document-not-found`).
 */
export function valueForm(value: string): ValueForm {
  const trimmed = value.trim();
  if (URL_START.test(trimmed)) return 'url';
  if (FILE_EXTENSION.test(trimmed) || trimmed.includes('/')) return 'local';
  return 'text';
}

/** A document field's value as the manifest gives it. */
export interface DocumentValue extends DocumentField {
  /** The value, trimmed. */
  target: string;
  form: ValueForm;
}

/** Every document field the data gives a text value, with its form (in the order of `DOCUMENT_FIELDS`). */
export function documentValues(data: unknown): DocumentValue[] {
  if (!isRecord(data)) return [];
  const values: DocumentValue[] = [];
  for (const field of DOCUMENT_FIELDS) {
    const value = valueAt(data, field.path);
    if (typeof value !== 'string' || value.trim() === '') continue;
    const target = value.trim();
    values.push({ ...field, target, form: valueForm(target) });
  }
  return values;
}

/** The local documents a manifest links (URLs and text are not files): what the editor links and watches. */
export function documentReferences(data: unknown): DocumentValue[] {
  return documentValues(data).filter((value) => value.form === 'local');
}

/** The document field at `path`, if it is one. */
export function documentField(path: ManifestPath): DocumentField | undefined {
  return DOCUMENT_FIELDS.find((field) => field.path.length === path.length && field.path.every((segment, i) => segment === path[i]));
}
