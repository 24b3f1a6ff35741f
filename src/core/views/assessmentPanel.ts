// The "Assess risk tier" panel: the assessment's Markdown (assessmentMarkdown.ts, the one wording) as HTML, with the
// action that records the computed tier as `declaredTier` and the result of that action. The extension
// (src/extension/assessmentPanel.ts) gives it to a webview; the webview's script (src/webview/assessment.ts) only
// asks for confirmation and posts the confirmed action back.
import MarkdownIt from 'markdown-it';
import { escapeAttribute, escapeHtml } from '../format';
import { localize } from '../l10n';
import { TIERS, type Lang, type Tier } from '../types';

/** What the panel shows. */
export interface AssessmentPanelModel {
  lang: Lang;
  /** The assessment's Markdown (`assessmentMarkdown`), or a paragraph saying why there is none. */
  markdown: string;
  /** Offered when the computed tier is not the manifest's `declaredTier`: write it into `file` (the manifest's name). */
  record?: { tier: Tier; declared?: string; file: string };
  /** The outcome of the last "Record" (`id` counts the outcomes: the webview moves the focus to a new one). */
  result?: { id: number; ok: boolean; text: string };
}

/** The text of a recorded tier, shown in the panel. */
export function recordedText(tier: Tier, file: string, lang: Lang): string {
  return localize(lang, 'Recorded: riskClassification.declaredTier is now {0} in {1} (not saved yet).', tier, file);
}

// Raw HTML is off: every text of the assessment is escaped. The one tag its Markdown uses, `<br>` in a table cell
// (who accepted a finding), becomes a line break.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
markdown.inline.ruler.before('html_inline', 'line_break_tag', (state, silent) => {
  if (!state.src.startsWith('<br>', state.pos)) return false;
  if (!silent) state.push('hardbreak', 'br', 0);
  state.pos += '<br>'.length;
  return true;
});
markdown.validateLink = () => false;

/** The panel's content (inside its <main>): the assessment, with the record action and its result under the tier. */
export function renderAssessmentBody(model: AssessmentPanelModel): string {
  const html = markdown.render(model.markdown);
  const result = model.result;
  const action =
    (model.record ? recordSection(model.record, model.lang) : '') +
    (result
      ? `<p id="assessment-result" class="result${result.ok ? '' : ' failed'}" role="status" tabindex="-1" data-result="${result.id}">${escapeHtml(result.text)}</p>\n`
      : '');
  // Under the tier (the first h2) and the line that says the declared tier differs, if any; else under the title.
  const tierEnd = html.indexOf('</h2>\n');
  const declaredEnd = model.record?.declared && tierEnd >= 0 ? html.indexOf('</p>\n', tierEnd) : -1;
  const at =
    declaredEnd >= 0
      ? declaredEnd + '</p>\n'.length
      : tierEnd >= 0
        ? tierEnd + '</h2>\n'.length
        : html.indexOf('</h1>\n') + '</h1>\n'.length;
  return html.slice(0, at) + action + html.slice(at);
}

function recordSection(record: NonNullable<AssessmentPanelModel['record']>, lang: Lang): string {
  const tier = escapeAttribute(record.tier);
  // A declared tier that differs is said by the assessment's own line above the section.
  const label = record.declared
    ? localize(lang, 'Update declaredTier to {0}…', record.tier)
    : localize(lang, 'Record declaredTier: {0}…', record.tier);
  return [
    `<section class="record" aria-label="${escapeAttribute(localize(lang, 'Record the tier'))}">`,
    ...(record.declared
      ? []
      : [`<p>${escapeHtml(localize(lang, 'The manifest does not record the computed tier as riskClassification.declaredTier.'))}</p>`]),
    `<p><button type="button" id="record-ask" data-action="ask" aria-controls="record-confirm" aria-expanded="false">${escapeHtml(label)}</button></p>`,
    `<div id="record-confirm" class="confirm" role="group" aria-labelledby="record-question" hidden>`,
    `<p id="record-question">${escapeHtml(localize(lang, 'Write riskClassification.declaredTier: {0} into {1}? Only that value changes; the manifest is not saved.', record.tier, record.file))}</p>`,
    `<p><button type="button" data-action="record" data-tier="${tier}">${escapeHtml(localize(lang, 'Record'))}</button> `,
    `<button type="button" class="secondary" data-action="cancel">${escapeHtml(localize(lang, 'Cancel'))}</button></p>`,
    '</div>',
    '</section>',
    '',
  ].join('\n');
}

/** The theme's colours and fonts (VS Code's CSS variables), focus rings, tables that wrap. */
const STYLE = `body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);background:var(--vscode-editor-background);line-height:1.5;padding:0 1.25rem 2rem;overflow-wrap:break-word}
h1{font-size:1.6em;margin:1rem 0 .5rem}
h2{font-size:1.3em;margin:.75rem 0}
h3{font-size:1.1em;margin:1.5rem 0 .5rem}
code{font-family:var(--vscode-editor-font-family);background:var(--vscode-textCodeBlock-background);padding:0 .2em;border-radius:3px}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid var(--vscode-panel-border,var(--vscode-widget-border,currentColor));padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:var(--vscode-editorWidget-background)}
blockquote{margin:1rem 0;padding:.25rem .75rem;border-left:4px solid var(--vscode-textBlockQuote-border);background:var(--vscode-textBlockQuote-background)}
.record{margin:.75rem 0;padding:.5rem .75rem;border:1px solid var(--vscode-focusBorder);border-radius:4px}
.record p{margin:.4rem 0}
button{font:inherit;color:var(--vscode-button-foreground);background:var(--vscode-button-background);border:1px solid var(--vscode-button-border,transparent);border-radius:2px;padding:.25rem .75rem;cursor:pointer}
button:hover{background:var(--vscode-button-hoverBackground)}
button.secondary{color:var(--vscode-button-secondaryForeground);background:var(--vscode-button-secondaryBackground)}
button.secondary:hover{background:var(--vscode-button-secondaryHoverBackground)}
button:focus-visible,.result:focus-visible{outline:2px solid var(--vscode-focusBorder);outline-offset:2px}
button:disabled{opacity:.6;cursor:default}
.result{margin:.75rem 0;padding:.5rem .75rem;border-left:4px solid var(--vscode-testing-iconPassed,var(--vscode-focusBorder))}
.result.failed{border-left-color:var(--vscode-errorForeground)}`;

export interface AssessmentHtmlOptions {
  /** Fresh per render (`webviewNonce.ts`): allows the one stylesheet and the one script. */
  nonce: string;
  /** The webview URI of dist/webview/assessment.js (built from src/webview/assessment.ts). */
  scriptUri: string;
  /** The panel's title (`assessmentTitle`). */
  title: string;
}

/** The panel's HTML document: strict CSP (nothing but its own style and script, by nonce), no remote resource. */
export function renderAssessmentHtml(model: AssessmentPanelModel, options: AssessmentHtmlOptions): string {
  const { nonce } = options;
  if (!/^[A-Za-z0-9+/=_-]+$/.test(nonce)) throw new Error('The nonce must be base64 or hex');
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(model.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="assessment-root">
${renderAssessmentBody(model)}</main>
${model.record ? `<noscript><p>${escapeHtml(localize(model.lang, 'Scripts are off in this view: record declaredTier in the manifest itself.'))}</p></noscript>\n` : ''}<script nonce="${nonce}" src="${escapeAttribute(options.scriptUri)}"></script>
</body>
</html>
`;
}

/** The one message the panel accepts from its webview: the confirmed "Record". */
export interface AssessmentMessage {
  command: 'recordTier';
  tier: Tier;
}

/** Checks a message from the webview (shape, command, tier); undefined when invalid. */
export function validateAssessmentMessage(message: unknown): AssessmentMessage | undefined {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return undefined;
  const { command, tier } = message as Record<string, unknown>;
  if (command !== 'recordTier' || typeof tier !== 'string' || !(TIERS as readonly string[]).includes(tier)) return undefined;
  return { command, tier: tier as Tier };
}
