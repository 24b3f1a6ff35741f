import type { Lang, Localized } from '../types';

/**
 * Article references. The data and the code write them in English ("AI Act Arts. 26(8), 49(3)"); `cite` gives
 * them in the user's language, and is the one place that knows how Danish law cites: each article of a list is
 * named ("art. 26, stk. 8, og art. 49, stk. 3"), plain articles share one "art." ("art. 6, 9 og 32"), paragraphs
 * of one article share it too ("art. 26, stk. 1, 4 og 5"), and an Annex point with a letter is "bilag III,
 * punkt 5, litra a" (see ../../shared/domain/glossary-da.md).
 */
export function cite(article: string, lang: Lang): string {
  return lang === 'da' ? danishArticle(article) : article;
}

/** One cited provision of a list: "26", "26(8)", "5(1)(c)", "50(1)–(4)", "6(3) last subparagraph". */
interface Provision {
  article: string;
  paragraphs: string[];
  letter?: string;
  lastSubparagraph: boolean;
}

const PROVISION = String.raw`\d+[a-z]?(?:\(\d+\)(?:\([a-z]+\))?(?:\u2013\(\d+\))?)?(?:,? last subparagraph)?`;
/** "Art. 6(2)", "Arts. 26(8), 49(3)", "Art. 26(1), (4), (5)", "Arts. 5(1)(c), 6, 9 and 32". */
const NOT_A_DATE = String.raw`(?!\.\s|\s(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b)`;
const ARTICLE_LIST = new RegExp(
  String.raw`\bArts?\.\s(${PROVISION}(?:(?:,\s|,?\sand\s)(?:${PROVISION}${NOT_A_DATE}|\(\d+\)(?!\s*\()))*)`,
  'g',
);

function parseList(list: string): Provision[] {
  const provisions: Provision[] = [];
  for (const item of list.split(/,\s(?!last subparagraph)|,?\sand\s/)) {
    const lastSubparagraph = /last subparagraph$/.test(item);
    const text = item.replace(/,?\s?last subparagraph$/, '');
    const paragraphOnly = /^\((\d+)\)$/.exec(text);
    const previous = provisions[provisions.length - 1];
    if (paragraphOnly && previous && previous.paragraphs.length > 0 && !previous.letter) {
      previous.paragraphs.push(paragraphOnly[1]);
      previous.lastSubparagraph ||= lastSubparagraph;
      continue;
    }
    const match = /^(\d+[a-z]?)(?:\((\d+)\)(?:\(([a-z]+)\))?(?:\u2013\((\d+)\))?)?$/.exec(text);
    if (!match) return [];
    const [, article, paragraph, letter, rangeEnd] = match;
    const paragraphs = paragraph ? [rangeEnd ? `${paragraph}\u2013${rangeEnd}` : paragraph] : [];
    if (
      previous &&
      previous.article === article &&
      paragraphs.length > 0 &&
      previous.paragraphs.length > 0 &&
      !previous.letter &&
      !letter &&
      !previous.lastSubparagraph &&
      !lastSubparagraph
    ) {
      previous.paragraphs.push(...paragraphs);
      continue;
    }
    provisions.push({ article, paragraphs, letter, lastSubparagraph });
  }
  return provisions;
}

/** "a", "a og b", "a, b og c". */
function danishList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

function danishProvision(provision: Provision): string {
  let text = `art. ${provision.article}`;
  if (provision.paragraphs.length > 0) text += `, stk. ${danishList(provision.paragraphs)}`;
  if (provision.letter) text += `, litra ${provision.letter}`;
  if (provision.lastSubparagraph) text += ', sidste afsnit';
  return text;
}

/** Plain articles side by side share one "art."; every article with a paragraph is named on its own. */
function danishArticleList(list: string): string | undefined {
  const provisions = parseList(list);
  if (provisions.length === 0) return undefined;
  const groups: string[] = [];
  let plain: string[] = [];
  const flush = () => {
    if (plain.length > 0) groups.push(`art. ${danishList(plain)}`);
    plain = [];
  };
  for (const provision of provisions) {
    if (provision.paragraphs.length === 0 && !provision.lastSubparagraph) {
      plain.push(provision.article);
      continue;
    }
    flush();
    groups.push(danishProvision(provision));
  }
  flush();
  if (groups.length === 1) return groups[0];
  // A group with a comma or "og" of its own ("art. 26, stk. 8") needs a comma before "og" to be read as two.
  const last = groups[groups.length - 1];
  const rest = groups.slice(0, -1);
  const comma = rest.some((group) => group.includes(',') || group.includes(' og ')) ? ',' : '';
  return `${rest.join(', ')}${comma} og ${last}`;
}

/**
 * A text with English article references, as Danish law cites them: "AI Act Art. 26(6)" → "AI-forordningens
 * art. 26, stk. 6", "Annex III point 5(a)" → "bilag III, punkt 5, litra a". Use `cite`, which also knows English.
 */
export function danishArticle(article: string): string {
  return article
    .replace(ARTICLE_LIST, (whole, list: string) => danishArticleList(list) ?? whole)
    .replace(/AI Act /g, 'AI-forordningens ')
    .replace(/Danish executive order/g, 'bekendtgørelsen')
    .replace(/Manifest format v1/g, 'manifestformat v1')
    .replace(/\(serious incidents: /g, '(alvorlige hændelser: ')
    .replace(/Forvaltningsloven/g, 'forvaltningsloven')
    .replace(/\bArts?\.\s/g, 'art. ')
    .replace(/(\d+[a-z]?)\((\d+)\)\(([a-z]+)\)/g, '$1, stk. $2, litra $3')
    .replace(/(\d+[a-z]?)\((\d+)\)/g, '$1, stk. $2')
    .replace(/, last subparagraph/g, ', sidste afsnit')
    .replace(/ last subparagraph/g, ', sidste afsnit')
    .replace(/ Section ([A-Z])\b/g, ', afsnit $1')
    .replace(/ Sections (\d+)\u2013(\d+)/g, ', afdeling $1\u2013$2')
    .replace(/Annex ([IVX]+) point (\d+)\(([a-z])\)/g, 'bilag $1, punkt $2, litra $3')
    .replace(/Annex ([IVX]+) points? (\d+)/g, 'bilag $1, punkt $2')
    .replace(/Annex ([IVX]+)/g, 'bilag $1')
    .replace(/Chapter ([IVX]+)/g, 'kapitel $1')
    .replace(/ and /g, ' og ');
}

/** An English article reference as a message argument: as written in English, as Danish law cites it in Danish. */
export function citation(article: string): Localized {
  return { en: article, da: danishArticle(article) };
}
