// Quick fixes through VS Code's code action command, applied and compared with the expected files in
// test/fixtures/workspace/quickfix/expected/ (the spec: insert the missing field under its section, at the
// section's indentation; never change the user's text; applying again changes nothing). The documentation stub fix
// is applied end to end: through `editor.action.codeAction` as the light bulb runs it, and through its command;
// the stub file is checked on disk (created in a new docs/ folder, or an existing file left as it was).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseDocument } from 'yaml';
import { renderTemplate, templateMarker, type TemplateInput } from '../../src/core/templates/index';
import { closeAllEditors, extensionApi, fixtureUri, ourDiagnostics, restore, ruleId, waitFor } from './helpers';
import { screenshot } from './screenshot';

const MANIFEST = 'quickfix/ai-system.yaml';
/** The folder and the file the citizen-notice stub fix creates beside the manifest (absent in the fixture). */
const DOCS = fixtureUri('quickfix/docs');
const STUB = fixtureUri('quickfix/docs/citizen-notice.md');
/** `quickfix.createDocument`: the kind of the "Create documentation stub" fixes. */
const CREATE_DOCUMENT_KIND = vscode.CodeActionKind.QuickFix.append('createDocument').value;
/** What the stub is filled in from: the fixture's system, and the workspace's reference date (.vscode/settings.json). */
const CHATBOT: TemplateInput = {
  systemName: 'Chatbot',
  systemId: 'chat-bot',
  organisation: 'Eksempel Kommune',
  role: 'deployer',
  date: '2026-11-24',
};

/** A written DPIA of the quickfix/dpia fixture's chatbot (enough words of its own, no marker or TODO). */
const WRITTEN_DPIA = [
  '# DPIA',
  '',
  'Carried out with the data protection officer on 20 November 2026. The system drafts notes only; a caseworker',
  'reads and corrects every draft before it is saved. The risks are wrong or biased drafts and loss of',
  'confidentiality; the measures are review by the caseworker, EU hosting, encryption and access by role.',
  'No high residual risk remains, so Datatilsynet was not consulted.',
  '',
].join('\n');

async function expectedText(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(`quickfix/expected/${name}`)));
}

/** The diagnostic of a rule, once the check has run. */
async function diagnosticOf(document: vscode.TextDocument, rule: string): Promise<vscode.Diagnostic> {
  return waitFor(() => ourDiagnostics(document.uri).find((d) => ruleId(d) === rule), `a ${rule} diagnostic`);
}

/** Code actions at a diagnostic, as the light bulb asks for them. */
async function actionsAt(document: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind)) ?? [];
}

async function statOf(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Titles of the "Create documentation stub" fixes for docs/citizen-notice.md at a range. */
async function documentStubTitles(document: vscode.TextDocument, range: vscode.Range): Promise<string[]> {
  return (await actionsAt(document, range, CREATE_DOCUMENT_KIND))
    .map((a) => a.title)
    .filter((title) => title.includes('docs/citizen-notice.md'));
}

async function documentStubAction(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction> {
  const all = await actionsAt(document, range);
  const action = all.find((a) => a.title.includes('docs/citizen-notice.md'));
  assert.ok(action, `a "Create documentation stub" fix among: ${all.map((a) => a.title).join('; ')}`);
  return action;
}

/** Polls until the document's findings are exactly these rules (e.g. no dpia-document-not-found for the new link). */
async function waitForRuleIds(document: vscode.TextDocument, expected: string[]): Promise<void> {
  let last: string[] = [];
  try {
    await waitFor(
      () => {
        last = ourDiagnostics(document.uri).map(ruleId).sort();
        return JSON.stringify(last) === JSON.stringify([...expected].sort()) ? true : undefined;
      },
      `the findings ${expected.join(', ')}`,
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; last: ${last.join(', ')}`, { cause: error });
  }
}

async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `${action.title} has an edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `${action.title} applied`);
}

describe('quick fixes', () => {
  let document: vscode.TextDocument;
  let original: string;
  before(async () => {
    await extensionApi();
    document = await vscode.workspace.openTextDocument(fixtureUri(MANIFEST));
    original = document.getText();
  });
  beforeEach(async () => {
    await vscode.window.showTextDocument(document);
  });
  afterEach(async () => {
    await vscode.workspace.fs.delete(DOCS, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await restore(document, original);
  });
  after(closeAllEditors);

  it('inserts the missing Art. 50(1) disclosure under transparency; a second request offers it no more', async () => {
    const diagnostic = await diagnosticOf(document, 'ai-disclosure-missing');
    // (VS Code's command does not hand back the actions' diagnostics: the fix is found by the field it names.)
    const fixes = (await actionsAt(document, diagnostic.range)).filter((a) => a.title.includes('aiInteractionDisclosure'));
    const preferred = fixes.find((a) => a.isPreferred);
    assert.ok(preferred, `a preferred fix among: ${fixes.map((a) => a.title).join('; ')}`);
    assert.strictEqual(preferred.kind?.value, vscode.CodeActionKind.QuickFix.value);
    await apply(preferred);
    assert.strictEqual(document.getText(), await expectedText('ai-disclosure.yaml.expected'));
    await waitFor(
      () => (ourDiagnostics(document.uri).some((d) => ruleId(d) === 'ai-disclosure-missing') ? undefined : true),
      'the finding to go',
    );
    const again = (await actionsAt(document, diagnostic.range)).filter((a) => /aiInteractionDisclosure/.test(a.title));
    assert.deepStrictEqual(
      again.map((a) => a.title),
      [],
      'nothing left to insert',
    );
  });

  it('creates the citizen-notice stub in a new docs/ folder and links it, as the light bulb applies it; the finding goes', async () => {
    assert.strictEqual(await statOf(DOCS), undefined, 'no docs/ folder before the fix');
    const diagnostic = await diagnosticOf(document, 'transparency-missing');
    const action = await documentStubAction(document, diagnostic.range);
    assert.strictEqual(action.kind?.value, CREATE_DOCUMENT_KIND);
    assert.ok(vscode.CodeActionKind.QuickFix.contains(action.kind), 'a quick fix (in the light bulb with the others)');
    assert.ok(
      action.isPreferred,
      'the documentation stub is the preferred fix: it asks for the notice itself, not a placeholder (issue 21.3)',
    );
    assert.strictEqual(action.edit, undefined, 'the file is written by the command when the fix is chosen');
    assert.strictEqual(action.command?.command, 'aiSystemManifest.createDocumentStub');

    // As a user: the selection on the finding, the quick fix chosen by its kind; VS Code runs it in the workbench.
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.end);
    await vscode.commands.executeCommand('editor.action.codeAction', { kind: CREATE_DOCUMENT_KIND, apply: 'first' });
    const expected = await expectedText('citizen-notice-stub.yaml.expected');
    await waitFor(async () => (document.getText() === expected && (await statOf(STUB)) ? true : undefined), 'the link and the stub');

    assert.strictEqual((await statOf(DOCS))?.type, vscode.FileType.Directory, 'docs/ created beside the manifest');
    const stub = await readText(STUB);
    assert.ok(stub.startsWith(`${templateMarker('citizen-notice')}\n`), `the template marker first: ${stub.slice(0, 80)}`);
    assert.strictEqual(stub, renderTemplate('citizen-notice', 'en', CHATBOT), 'the citizen-notice template, filled in from the manifest');
    // A local citizen notice is a document like the others: the stub is not written, so the duty stays missing.
    await waitForRuleIds(document, ['ai-disclosure-missing', 'document-incomplete']);
    await waitFor(
      () => (vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === STUB.toString()) ? true : undefined),
      'the stub opened in an editor',
    );
    assert.deepStrictEqual(await documentStubTitles(document, diagnostic.range), [], 'not offered again');
  });

  it('never overwrites an existing document: the stub fix only links it, and the finding goes', async () => {
    const own = '# Citizen notice\n\nOur own text, written before the quick fix.\n';
    await vscode.workspace.fs.writeFile(STUB, new TextEncoder().encode(own));
    const diagnostic = await diagnosticOf(document, 'transparency-missing');
    const action = await documentStubAction(document, diagnostic.range);
    assert.strictEqual(action.title, "Link the existing docs/citizen-notice.md from 'transparency.citizenNotice'");
    // The action's command, as the light bulb (or another extension) runs it.
    const applied = await vscode.commands.executeCommand<boolean>(action.command!.command, ...(action.command!.arguments ?? []));
    assert.strictEqual(applied, true, `${action.title} applied`);
    assert.strictEqual(document.getText(), await expectedText('citizen-notice-stub.yaml.expected'));
    assert.strictEqual(await readText(STUB), own, 'the existing document keeps its content');
    // The user's own text is too short to be the notice (fewer than 40 words of its own).
    await waitForRuleIds(document, ['ai-disclosure-missing', 'document-incomplete']);
  });

  it('Fix all beside an existing document: links it, leaves the file unchanged, and says it linked the existing file (not "created")', async () => {
    const api = await extensionApi();
    const own = '# Citizen notice\n\nOur own text, written before Fix all.\n';
    await vscode.workspace.fs.writeFile(STUB, new TextEncoder().encode(own));
    await diagnosticOf(document, 'transparency-missing');
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const [action] = await actionsAt(document, whole, vscode.CodeActionKind.SourceFixAll.value);
    assert.ok(action?.command, 'Fix all with its documents command');
    api.acceptInput.fixMessage = undefined;
    await apply(action);
    assert.deepStrictEqual(
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? [])),
      [],
      'nothing created',
    );
    assert.strictEqual(document.getText(), await expectedText('fix-all.yaml.expected'), 'the manifest links docs/citizen-notice.md');
    assert.strictEqual(await readText(STUB), own, 'the existing document keeps its content');
    assert.match(api.acceptInput.fixMessage ?? '', /^Fix all linked the existing docs\/citizen-notice\.md and left the file unchanged\./);
    assert.doesNotMatch(api.acceptInput.fixMessage ?? '', /created/i);
  });

  it('fixes all that can be fixed in one source action, preferring the documentation stub; each inserted placeholder is then a placeholder-value finding and the stub is document-incomplete', async () => {
    await diagnosticOf(document, 'transparency-missing');
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await actionsAt(document, whole, vscode.CodeActionKind.SourceFixAll.value);
    assert.strictEqual(actions.length, 1, actions.map((a) => a.title).join('; '));
    await apply(actions[0]);
    // As VS Code does after an action's edit: its command writes the stubs the edit linked.
    const command = actions[0].command;
    assert.ok(command, 'Fix all writes the documentation stub it links');
    assert.deepStrictEqual(await vscode.commands.executeCommand(command.command, ...(command.arguments ?? [])), ['docs/citizen-notice.md']);
    assert.strictEqual(document.getText(), await expectedText('fix-all.yaml.expected'));
    // "X is missing" became "fill in X": one finding per placeholder, at the inserted value; the stub is not written.
    const placeholders = document.getText().match(/"TODO:[^"]*"/g) ?? [];
    assert.ok(placeholders.length > 0);
    const expected = [...placeholders, 'document-incomplete docs/citizen-notice.md'].sort();
    let last: string[] = [];
    try {
      await waitFor(() => {
        const diagnostics = ourDiagnostics(document.uri);
        last = diagnostics
          .map((d) => (ruleId(d) === 'placeholder-value' ? document.getText(d.range) : `${ruleId(d)} ${document.getText(d.range)}`))
          .sort();
        return JSON.stringify(last) === JSON.stringify(expected) ? true : undefined;
      }, 'a placeholder-value finding on each inserted placeholder, document-incomplete on the stub, and nothing else');
    } catch (error) {
      throw new Error(`${(error as Error).message}; last: ${last.join(', ')}`, { cause: error });
    }
    await screenshot('fix-all-quickfix-fixture');
    assert.deepStrictEqual(
      await actionsAt(document, whole, vscode.CodeActionKind.SourceFixAll.value),
      [],
      'applying again changes nothing',
    );
  });
});

describe('quick fixes on an awkward manifest', () => {
  after(closeAllEditors);

  it('Fix all on CRLF, a flow mapping with a trailing comma and a kept block scalar last: valid YAML, every comment and value kept, CRLF kept', async () => {
    await extensionApi();
    const document = await vscode.workspace.openTextDocument(fixtureUri(MANIFEST));
    const original = document.getText();
    const editor = await vscode.window.showTextDocument(document);
    try {
      const awkward = original
        .replace(
          /humanOversight:\n {2}reviewer: (.*)\n {2}canOverride: true\n {2}procedure: .*\n/,
          'humanOversight: {reviewer: $1, canOverride: true,} # flow\n',
        )
        .concat('notes: |+\n  kept\n\n');
      await restore(document, awkward);
      await editor.edit((builder) => builder.setEndOfLine(vscode.EndOfLine.CRLF));
      await diagnosticOf(document, 'transparency-missing');
      const whole = new vscode.Range(0, 0, document.lineCount, 0);
      const [fixAll] = await actionsAt(document, whole, vscode.CodeActionKind.SourceFixAll.value);
      assert.ok(fixAll, 'Fix all is offered');
      await apply(fixAll);
      const text = document.getText();
      const fixed = parseDocument(text);
      assert.deepStrictEqual(fixed.errors, [], text);
      assert.strictEqual(fixed.get('notes'), 'kept\n\n', 'the kept block scalar keeps its blank lines');
      assert.strictEqual(fixed.getIn(['humanOversight', 'reviewer']), 'Indholdsansvarlig');
      for (const comment of original.match(/#.*$/gm) ?? []) assert.ok(text.includes(comment), `kept: ${comment}`);
      assert.ok(text.includes('# flow'));
      assert.doesNotMatch(text, /(^|[^\r])\n/, 'CRLF line breaks only');
      await screenshot('fix-all-awkward-manifest');
    } finally {
      await vscode.workspace.fs.delete(DOCS, { recursive: true, useTrash: false }).then(undefined, () => undefined);
      await editor.edit((builder) => builder.setEndOfLine(vscode.EndOfLine.LF));
      await restore(document, original);
    }
  });
});

describe('quick fixes never hide a gap', () => {
  afterEach(closeAllEditors);

  it('the human-oversight fixes turn human-oversight-missing into placeholder-value diagnostics on the inserted values', async () => {
    await extensionApi();
    const document = await vscode.workspace.openTextDocument(fixtureUri('quickfix/oversight/ai-system.yaml'));
    const original = document.getText();
    await vscode.window.showTextDocument(document);
    try {
      for (const field of ['canOverride', 'procedure']) {
        const diagnostic = await waitFor(
          () =>
            ourDiagnostics(document.uri).find(
              (d) => ruleId(d) === 'human-oversight-missing' && d.message.includes(`humanOversight.${field}`),
            ),
          `human-oversight-missing for ${field}`,
        );
        const fix = (await actionsAt(document, diagnostic.range, vscode.CodeActionKind.QuickFix.value)).find(
          (a) => a.title.includes(`'humanOversight.${field}'`) && a.edit,
        );
        assert.ok(fix, `an insert fix for ${field}`);
        await apply(fix);
      }
      assert.match(document.getText(), /canOverride: "TODO: true \| false"/);
      assert.match(document.getText(), /procedure: "TODO: [^"]+"/, 'a placeholder, not a made-up document path');
      await waitFor(() => {
        const described = ourDiagnostics(document.uri)
          .map((d) => `${ruleId(d)} ${document.getText(d.range)}`)
          .sort();
        return JSON.stringify(described) ===
          JSON.stringify(['placeholder-value "TODO: Oversight procedure"', 'placeholder-value "TODO: true | false"'])
          ? true
          : undefined;
      }, 'placeholder-value on each inserted value, and no human-oversight-missing');
    } finally {
      await restore(document, original);
    }
  });

  it('creating the DPIA stub opens it, reports it unfinished, and editing the document (not the manifest) clears document-incomplete', async () => {
    await extensionApi();
    const docs = fixtureUri('quickfix/dpia/docs');
    const stub = fixtureUri('quickfix/dpia/docs/dpia.md');
    const document = await vscode.workspace.openTextDocument(fixtureUri('quickfix/dpia/ai-system.yaml'));
    const original = document.getText();
    await vscode.window.showTextDocument(document);
    try {
      const diagnostic = await diagnosticOf(document, 'dpia-missing');
      const action = (await actionsAt(document, diagnostic.range)).find(
        (a) => a.kind?.value === CREATE_DOCUMENT_KIND && a.title.includes('docs/dpia.md'),
      );
      assert.ok(action?.command, 'a "create documentation stub" fix for docs/dpia.md');
      assert.strictEqual(await vscode.commands.executeCommand<boolean>(action.command.command, ...(action.command.arguments ?? [])), true);
      assert.match(document.getText(), /document: docs\/dpia\.md/);

      // The stub is open in an editor, and the manifest that calls the DPIA completed reports it as unfinished (an error).
      const editor = await waitFor(
        () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === stub.toString()),
        'the stub in an editor',
      );
      const incomplete = await diagnosticOf(document, 'document-incomplete');
      assert.strictEqual(incomplete.severity, vscode.DiagnosticSeverity.Error);
      assert.match(incomplete.message, /'docs\/dpia\.md' .* line 1 still holds the template marker/);
      assert.match(incomplete.message, /the first question to answer is section 1, Systematic description/);
      const related = incomplete.relatedInformation?.[0];
      assert.strictEqual(related?.location.uri.toString(), stub.toString(), 'linked to the document');
      const stubDocument = editor.document;
      assert.match(stubDocument.lineAt(related.location.range.start.line).text, /^## 1\. /, 'at the first question to answer');

      // Removing the marker alone: the first TODO is now why.
      const marker = new vscode.WorkspaceEdit();
      marker.delete(stub, stubDocument.lineAt(0).rangeIncludingLineBreak);
      assert.ok(await vscode.workspace.applyEdit(marker));
      await waitFor(() => {
        const found = ourDiagnostics(document.uri).find((d) => ruleId(d) === 'document-incomplete');
        return found && /still says 'TODO'/.test(found.message) ? found : undefined;
      }, 'document-incomplete on the first TODO');

      // The written document, saved: the finding goes, without touching the manifest.
      const finished = new vscode.WorkspaceEdit();
      finished.replace(stub, new vscode.Range(0, 0, stubDocument.lineCount, 0), WRITTEN_DPIA);
      assert.ok(await vscode.workspace.applyEdit(finished));
      assert.ok(await stubDocument.save());
      await waitFor(() => (ourDiagnostics(document.uri).length === 0 ? true : undefined), 'no findings left');
    } finally {
      await closeAllEditors();
      await restore(document, original);
      await vscode.workspace.fs.delete(docs, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });
});

describe('a documentation stub fix where a file is already at its path', () => {
  const docs = fixtureUri('quickfix/dpia/docs');
  const dpia = fixtureUri('quickfix/dpia/docs/dpia.md');
  /** A DPIA the user wrote before the fix: the fix must leave every word of it. */
  const written = WRITTEN_DPIA;
  let document: vscode.TextDocument;
  let original: string;
  before(async () => {
    await extensionApi();
    document = await vscode.workspace.openTextDocument(fixtureUri('quickfix/dpia/ai-system.yaml'));
    original = document.getText();
  });
  beforeEach(async () => {
    await vscode.workspace.fs.writeFile(dpia, new TextEncoder().encode(written));
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.window.showTextDocument(document);
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeAllEditors();
    await restore(document, original);
    await vscode.workspace.fs.delete(docs, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('the quick fix is titled "Link the existing docs/dpia.md", links it, leaves the file unchanged and says so (not "Created")', async () => {
    const api = await extensionApi();
    const diagnostic = await diagnosticOf(document, 'dpia-missing');
    const offered = await actionsAt(document, diagnostic.range);
    const action = offered.find((a) => a.kind?.value === CREATE_DOCUMENT_KIND && a.title.includes('docs/dpia.md'));
    assert.ok(action, `a fix for docs/dpia.md among: ${offered.map((a) => a.title).join('; ')}`);
    assert.strictEqual(action.title, "Link the existing docs/dpia.md from 'dataProtection.dpia.document'");
    assert.ok(!offered.some((a) => /^Create/.test(a.title) && a.title.includes('docs/dpia.md')), 'no "Create" for a file that is there');
    assert.ok(action.isPreferred, 'still the preferred fix: the document, not a placeholder');

    // As a user: the light bulb's fix of that kind, applied by VS Code.
    api.acceptInput.fixMessage = undefined;
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.end);
    await vscode.commands.executeCommand('editor.action.codeAction', { kind: CREATE_DOCUMENT_KIND, apply: 'first' });
    const message = await waitFor(() => api.acceptInput.fixMessage, 'the notification');
    assert.strictEqual(
      message,
      'Linked the existing docs/dpia.md from the manifest and left the file unchanged. The manifest counts it only once it is written: the document checks judge it like any linked document.',
    );
    assert.strictEqual(
      document.getText(),
      original.replace('  dpia:\n    status: completed\n', '  dpia:\n    status: completed\n    document: docs/dpia.md\n'),
    );
    assert.strictEqual(await readText(dpia), written, 'the existing DPIA keeps every word');
    // Judged as any linked document: this one is written, so nothing is left.
    await waitForRuleIds(document, []);
    // In view: the link in the manifest, the unchanged DPIA beside it, and the notification.
    const link = document.positionAt(document.getText().indexOf('document: docs/dpia.md'));
    const shown = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    shown.selection = new vscode.Selection(link, link.translate(0, 'document: docs/dpia.md'.length));
    shown.revealRange(shown.selection, vscode.TextEditorRevealType.InCenter);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the notification shows
    await screenshot('stub-fix-links-existing');
  });

  it('the timeline\'s "Fix…" offers "Link the existing docs/dpia.md" and says it linked it unchanged', async () => {
    const api = await extensionApi();
    await diagnosticOf(document, 'dpia-missing');
    api.acceptInput.fixMessage = undefined;
    api.acceptInput.fixChoices = undefined;
    const done = vscode.commands.executeCommand<boolean>(
      'aiSystemManifest.applyFix',
      document.uri,
      ['dataProtection', 'dpia'],
      ['dpia-missing'],
    );
    const choices = await waitFor(() => api.acceptInput.fixChoices, 'the "Fix…" QuickPick');
    assert.strictEqual(choices[0], "Link the existing docs/dpia.md from 'dataProtection.dpia.document'", choices.join('; '));
    assert.ok(!choices.some((choice) => /^Create/.test(choice)), choices.join('; '));
    await screenshot('timeline-fix-links-existing');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.strictEqual(await done, true);
    assert.match(document.getText(), /\n {4}document: docs\/dpia\.md\n/);
    assert.strictEqual(await readText(dpia), written, 'the existing DPIA keeps every word');
    assert.strictEqual(
      api.acceptInput.fixMessage,
      "Linked the existing docs/dpia.md from 'dataProtection.dpia.document', unchanged. The check finds no gap there any more.",
    );
  });
});
