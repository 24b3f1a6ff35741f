import type { Rule } from './rule';

/** Reported by the loader (`yaml/parse.ts`): the text cannot be read as YAML within limits. */
export const yamlSyntax: Rule<'yaml-syntax'> = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: {
    en: 'The YAML does not parse, or cannot be loaded within limits (more than 100 alias expansions, or a file over 5 MiB).',
    da: 'YAML-filen kan ikke parses eller indlæses inden for grænserne (mere end 100 udfoldninger af aliasser eller en fil over 5 MiB).',
  },
  articles: 'YAML 1.2',
};
