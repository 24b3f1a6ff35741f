/**
 * Writes out/timeline-preview.html: the AI Act timeline panel as the extension renders it, for the three
 * examples and the general (no manifest) state, in both languages and both editions, with a stub for the
 * webview API (posted messages are recorded on `window.__posted`) and VS Code's theme variables.
 *
 *   npm run preview:timeline [-- --today YYYY-MM-DD] [--out DIR]
 *
 * (bundled with esbuild into out/scripts/preview-timeline.js, so it runs while other files do not type-check; esbuild
 * itself stays external: it bundles the page script, src/webview/previewStub.ts).
 *
 * Open the file in a browser; the query string picks the view: ?state=general|<example>&lang=en|da
 * &edition=amended|adopted&theme=light|dark|high-contrast. The media files are copied beside it.
 */
import { randomBytes } from 'node:crypto';
import { buildSync } from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assess } from '../src/core/assessment/assess';
import { checkManifest } from '../src/core/check';
import { EDITIONS } from '../src/core/law/timeline';
import { buildTimelineModel, renderTimelineHtml, type TimelineModel } from '../src/core/views/timelineView';
import type { Lang } from '../src/core/types';
import { fileExistsBeside } from '../src/cli/files';

/** The repository: the nearest folder above this file with a package.json (works compiled by tsc or bundled). */
function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${start}`);
  }
}

const ROOT = findRoot(__dirname);
const LANGS: readonly Lang[] = ['en', 'da'];
export const THEMES = ['light', 'dark', 'high-contrast'] as const;

export interface PreviewState {
  id: string;
  label: string;
}

export interface PreviewData {
  today: string;
  states: PreviewState[];
  /** Keyed `state|lang|edition`. */
  models: Record<string, TimelineModel>;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function parseArgs(argv: string[]): { today: string; out: string } {
  let today = localToday();
  let out = path.join(ROOT, 'out');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--today' && argv[i + 1]) today = argv[++i];
    else if (arg.startsWith('--today=')) today = arg.slice('--today='.length);
    else if (arg === '--out' && argv[i + 1]) out = path.resolve(argv[++i]);
    else if (/^\d{4}-\d{2}-\d{2}$/.test(arg)) today = arg;
    else throw new Error(`Unknown argument '${arg}'. Usage: preview-timeline [--today YYYY-MM-DD] [--out DIR]`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) throw new Error(`--today must be YYYY-MM-DD, got '${today}'`);
  return { today, out };
}

/** The example manifests under examples/, by folder name. */
function exampleFiles(): { id: string; file: string }[] {
  const dir = path.join(ROOT, 'examples');
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'ai-system.yaml')))
    .map((entry) => ({ id: entry.name, file: path.join(dir, entry.name, 'ai-system.yaml') }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export async function buildPreviewData(today: string): Promise<PreviewData> {
  const states: PreviewState[] = [{ id: 'general', label: 'General timeline (no manifest)' }];
  const models: Record<string, TimelineModel> = {};
  for (const lang of LANGS)
    for (const edition of EDITIONS) models[`general|${lang}|${edition}`] = buildTimelineModel({ lang, edition, today });
  for (const { id, file } of exampleFiles()) {
    states.push({ id, label: `examples/${id}` });
    const text = fs.readFileSync(file, 'utf8');
    const fileName = path.relative(ROOT, file).split(path.sep).join('/');
    for (const edition of EDITIONS) {
      const result = await checkManifest(text, { edition, referenceDate: today, fileExists: fileExistsBeside(file) });
      const assessment = assess(result, today, edition);
      for (const lang of LANGS)
        models[`${id}|${lang}|${edition}`] = buildTimelineModel({ lang, edition, today, assessment, findings: result.findings, fileName });
    }
  }
  return { today, states, models };
}

/** VS Code's default theme colours (Light Modern, Dark Modern, Dark High Contrast) for the variables the panel uses. */
const THEME_VARIABLES: Record<(typeof THEMES)[number], Record<string, string>> = {
  light: {
    foreground: '#3b3b3b',
    'editor-background': '#ffffff',
    descriptionForeground: '#3b3b3b',
    focusBorder: '#005fb8',
    'button-background': '#005fb8',
    'button-foreground': '#ffffff',
    'button-hoverBackground': '#0258a8',
    'button-border': '#0000001a',
    'button-secondaryBackground': '#e5e5e5',
    'button-secondaryForeground': '#3b3b3b',
    'button-secondaryHoverBackground': '#cccccc',
    'panel-border': '#e5e5e5',
    'widget-border': '#e5e5e5',
    'editorWidget-background': '#f8f8f8',
    'textLink-foreground': '#005fb8',
    'textBlockQuote-background': '#f8f8f8',
    'textBlockQuote-border': '#e5e5e5',
    'textCodeBlock-background': '#f8f8f8',
    'textPreformat-foreground': '#3b3b3b',
    errorForeground: '#a1260d',
    'editorWarning-foreground': '#bf8803',
    'testing-iconPassed': '#388a34',
  },
  dark: {
    foreground: '#cccccc',
    'editor-background': '#1f1f1f',
    descriptionForeground: '#9d9d9d',
    focusBorder: '#0078d4',
    'button-background': '#0078d4',
    'button-foreground': '#ffffff',
    'button-hoverBackground': '#026ec1',
    'button-border': '#ffffff12',
    'button-secondaryBackground': '#313131',
    'button-secondaryForeground': '#cccccc',
    'button-secondaryHoverBackground': '#3c3c3c',
    'panel-border': '#2b2b2b',
    'widget-border': '#313131',
    'editorWidget-background': '#202020',
    'textLink-foreground': '#4daafc',
    'textBlockQuote-background': '#2b2b2b',
    'textBlockQuote-border': '#616161',
    'textCodeBlock-background': '#2b2b2b',
    'textPreformat-foreground': '#d0d0d0',
    errorForeground: '#f85149',
    'editorWarning-foreground': '#cca700',
    'testing-iconPassed': '#73c991',
  },
  'high-contrast': {
    foreground: '#ffffff',
    'editor-background': '#000000',
    descriptionForeground: '#ffffff',
    focusBorder: '#f38518',
    contrastBorder: '#6fc3df',
    contrastActiveBorder: '#f38518',
    'button-background': '#000000',
    'button-foreground': '#ffffff',
    'button-border': '#6fc3df',
    'button-secondaryBackground': '#000000',
    'button-secondaryForeground': '#ffffff',
    'panel-border': '#6fc3df',
    'editorWidget-background': '#0c141f',
    'textLink-foreground': '#21a6ff',
    'textBlockQuote-background': '#000000',
    'textBlockQuote-border': '#ffffff',
    'textCodeBlock-background': '#000000',
    'textPreformat-foreground': '#ffffff',
    errorForeground: '#f48771',
    'editorWarning-foreground': '#fff000',
    'testing-iconPassed': '#73c991',
  },
};

function previewCss(): string {
  const common = `--vscode-font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Ubuntu", "Droid Sans", sans-serif;
  --vscode-font-size: 13px; --vscode-font-weight: normal; --vscode-editor-font-family: "Droid Sans Mono", "monospace", monospace;`;
  const blocks = THEMES.map((theme) => {
    const vars = Object.entries(THEME_VARIABLES[theme])
      .map(([name, value]) => `  --vscode-${name}: ${value};`)
      .join('\n');
    return `body.vscode-${theme} {\n  ${common}\n${vars}\n}`;
  });
  return `/* VS Code's theme variables for the preview (in VS Code the webview host sets them). */
${blocks.join('\n')}
.preview-bar { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin: 0 -1.25rem; padding: 0.5rem 1.25rem;
  color: var(--vscode-foreground); background: var(--vscode-editorWidget-background);
  border-bottom: 1px solid var(--vscode-contrastBorder, var(--vscode-panel-border)); font-size: 0.9em; }
.preview-bar select { font: inherit; color: var(--vscode-foreground); background: var(--vscode-editor-background);
  border: 1px solid var(--vscode-contrastBorder, var(--vscode-panel-border)); }
`;
}

/** A JSON block that cannot end its script element early. */
function jsonBlock(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function insertOnce(html: string, marker: string, insertion: string, before = true): string {
  const at = html.indexOf(marker);
  if (at < 0 || html.indexOf(marker, at + 1) >= 0) throw new Error(`The panel HTML must contain '${marker}' once`);
  const where = before ? at : at + marker.length;
  return html.slice(0, where) + insertion + html.slice(where);
}

export async function writePreview(today: string, outDir: string): Promise<string> {
  const data = await buildPreviewData(today);
  const nonce = randomBytes(16).toString('base64');
  let html = renderTimelineHtml(data.models['general|en|amended'], {
    nonce,
    // A file:// page's own origin; in VS Code this is webview.cspSource.
    cspSource: "'self'",
    scriptUri: 'timeline.js',
    styleUri: 'timeline.css',
  });
  html = insertOnce(html, '<link rel="stylesheet" href="timeline.css">', '\n<link rel="stylesheet" href="timeline-preview.css">', false);
  html = insertOnce(
    html,
    `<script nonce="${nonce}" src="timeline.js">`,
    `<script type="application/json" id="preview-data">${jsonBlock(data)}</script>\n<script nonce="${nonce}" src="timeline-preview-stub.js"></script>\n`,
  );
  fs.mkdirSync(outDir, { recursive: true });
  // The webview script as the panel loads it: esbuild's bundle of src/webview/timeline.ts (`npm run build`).
  const script = path.join(ROOT, 'dist', 'webview', 'timeline.js');
  if (!fs.existsSync(script)) throw new Error(`${script} is missing: run npm run build`);
  fs.copyFileSync(script, path.join(outDir, 'timeline.js'));
  fs.copyFileSync(path.join(ROOT, 'media', 'timeline.css'), path.join(outDir, 'timeline.css'));
  // The page script of the preview (browser code, type-checked with the webview's DOM library).
  buildSync({
    entryPoints: [path.join(ROOT, 'src', 'webview', 'previewStub.ts')],
    outfile: path.join(outDir, 'timeline-preview-stub.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    banner: { js: '// Generated by scripts/preview-timeline.ts from src/webview/previewStub.ts' },
    logLevel: 'warning',
  });
  fs.writeFileSync(path.join(outDir, 'timeline-preview.css'), previewCss());
  const file = path.join(outDir, 'timeline-preview.html');
  fs.writeFileSync(file, html);
  return file;
}

if (require.main === module) {
  try {
    const { today, out } = parseArgs(process.argv.slice(2));
    writePreview(today, out).then(
      (file) => console.log(`Wrote ${path.relative(process.cwd(), file)} (today ${today})`),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exitCode = 1;
      },
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
}
