import type { Data } from '../fields';
import type { ParsedManifest } from '../parse';
import type { TierResult } from '../risk';
import { appliesFromPhrase, type Edition, type ProvisionId } from '../timeline';
import { danishArticle } from '../articles';
import type { Finding, Localized, ManifestPath, RelatedLocation, RuleId, Severity } from '../types';

export interface RuleContext {
  data: Data;
  parsed: ParsedManifest;
  tier: TierResult;
  edition: Edition;
}

/** A domain rule of the catalogue: one module each, with the metadata the CLI's SARIF and the rule docs show. */
export interface Rule {
  id: RuleId;
  /** One line: when the rule fires. */
  description: Localized;
  articles: string;
  check(context: RuleContext): Finding[];
}

export interface FindingOptions {
  related?: { path: ManifestPath; message: Localized }[];
}

/** A finding at a field: the field's node when present, the nearest present parent's key when missing. */
export function findingAt(
  context: RuleContext,
  ruleId: RuleId,
  severity: Severity,
  path: ManifestPath,
  message: Localized,
  options: FindingOptions = {},
): Finding {
  const located = context.parsed.locate(path);
  const finding: Finding = { ruleId, severity, message, range: located.range, path };
  if (!located.found) finding.missing = true;
  if (options.related) {
    finding.related = options.related.map(
      (related): RelatedLocation => ({ message: related.message, range: context.parsed.locate(related.path).range }),
    );
  }
  return finding;
}

/** `a.b.c` as the user reads the field in the manifest. */
export function fieldName(path: ManifestPath): string {
  return path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : segment)).join('.').replace(/\.\[/g, '[');
}

/** Message text in both languages with the article and the "applies from" date appended in each. */
export function message(en: string, da: string, article: Localized | string, provision: ProvisionId, edition: Edition): Localized {
  const articles = typeof article === 'string' ? { en: article, da: danishArticle(article) } : article;
  const when = appliesFromPhrase(provision, edition);
  return { en: `${en} (${articles.en}; ${when.en}).`, da: `${da} (${articles.da}; ${when.da}).` };
}
