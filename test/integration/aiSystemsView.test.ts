// The AI systems view (its own container in the activity bar): lists the workspace's manifests with their tiers, follows a manifest added and a
// manifest edited to another tier, and "Export AI register…" writes a file.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, fixtureUri, waitFor } from './helpers';
import { screenshot as workbenchScreenshot } from './screenshot';

interface Snapshot {
  loaded: boolean;
  updates: number;
  systems: { file: string; name: string; tier: string | null; status: string | null; icon: string }[];
}

async function snapshot(): Promise<Snapshot | undefined> {
  const api = (await extensionApi()) as unknown as { aiSystems: { snapshot: Snapshot | undefined } };
  return api.aiSystems.snapshot;
}

/**
 * Asks the launcher (run-code-server.mjs) for a screenshot of the workbench: out/screenshots/NAME.png. The first
 * system is expanded to show its children. Waits for the file (the extension host runs beside the launcher); a
 * launcher without screenshots (test-electron) writes none, and the test goes on.
 */
async function screenshot(name: string): Promise<void> {
  await vscode.commands.executeCommand('aiSystemManifest.systems.focus');
  // A wider side bar: the editor group, focused, gives up width.
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  for (let i = 0; i < 6; i++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
  await vscode.commands.executeCommand('aiSystemManifest.systems.focus');
  await vscode.commands.executeCommand('list.focusFirst');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await vscode.commands.executeCommand('list.toggleExpand');
  await new Promise((resolve) => setTimeout(resolve, 700));
  await workbenchScreenshot(name);
}

const tierOf = (s: Snapshot, file: string): string | null | undefined => s.systems.find((system) => system.file === file)?.tier;

describe('AI systems view', () => {
  const added = 'register-added/ai-system.yaml';
  const exported = 'ai-register-export.csv';

  after(async () => {
    // Give the editor its focus and the Explorer its place back, as the other suites expect.
    await vscode.commands.executeCommand('workbench.view.explorer');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await closeAllEditors();
    for (const file of [added, exported, 'register-added']) {
      try {
        await vscode.workspace.fs.delete(fixtureUri(file), { recursive: true });
      } catch {
        // already gone
      }
    }
  });

  it('lists every manifest of the workspace with the tier the checker gives, each with its tier icon', async () => {
    await extensionApi();
    await vscode.commands.executeCommand('aiSystemManifest.systems.focus');
    const first = await waitFor(
      async () => {
        const s = await snapshot();
        return s?.loaded ? s : undefined;
      },
      'the first population of the AI systems view',
      30000,
    );
    const tiers = Object.fromEntries(first.systems.map((s) => [s.file, s.tier]));
    assert.deepStrictEqual(
      {
        'ai-system.yaml': tiers['ai-system.yaml'],
        'borgerchatbot/ai-system.yaml': tiers['borgerchatbot/ai-system.yaml'],
        'journalnotat-assistent/ai-system.yaml': tiers['journalnotat-assistent/ai-system.yaml'],
        'match-profilering/ai-system.yaml': tiers['match-profilering/ai-system.yaml'],
        'problems/profiling-derogation/ai-system.yaml': tiers['problems/profiling-derogation/ai-system.yaml'],
        'problems/syntax-error.ai-system.yaml': tiers['problems/syntax-error.ai-system.yaml'],
      },
      {
        'ai-system.yaml': null, // no riskClassification: not determined (never minimal)
        'borgerchatbot/ai-system.yaml': 'limited',
        'journalnotat-assistent/ai-system.yaml': 'limited',
        'match-profilering/ai-system.yaml': 'high',
        'problems/profiling-derogation/ai-system.yaml': 'high',
        'problems/syntax-error.ai-system.yaml': null,
      },
    );
    assert.ok(first.systems.length >= 9, JSON.stringify(first.systems.map((s) => s.file)));
    // Tier icons of their own (media/tiers/, a shield family), never the findings' severity icons: minimal risk is no check mark.
    for (const system of first.systems) assert.strictEqual(system.icon, system.tier ?? 'none', system.file);
    const extension = vscode.extensions.getExtension('ai-system-manifest.ai-system-manifest')!;
    for (const tier of ['prohibited', 'high', 'limited', 'minimal', 'none']) {
      for (const theme of ['light', 'dark']) {
        const svg = new TextDecoder().decode(
          await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'media', 'tiers', `${tier}-${theme}.svg`)),
        );
        assert.match(svg, /^<svg [^>]*viewBox="0 0 16 16"/, `${tier}-${theme}.svg`);
      }
    }
    await screenshot('ai-systems-view');
  });

  it('adds a manifest created in the workspace, and follows an edit to another tier', async () => {
    const source = await vscode.workspace.fs.readFile(fixtureUri('borgerchatbot/ai-system.yaml'));
    const text = new TextDecoder().decode(source).replace('id: borgerchatbot', 'id: register-added');
    await vscode.workspace.fs.createDirectory(fixtureUri('register-added'));
    await vscode.workspace.fs.writeFile(fixtureUri(added), new TextEncoder().encode(text));
    await waitFor(async () => {
      const s = await snapshot();
      return s && tierOf(s, added) === 'limited' ? true : undefined;
    }, 'the new manifest in the view, tier limited');

    // Edited on disk (as another tool or git would): an Annex III area with profiling makes it high-risk.
    const high = text.replace('annexIII: []', 'annexIII: [essential-public-services]').replace('profiling: false', 'profiling: true');
    assert.notStrictEqual(high, text, 'the fixture has annexIII: [] and profiling: false');
    await vscode.workspace.fs.writeFile(fixtureUri(added), new TextEncoder().encode(high));
    await waitFor(async () => {
      const s = await snapshot();
      return s && tierOf(s, added) === 'high' ? true : undefined;
    }, 'the edited manifest in the view, tier high');
  });

  it('"Export AI register…" writes the register to the chosen file', async () => {
    const target = fixtureUri(exported);
    const written = await vscode.commands.executeCommand<vscode.Uri>('aiSystemManifest.exportRegister', 'csv', target);
    assert.strictEqual(written?.toString(), target.toString());
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(target));
    assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 byte-order mark');
    const s = await snapshot();
    assert.ok(s);
    const rows = csv.trimEnd().split('\r\n');
    assert.ok(rows[0].includes('Risk tier') || rows[0].includes('Risikoniveau'), rows[0]);
    assert.ok(rows.length - 1 >= s.systems.length, `${rows.length - 1} rows for ${s.systems.length} systems`);
    assert.ok(csv.includes('register-added'), 'the added manifest is in the export');
  });
});
