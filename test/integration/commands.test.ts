// "Assess risk tier" on a manifest and without one (the wizard's QuickPicks answered through VS Code's own
// quick-input commands, as a keyboard user would), and "New AI system manifest".
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, fixtureUri, ourDiagnostics, replaceText, restore, ruleId, waitFor, type TestApi } from './helpers';
import { loggedErrors, screenshot } from './screenshot';

const ASSESS = 'aiSystemManifest.assessRiskTier';
const NEW_MANIFEST = 'aiSystemManifest.newManifest';
const ASSESSMENT_VIEW_TYPE = 'aiSystemManifest.assessment';
const MATCH = 'match-profilering/ai-system.yaml';
const MATCH_TITLE = 'Risk tier: Match – profilering og indsatsforslag';

interface AssessOutcome {
  tier: string | null;
  /** The panel's key in the test API: the manifest's URI as a string, or 'answers'. */
  panel: string;
  title: string;
}

/** The editor tabs of the assessment panels (VS Code prefixes the view type of an extension's webview). */
function assessmentTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(ASSESSMENT_VIEW_TYPE));
}

/** The assessment panel's Markdown, once its page shows `contains`. */
async function panelText(api: TestApi, key: string, contains: string): Promise<string> {
  return waitFor(
    () => {
      const shown = api.assessmentPanels.shown(key);
      return shown?.markdown.includes(contains) && shown.html.includes('<main id="assessment-root">') ? shown.markdown : undefined;
    },
    `the assessment panel to show '${contains}' (shown: ${api.assessmentPanels.shown(key)?.title})`,
  );
}

/** The one assessment tab titled `title`. */
async function assessmentTab(title: string): Promise<vscode.Tab> {
  return waitFor(
    () => {
      const tabs = assessmentTabs().filter((tab) => tab.label === title);
      return tabs.length === 1 ? tabs[0] : undefined;
    },
    `one assessment tab '${title}' (tabs: ${assessmentTabs()
      .map((tab) => tab.label)
      .join(', ')})`,
  );
}

/** The errors the workbench logged since the last call that name the extension, the assessment or a tree. */
async function ourErrors(name: string): Promise<string[]> {
  const errors = await loggedErrors(name);
  return (errors ?? []).filter((error) => /ai-system|assessment|TreeError|file system provider/i.test(error));
}

/** Waits until the wizard's QuickPick for `step` is the one open. */
async function atStep(api: TestApi, step: string): Promise<void> {
  await waitFor(() => (api.quickInput.step === step ? true : undefined), `the QuickPick '${step}'`);
}

/**
 * Moves the focus down to the item `label` with "Select Next in Quick Open", as the Down key does, one move at a
 * time, each confirmed by the QuickPick's own report of its active item (a move sent before the QuickPick is on
 * screen is lost: it is sent again).
 */
async function focus(api: TestApi, label: string): Promise<void> {
  for (let moves = 0; api.quickInput.active[0] !== label; moves++) {
    assert.ok(moves < 40, `could not focus ${label} (active: ${api.quickInput.active.join(', ')})`);
    const before = api.quickInput.active[0];
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    try {
      await waitFor(() => (api.quickInput.active[0] !== before ? true : undefined), `the focus to move from ${before}`, 2000);
    } catch {
      // not on screen yet: move again
    }
  }
}

async function toggle(api: TestApi, label: string): Promise<void> {
  await focus(api, label);
  await vscode.commands.executeCommand('workbench.action.quickPickManyToggle');
  await waitFor(() => (api.quickInput.selected.includes(label) ? true : undefined), `${label} to be selected`);
}

async function accept(api: TestApi, step: string): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  await waitFor(() => (api.quickInput.step !== step ? true : undefined), `the QuickPick '${step}' to close`);
}

describe('Assess risk tier', () => {
  let api: TestApi;
  before(async () => {
    api = await extensionApi();
  });
  beforeEach(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('notifications.clearAll');
  });
  after(closeAllEditors);

  it('on a manifest: shows tier, reasons and obligations in its own panel beside the manifest, with no error logged', async () => {
    await ourErrors('assess-before');
    const document = await vscode.workspace.openTextDocument(fixtureUri(MATCH));
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    const outcome = await vscode.commands.executeCommand<AssessOutcome>(ASSESS);
    assert.strictEqual(outcome.tier, 'high');
    assert.strictEqual(outcome.panel, document.uri.toString());
    assert.strictEqual(outcome.title, MATCH_TITLE);
    const tab = await assessmentTab(MATCH_TITLE);
    assert.strictEqual(tab.group.viewColumn, vscode.ViewColumn.Two, 'beside the manifest');
    const text = await panelText(api, outcome.panel, 'High risk');
    assert.match(text, /^## High risk \(`high`\)$/m);
    assert.match(text, /Declared tier: `limited` — \*\*differs from the computed tier\*\*/);
    assert.match(text, /\| Listed in Annex III: essential-public-services .* \| 2 December 2027 \|/, 'a reason with its article and date');
    // referenceDate 2026-11-24 (test/fixtures/workspace/.vscode/settings.json): the high-risk duties apply from 2 Dec 2027.
    assert.match(
      text,
      /\| ○ not yet applicable — missing in the manifest \| Conformity assessment \| AI Act Art\. 43 \| 2 December 2027 — may apply from 2 August 2026 \| not settled in the sources/,
    );
    assert.match(text, /\*\*Gaps in duties not yet applicable:\*\* 6 gaps in duties from 2 December 2027\./, 'future gaps counted as such');
    assert.match(text, /\| ✓ met \| Take measures for the AI literacy of staff \|/);
    // The page: the same content as HTML, the record button under the tier, a strict CSP.
    const html = api.assessmentPanels.shown(outcome.panel)!.html;
    assert.match(html, /<h2>High risk \(<code>high<\/code>\)<\/h2>\n<p>Declared tier: [^\n]*<\/p>\n<section class="record"/);
    assert.match(html, />Update declaredTier to high…<\/button>/);
    assert.match(html, /content="default-src 'none'; style-src 'nonce-[^']+'; script-src 'nonce-[^']+'; img-src 'none'/);
    assert.doesNotMatch(html, /https?:\/\/(?!file\+\.vscode-resource|[^"]*\/dist\/webview\/assessment\.js)/, 'nothing remote');
    assert.deepStrictEqual(await ourErrors('assess-after'), [], 'no error logged by Assess');
  });

  it('on a manifest: the panel stays when a Markdown file is opened after it', async () => {
    await ourErrors('assess-markdown-before');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri(MATCH)), { viewColumn: vscode.ViewColumn.One });
    const outcome = await vscode.commands.executeCommand<AssessOutcome>(ASSESS);
    await panelText(api, outcome.panel, 'High risk');
    // As Ctrl+click on `docs/human-oversight.md` opens it: a preview editor, in the manifest's group.
    const markdown = await vscode.workspace.openTextDocument(fixtureUri('match-profilering/docs/human-oversight.md'));
    await vscode.window.showTextDocument(markdown, { viewColumn: vscode.ViewColumn.One, preview: true });
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a Markdown preview would have taken the tab over by now
    const tab = await assessmentTab(MATCH_TITLE);
    assert.strictEqual(tab.group.viewColumn, vscode.ViewColumn.Two, 'still beside');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), markdown.uri.toString());
    assert.match(api.assessmentPanels.shown(outcome.panel)!.markdown, /^## High risk/m, 'still the assessment');
    await new Promise((resolve) => setTimeout(resolve, 2000)); // the webview paints
    await screenshot('assessment-beside-markdown');
    assert.deepStrictEqual(await ourErrors('assess-markdown-after'), [], 'no error logged');
  });

  it('on a manifest: the panel follows an edit of the manifest', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri(MATCH));
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    const original = document.getText();
    try {
      const outcome = await vscode.commands.executeCommand<AssessOutcome>(ASSESS);
      await panelText(api, outcome.panel, 'High risk');
      const renders = api.assessmentPanels.renders;
      // The name last: a panel that shows the new name was rendered after both edits (a render between them would
      // show the new name with the old tier).
      await replaceText(document, 'annexIII: [essential-public-services, employment]', 'annexIII: []');
      await replaceText(document, '  name: Match – profilering og indsatsforslag', '  name: Match v2');
      const text = await panelText(api, outcome.panel, '# Risk tier: Match v2');
      assert.doesNotMatch(text, /^## High risk/m, 'the tier of the edited manifest');
      await assessmentTab('Risk tier: Match v2');
      assert.ok(api.assessmentPanels.renders > renders);
      assert.strictEqual(assessmentTabs().length, 1, 'the same panel');
    } finally {
      await restore(document, original);
    }
    await panelText(api, document.uri.toString(), '# Risk tier: Match – profilering');
  });

  it('on a manifest: the panel closed, the summary lens and the AI systems view open it again', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri(MATCH));
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand<AssessOutcome>(ASSESS);
    const tab = await assessmentTab(MATCH_TITLE);
    await vscode.window.tabGroups.close(tab);
    await waitFor(() => (assessmentTabs().length === 0 ? true : undefined), 'the panel closed');
    const panels = api.assessmentPanels.panels;
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    const lens = lenses.find((each) => each.command?.command === ASSESS);
    assert.ok(lens?.command, 'the summary lens has Assess');
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
    await assessmentTab(MATCH_TITLE);
    assert.strictEqual(api.assessmentPanels.panels, panels + 1, 'a new panel');
    await panelText(api, document.uri.toString(), 'High risk');
    // Again from the lens while it is open: revealed, not a second panel.
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
    assert.strictEqual(api.assessmentPanels.panels, panels + 1, 'revealed');
    assert.strictEqual(assessmentTabs().length, 1);
    // The AI systems view's "Assess risk tier" (its context menu) on another system: a panel of its own.
    await vscode.commands.executeCommand('aiSystemManifest.systems.assess', fixtureUri('borgerchatbot/ai-system.yaml'));
    await assessmentTab('Risk tier: Jobcentrets chatbot');
    await assessmentTab(MATCH_TITLE);
  });

  it('on a manifest: the panel records declaredTier once confirmed, and shows the result', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri(MATCH));
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    const original = document.getText();
    try {
      const outcome = await vscode.commands.executeCommand<AssessOutcome>(ASSESS);
      await panelText(api, outcome.panel, 'High risk');
      assert.strictEqual(api.assessmentPanels.shown(outcome.panel)?.offered, 'high');
      // The webview's message once "Record" is confirmed in the panel; anything else is ignored.
      assert.strictEqual(await api.assessmentPanels.receive(outcome.panel, { command: 'recordTier', tier: 'extreme' }), false);
      assert.strictEqual(document.getText(), original);
      assert.strictEqual(await api.assessmentPanels.receive(outcome.panel, { command: 'recordTier', tier: 'high' }), true);
      const expected = original.replace('  declaredTier: limited', '  declaredTier: high');
      assert.notStrictEqual(expected, original);
      assert.strictEqual(document.getText(), expected, 'only the declared value changed');
      const shown = await waitFor(() => {
        const each = api.assessmentPanels.shown(outcome.panel);
        return each?.result && each.offered === null ? each : undefined;
      }, 'the result in the panel');
      assert.strictEqual(shown.result, 'Recorded: riskClassification.declaredTier is now high in ai-system.yaml (not saved yet).');
      assert.match(shown.html, /<p id="assessment-result" class="result" role="status" tabindex="-1" data-result="\d+">Recorded: /);
      assert.doesNotMatch(shown.markdown, /differs from the computed tier/);
      assert.doesNotMatch(shown.html, /data-action="ask"/, 'nothing left to record');
      await waitFor(
        () => (ourDiagnostics(document.uri).some((d) => ruleId(d) === 'tier-mismatch') ? undefined : true),
        'tier-mismatch to go',
      );
      await new Promise((resolve) => setTimeout(resolve, 6000)); // the webview paints
      await screenshot('assessment-recorded');
      await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await screenshot('assessment-recorded-focused');
      // Recording again changes nothing.
      assert.strictEqual(await vscode.commands.executeCommand('aiSystemManifest.recordDeclaredTier', document.uri, 'high'), true);
      assert.strictEqual(document.getText(), expected);
    } finally {
      await restore(document, original);
    }
  });

  it('on a manifest given as argument (explorer context menu), with no editor open', async () => {
    const outcome = await vscode.commands.executeCommand<AssessOutcome>(ASSESS, fixtureUri('borgerchatbot/ai-system.yaml'));
    assert.strictEqual(outcome.tier, 'limited');
    const text = await panelText(api, outcome.panel, 'Limited risk');
    assert.match(text, /^# Risk tier: Jobcentrets chatbot$/m);
    assert.match(text, /interacts-with-persons/);
    await assessmentTab('Risk tier: Jobcentrets chatbot');
  });

  it('in Danish: the panel speaks Danish, its title too', async () => {
    const config = vscode.workspace.getConfiguration('aiSystemManifest');
    await config.update('language', 'da', vscode.ConfigurationTarget.Workspace);
    try {
      const outcome = await vscode.commands.executeCommand<AssessOutcome>(ASSESS, fixtureUri(MATCH));
      assert.strictEqual(outcome.title, 'Risikoniveau: Match – profilering og indsatsforslag');
      await assessmentTab('Risikoniveau: Match – profilering og indsatsforslag');
      const text = await panelText(api, outcome.panel, 'Højrisiko');
      assert.doesNotMatch(text, /risk tier/i);
      assert.match(api.assessmentPanels.shown(outcome.panel)!.html, />Opdatér declaredTier til high…<\/button>/);
    } finally {
      await config.update('language', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('without a manifest: the questionnaire, answered in the real QuickPicks, with a counter that counts, Back, and a result step that stays', async () => {
    const running = vscode.commands.executeCommand<AssessOutcome | undefined>(ASSESS);
    await atStep(api, 'role');
    assert.strictEqual(api.quickInput.counter, '1/5', 'five steps until an Annex III area is chosen');
    assert.strictEqual(api.quickInput.back, false, 'no Back on the first step');
    await screenshot('questionnaire-1-role');
    await focus(api, 'deployer');
    await accept(api, 'role');

    await atStep(api, 'prohibitedPractices');
    assert.strictEqual(api.quickInput.counter, '2/5');
    assert.strictEqual(api.quickInput.placeholder, 'Select all that apply; none: press Enter', 'a short placeholder, not cut off');
    assert.match(api.quickInput.title ?? '', /^Prohibited practices \(Art\. 5\)/, 'the question is the title');
    await focus(api, 'subliminal-manipulation'); // on screen; nothing selected
    assert.deepStrictEqual(api.quickInput.selected, []);
    await screenshot('questionnaire-2-prohibited');
    await accept(api, 'prohibitedPractices');

    // Back from step 3 to step 2, and on again.
    await atStep(api, 'annexIII');
    assert.strictEqual(api.quickInput.counter, '3/5');
    assert.strictEqual(api.quickInput.back, true);
    await vscode.commands.executeCommand('workbench.action.quickInputBack');
    await atStep(api, 'prohibitedPractices');
    assert.strictEqual(api.quickInput.counter, '2/5', 'Back: the step before');
    await accept(api, 'prohibitedPractices');

    await atStep(api, 'annexIII');
    await toggle(api, 'essential-public-services');
    await accept(api, 'annexIII');

    await atStep(api, 'derogation');
    assert.strictEqual(api.quickInput.counter, '4/6', 'an Annex III area adds the derogation step: the counter never jumps');
    await waitFor(() => (api.quickInput.active[0] === 'No derogation' ? true : undefined), 'the first choice, no derogation');
    await accept(api, 'derogation');

    await atStep(api, 'profiling');
    assert.strictEqual(api.quickInput.counter, '5/6');
    await waitFor(() => (api.quickInput.active[0] === 'No' ? true : undefined), 'the first choice, no profiling');
    await accept(api, 'profiling');

    await atStep(api, 'transparencyPractices');
    assert.strictEqual(api.quickInput.counter, '6/6');
    await toggle(api, 'interacts-with-persons');
    await accept(api, 'transparencyPractices');

    const outcome = await running;
    assert.ok(outcome, 'the questionnaire finished');
    assert.strictEqual(outcome.tier, 'high', 'Annex III point 5 without a derogation');
    assert.strictEqual(outcome.panel, 'answers');
    const text = await panelText(api, outcome.panel, 'High risk');
    await assessmentTab('Risk tier: your answers');
    assert.match(text, /Listed in Annex III: essential-public-services/);
    assert.match(text, /High-risk systems with 'interacts-with-persons' also carry the Art\. 50\(1\) duty/);
    assert.match(text, /\| ✓ met \| Do not use a prohibited AI practice \|/, 'answered "none": not shown as missing');
    assert.doesNotMatch(text, /✗ missing[^|]*\| Do not use a prohibited AI practice/);

    // The result step stays (no toast that vanishes): "Create manifest", then "Untitled document".
    await atStep(api, 'next');
    assert.match(api.quickInput.title ?? '', /High risk/);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the result's panel paints behind the step
    await screenshot('questionnaire-3-result');
    await focus(api, '$(new-file) Create manifest');
    await accept(api, 'next');
    await waitFor(
      () => (api.quickInput.step === 'target' && api.quickInput.active[0]?.endsWith('Untitled document') ? true : undefined),
      'the question where to put the new manifest',
    );
    await accept(api, 'target');
    const editor = await waitFor(() => {
      const active = vscode.window.activeTextEditor;
      return active?.document.isUntitled && active.document.languageId === 'ai-system-yaml' ? active : undefined;
    }, 'the new untitled manifest');
    const text2 = editor.document.getText();
    assert.match(text2, /^ {2}role: deployer /m);
    assert.match(text2, /^ {2}annexIII: \[essential-public-services\]/m);
    assert.match(text2, /^ {2}practices: \[interacts-with-persons\]/m);
    assert.match(text2, /^ {2}declaredTier: high /m);
    assert.match(text2, /^ {2}aiInteractionDisclosure: "TODO: /m);
    assert.match(text2, /^ {2}canOverride: "TODO: /m, 'no answer the author did not give');
    assert.doesNotMatch(text2, /^\s*\w+: true\b/m, 'no yes answered for the author (profiling: false was answered)');
    await waitFor(
      () => (ourDiagnostics(editor.document.uri).some((d) => ruleId(d) === 'placeholder-value') ? true : undefined),
      'the TODOs as diagnostics',
    );
    assert.ok(
      !ourDiagnostics(editor.document.uri).some((d) => ruleId(d) === 'dpia-document-not-found'),
      'no document look-ups for an untitled manifest',
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('without a manifest: Escape ends the wizard quietly', async () => {
    const running = vscode.commands.executeCommand<AssessOutcome | undefined>(ASSESS);
    await atStep(api, 'role');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await running, undefined);
  });

  it('without a manifest: answers given as the command argument (a documented derogation)', async () => {
    const outcome = await vscode.commands.executeCommand<AssessOutcome>(ASSESS, {
      answers: {
        role: 'deployer',
        prohibitedPractices: [],
        annexIII: ['essential-public-services'],
        derogation: { condition: 'preparatory-task', justification: "Drafts journal notes from the caseworker's own notes." },
        profiling: false,
        transparencyPractices: ['synthetic-content'],
      },
    });
    assert.strictEqual(outcome.tier, 'limited');
    const text = await panelText(api, outcome.panel, 'Limited risk');
    assert.match(text, /a documented Art\. 6\(3\) derogation applies \(preparatory-task\)/);
  });
});

describe('New AI system manifest', () => {
  before(extensionApi);
  beforeEach(closeAllEditors);
  after(closeAllEditors);

  it('creates an untitled manifest from the template, whose TODOs the checker marks', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>(NEW_MANIFEST, { target: 'untitled' });
    const document = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(document.languageId, 'ai-system-yaml');
    assert.ok(document.isUntitled);
    assert.match(uri.path, /\/new-\d+\.ai-system\.yaml$|\/ai-system\.yaml$/, `offered as ai-system.yaml (${uri.path})`);
    assert.match(document.getText(), /^manifestVersion: 1$/m);
    assert.match(document.getText(), /reviewer: "TODO: the human role that reviews every output"/);
    await waitFor(() => {
      const rules = new Set(ourDiagnostics(uri).map(ruleId));
      return rules.size === 1 && rules.has('placeholder-value') ? true : undefined;
    }, 'each TODO field as a placeholder-value diagnostic, and nothing else');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('writes ai-system.yaml into a chosen folder and opens it', async () => {
    const folder = fixtureUri('new-system');
    await vscode.workspace.fs.createDirectory(folder);
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri>(NEW_MANIFEST, folder);
      assert.strictEqual(uri.toString(), vscode.Uri.joinPath(folder, 'ai-system.yaml').toString());
      const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.match(written, /^manifestVersion: 1$/m);
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
      assert.strictEqual(vscode.window.activeTextEditor?.document.languageId, 'ai-system-yaml');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });
});
