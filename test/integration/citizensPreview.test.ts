// "Preview citizens' page" in the real editor: the page `register --format html` writes, in a webview beside the
// manifests — each ready system's section, the systems not ready to publish listed at the top — following a manifest
// edited in its editor, a citizen notice written on disk, the language setting and the theme.
// The webview's DOM is out of reach from the extension host: what the preview gives its webview is read through the
// extension's test exports (`aiSystems.citizensPreview`), the panel through VS Code's tabs, the rest in screenshots.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, fixtureUri, openFixture, replaceText, waitFor } from './helpers';
import { followWebviewLinks, screenshot } from './screenshot';

const PREVIEW = 'aiSystemManifest.previewCitizensPage';
const VIEW_TYPE = 'aiSystemManifest.citizensPage';
const FOLDER = 'citizens-preview';
const NOTICE = `${FOLDER}/docs/citizen-notice.md`;
/** Systems of the fixture workspace that are ready to publish (`register --format html` on it lists them). */
const READY = ['borgerchatbot', 'journalnotat-assistent', 'match-profilering'];
/** Systems not ready, with a rule that keeps each off (null: no written citizen notice), or a manifest that does not parse. */
const NOT_READY: [string, string | null][] = [
  ['quickfix/ai-system.yaml', 'ai-disclosure-missing'],
  ['problems/chatbot-gaps.ai-system.yml', 'ai-disclosure-missing'],
  ['problems/syntax-error.ai-system.yaml', 'yaml-syntax'],
  ['ai-system.yaml', null],
];

interface Shown {
  systems: string[];
  leftOut: { file: string; rules: (string | null)[] }[];
}
interface PreviewProbe {
  readonly open: boolean;
  readonly panels: number;
  readonly renders: number;
  readonly html: string;
  readonly shown: Shown | undefined;
}

async function probe(): Promise<PreviewProbe> {
  const api = (await extensionApi()) as unknown as { aiSystems: { citizensPreview: PreviewProbe | undefined } };
  return waitFor(() => api.aiSystems.citizensPreview, 'the preview to exist');
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(VIEW_TYPE));
}

/** Waits until the page last shown satisfies `test`; the message names what was shown last. */
async function showsWhen(preview: PreviewProbe, test: (shown: Shown, html: string) => boolean, what: string): Promise<Shown> {
  try {
    return await waitFor(() => (preview.shown && test(preview.shown, preview.html) ? preview.shown : undefined), what, 20000);
  } catch (error) {
    throw new Error(`${(error as Error).message}; last shown: ${JSON.stringify(preview.shown)}`, { cause: error });
  }
}

const leftOutFiles = (shown: Shown): string[] => shown.leftOut.map((system) => system.file);

/** The journal-note fixture as another system whose citizen notice is a local document. */
async function writeSystem(notice: string): Promise<void> {
  const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri('journalnotat-assistent/ai-system.yaml')));
  const manifest = source
    .replace(/^ {2}id: journalnotat-assistent$/m, '  id: notat-med-borgeroplysning')
    .replace(/^ {2}name: .*$/m, '  name: Notatassistent med borgeroplysning')
    .replace(/^ {2}citizenNotice: .*$/m, '  citizenNotice: docs/citizen-notice.md');
  assert.notStrictEqual(manifest, source);
  for (const doc of ['dpia.md', 'human-oversight.md', 'ai-literacy.md'])
    await vscode.workspace.fs.copy(fixtureUri(`journalnotat-assistent/docs/${doc}`), fixtureUri(`${FOLDER}/docs/${doc}`), {
      overwrite: true,
    });
  await vscode.workspace.fs.writeFile(fixtureUri(NOTICE), new TextEncoder().encode(notice));
  await vscode.workspace.fs.writeFile(fixtureUri(`${FOLDER}/ai-system.yaml`), new TextEncoder().encode(manifest));
}

const STUB_NOTICE = `# Oplysninger til borgerne

## Hvad systemet gør

TODO: Beskriv systemet.
`;

const WRITTEN_NOTICE = `# Sådan bruger Eksempel Kommune kunstig intelligens i journalnotater

## Hvad systemet gør

Når du har en samtale med din sagsbehandler i jobcentret, kan sagsbehandleren bruge et AI-system til at skrive et
første udkast til journalnotatet ud fra sine egne stikord. Sagsbehandleren læser altid udkastet, retter det og
godkender det, før det kommer i din sag. Systemet vurderer dig ikke og foreslår ikke afgørelser.

## Dine oplysninger

Systemet bruger de oplysninger, som sagsbehandleren skriver ned under samtalen. Oplysningerne bliver i kommunens
systemer i EU og bruges ikke til at træne systemet.

## Spørgsmål og klage

Skriv til [jobcentret](mailto:ai@eksempel.dk), hvis du vil vide mere. Læs også om dine rettigheder på
[borger.dk](https://www.borger.dk).
`;

describe("Preview citizens' page", function () {
  this.timeout(120000);

  before(async () => {
    await closeAllEditors();
    await writeSystem(STUB_NOTICE);
  });

  after(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('workbench.view.explorer');
    const config = vscode.workspace.getConfiguration();
    await config.update('workbench.colorTheme', undefined, vscode.ConfigurationTarget.Global);
    await config.update('aiSystemManifest.language', 'en', vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(fixtureUri(FOLDER), { recursive: true });
  });

  it("opens beside the manifests: each ready system's section, the systems not ready listed at the top", async () => {
    const editor = await openFixture('journalnotat-assistent/ai-system.yaml');
    assert.strictEqual(editor.viewColumn, vscode.ViewColumn.One);
    await vscode.commands.executeCommand(PREVIEW);
    const preview = await probe();
    const tab = await waitFor(() => (previewTabs().length === 1 && preview.open ? previewTabs()[0] : undefined), 'one preview tab');
    assert.strictEqual(tab.group.viewColumn, vscode.ViewColumn.Two, 'beside the manifest');
    assert.strictEqual(tab.label, "Citizens' page (preview)");
    const shown = await showsWhen(
      preview,
      (s) => READY.every((id) => s.systems.includes(id)) && leftOutFiles(s).includes(`${FOLDER}/ai-system.yaml`),
      'the ready systems on the page and the stub notice left out',
    );
    for (const [file, rule] of NOT_READY) {
      const system = shown.leftOut.find((s) => s.file === file);
      assert.ok(system, `${file} is listed as not ready: ${JSON.stringify(shown.leftOut)}`);
      assert.ok(system.rules.includes(rule), `${file}: ${rule} in ${JSON.stringify(system.rules)}`);
      assert.ok(preview.html.includes(`(<code>${file}</code>)`), `${file} in the notice at the top`);
    }
    assert.deepStrictEqual(shown.leftOut.find((s) => s.file === `${FOLDER}/ai-system.yaml`)?.rules, ['document-incomplete']);
    const html = preview.html;
    for (const id of READY) assert.ok(html.includes(`<section class="system" id="${id}"`), `the section of ${id}`);
    assert.ok(!html.includes('id="notat-med-borgeroplysning"'), 'the system whose notice is the stub is not on the page');
    assert.ok(html.indexOf('<aside class="not-ready preview-notice"') < html.indexOf('<h1>'), 'the notice is at the top');
    assert.match(html, /<html lang="en">/, 'the language setting of the workspace');
    // The webview's rules: a strict CSP with the nonce of the one stylesheet, no script, nothing remote loaded.
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    const nonce = /^default-src 'none'; style-src 'nonce-([A-Za-z0-9+/=]{16,})'; img-src 'none'; base-uri 'none'; form-action 'none'$/.exec(
      csp ?? '',
    )?.[1];
    assert.ok(nonce, `strict CSP with a nonce: ${csp}`);
    assert.deepStrictEqual(html.match(/<style\b[^>]*>/g), [`<style nonce="${nonce}">`]);
    assert.doesNotMatch(html, /<script|<img|<iframe|<link\b|\son[a-z]+\s*=/i);
    assert.ok(html.includes('body.vscode-dark,body.vscode-high-contrast{color-scheme:dark;'), "colours follow the editor's theme");
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.workspace.getConfiguration().update('workbench.colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await screenshot('citizens-preview-dark');

    // Clicked in the webview: an in-page link scrolls to its section; a web link goes to VS Code's opener (which asks
    // before opening an external site); the webview's own document never navigates away.
    const links = await followWebviewLinks('citizens-preview-links');
    if (links) {
      assert.ok(links.found, `the launcher found the page in a webview: ${JSON.stringify(links)}`);
      const anchor = links.anchor as { href: string; scrollBefore: number; scrollAfter: number; targetTop: number };
      assert.ok(anchor.scrollAfter > anchor.scrollBefore, `the page scrolled: ${JSON.stringify(links)}`);
      assert.ok(Math.abs(anchor.targetTop) < 40, `${anchor.href} at the top of the view: ${JSON.stringify(links)}`);
      assert.strictEqual(links.urlAfter, links.urlBefore, `the webview stays on the page: ${JSON.stringify(links)}`);
      const web = links.web as { href: string; dialog: string | null; opened: string[] };
      assert.ok(
        (web.dialog !== null && web.dialog.includes(new URL(web.href).hostname)) || web.opened.some((url) => url.startsWith(web.href)),
        `VS Code took the web link: ${JSON.stringify(links)}`,
      );
    }
  });

  it('follows a manifest edited in its editor, and a citizen notice written on disk', async () => {
    const preview = await probe();
    const document = await vscode.workspace.openTextDocument(fixtureUri('journalnotat-assistent/ai-system.yaml'));
    const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
    await replaceText(editor.document, 'automated: false', 'automated: true');
    let shown = await showsWhen(
      preview,
      (s) => !s.systems.includes('journalnotat-assistent') && leftOutFiles(s).includes('journalnotat-assistent/ai-system.yaml'),
      'the edited system left out',
    );
    assert.ok(shown.leftOut.find((s) => s.file === 'journalnotat-assistent/ai-system.yaml')?.rules.includes('automated-decision'));
    await replaceText(editor.document, 'automated: true', 'automated: false');
    await showsWhen(preview, (s) => s.systems.includes('journalnotat-assistent'), 'the system back on the page');
    await vscode.commands.executeCommand('workbench.action.files.revert');

    // The notice is written: the system joins the page with its notice rendered (no manifest changed).
    await vscode.workspace.fs.writeFile(fixtureUri(NOTICE), new TextEncoder().encode(WRITTEN_NOTICE));
    shown = await showsWhen(preview, (s) => s.systems.includes('notat-med-borgeroplysning'), 'the system with its written notice');
    assert.ok(!leftOutFiles(shown).includes(`${FOLDER}/ai-system.yaml`));
    assert.ok(preview.html.includes('<h3 id="notat-med-borgeroplysning-notice">'), 'the notice under the system');
    assert.ok(preview.html.includes('Sagsbehandleren læser altid udkastet'), "the notice's text");
  });

  it("follows the language setting (Danish as the CLI's default) and VS Code's light theme", async () => {
    const preview = await probe();
    await vscode.workspace.getConfiguration().update('aiSystemManifest.language', 'da', vscode.ConfigurationTarget.Workspace);
    await showsWhen(preview, (_, html) => html.includes('<html lang="da">'), 'the page in Danish');
    assert.ok(preview.html.includes('Ikke klar til at blive offentliggjort og derfor ikke på siden'));
    await waitFor(() => (previewTabs()[0]?.label === 'Borgersiden (forhåndsvisning)' ? true : undefined), 'the Danish title');
    // A second call reveals the same panel.
    const panels = preview.panels;
    await vscode.commands.executeCommand(PREVIEW);
    await waitFor(() => (previewTabs()[0]?.isActive ? true : undefined), 'the preview revealed');
    assert.strictEqual(preview.panels, panels);
    assert.strictEqual(previewTabs().length, 1);
    await vscode.workspace.getConfiguration().update('workbench.colorTheme', 'Default Light Modern', vscode.ConfigurationTarget.Global);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await screenshot('citizens-preview-light');
  });
});
