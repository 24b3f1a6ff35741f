// The editor features of issue 14 through VS Code's own commands: document symbols (Outline, breadcrumbs), document
// links, the summary lens and its setting, completion that fits the place, Format Document; with screenshots of the
// Outline, the lens and the walkthrough in out/screenshots/ (run-code-server.mjs takes them).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, fixtureUri, openFixture, ourDiagnostics, ruleId, waitFor } from './helpers';
import { screenshot } from './screenshot';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Completion items at the `|` in `text` (an untitled manifest), through VS Code's completion command. */
async function completionAt(text: string): Promise<vscode.CompletionItem[]> {
  const offset = text.indexOf('|');
  const document = await vscode.workspace.openTextDocument({ language: 'ai-system-yaml', content: text.replace('|', '') });
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    document.positionAt(offset),
  );
  return list.items;
}

function find(symbols: readonly vscode.DocumentSymbol[], name: string): vscode.DocumentSymbol {
  const found = symbols.find((symbol) => symbol.name === name);
  assert.ok(found, `${name} among ${symbols.map((symbol) => symbol.name).join(', ')}`);
  return found;
}

describe('editor features (issue 14)', () => {
  before(extensionApi);
  afterEach(closeAllEditors);

  it('gives the Outline and breadcrumbs the sections with their fields and status (executeDocumentSymbolProvider)', async () => {
    const editor = await openFixture('match-profilering/ai-system.yaml');
    const document = editor.document;
    await waitFor(() => (ourDiagnostics(document.uri).length > 0 ? true : undefined), 'the diagnostics');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok(symbols.length >= 10, `${symbols.length} top-level symbols`);
    const oversight = find(symbols, 'humanOversight');
    assert.strictEqual(oversight.kind, vscode.SymbolKind.Module);
    assert.deepStrictEqual(oversight.children.map((child) => child.name).slice(0, 2), ['reviewer', 'canOverride']);
    assert.strictEqual(document.getText(oversight.selectionRange), 'humanOversight');
    assert.ok(oversight.range.contains(oversight.children[oversight.children.length - 1].range));
    assert.strictEqual(find(symbols, 'riskClassification').detail, 'High risk · 1 finding');
    assert.strictEqual(find(symbols, 'documentation').detail, '2 findings');

    // The picture: the Outline open, the cursor in humanOversight.reviewer (breadcrumbs), the lens at the top.
    const reviewer = oversight.children[0].selectionRange.start;
    editor.selection = new vscode.Selection(reviewer, reviewer);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    // The Outline collapsed to the sections; then Go to Symbol (Ctrl+Shift+O), which lists every symbol with its detail.
    await vscode.commands.executeCommand('outline.focus');
    await vscode.commands.executeCommand('outline.collapse').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await screenshot('outline-breadcrumbs-lens');
    await vscode.commands.executeCommand('workbench.action.gotoSymbol');
    await screenshot('go-to-symbol');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  it('links the document paths: an existing file opens, a missing one creates its stub; URLs are left alone (executeLinkProvider)', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri('problems/missing-documents/ai-system.yaml'));
    await vscode.window.showTextDocument(document);
    await waitFor(
      () => (ourDiagnostics(document.uri).some((d) => ruleId(d) === 'dpia-document-not-found') ? true : undefined),
      'the missing document',
    );
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri);
    const ours = links.filter((link) => !document.getText(link.range).startsWith('http'));
    const byText = new Map(ours.map((link) => [document.getText(link.range), link.target]));
    const literacy = byText.get('docs/ai-literacy.md');
    assert.strictEqual(
      literacy?.toString(),
      fixtureUri('problems/missing-documents/docs/ai-literacy.md').toString(),
      'an existing file opens',
    );
    const dpia = byText.get('docs/dpia.md');
    assert.strictEqual(dpia?.scheme, 'command', 'a missing file runs the command that creates it');
    assert.strictEqual(dpia?.path, 'aiSystemManifest.createLinkedDocument');
    const args = JSON.parse(decodeURIComponent(dpia.query)) as [string, string[], string];
    assert.deepStrictEqual(args.slice(1), [['dataProtection', 'dpia', 'document'], 'docs/dpia.md']);
    // The URL of the citizen notice is not one of our links (the editor's own link detection keeps it a URL).
    assert.ok(!ours.some((link) => link.target?.scheme === 'https'));

    // Following the link creates the DPIA stub from the template and opens it.
    const created = fixtureUri('problems/missing-documents/docs/dpia.md');
    try {
      await vscode.commands.executeCommand('aiSystemManifest.createLinkedDocument', ...args);
      const stub = await waitFor(
        () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === created.toString()),
        'the created stub',
      );
      assert.match(stub.getText(), /DPIA|[Kk]onsekvensanalyse|data protection impact assessment/i);
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(created).then(undefined, () => undefined);
    }
  });

  it('sums up the manifest in a lens at the top, with Assess and Timeline, and the setting switches it off (executeCodeLensProvider)', async () => {
    const editor = await openFixture('match-profilering/ai-system.yaml');
    const uri = editor.document.uri;
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const ours = lenses.filter((lens) => lens.range.start.line === 0);
    assert.strictEqual(ours.length, 3, ours.map((lens) => lens.command?.title).join(' | '));
    assert.match(ours[0].command!.title, /^High risk · 1 duty overdue · \d+ missing later · next: .+ from \d+ \w+ \d{4}$/);
    assert.deepStrictEqual(
      ours.slice(1).map((lens) => [lens.command?.title, lens.command?.command]),
      [
        ['Assess risk tier', 'aiSystemManifest.assessRiskTier'],
        ['Show timeline', 'aiSystemManifest.showTimeline'],
      ],
    );
    await screenshot('summary-lens');

    const config = vscode.workspace.getConfiguration('aiSystemManifest');
    await config.update('codeLens.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(async () => {
        const after = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
        return after.length === 0 ? true : undefined;
      }, 'no lens once switched off');
    } finally {
      await config.update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it("offers no top-level section inside a nested section, and the mapping's keys inside a flow mapping", async () => {
    const nested = (await completionAt('documentation:\n  technical: docs/technical.md\n  |')).map(labelOf);
    assert.ok(nested.includes('riskManagement'), nested.join(', '));
    for (const topLevel of [
      'aiLiteracy',
      'dataProtection',
      'AI literacy',
      'Data protection (personal data)',
      'AI system manifest: journal-note assistant',
      'ai-system',
    ]) {
      assert.ok(!nested.includes(topLevel), `${topLevel} is not offered inside documentation: ${nested.join(', ')}`);
    }
    const flow = (await completionAt('humanOversight: { reviewer: Sagsbehandler, | }')).map(labelOf);
    assert.ok(flow.includes('canOverride') && flow.includes('procedure'), flow.join(', '));
    assert.ok(!flow.includes('reviewer') && !flow.includes('system'), flow.join(', '));
  });

  it('formats a manifest with the yaml printer, keeping comments and values (executeFormatDocumentProvider)', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'ai-system-yaml',
      content: 'system:\n    id: a   # the id\npurpose:\n    tasks: [ profiling,   recommendation ]\n',
    });
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri, {
      tabSize: 2,
      insertSpaces: true,
    });
    assert.ok(edits.length > 0);
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(document.getText(), 'system:\n  id: a # the id\npurpose:\n  tasks: [profiling, recommendation]\n');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('contributes the walkthrough, which opens on its steps', async () => {
    const walkthroughs = vscode.extensions.getExtension('ai-system-manifest.ai-system-manifest')!.packageJSON.contributes.walkthroughs as {
      id: string;
      title: string;
      steps: { id: string; title: string }[];
    }[];
    assert.deepStrictEqual(
      walkthroughs.map((w) => [w.id, w.title]),
      [['gettingStarted', 'Get started with AI System Manifest']],
    );
    assert.deepStrictEqual(
      walkthroughs[0].steps.map((step) => step.title),
      [
        'Create a manifest',
        'Read the risk tier and its reasons',
        'Fix a finding with a quick fix',
        'See when each duty applies',
        'See all AI systems',
      ],
    );
    // The Welcome page first: it starts the walkthrough service, which then has ours when it is asked for by id.
    await closeAllEditors();
    await vscode.commands.executeCommand('workbench.action.openWalkthrough');
    await screenshot('welcome');
    await closeAllEditors();
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'ai-system-manifest.ai-system-manifest#gettingStarted', false);
    await screenshot('walkthrough');
  });
});
