import { errorMessage } from '../core/errors';
import * as vscode from 'vscode';
import { assess, type Assessment } from '../core/assessment/assess';
import { assessmentMarkdown } from '../core/views/assessmentMarkdown';
import { valueAt } from '../core/yaml/fields';
import { ASSESSMENT_SCHEME } from './ids';
import { t } from './l10n';
import type { ManifestService } from './manifestService';
import { affectsOurSettings, currentEdition, currentLang, referenceDate } from './settings';

// The content provider of ASSESSMENT_SCHEME is registered by registerCommands (commands.ts), which passes its
// change emitter here.

/** Tier, reasons and obligations for the document on the reference date. */
export async function assessDocument(service: ManifestService, document: vscode.TextDocument): Promise<Assessment> {
  return assess(await service.check(document), referenceDate(), currentEdition());
}

/**
 * The "Assess risk tier" view. A manifest's assessment is computed whenever VS Code asks for the content, and
 * refreshed while the manifest changes, so the preview follows the editor. Shown with the Markdown preview, or as
 * a Markdown text document where the preview is not available.
 */
export class AssessmentView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  /** Fixed contents (wizard results), by URI. */
  private readonly fixed = new Map<string, string>();
  private nextResult = 1;
  private readonly disposables: vscode.Disposable[];

  /** `emitter`: the `onDidChange` of the content provider registered at activation. */
  constructor(
    private readonly service: ManifestService,
    private readonly emitter: vscode.EventEmitter<vscode.Uri>,
  ) {
    this.disposables = [
      service.onDidCheck(({ document }) => this.refresh(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsOurSettings(event)) this.refresh();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.scheme === ASSESSMENT_SCHEME) this.fixed.delete(document.uri.toString());
      }),
    ];
  }

  /** The view's URI for a manifest: stable, so running the command again reuses the open preview. */
  uriFor(manifest: vscode.Uri): vscode.Uri {
    const parts = manifest.path.split('/');
    const file = parts.pop() || 'ai-system.yaml';
    const folder = parts.pop() || 'manifest';
    return vscode.Uri.from({ scheme: ASSESSMENT_SCHEME, path: `/${folder}/${file} (risk tier).md`, query: manifest.toString() });
  }

  /** A new document with fixed Markdown, e.g. the wizard's result. */
  uriForResult(markdown: string, name: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: ASSESSMENT_SCHEME, path: `/${this.nextResult++}/${name}.md` });
    this.fixed.set(uri.toString(), markdown);
    return uri;
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const fixed = this.fixed.get(uri.toString());
    if (fixed !== undefined) return fixed;
    if (!uri.query) return t('This assessment is no longer available. Run "Assess risk tier" again.');
    const manifestUri = vscode.Uri.parse(uri.query, true);
    try {
      const document =
        vscode.workspace.textDocuments.find((d) => d.uri.toString() === manifestUri.toString()) ??
        (await vscode.workspace.openTextDocument(manifestUri));
      const [result, assessment] = await Promise.all([this.service.check(document), assessDocument(this.service, document)]);
      const data = result.parsed.data;
      const name = valueAt(data, ['system', 'name']);
      const declared = valueAt(data, ['riskClassification', 'declaredTier']);
      return assessmentMarkdown(assessment, {
        lang: currentLang(),
        subject: typeof name === 'string' && name.trim() ? name : manifestUri.path.split('/').pop() || manifestUri.toString(),
        declaredTier: typeof declared === 'string' ? declared : undefined,
      });
    } catch (error) {
      return t('The assessment of {0} failed: {1}', manifestUri.toString(true), errorMessage(error));
    }
  }

  /** Shows a view's document: in the Markdown preview (beside the editor when `beside`), else as text. */
  async show(uri: vscode.Uri, beside: boolean): Promise<void> {
    try {
      await vscode.commands.executeCommand(beside ? 'markdown.showPreviewToSide' : 'markdown.showPreview', uri);
      return;
    } catch {
      // No Markdown preview (e.g. the built-in Markdown extension is disabled): show the Markdown source.
    }
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: true, viewColumn: beside ? vscode.ViewColumn.Beside : undefined });
  }

  /** Tells VS Code to ask again for the views of a manifest (or of all manifests) that are open. */
  private refresh(manifest?: vscode.Uri): void {
    for (const document of vscode.workspace.textDocuments) {
      const uri = document.uri;
      if (uri.scheme !== ASSESSMENT_SCHEME || !uri.query) continue;
      if (!manifest || uri.query === manifest.toString()) this.emitter.fire(uri);
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.fixed.clear();
  }
}
