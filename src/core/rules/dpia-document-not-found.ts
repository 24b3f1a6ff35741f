import { isRecord, valueAt } from '../yaml/fields';
import type { ProvisionId } from '../law/timeline';
import type { Finding, ManifestPath } from '../types';
import { DOCUMENTATION_FIELDS } from '../law/vocabulary';
import { fieldName, findingAt, message, type Rule, type RuleContext } from './rule';
import { DOCUMENTATION_DUTIES } from '../law/obligations';

/** Answers whether a path relative to the manifest's folder names an existing file (CLI: fs; editor: workspace.fs). */
export type FileExists = (relativePath: string) => boolean | Promise<boolean>;

export interface DocumentReference {
  path: ManifestPath;
  target: string;
  article: string;
  provision: ProvisionId;
}

type DocumentField = { path: ManifestPath; article: string; provision: ProvisionId };

const FIXED_FIELDS: DocumentField[] = [
  { path: ['humanOversight', 'procedure'], article: 'AI Act Arts. 14, 26(2)', provision: 'annex-iii-high-risk' },
  { path: ['dataProtection', 'dpia', 'document'], article: 'GDPR Art. 35', provision: 'gdpr' },
  { path: ['fria', 'document'], article: 'AI Act Art. 27', provision: 'annex-iii-high-risk' },
  { path: ['aiLiteracy', 'document'], article: 'AI Act Art. 4', provision: 'ai-literacy' },
  { path: ['deployment', 'monitoring'], article: 'AI Act Art. 26(5)', provision: 'annex-iii-high-risk' },
];

const DOCUMENT_FIELDS: DocumentField[] = [
  ...FIXED_FIELDS,
  ...DOCUMENTATION_FIELDS.filter(({ field }) => field !== 'euDatabaseRegistration').map(({ field, article }): DocumentField => ({
    path: ['documentation', field],
    article: `AI Act ${article}`,
    provision: 'annex-iii-high-risk',
  })),
];

const URL_LIKE = /^[a-z][a-z0-9+.-]*:/i;

/** The document paths a manifest names (URLs are not checked). */
export function documentReferences(data: unknown): DocumentReference[] {
  if (!isRecord(data)) return [];
  const references: DocumentReference[] = [];
  for (const field of DOCUMENT_FIELDS) {
    const target = valueAt(data, field.path);
    if (typeof target === 'string' && target.trim() !== '' && !URL_LIKE.test(target.trim())) {
      references.push({ ...field, target: target.trim() });
    }
  }
  return references;
}

/** Reported by `checkDocumentReferences` (it asks the file system), not by a synchronous check of the data. */
export const dpiaDocumentNotFoundRule: Rule<'dpia-document-not-found'> = {
  id: 'dpia-document-not-found',
  defaultSeverity: 'warning',
  description: {
    en: 'A document path in the manifest names a file that does not exist.',
    da: 'En dokumentsti i manifestet peger på en fil, der ikke findes.',
  },
  articles: 'GDPR Art. 35; AI Act Arts. 4, 14, 26(5), 27; Chapter III documentation',
  evidence: ['ai-literacy', 'dpia', ...DOCUMENTATION_DUTIES, 'monitor-and-report', 'deployer-dpia', 'fria'],
};

export async function checkDocumentReferences(context: RuleContext, fileExists: FileExists): Promise<Finding[]> {
  const references = documentReferences(context.data);
  const exists = await Promise.all(
    references.map(async (reference) => {
      try {
        return await fileExists(reference.target);
      } catch {
        return false;
      }
    }),
  );
  return references
    .filter((_, index) => !exists[index])
    .map((reference) =>
      findingAt(
        context,
        'dpia-document-not-found',
        'warning',
        reference.path,
        message(
          `\`${fieldName(reference.path)}\` names '${reference.target}', which does not exist (paths are relative to the manifest's folder)`,
          `\`${fieldName(reference.path)}\` henviser til '${reference.target}', som ikke findes (stier er relative til manifestets mappe)`,
          reference.article,
          reference.provision,
          context,
        ),
      ),
    );
}
