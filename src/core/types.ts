/** Shared vocabulary of the core. Field names, enum values and rule ids follow ../shared/spec/ai-system-manifest.md. */

/** 0-based, as in the VS Code API; `character` counts UTF-16 code units. */
export interface Position {
  line: number;
  character: number;
}

export interface SourceRange {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information';
export type Lang = 'en' | 'da';
export type Localized = Record<Lang, string>;

export type Tier = 'prohibited' | 'high' | 'limited' | 'minimal';
export const TIERS: readonly Tier[] = ['prohibited', 'high', 'limited', 'minimal'];

export type Role = 'provider' | 'deployer' | 'provider-and-deployer';

/** A path into the manifest's data, as keys and list indices. */
export type ManifestPath = readonly (string | number)[];

/**
 * The rule ids. A rule module owns its id: `rules/index.ts` lists the modules and adds their ids to this registry by
 * declaration merging, so this bottom layer names the type without importing the rules above it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by rules/index.ts
export interface RuleIdRegistry {}
export type RuleId = keyof RuleIdRegistry;

export interface RelatedLocation {
  message: Localized;
  range: SourceRange;
  /** Another file (a linked document), as a path relative to the manifest's folder; absent for the manifest itself. */
  file?: string;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  message: Localized;
  range: SourceRange;
  /**
   * The manifest field the finding is about: the missing field itself (its range is then the parent key's),
   * or the offending node. Quick fixes and the schema/rule de-duplication key on it.
   */
  path: ManifestPath;
  /** True when `path` names a field that is absent. */
  missing?: boolean;
  related?: RelatedLocation[];
  /** Set when an entry of `acceptedFindings` accepts the finding: its severity is then `information`. */
  accepted?: Acceptance;
  /** An accepted finding's severity before it was accepted (whether it denied a duty's evidence: `assess`). */
  severityBeforeAcceptance?: Severity;
  /** ISO date from which the duty applies to this system (absent for `yaml-syntax`, `schema` and the like). */
  appliesFrom?: string;
  /** How sure that date is (the timeline data's certainty). */
  certainty?: 'primary' | 'secondary' | 'uncertain';
}

/** Who accepted a finding, when, why and until when (an entry of `acceptedFindings`; ISO dates). */
export interface Acceptance {
  by: string;
  date: string;
  reason: string;
  expires?: string;
}
