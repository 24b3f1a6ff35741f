import { localize } from '../l10n';
import { fieldDocumentation, slotAt, spanRange, valueChoices, valueDocumentation } from './completion';
import { schemaAt } from '../schema';
import { LineIndex } from '../yaml/lineIndex';
import { DEFAULT_EDITION, provision, type Edition, type ProvisionId } from '../law/timeline';
import { dutyDate, dutyDatePhrase, type SystemDates } from '../law/dutyDate';
import { certaintyLabel } from '../views/dutyText';
import { systemDates } from '../law/dutyDate';
import { computeTier } from '../law/risk';
import { parseManifest } from '../yaml/parse';
import type { Lang, ManifestPath, SourceRange } from '../types';
import { PROHIBITED_PRACTICES, isTransparencyPractice } from '../law/vocabulary';

export interface HoverResult {
  /** Markdown in the requested language. */
  contents: string;
  range: SourceRange;
}

/** Fields whose duty applies from a date of the timeline, by the dotted path of the field or its section. */
const DATED_FIELDS: Record<string, ProvisionId> = {
  legalBasis: 'danish-legal-basis',
  'system.inServiceSince': 'public-authority-backstop',
  'system.lastSignificantChange': 'public-authority-backstop',
  humanOversight: 'danish-legal-basis',
  'transparency.citizenNotice': 'gdpr',
  'riskClassification.practices': 'prohibitions',
  'riskClassification.annexI': 'annex-i-high-risk',
  'riskClassification.annexIII': 'annex-iii-high-risk',
  'transparency.aiInteractionDisclosure': 'transparency',
  'transparency.contentMarking': 'transparency',
  'transparency.exposureNotice': 'transparency',
  dataProtection: 'gdpr',
  fria: 'annex-iii-high-risk',
  logging: 'annex-iii-high-risk',
  aiLiteracy: 'ai-literacy',
  'model.generalPurpose': 'gpai',
  deployment: 'annex-iii-high-risk',
  documentation: 'annex-iii-high-risk',
};

/**
 * Hover for a key (the field's title, description and, for a dated duty, the date it applies from) or an
 * enum value (its description and the field's title). Reads the lines around the position, so it works on
 * text with syntax errors elsewhere.
 */
export interface HoverScope {
  /** The system's own dates and whether its tier is high (from the last check), so dates are this system's. */
  system?: SystemDates;
  highRisk?: boolean;
}

/** The system's dates and tier from the manifest's text (nothing where it does not parse). */
export function hoverScopeOf(text: string, edition: Edition = DEFAULT_EDITION): HoverScope {
  const parsed = parseManifest(text);
  if (parsed.syntaxFindings.length > 0 || typeof parsed.data !== 'object' || parsed.data === null) return {};
  return { system: systemDates(parsed.data), highRisk: computeTier(parsed.data, edition).tier === 'high' };
}

export function hoverAt(
  text: string,
  offset: number,
  lang: Lang,
  edition: Edition = DEFAULT_EDITION,
  scope?: HoverScope,
): HoverResult | undefined {
  const lines = new LineIndex(text);
  const slot = slotAt(lines, offset);
  if (!slot || slot.span.start === slot.span.end) return undefined;
  const word = lines.lineText(slot.span.line).slice(slot.span.start, slot.span.end);
  let contents: string | undefined;
  let provisionId: ProvisionId | undefined;
  if (slot.kind === 'key') {
    const path = [...slot.parent, word];
    contents = fieldDocumentation(path, lang);
    provisionId = datedProvision(path);
  } else {
    const node = schemaAt(slot.path)?.node;
    if (!node?.enum || !valueChoices(node).includes(word)) return undefined;
    contents = valueDocumentation(slot.path, word, lang);
    provisionId = PROHIBITED_PRACTICES[word]?.provision ?? (isTransparencyPractice(word) ? 'transparency' : datedProvision(slot.path));
  }
  if (!contents) return undefined;
  if (!provisionId) return { contents, range: spanRange(slot.span) };
  return {
    contents: `${contents}\n\n${appliesLine(provisionId, lang, edition, scope ?? hoverScopeOf(text, edition))}`,
    range: spanRange(slot.span),
  };
}

/** The provision of the field or of the nearest section above it that has a date. */
function datedProvision(path: ManifestPath): ProvisionId | undefined {
  const keys = path.filter((segment): segment is string => typeof segment === 'string');
  for (let length = keys.length; length > 0; length--) {
    const found = DATED_FIELDS[keys.slice(0, length).join('.')];
    if (found) return found;
  }
  return undefined;
}

/**
 * "*Applies from <date>* — <the provision's title>", in `lang`, then how sure the date is and its source: the date
 * is this system's own (`dutyDate`) where the scope gives the system's dates.
 */
function appliesLine(id: ProvisionId, lang: Lang, edition: Edition, scope: HoverScope): string {
  const duty = dutyDate(id, { edition, system: scope.system, highRisk: scope.highRisk });
  const phrase = dutyDatePhrase({ ...duty, certainty: 'primary' })[lang];
  // The source is written in English (the timeline's data): the other languages point to the sources' list.
  const source = lang === 'en' ? duty.source : localize(lang, 'see docs/legal-sources.md');
  const certainty = localize(lang, 'Certainty: {0} ({1})', certaintyLabel(duty.certainty, lang), source);
  return `*${phrase[0].toUpperCase()}${phrase.slice(1)}* — ${provision(id).title[lang]}\n\n${certainty}`;
}
