/**
 * Article references as Danish law cites them: "AI Act Art. 26(6)" → "AI-forordningens art. 26, stk. 6",
 * "Annex III point 5" → "bilag III, punkt 5" (see ../../shared/domain/glossary-da.md).
 */
export function danishArticle(article: string): string {
  return article
    .replace(/AI Act /g, 'AI-forordningens ')
    .replace(/Danish executive order/g, 'bekendtgørelsen')
    .replace(/Forvaltningsloven/g, 'forvaltningsloven')
    .replace(/\bArts?\.\s/g, 'art. ')
    .replace(/(\d+[a-z]?)\((\d+)\)\(([a-z]+)\)/g, '$1, stk. $2, litra $3')
    .replace(/(\d+[a-z]?)\((\d+)\)/g, '$1, stk. $2')
    .replace(/, last subparagraph/g, ', sidste afsnit')
    .replace(/ last subparagraph/g, ', sidste afsnit')
    .replace(/ Section ([A-Z])\b/g, ', afsnit $1')
    .replace(/ Sections (\d+)–(\d+)/g, ', afdeling $1-$2')
    .replace(/Annex ([IVX]+) point (\d+)\(([a-z])\)/g, 'bilag $1, punkt $2, litra $3')
    .replace(/Annex ([IVX]+) points? (\d+)/g, 'bilag $1, punkt $2')
    .replace(/Annex ([IVX]+)/g, 'bilag $1')
    .replace(/Chapter ([IVX]+)/g, 'kapitel $1')
    .replace(/ and /g, ' og ');
}
