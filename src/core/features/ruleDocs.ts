/**
 * One rule's section of docs/rules.md (generated from the catalogue): from its anchor to the next rule's, with the
 * document's title above it, so that a diagnostic's rule link can show just that rule, rendered. Undefined when the
 * document has no section for the id.
 */
export function ruleSection(markdown: string, ruleId: string): string | undefined {
  const anchor = `<a id="${ruleId}"></a>`;
  const start = markdown.indexOf(anchor);
  if (start < 0) return undefined;
  const next = markdown.indexOf('<a id="', start + anchor.length);
  const section = markdown.slice(start + anchor.length, next < 0 ? markdown.length : next).trim();
  const title = /^# .*$/m.exec(markdown)?.[0];
  return `${title ? `${title}\n\n` : ''}${section}\n`;
}
