import { fieldDocumentation, slotAt, spanRange, valueChoices, valueDocumentation } from './completion';
import { schemaAt } from '../schema';
import { LineIndex } from '../yaml/lineIndex';
import { appliesFromPhrase, DEFAULT_EDITION, provision, type Edition, type ProvisionId } from '../law/timeline';
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
export function hoverAt(text: string, offset: number, lang: Lang, edition: Edition = DEFAULT_EDITION): HoverResult | undefined {
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
  return { contents: provisionId ? `${contents}\n\n${appliesLine(provisionId, lang, edition)}` : contents, range: spanRange(slot.span) };
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

/** "*Applies from <date>* — <the provision's title>", in `lang`. */
function appliesLine(id: ProvisionId, lang: Lang, edition: Edition): string {
  const phrase = appliesFromPhrase(id, edition)[lang];
  return `*${phrase[0].toUpperCase()}${phrase.slice(1)}* — ${provision(id).title[lang]}`;
}
