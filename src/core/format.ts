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

const NOUNS = {
  // English keeps the "(s)" the CLI's summary has always had: scripts and CI recipes match it.
  manifest: { en: ['manifest(s)', 'manifest(s)'], da: ['manifest', 'manifester'] },
  error: { en: ['error(s)', 'error(s)'], da: ['fejl', 'fejl'] },
  warning: { en: ['warning(s)', 'warning(s)'], da: ['advarsel', 'advarsler'] },
  information: { en: ['information', 'information'], da: ['oplysning', 'oplysninger'] },
  accepted: { en: ['accepted', 'accepted'], da: ['accepteret', 'accepterede'] },
} as const;

/** A count with its noun in the number that agrees: "1 advarsel", "2 advarsler". */
export function counted(count: number, noun: keyof typeof NOUNS, lang: 'en' | 'da'): string {
  const [one, other] = NOUNS[noun][lang];
  return `${count} ${count === 1 ? one : other}`;
}

/** "2 error(s), 1 warning(s), 0 information" / "2 fejl, 1 advarsel, 0 oplysninger". */
export function findingCounts(counts: { errors: number; warnings: number; information: number }, lang: 'en' | 'da'): string {
  return [
    counted(counts.errors, 'error', lang),
    counted(counts.warnings, 'warning', lang),
    counted(counts.information, 'information', lang),
  ].join(', ');
}

/**
 * A message as plain text, the form every output shows it in (the Problems panel, the CLI's text, JSON, SARIF):
 * a field name or value written in code font (`a.b`) is quoted ('a.b') instead. The one place that decides it.
 */
export function plainText(text: string): string {
  return text.replace(/`([^`\n]*)`/g, "'$1'").replace(/`/g, "'");
}
