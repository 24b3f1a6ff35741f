import { valueAt, type Data } from '../yaml/fields';
import type { ParsedManifest } from '../yaml/parse';
import type { TierResult } from '../law/risk';
import type { ObligationId } from '../law/obligations';
import type { Edition, ProvisionId } from '../law/timeline';
import { dutyDate, dutyDatePhrase, earliest, type DutyDate, type SystemDates } from '../law/dutyDate';
import { cite } from '../law/articles';
import type { DocumentKind } from '../templates/index';
import type { Finding, Localized, ManifestPath, RelatedLocation, RuleId, Severity } from '../types';

export interface RuleContext {
  data: Data;
  parsed: ParsedManifest;
  tier: TierResult;
  edition: Edition;
  /** `system.inServiceSince` and `system.lastSignificantChange`: the system's own dates (Art. 111(2), 111(4)). */
  system: SystemDates;
  /**
   * The document fields that count as absent because their document is not written, not there, or free text
   * (`fieldKey` of each path). The check reports each once (`document-incomplete`, `dpia-document-not-found`,
   * `transparency-missing`); a rule that names several gaps in one finding leaves these out (`documentReported`).
   */
  absentDocuments?: ReadonlySet<string>;
  /** The reference date (ISO) when the check has one: whether the system is in use (`law/applicability.ts`, `inUse`). */
  referenceDate?: string;
}

/** A field's path as one key (for sets of paths). */
export function fieldKey(path: ManifestPath): string {
  return path.join('\u0000');
}

/** The field is a document field that counts as absent, and the check reports it already (spec: "Documents"). */
export function documentReported(context: Pick<RuleContext, 'absentDocuments'>, path: ManifestPath): boolean {
  return context.absentDocuments?.has(fieldKey(path)) === true;
}

/** When a provision's duty applies to this system (the one date function, `law/dutyDate.ts`). */
export function dutyFor(context: Pick<RuleContext, 'edition' | 'system' | 'tier'>, provision: ProvisionId): DutyDate {
  return dutyDate(provision, {
    edition: context.edition,
    system: context.system,
    highRisk: context.tier.tier === 'high',
    highRiskProvision: context.tier.highRiskProvision,
  });
}

/** A finding's message with the duty whose date it names: `findingAt` copies `appliesFrom` and `certainty` from it. */
export type DatedMessage = Localized & { duty?: DutyDate };

/** What a quick fix can do for a rule's finding (the tables of `features/fixes.ts` are derived from it). */
export interface RuleFix {
  /** The missing (or empty) field or section can be inserted as a stub with placeholders. */
  insertField?: boolean;
  /** The documentation stub that can be created and linked, when the finding is about the field that links it. */
  document?: DocumentKind;
}

/**
 * A rule of the catalogue: one module each, owning all its facts. The catalogue, `RULE_IDS`, the `RuleId` type,
 * SARIF's rule list, docs/rules.md and the quick-fix tables are derived from the modules (see `index.ts`).
 * The module's constant is typed `Rule<'its-id'>`, which lets `RuleId` be derived from the list without a cycle.
 */
export interface Rule<Id extends string = RuleId> {
  id: Id;
  /** The severity it usually has (some rules vary by case: the spec's table says when). */
  defaultSeverity: Severity;
  /** One line: when the rule fires. */
  description: Localized;
  articles: string;
  fix?: RuleFix;
  /**
   * The duties of `assess` (src/core/law/obligations.ts) whose evidence this rule's findings at the duty's field deny:
   * such a finding makes the duty missing. `every-duty`: an error of this rule on any duty's field does (placeholders,
   * unfinished documents, schema errors: no duty is met by evidence that is not there).
   */
  evidence?: readonly ObligationId[] | 'every-duty';
  /** The synchronous check of the data; absent for rules reported elsewhere (the loader, the schema, the file checks). */
  check?(context: RuleContext): Finding[];
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
  message: DatedMessage,
  options: FindingOptions = {},
): Finding {
  const located = context.parsed.locate(path);
  const finding: Finding = { ruleId, severity, message: { en: message.en, da: message.da }, range: located.range, path };
  if (message.duty) {
    finding.appliesFrom = message.duty.date;
    finding.certainty = message.duty.certainty;
  }
  if (!located.found) finding.missing = true;
  if (options.related) {
    finding.related = options.related.map((related): RelatedLocation => ({
      message: related.message,
      range: context.parsed.locate(related.path).range,
    }));
  }
  return finding;
}

/**
 * A field written in the manifest that does not count (a placeholder, a document not found or not written): its own
 * finding reports it (`placeholder-value`, `dpia-document-not-found`, `document-incomplete`), so no other rule does.
 */
export function reportedElsewhere(context: Pick<RuleContext, 'data' | 'parsed' | 'absentDocuments'>, path: ManifestPath): boolean {
  return documentReported(context, path) || (valueAt(context.data, path) === undefined && context.parsed.locate(path).found);
}

/** The reasons of one finding, in the order given, as one text in each language ("…; …"). */
export function joined(texts: readonly Localized[]): Localized {
  return { en: texts.map((text) => text.en).join('; '), da: texts.map((text) => text.da).join('; ') };
}

/** Whether `path` is `prefix` or a field inside it. */
export function startsWithPath(path: ManifestPath, prefix: ManifestPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}

/** Whether two manifest paths name the same field. */
export function samePath(a: ManifestPath, b: ManifestPath): boolean {
  return a.length === b.length && startsWithPath(a, b);
}

/** Whether one path is the other or a field inside it (a finding on a section touches the duties of its fields). */
export function pathsOverlap(a: ManifestPath, b: ManifestPath): boolean {
  return startsWithPath(a, b) || startsWithPath(b, a);
}

/** `a.b.c` as the user reads the field in the manifest. */
export function fieldName(path: ManifestPath): string {
  return path
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : segment))
    .join('.')
    .replace(/\.\[/g, '[');
}

/**
 * The message of a finding on a document field: with the field's article, and the date its duty applies to this
 * system where the field has a provision (none for Forvaltningsloven, in force on every date).
 */
export function documentMessage(
  text: Localized,
  field: { article: string; provision?: ProvisionId },
  context: Pick<RuleContext, 'edition' | 'system' | 'tier'>,
): DatedMessage {
  if (field.provision) {
    const provision = field.provision === 'annex-iii-high-risk' ? (context.tier.highRiskProvision ?? field.provision) : field.provision;
    return message(text, field.article, provision, context);
  }
  return { en: cited(text.en, field.article), da: cited(text.da, cite(field.article, 'da')) };
}

/**
 * The one form of a message's citation: the text, a dash, the law it rests on and, for a dated duty, when it applies
 * ("… before the processing starts (Art. 35(1)) — GDPR Art. 35; applies from {date}."): never a second
 * parenthesis after the text's own, and plain text (`check` quotes any code-font field name: `plainText`).
 */
function cited(text: string, articles: string, when?: string): string {
  return `${text} — ${articles}${when ? `; ${when}` : ''}.`;
}

/**
 * A message (`localized('English {0}', …)`: its Danish text is in the bundle) with the article and the date the duty
 * applies to this system appended in each language (with why, where the system's own date differs, and how sure, where not primary). A finding that rests on several
 * laws passes each one's provision: the earliest date is the finding's.
 */
export function message(
  text: Localized,
  article: Localized | string,
  provision: ProvisionId | readonly ProvisionId[],
  context: Pick<RuleContext, 'edition' | 'system' | 'tier'>,
): DatedMessage {
  const articles = typeof article === 'string' ? { en: article, da: cite(article, 'da') } : article;
  const provisions = typeof provision === 'string' ? [provision] : provision;
  const duty = earliest(provisions.map((id) => dutyFor(context, id)));
  const when = dutyDatePhrase(duty);
  return { en: cited(text.en, articles.en, when.en), da: cited(text.da, articles.da, when.da), duty };
}

/**
 * A message (`localized('English {0}', …)`) with the article appended in each language, and no date: for findings about the manifest's
 * consistency (tier-mismatch, annex-iii-undeclared, profiling-undeclared) and for duties of law in force on every
 * date (Forvaltningsloven), which carry no `appliesFrom` and which `--due-only` never lowers.
 */
export function undatedMessage(text: Localized, article: Localized | string): Localized {
  const articles = typeof article === 'string' ? { en: article, da: cite(article, 'da') } : article;
  return { en: cited(text.en, articles.en), da: cited(text.da, articles.da) };
}
