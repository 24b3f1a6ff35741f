// "Show AI Act timeline" in the real editor: one panel (a second call reveals it), following the active
// manifest, CSP-locked HTML, a new panel after closing, and the webview's 'reveal' message.
// The webview's DOM is out of reach from the extension host: what the panel gives its webview is read through the
// extension's test exports (`timelinePanel`), the panel itself through VS Code's tabs.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, extensionApi, fixtureUri, restore, waitFor, type TestApi } from './helpers';
import { screenshot } from './screenshot';

const SHOW_TIMELINE = 'aiSystemManifest.showTimeline';
const VIEW_TYPE = 'aiSystemManifest.timeline';
const MATCH = 'match-profilering/ai-system.yaml';
const CHATBOT = 'borgerchatbot/ai-system.yaml';

/** The editor tabs of the timeline panel (VS Code prefixes the view type of an extension's webview). */
function timelineTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(VIEW_TYPE));
}

/** Opens a fixture in the given column (the panel opens beside the first column and stays visible). */
async function open(relativePath: string, viewColumn = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  return vscode.window.showTextDocument(document, { viewColumn, preview: false });
}

/** Waits until exactly one timeline tab exists and the panel is open; returns the tab. */
async function onePanel(api: TestApi): Promise<vscode.Tab> {
  return waitFor(() => {
    const tabs = timelineTabs();
    return tabs.length === 1 && api.timelinePanel.open ? tabs[0] : undefined;
  }, `one timeline panel tab (tabs: ${timelineTabs().length})`);
}

/** Waits until the model last delivered to the webview is the given manifest's. */
async function shows(api: TestApi, fileName: string | null, tier: string | null): Promise<void> {
  try {
    await waitFor(() => {
      const shown = api.timelinePanel.shown;
      return shown?.fileName === fileName && shown.tier === tier ? true : undefined;
    }, `the panel to show ${fileName} (${tier})`);
  } catch (error) {
    throw new Error(`${(error as Error).message}; last shown: ${JSON.stringify(api.timelinePanel.shown)}`, { cause: error });
  }
}

/** Waits until the panel shows the DPIA duty missing, with its "Fix…" button; returns the duty. */
async function missingDpiaWithFix(api: TestApi) {
  return waitFor(
    () =>
      api.timelinePanel.model?.milestones
        .flatMap((milestone) => milestone.obligations)
        .find((duty) => duty.fixable && duty.status === 'missing' && duty.path.join('.') === 'dataProtection.dpia'),
    'the DPIA duty, missing, with "Fix…"',
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function extensionUri(): vscode.Uri {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.extensionUri;
}

/** The nonce of the CSP's script-src, after checking the CSP and that the only script carries it. */
function checkCsp(html: string): string {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(csp, 'the HTML has a Content-Security-Policy meta tag');
  assert.match(csp[1], /^default-src 'none';/);
  const nonce = /script-src 'nonce-([A-Za-z0-9+/=_-]{16,})'/.exec(csp[1]);
  assert.ok(nonce, `script-src by nonce in: ${csp[1]}`);
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  assert.strictEqual(scripts.length, 1, 'one script');
  assert.ok(scripts[0].includes(`nonce="${nonce[1]}"`), `the script carries the CSP's nonce: ${scripts[0]}`);
  // No remote resource: every URL is the webview's own resource origin (webview.cspSource, https in VS Code for the
  // web) or the panel's style sheet (media/) or script (dist/webview/, built from src/webview/) under it.
  const sources = /style-src ([^;]+)/.exec(csp[1])?.[1].trim().split(/\s+/) ?? [];
  assert.ok(sources.length > 0, 'style-src names the webview source');
  // (A source may end in `/`, as VS Code for the Web's `http://host/static/devextensions/` does.)
  const origins = sources.map((source) => new RegExp(`^${escapeRegExp(source.replace(/\/$/, '')).replace(/\\\*/g, '[^/]*')}/`));
  const root = escapeRegExp(extensionUri().path);
  for (const url of html.match(/https?:\/\/[^\s"'<>;]+/g) ?? []) {
    if (sources.includes(url)) continue;
    assert.ok(
      origins.some((origin) => origin.test(url)),
      `${url} is under the webview source ${sources.join(' ')}`,
    );
    assert.match(
      decodeURIComponent(new URL(url).pathname),
      new RegExp(`^${root}/(?:media/timeline\\.css|dist/webview/timeline\\.js)$`),
      `${url} is the panel's style sheet or script`,
    );
  }
  const markup = html.replace(/ data-model="[^"]*"/, ''); // the model's text, escaped, is no markup
  assert.doesNotMatch(markup, /\son[a-z]+\s*=/i, 'no inline event handler');
  return nonce[1];
}

function exists(file: vscode.Uri): Thenable<boolean> {
  return vscode.workspace.fs.stat(file).then(
    () => true,
    () => false,
  );
}

describe('AI Act timeline panel', () => {
  let api: TestApi;
  before(async () => {
    api = await extensionApi();
  });
  beforeEach(async () => {
    await closeAllEditors();
    await waitFor(() => (!api.timelinePanel.open && timelineTabs().length === 0 ? true : undefined), 'no timeline panel');
  });
  after(closeAllEditors);

  it('the command opens one panel, a second call reveals the same one, and it follows the active manifest', async () => {
    await open(MATCH);
    const created = api.timelinePanel.panels;
    await vscode.commands.executeCommand(SHOW_TIMELINE);
    const tab = await onePanel(api);
    assert.strictEqual(api.timelinePanel.panels, created + 1);
    assert.strictEqual(tab.group.viewColumn, vscode.ViewColumn.Two, 'beside the manifest');
    // referenceDate 2026-11-24, edition amended (test/fixtures/workspace/.vscode/settings.json).
    await shows(api, MATCH, 'high');
    assert.match(api.timelinePanel.html, /data-model="[^"]*&quot;fileName&quot;:&quot;match-profilering\/ai-system.yaml&quot;/);
    assert.match(api.timelinePanel.html, /&quot;today&quot;:&quot;2026-11-24&quot;/, 'the date comes from the settings');
    checkCsp(api.timelinePanel.html);

    // Hide the panel behind another (non-manifest) editor in its group, then run the command again.
    await open('match-profilering/docs/dpia.md', vscode.ViewColumn.Two);
    await waitFor(() => (timelineTabs()[0]?.isActive === false ? true : undefined), 'the panel to be behind dpia.md');
    await vscode.commands.executeCommand(SHOW_TIMELINE);
    const revealed = await waitFor(() => {
      const tabs = timelineTabs();
      return tabs.length === 1 && tabs[0].isActive ? tabs[0] : undefined;
    }, 'the same panel to be revealed');
    assert.strictEqual(timelineTabs().length, 1, 'still one panel');
    assert.strictEqual(api.timelinePanel.panels, created + 1, 'no new panel was created');
    assert.strictEqual(revealed.group.viewColumn, vscode.ViewColumn.Two, 'revealed where it was');
    await shows(api, MATCH, 'high'); // dpia.md is no manifest: the panel kept the last one

    // Another manifest becomes the active editor: the panel follows it (an update message to the visible webview).
    await open(CHATBOT);
    await shows(api, CHATBOT, 'limited');
    assert.strictEqual(timelineTabs().length, 1);
    assert.strictEqual(api.timelinePanel.panels, created + 1);
    // And back.
    await open(MATCH);
    await shows(api, MATCH, 'high');
    assert.strictEqual(timelineTabs().length, 1);
  });

  it('closing the panel and running the command again opens a new one, with a fresh nonce', async () => {
    await open(CHATBOT);
    await vscode.commands.executeCommand(SHOW_TIMELINE);
    const first = await onePanel(api);
    await shows(api, CHATBOT, 'limited');
    const created = api.timelinePanel.panels;
    const firstNonce = checkCsp(api.timelinePanel.html);

    assert.ok(await vscode.window.tabGroups.close(first), 'the panel tab closed');
    await waitFor(() => (!api.timelinePanel.open && timelineTabs().length === 0 ? true : undefined), 'the panel to be disposed');

    await vscode.commands.executeCommand(SHOW_TIMELINE);
    await onePanel(api);
    assert.strictEqual(api.timelinePanel.panels, created + 1, 'a new panel');
    await shows(api, CHATBOT, 'limited');
    const secondNonce = await waitFor(() => {
      const html = api.timelinePanel.html;
      return html.includes(`'nonce-${firstNonce}'`) ? undefined : checkCsp(html);
    }, 'the new panel’s HTML');
    assert.notStrictEqual(secondNonce, firstNonce);
  });

  it("a valid 'reveal' message puts the cursor on the field; invalid messages are ignored", async () => {
    const editor = await open(MATCH);
    await vscode.commands.executeCommand(SHOW_TIMELINE);
    await onePanel(api);
    await shows(api, MATCH, 'high');
    editor.selection = new vscode.Selection(0, 0, 0, 0);

    const invalid: unknown[] = [
      null,
      'reveal',
      ['reveal', ['riskClassification', 'annexIII']],
      { command: 'reveal' },
      { command: 'reveal', path: [] },
      { command: 'reveal', path: 'riskClassification.annexIII' },
      { command: 'reveal', path: ['riskClassification', -1] },
      { command: 'reveal', path: ['riskClassification', { key: 'annexIII' }] },
      { command: 'eval', path: ['riskClassification', 'annexIII'] },
      { command: 'fix', path: ['riskClassification', 'annexIII'], ruleIds: ['no-such-rule'] },
    ];
    for (const message of invalid) {
      assert.strictEqual(await api.timelinePanel.receive(message), false, `ignored: ${JSON.stringify(message)}`);
    }
    assert.ok(editor.selection.active.isEqual(new vscode.Position(0, 0)), 'the cursor did not move');

    const lines = editor.document.getText().split(/\r?\n/);
    const section = lines.findIndex((line) => line === 'riskClassification:');
    const line = lines.findIndex((text, index) => index > section && /^\s+annexIII:/.test(text));
    assert.ok(section >= 0 && line > section, 'the fixture has riskClassification.annexIII');
    const expected = new vscode.Position(line, lines[line].indexOf('annexIII'));

    assert.strictEqual(await api.timelinePanel.receive({ command: 'reveal', path: ['riskClassification', 'annexIII'] }), true);
    const active = await waitFor(() => {
      const current = vscode.window.activeTextEditor;
      return current?.document.uri.toString() === fixtureUri(MATCH).toString() && current.selection.active.isEqual(expected)
        ? current
        : undefined;
    }, `the cursor at ${expected.line}:${expected.character} in ${MATCH}`);
    assert.strictEqual(active.viewColumn, vscode.ViewColumn.One, 'in the manifest’s own editor');
    assert.strictEqual(timelineTabs().length, 1, 'the panel stays open');
  });

  it('"Fix…" asks what to do (cancelling changes nothing), creates the DPIA stub, says what is left, refreshes the panel; a second click offers where to answer, a stale one says there is nothing to fix', async () => {
    // The profiling pilot with a DPIA that records only its date (no status, no document), in a folder of its own
    // without docs/dpia.md, so that the stub can be created (the other documents are copied: they are written).
    const folder = fixtureUri('timeline-fix');
    const manifestUri = vscode.Uri.joinPath(folder, 'ai-system.yaml');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(MATCH)));
    const dpiaBlock = '  dpia:\n    status: in-progress\n    document: docs/dpia.md\n    date: "2026-04-15"\n';
    assert.ok(original.includes(dpiaBlock), 'the fixture has its DPIA block');
    const written = original.replace(dpiaBlock, '  dpia:\n    date: "2026-04-15"\n');
    await vscode.workspace.fs.writeFile(manifestUri, new TextEncoder().encode(written));
    for (const [name, type] of await vscode.workspace.fs.readDirectory(fixtureUri('match-profilering/docs')))
      if (type === vscode.FileType.File && name !== 'dpia.md')
        await vscode.workspace.fs.copy(fixtureUri(`match-profilering/docs/${name}`), vscode.Uri.joinPath(folder, 'docs', name));
    const stub = vscode.Uri.joinPath(folder, 'docs', 'dpia.md');
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(manifestUri), {
        viewColumn: vscode.ViewColumn.One,
        preview: false,
      });
      await vscode.commands.executeCommand(SHOW_TIMELINE);
      await onePanel(api);
      await shows(api, 'timeline-fix/ai-system.yaml', 'high');
      const dpia = await missingDpiaWithFix(api);
      const fix = { command: 'fix', path: dpia.path, ruleIds: dpia.ruleIds };
      const asks = (): Promise<string[]> => waitFor(() => api.acceptInput.fixChoices, 'the "Fix…" QuickPick');
      const before = editor.document.getText();
      api.acceptInput.fixMessage = undefined;

      // It asks first; Escape changes nothing and says nothing.
      const cancelled = api.timelinePanel.receive(fix);
      const offered = await asks();
      assert.deepStrictEqual(offered, [
        "Create documentation stub docs/dpia.md and link it from 'dataProtection.dpia.document'",
        "Insert 'dataProtection.dpia.status' with placeholders",
        "Go to 'dataProtection.dpia.status' in the manifest",
        'Accept the finding dpia-missing at dataProtection.dpia.status…',
      ]);
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.strictEqual(await cancelled, true);
      assert.strictEqual(editor.document.getText(), before, 'cancelling changes nothing');
      assert.strictEqual(api.acceptInput.fixMessage, undefined);
      assert.ok(!(await exists(stub)), 'no file was written');

      // The stub (the first, preferred choice): the manifest links it, the status is a placeholder, the message says what is left.
      const modelBefore = api.timelinePanel.model;
      const applied = api.timelinePanel.receive(fix);
      assert.deepStrictEqual(await asks(), offered, 'a second click asks again');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      assert.strictEqual(await applied, true);
      const after = editor.document.getText();
      assert.strictEqual(
        after,
        before.replace(
          '  dpia:\n    date: "2026-04-15"\n',
          '  dpia:\n    date: "2026-04-15"\n    status: "TODO: completed | in-progress | not-required"\n    document: docs/dpia.md\n',
        ),
      );
      assert.ok(await exists(stub), 'docs/dpia.md was created');
      assert.strictEqual(
        api.acceptInput.fixMessage,
        "Created docs/dpia.md, linked from 'dataProtection.dpia.document'. The gap stays open until these are answered: " +
          "'dataProtection.dpia.status' (a placeholder); the questions of docs/dpia.md.",
      );
      // The panel refreshed with the edited manifest; the duty is still missing (a stub and a placeholder are no answer).
      const refreshed = await waitFor(
        () => (api.timelinePanel.model !== modelBefore ? api.timelinePanel.model : undefined),
        'the panel to refresh',
      );
      const still = refreshed?.milestones.flatMap((milestone) => milestone.obligations).find((duty) => duty.id === dpia.id);
      assert.strictEqual(still?.status, 'missing');
      assert.strictEqual(
        still?.toAnswer,
        "Still to answer: 'dataProtection.dpia.status' (a placeholder); the questions of docs/dpia.md",
        'the row names what the fix left to answer',
      );
      await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the notification shows
      await screenshot('timeline-after-fix');

      // A second "Fix…": no fix twice, but where to answer what is left; choosing the placeholder puts the cursor on it.
      const second = api.timelinePanel.receive(fix);
      const left = await asks();
      assert.deepStrictEqual([...left].sort(), [
        "Fill in the placeholder in 'dataProtection.dpia.status'",
        'Open docs/dpia.md where it is not written',
      ]);
      await screenshot('timeline-fix-second-click');
      const placeholderIndex = left.indexOf("Fill in the placeholder in 'dataProtection.dpia.status'");
      for (let step = 0; step < placeholderIndex; step++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      assert.strictEqual(await second, true);
      const statusLine = after.split('\n').findIndex((line) => line.startsWith('    status: "TODO'));
      await waitFor(() => {
        const active = vscode.window.activeTextEditor;
        return active?.document === editor.document && active.selection.active.line === statusLine ? true : undefined;
      }, `the cursor on the placeholder (line ${statusLine})`);

      // A click on a duty with no gap (a panel older than the manifest) says so instead of doing nothing.
      api.acceptInput.fixMessage = undefined;
      assert.strictEqual(
        await api.timelinePanel.receive({ command: 'fix', path: ['humanOversight'], ruleIds: ['human-oversight-missing'] }),
        true,
      );
      assert.strictEqual(api.acceptInput.fixMessage, "Nothing to fix at 'humanOversight': the check finds no open gap there any more.");
      assert.strictEqual(api.acceptInput.fixChoices, undefined, 'no QuickPick for nothing');

      // In Danish: the same choices and messages, from the bundle.
      const config = vscode.workspace.getConfiguration('aiSystemManifest');
      await config.update('language', 'da', vscode.ConfigurationTarget.Workspace);
      try {
        await new Promise((resolve) => setTimeout(resolve, 1500)); // the panel re-renders in Danish
        const danish = api.timelinePanel.receive(fix);
        assert.deepStrictEqual([...(await asks())].sort(), [
          "Udfyld pladsholderen i 'dataProtection.dpia.status'",
          'Åbn docs/dpia.md der, hvor den ikke er skrevet',
        ]);
        await screenshot('timeline-fix-da');
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        await danish;
        await api.timelinePanel.receive({ command: 'fix', path: ['humanOversight'], ruleIds: ['human-oversight-missing'] });
        assert.strictEqual(
          api.acceptInput.fixMessage,
          "Intet at rette ved 'humanOversight': kontrollen finder ikke længere nogen åben mangel der.",
        );
      } finally {
        await config.update('language', 'en', vscode.ConfigurationTarget.Workspace);
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      const edited = vscode.workspace.textDocuments.find((document) => document.uri.toString() === manifestUri.toString());
      if (edited) await restore(edited, written);
      await closeAllEditors();
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });

  it('"Fix…" on a duty missing with no finding at its field (a DPIA not-required while a category is open) says why, not "nothing to fix"', async () => {
    const folder = fixtureUri('timeline-undecided');
    const manifestUri = vscode.Uri.joinPath(folder, 'ai-system.yaml');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(CHATBOT)));
    const dpiaBlock = '  dpia:\n    status: completed\n    document: docs/dpia.md\n    date: "2025-11-03"\n';
    assert.ok(original.includes(dpiaBlock) && original.includes('  categories: [ordinary]\n'), 'the fixture has its DPIA and categories');
    const written = original
      .replace(dpiaBlock, '  dpia:\n    status: not-required\n    justification: Only ordinary data of few persons; no new technology.\n')
      .replace('  categories: [ordinary]\n', '  categories: [ordinary, "TODO: more?"]\n');
    await vscode.workspace.fs.writeFile(manifestUri, new TextEncoder().encode(written));
    for (const [name, type] of await vscode.workspace.fs.readDirectory(fixtureUri('borgerchatbot/docs')))
      if (type === vscode.FileType.File)
        await vscode.workspace.fs.copy(fixtureUri(`borgerchatbot/docs/${name}`), vscode.Uri.joinPath(folder, 'docs', name));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(manifestUri), { viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand(SHOW_TIMELINE);
      await onePanel(api);
      const dpia = await missingDpiaWithFix(api);
      api.acceptInput.fixMessage = undefined;
      assert.strictEqual(await api.timelinePanel.receive({ command: 'fix', path: dpia.path, ruleIds: dpia.ruleIds }), true);
      const said = await waitFor(() => api.acceptInput.fixMessage, 'what "Fix…" says');
      assert.match(said, /^Nothing to change at 'dataProtection\.dpia' itself: .*dataProtection\.categories/);
      assert.strictEqual(api.acceptInput.fixChoices, undefined, 'no QuickPick');
      await new Promise((resolve) => setTimeout(resolve, 1000)); // the notification shows
      await screenshot('timeline-fix-undecided');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });
});
