// The language contribution, commands, settings, status bar, snippets and schema-driven completion in the real editor.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, extensionApi, fixtureUri, waitFor, type TestApi } from './helpers';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Completion labels at the `|` in `text` (an untitled manifest), through VS Code's completion command. */
async function completionAt(text: string): Promise<string[]> {
  const offset = text.indexOf('|');
  const document = await vscode.workspace.openTextDocument({ language: 'ai-system-yaml', content: text.replace('|', '') });
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    document.positionAt(offset),
  );
  return list.items.map(labelOf);
}

describe('language ai-system-yaml', () => {
  let api: TestApi;
  before(async () => {
    api = await extensionApi();
  });
  afterEach(closeAllEditors);

  for (const file of [
    'ai-system.yaml',
    'borgerchatbot/ai-system.yaml',
    'problems/chatbot-gaps.ai-system.yml',
    'problems/syntax-error.ai-system.yaml',
  ]) {
    it(`${file} opens as ai-system-yaml`, async () => {
      const document = await vscode.workspace.openTextDocument(fixtureUri(file));
      assert.strictEqual(document.languageId, 'ai-system-yaml');
    });
  }

  it('contributes the commands with the category, the settings and their defaults', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['aiSystemManifest.assessRiskTier', 'aiSystemManifest.newManifest'])
      assert.ok(commands.includes(command), command);
    const packageJson = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    for (const command of packageJson.contributes.commands)
      assert.strictEqual(command.category, 'AI System Manifest', 'the localized category');
    const assess = packageJson.contributes.commands.find((c: { command: string }) => c.command === 'aiSystemManifest.assessRiskTier');
    assert.strictEqual(assess.title, 'Assess risk tier');
    assert.ok(!packageJson.activationEvents.includes('*'));
    assert.deepStrictEqual(packageJson.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    const config = vscode.workspace.getConfiguration('aiSystemManifest');
    assert.strictEqual(config.inspect('language')?.defaultValue, 'auto');
    assert.strictEqual(config.inspect('edition')?.defaultValue, 'auto');
    assert.strictEqual(config.inspect('futureDuties')?.defaultValue, 'error');
    assert.strictEqual(config.get('referenceDate'), '2026-11-24', 'from test/fixtures/workspace/.vscode/settings.json');
    assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'ai-system-yaml' }).get('tabSize'), 2);
  });

  it('shows the active manifest\'s tier in the status bar with a tier icon (no severity icon), runs "Assess risk tier" on click, and hides it for other editors', async () => {
    const manifest = await vscode.workspace.openTextDocument(fixtureUri('match-profilering/ai-system.yaml'));
    await vscode.window.showTextDocument(manifest);
    await waitFor(() => (api.statusBar.visible && api.statusBar.text === '$(shield) High risk' ? true : undefined), 'the status bar item');
    assert.strictEqual(api.statusBar.command, 'aiSystemManifest.assessRiskTier');
    assert.match(api.statusBar.tooltip, /AI Act risk tier: High risk/);
    assert.match(api.statusBar.tooltip, /essential-public-services .*applies from 2 December 2027/);
    const other = await vscode.workspace.openTextDocument(fixtureUri('match-profilering/docs/dpia.md'));
    await vscode.window.showTextDocument(other);
    await waitFor(() => (api.statusBar.visible ? undefined : true), 'the status bar item to hide');
    const broken = await vscode.workspace.openTextDocument(fixtureUri('problems/syntax-error.ai-system.yaml'));
    await vscode.window.showTextDocument(broken);
    await waitFor(
      () => (api.statusBar.visible && api.statusBar.text === '$(workspace-unknown) Risk tier unknown' ? true : undefined),
      'the unknown tier',
    );
    // A manifest whose answers do not decide the tier: "not determined", never "minimal", with what to fill in.
    const blank = await vscode.workspace.openTextDocument(fixtureUri('ai-system.yaml'));
    await vscode.window.showTextDocument(blank);
    await waitFor(
      () => (api.statusBar.visible && api.statusBar.text === '$(workspace-unknown) Risk tier not determined' ? true : undefined),
      'the tier not determined',
    );
    assert.match(api.statusBar.tooltip, /fill in `riskClassification`/);
  });

  it('offers the whole-manifest snippet in an empty manifest', async () => {
    const labels = await completionAt('|');
    const whole = 'AI system manifest: journal-note assistant';
    assert.ok(labels.includes(whole), `snippet '${whole}' among ${labels.join(', ')}`);
    assert.ok(!(await completionAt('manifestVersion: 1\n|')).includes(whole), 'not once the file has a field');
  });

  describe('completion (schema-driven)', () => {
    it('suggests the keys not yet present on an empty line under a key', async () => {
      const labels = await completionAt('riskClassification:\n  practices: []\n  |');
      for (const key of ['annexIII', 'profiling', 'derogation', 'declaredTier'])
        assert.ok(labels.includes(key), `${key} in ${labels.join(', ')}`);
      assert.ok(!labels.includes('practices'), 'a key that is present is not suggested again');
    });

    it('suggests enum values after `key: `', async () => {
      const labels = await completionAt('system:\n  role: |');
      for (const value of ['provider', 'deployer', 'provider-and-deployer'])
        assert.ok(labels.includes(value), `${value} in ${labels.join(', ')}`);
    });

    it('suggests list values inside [ ]', async () => {
      const labels = await completionAt('riskClassification:\n  annexIII: [employment, |]');
      assert.ok(labels.includes('essential-public-services'), labels.join(', '));
      assert.ok(!labels.includes('employment'), 'a listed value is not suggested again');
    });
  });
});
