// Live diagnostics in the real editor: the example manifests and fixtures with known problems. The expected
// findings (rule id, severity, 0-based range) are derived from the spec's rule catalogue and the fixtures'
// text, and each is compared with what the CLI (`node dist/cli.js check --format json`) reports for the file.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { cliFindings } from './cliFindings';
import {
  closeAllEditors,
  describeDiagnostics,
  extensionApi,
  fixtureUri,
  ourDiagnostics,
  replaceText,
  restore,
  ruleId,
  SOURCE,
  waitFor,
  waitForDiagnostics,
} from './helpers';

/**
 * The 0-based range of `text` on the first line that contains `lineContains` (below the line that starts with
 * `below`, where given), as `line:col-line:col`.
 */
function rangeOf(document: vscode.TextDocument, lineContains: string, text = lineContains, below?: string): string {
  let from = 0;
  if (below !== undefined) {
    while (from < document.lineCount && !document.lineAt(from).text.startsWith(below)) from++;
  }
  for (let line = from; line < document.lineCount; line++) {
    const content = document.lineAt(line).text;
    if (content.includes(lineContains) && !content.trimStart().startsWith('#')) {
      const start = content.indexOf(text, content.indexOf(lineContains));
      assert.ok(start >= 0, `'${text}' on the line with '${lineContains}'`);
      return `${line}:${start}-${line}:${start + text.length}`;
    }
  }
  throw new Error(`no line with '${lineContains}' in ${document.uri.path}`);
}

interface Case {
  file: string;
  /** The status bar's text once the check is done (so an empty list is not read before the check ran). */
  tier: string;
  /** From the spec: `rule-id severity` and where it points (line fragment, and the text in it). */
  expected: (document: vscode.TextDocument) => string[];
}

const CASES: Case[] = [
  { file: 'journalnotat-assistent/ai-system.yaml', tier: 'Limited risk', expected: () => [] },
  { file: 'borgerchatbot/ai-system.yaml', tier: 'Limited risk', expected: () => [] },
  {
    // README of examples/: tier-mismatch at the declared value; the two missing documentation fields at `documentation`.
    file: 'match-profilering/ai-system.yaml',
    tier: 'High risk',
    expected: (d) => [
      `tier-mismatch warning ${rangeOf(d, 'declaredTier: limited', 'limited')}`,
      `dpia-missing error ${rangeOf(d, 'status: in-progress', 'in-progress')}`,
      // In pilot use while the FRIA is in progress: it is due before first use (Art. 27).
      `fria-missing error ${rangeOf(d, 'status: in-progress', 'in-progress', 'fria:')}`,
      `provider-documentation-missing error ${rangeOf(d, 'documentation:', 'documentation')}`,
      `provider-documentation-missing error ${rangeOf(d, 'documentation:', 'documentation')}`,
      // Art. 26(8), 49(3): the deployer's and the provider's EU database registrations.
      `deployer-obligation-missing error ${rangeOf(d, 'deployment:', 'deployment')}`,
      `deployer-obligation-missing error ${rangeOf(d, 'deployment:', 'deployment')}`,
    ],
  },
  {
    file: 'problems/profiling-derogation/ai-system.yaml',
    tier: 'High risk',
    expected: (d) => [`profiling-overrides-derogation error ${rangeOf(d, '  derogation:', 'derogation')}`],
  },
  {
    file: 'problems/missing-documents/ai-system.yaml',
    tier: 'Minimal risk',
    expected: (d) => [
      `dpia-document-not-found warning ${rangeOf(d, 'procedure: docs/human-oversight.md', 'docs/human-oversight.md')}`,
      // The DPIA is called completed: a document that is not there is an error (spec: "Documents").
      `dpia-document-not-found error ${rangeOf(d, 'document: docs/dpia.md', 'docs/dpia.md')}`,
    ],
  },
  {
    file: 'problems/chatbot-gaps.ai-system.yml',
    tier: 'Limited risk',
    expected: (d) => [
      `legal-basis-out-of-scope warning ${rangeOf(d, 'act: other', 'other')}`,
      `transparency-missing error ${rangeOf(d, 'transparency:', 'transparency')}`,
      `ai-disclosure-missing error ${rangeOf(d, 'transparency:', 'transparency')}`,
      `schema warning ${rangeOf(d, 'citizenNotise:', 'citizenNotise')}`,
    ],
  },
];

describe('diagnostics', () => {
  before(async () => {
    await extensionApi();
  });
  afterEach(closeAllEditors);

  for (const { file, tier, expected } of CASES) {
    it(`${file}: the spec's findings, at their ranges, the same as the CLI's`, async () => {
      const api = await extensionApi();
      const document = await vscode.workspace.openTextDocument(fixtureUri(file));
      await vscode.window.showTextDocument(document);
      assert.strictEqual(document.languageId, 'ai-system-yaml');
      await waitFor(
        () => (api.statusBar.visible && api.statusBar.text.endsWith(tier) ? true : undefined),
        `the status bar to show ${tier}`,
      );
      const want = expected(document);
      const diagnostics = await waitForDiagnostics(document.uri, want);
      assert.deepStrictEqual(await cliFindings(document.uri), describeDiagnostics(diagnostics), 'the CLI reports the same');
      for (const diagnostic of diagnostics) {
        assert.strictEqual(diagnostic.source, SOURCE);
        assert.ok(diagnostic.message.length > 20);
      }
    });
  }

  it('a file that does not parse: one yaml-syntax error, the same as the CLI', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri('problems/syntax-error.ai-system.yaml'));
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitFor(() => {
      const found = ourDiagnostics(document.uri);
      return found.length > 0 ? found : undefined;
    }, 'yaml-syntax');
    assert.ok(diagnostics.every((d) => ruleId(d) === 'yaml-syntax' && d.severity === vscode.DiagnosticSeverity.Error));
    assert.ok(diagnostics[0].range.start.line >= 5, 'at or after the unclosed flow sequence');
    assert.deepStrictEqual(await cliFindings(document.uri), describeDiagnostics(diagnostics));
  });

  it('links each rule id to its documentation, and relates the derogation to the profiling flag', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri('problems/profiling-derogation/ai-system.yaml'));
    await vscode.window.showTextDocument(document);
    const [diagnostic] = await waitForDiagnostics(document.uri, [
      `profiling-overrides-derogation error ${rangeOf(document, '  derogation:', 'derogation')}`,
    ]);
    const code = diagnostic.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.value, 'profiling-overrides-derogation');
    // The link runs the command that renders the rule's section of docs/rules.md (a virtual Markdown document).
    assert.strictEqual(code.target.scheme, 'command');
    assert.strictEqual(code.target.path, 'aiSystemManifest.showRuleDocumentation');
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(code.target.query)), ['profiling-overrides-derogation']);
    await vscode.commands.executeCommand('aiSystemManifest.showRuleDocumentation', 'profiling-overrides-derogation');
    const section = await vscode.workspace.openTextDocument(
      vscode.Uri.from({ scheme: 'ai-system-rule', path: '/profiling-overrides-derogation.md' }),
    );
    assert.match(section.getText(), /^# Rules of the `ai-system.yaml` checker\n\n## profiling-overrides-derogation\n/);
    assert.ok(!section.getText().includes('## tier-mismatch'), 'only that rule');
    assert.strictEqual(diagnostic.relatedInformation?.length, 1);
    const related = diagnostic.relatedInformation[0];
    assert.strictEqual(related.location.uri.toString(), document.uri.toString());
    assert.strictEqual(
      `${related.location.range.start.line}:${related.location.range.start.character}`,
      rangeOf(document, 'profiling: true', 'true').split('-')[0],
    );
    assert.match(related.message, /[Pp]rofiling/);
  });

  it('follows edits (debounced) and drops nothing but stale results', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri('journalnotat-assistent/ai-system.yaml'));
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, []);
    const original = document.getText();
    try {
      // Several quick edits, as typing: only the final state counts.
      await replaceText(document, 'automated: false', 'automated: fals');
      await replaceText(document, 'automated: fals', 'automated: tru');
      await replaceText(document, 'automated: tru', 'automated: true');
      await waitForDiagnostics(document.uri, [`automated-decision error ${rangeOf(document, 'automated: true', 'true')}`]);
      await replaceText(document, 'automated: true', 'automated: false');
      await waitForDiagnostics(document.uri, []);
    } finally {
      await restore(document, original);
    }
  });

  it('re-checks document paths when a missing document is created', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri('problems/missing-documents/ai-system.yaml'));
    await vscode.window.showTextDocument(document);
    const dpiaError = `dpia-document-not-found error ${rangeOf(document, 'document: docs/dpia.md', 'docs/dpia.md')}`;
    const procedureWarning = `dpia-document-not-found warning ${rangeOf(document, 'procedure: docs/human-oversight.md', 'docs/human-oversight.md')}`;
    await waitForDiagnostics(document.uri, [dpiaError, procedureWarning]);
    const created = fixtureUri('problems/missing-documents/docs/dpia.md');
    const edit = new vscode.WorkspaceEdit();
    // A written DPIA: more than 40 words of its own (spec: "Documents").
    const dpia = [
      '# DPIA',
      '',
      'Carried out with the data protection officer on 20 November 2026. The system drafts notes only; a caseworker',
      'reads and corrects every draft before it is saved. The risks are wrong or biased drafts and loss of',
      'confidentiality; the measures are review by the caseworker, EU hosting, encryption and access by role.',
      '',
    ].join('\n');
    edit.createFile(created, { contents: new TextEncoder().encode(dpia) });
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      await waitForDiagnostics(document.uri, [procedureWarning]);
    } finally {
      await vscode.workspace.fs.delete(created);
    }
  });

  it("clears a document's diagnostics when it is closed", async () => {
    // A manifest opened as a user opens it (not through openTextDocument, whose reference VS Code keeps for minutes).
    const uri = fixtureUri('problems/closing.ai-system.yaml');
    const source = await vscode.workspace.fs.readFile(fixtureUri('problems/chatbot-gaps.ai-system.yml'));
    await vscode.workspace.fs.writeFile(uri, source);
    try {
      await vscode.commands.executeCommand('vscode.open', uri);
      await waitFor(() => (ourDiagnostics(uri).length === 4 ? true : undefined), 'four diagnostics');
      await closeAllEditors();
      await waitFor(() => (ourDiagnostics(uri).length === 0 ? true : undefined), 'the diagnostics to be cleared', 30_000);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('speaks Danish when aiSystemManifest.language is da', async () => {
    const config = vscode.workspace.getConfiguration('aiSystemManifest');
    const document = await vscode.workspace.openTextDocument(fixtureUri('problems/chatbot-gaps.ai-system.yml'));
    await vscode.window.showTextDocument(document);
    await waitFor(() => (ourDiagnostics(document.uri).some((d) => ruleId(d) === 'transparency-missing') ? true : undefined), 'diagnostics');
    await config.update('language', 'da', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(
        () =>
          ourDiagnostics(document.uri)
            .find((d) => ruleId(d) === 'transparency-missing')
            ?.message.includes('mangler')
            ? true
            : undefined,
        'the Danish message',
      );
    } finally {
      await config.update('language', 'en', vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(
      () =>
        ourDiagnostics(document.uri)
          .find((d) => ruleId(d) === 'transparency-missing')
          ?.message.includes('is missing')
          ? true
          : undefined,
      'the English message again',
    );
  });

  it('aiSystemManifest.futureDuties: information shows duties not yet in force as information (as check --due-only)', async () => {
    const config = vscode.workspace.getConfiguration('aiSystemManifest');
    const document = await vscode.workspace.openTextDocument(fixtureUri('match-profilering/ai-system.yaml'));
    await vscode.window.showTextDocument(document);
    const future = (severity: vscode.DiagnosticSeverity) => () => {
      const found = ourDiagnostics(document.uri).filter(
        (d) => ruleId(d) === 'provider-documentation-missing' || ruleId(d) === 'deployer-obligation-missing',
      );
      return found.length === 4 && found.every((d) => d.severity === severity) ? found : undefined;
    };
    // The reference date of the test workspace is 24 Nov 2026: these duties apply from 2 Dec 2027.
    await waitFor(future(vscode.DiagnosticSeverity.Error), 'errors by default');
    await config.update('futureDuties', 'information', vscode.ConfigurationTarget.Workspace);
    try {
      const lowered = await waitFor(future(vscode.DiagnosticSeverity.Information), 'information with futureDuties: information');
      assert.ok(
        lowered.every((d) => d.message.includes('2 December 2027')),
        lowered.map((d) => d.message).join('\n'),
      );
      const errors = ourDiagnostics(document.uri)
        .filter((d) => d.severity === vscode.DiagnosticSeverity.Error)
        .map(ruleId);
      assert.deepStrictEqual(
        errors,
        ['dpia-missing'],
        'only the DPIA (GDPR, since 25 May 2018) is an error: the other gaps are in duties from 2 Dec 2027',
      );
    } finally {
      await config.update('futureDuties', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(future(vscode.DiagnosticSeverity.Error), 'errors again');
  });

  it('does not look for documents beside an untitled manifest', async () => {
    const text = (await vscode.workspace.openTextDocument(fixtureUri('problems/missing-documents/ai-system.yaml'))).getText();
    // One known finding, so that the check has certainly run; no dpia-document-not-found for the two paths.
    const document = await vscode.workspace.openTextDocument({
      language: 'ai-system-yaml',
      content: text.replace('act: LAB', 'act: other'),
    });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, [`legal-basis-out-of-scope warning ${rangeOf(document, 'act: other', 'other')}`]);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
