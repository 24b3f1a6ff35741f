/**
 * Fills `{0}`, `{1}` … in a text with `values` (a placeholder without a value stays as written). The one
 * placeholder substitution of the code: the core's texts, the extension's `t()` and the timeline webview use it.
 */
export function format(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text escaped for HTML content. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A value escaped for a double-quoted HTML attribute (single quotes, as in a CSP, stay readable). */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ENTITIES[c]);
}

/**
 * A message as plain text, the form every output shows it in (the Problems panel, the CLI's text, JSON, SARIF):
 * a field name or value written in code font (`a.b`) is quoted ('a.b') instead. The one place that decides it.
 */
export function plainText(text: string): string {
  return text.replace(/`([^`\n]*)`/g, "'$1'").replace(/`/g, "'");
}
