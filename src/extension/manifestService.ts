import * as vscode from 'vscode';
import { checkManifest, type CheckResult } from '../core/check';
import { isManifestFileName } from '../core/manifestFiles';
import { LANGUAGE_ID } from './ids';
import { filesBeside, linkedUri } from './workspaceFiles';
import { affectsOurSettings, currentEditionChoice, futureDutiesAsInformation, referenceDate } from './settings';

/** The documents our providers serve: those in our language (any scheme: files, untitled, virtual workspaces). */
export const MANIFEST_SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };

/** `ai-system.yaml`, `ai-system.yml`, `*.ai-system.yaml`, `*.ai-system.yml`, or any document in our language. */
export function isManifestDocument(document: vscode.TextDocument): boolean {
  if (document.languageId === LANGUAGE_ID) return true;
  const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
  return isManifestFileName(name);
}

export interface CheckedManifest {
  document: vscode.TextDocument;
  version: number;
  result: CheckResult;
}

/**
 * Checks manifests once per document version and tells listeners (diagnostics, status bar, panel).
 * Document paths are resolved with workspace.fs beside the manifest, so virtual workspaces work.
 */
export class ManifestService implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; result: Promise<CheckResult> }>();
  /** For each manifest checked: the URIs (as strings) of the local documents it links. */
  private readonly links = new Map<string, Set<string>>();
  private readonly emitter = new vscode.EventEmitter<CheckedManifest>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Fires after every completed check of a manifest. */
  readonly onDidCheck = this.emitter.event;

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.cache.delete(document.uri.toString());
        this.links.delete(document.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsOurSettings(event)) this.cache.clear();
      }),
      // A document created or deleted beside a manifest can change `dpia-document-not-found`.
      vscode.workspace.onDidCreateFiles(() => this.cache.clear()),
      vscode.workspace.onDidDeleteFiles(() => this.cache.clear()),
      vscode.workspace.onDidRenameFiles(() => this.cache.clear()),
    );
  }

  /** The check of this version of the document (computed once). */
  check(document: vscode.TextDocument): Promise<CheckResult> {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached.result;
    const result = this.run(document);
    this.cache.set(key, { version: document.version, result });
    return result;
  }

  /** The manifests (URIs as strings) whose last check read the document at `uri` among their linked documents. */
  manifestsLinking(uri: vscode.Uri): string[] {
    const key = uri.toString();
    return [...this.links].filter(([, linked]) => linked.has(key)).map(([manifest]) => manifest);
  }

  /** Forget cached results, e.g. after files were written. */
  invalidate(uri?: vscode.Uri): void {
    if (uri) this.cache.delete(uri.toString());
    else this.cache.clear();
  }

  private async run(document: vscode.TextDocument): Promise<CheckResult> {
    const version = document.version;
    // An untitled document has no folder: its document paths cannot be checked.
    const files = document.isUntitled ? undefined : filesBeside(document.uri);
    // The reference date: the auto edition, the duties in force (futureDuties) and acceptedFindings' expires.
    const result = await checkManifest(document.getText(), {
      edition: currentEditionChoice(),
      referenceDate: referenceDate(),
      dueOnly: futureDutiesAsInformation(),
      ...files,
    });
    if (files) {
      this.links.set(
        document.uri.toString(),
        new Set(
          result.documents.filter((linked) => linked.form === 'local').map((linked) => linkedUri(document.uri, linked.target).toString()),
        ),
      );
    }
    this.emitter.fire({ document, version, result });
    return result;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.cache.clear();
  }
}
