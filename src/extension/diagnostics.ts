import { errorDetail, errorMessage } from '../core/errors';
import * as vscode from 'vscode';
import type { CheckResult } from '../core/check';
import type { Finding, Severity, SourceRange } from '../core/types';
import { t } from './l10n';
import { isManifestDocument, type ManifestService } from './manifestService';
import { ruleDocumentationTarget } from './ruleDocs';
import { affectsOurSettings, currentLang } from './settings';
import { linkedUri } from './workspaceFiles';

/** `Diagnostic.source` of every finding. */
export const DIAGNOSTIC_SOURCE = 'ai-system-manifest';
/** `Diagnostic.code` when the checker itself failed (not a rule of the catalogue). */
export const CHECKER_FAILED_CODE = 'checker-failed';
/** Pause after the last keystroke before a changed document is checked. */
export const CHANGE_DEBOUNCE_MS = 200;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

/** The rule id a diagnostic of ours carries in `code` (a string, or `{ value, target }`). */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

export function toRange(range: SourceRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/**
 * Live diagnostics for manifests: checked on open, on change (debounced per document), on save, and for the
 * documents already open at activation; cleared on close. A result for an older version of a document is
 * dropped. A failing check becomes one diagnostic and a log line; nothing is thrown into the extension host.
 */
export function registerDiagnostics(service: ManifestService, extensionUri: vscode.Uri, log: vscode.LogOutputChannel): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const toDiagnostic = (document: vscode.TextDocument, finding: Finding): vscode.Diagnostic => {
    const lang = currentLang();
    const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message[lang], SEVERITY[finding.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    // The rule id links to the rule's documentation, rendered at its section (ruleDocs.ts).
    diagnostic.code = { value: finding.ruleId, target: ruleDocumentationTarget(finding.ruleId) };
    if (finding.related?.length) {
      // A related location in a linked document (document-incomplete: its first unfinished line) links to that file.
      diagnostic.relatedInformation = finding.related.map(
        (related) =>
          new vscode.DiagnosticRelatedInformation(
            new vscode.Location(related.file ? linkedUri(document.uri, related.file) : document.uri, toRange(related.range)),
            related.message[lang],
          ),
      );
    }
    return diagnostic;
  };

  const publish = (document: vscode.TextDocument, version: number, result: CheckResult): void => {
    if (document.isClosed || document.version !== version) return; // a newer version is on its way
    collection.set(
      document.uri,
      result.findings.map((finding) => toDiagnostic(document, finding)),
    );
  };

  const publishFailure = (document: vscode.TextDocument, version: number, error: unknown): void => {
    const detail = errorDetail(error);
    log.error(`Checking ${document.uri.toString(true)} (version ${version}) failed: ${detail}`);
    if (document.isClosed || document.version !== version) return;
    const reason = errorMessage(error);
    const diagnostic = new vscode.Diagnostic(
      new vscode.Range(0, 0, 0, 0),
      t('The AI System Manifest checker failed: {0}. See the output channel "AI System Manifest".', reason),
      vscode.DiagnosticSeverity.Error,
    );
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = CHECKER_FAILED_CODE;
    collection.set(document.uri, [diagnostic]);
  };

  const checkNow = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
    if (document.isClosed || !isManifestDocument(document)) return;
    const version = document.version;
    let pending: Promise<CheckResult>;
    try {
      pending = service.check(document);
    } catch (error) {
      publishFailure(document, version, error);
      return;
    }
    pending.then(
      (result) => publish(document, version, result),
      (error: unknown) => publishFailure(document, version, error),
    );
  };

  const checkLater = (document: vscode.TextDocument): void => {
    if (!isManifestDocument(document)) return;
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => checkNow(document), CHANGE_DEBOUNCE_MS),
    );
  };

  const forget = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
    collection.delete(document.uri);
  };

  /** Everything open again: after settings changed (language, edition) or files beside a manifest came or went. */
  const recheckAll = (): void => {
    service.invalidate(); // whichever listener runs first, no cached result of the old state is shown
    for (const document of vscode.workspace.textDocuments) checkNow(document);
  };
  /** File events come in bursts (a checkout, a folder copy): one re-check after the burst. */
  let fileEventsTimer: ReturnType<typeof setTimeout> | undefined;
  const recheckAllSoon = (): void => {
    clearTimeout(fileEventsTimer);
    fileEventsTimer = setTimeout(recheckAll, CHANGE_DEBOUNCE_MS);
  };

  /** A document that manifests link (a DPIA, a procedure) changed or was saved: check those manifests again. */
  const recheckLinking = (document: vscode.TextDocument, later: boolean): void => {
    for (const manifest of service.manifestsLinking(document.uri)) {
      const linking = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === manifest);
      if (!linking) continue;
      service.invalidate(linking.uri);
      if (later) checkLater(linking);
      else checkNow(linking);
    }
  };

  const subscriptions: vscode.Disposable[] = [
    collection,
    vscode.workspace.onDidOpenTextDocument(checkNow),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0) return;
      if (isManifestDocument(event.document)) checkLater(event.document);
      else recheckLinking(event.document, true);
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (!isManifestDocument(document)) {
        recheckLinking(document, false);
        return;
      }
      service.invalidate(document.uri);
      checkNow(document);
    }),
    vscode.workspace.onDidCloseTextDocument(forget),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsOurSettings(event)) recheckAll();
    }),
    // ManifestService forgets its results when files are created, deleted or renamed: show the new ones.
    vscode.workspace.onDidCreateFiles(recheckAllSoon),
    vscode.workspace.onDidDeleteFiles(recheckAllSoon),
    vscode.workspace.onDidRenameFiles(recheckAllSoon),
  ];
  recheckAll();

  return new vscode.Disposable(() => {
    clearTimeout(fileEventsTimer);
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    for (const subscription of subscriptions) subscription.dispose();
  });
}
