import type { Rule } from './rule';
import { localized } from '../l10n';

/** Reported by the loader (`yaml/parse.ts`): the text cannot be read as YAML within limits. */
export const yamlSyntax: Rule<'yaml-syntax'> = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: localized(
    'The YAML does not parse, or cannot be loaded within limits (more than 100 alias expansions, or a file over 5 MiB).',
  ),
  articles: 'YAML 1.2',
};
