import * as vscode from 'vscode';
import { registerAiSystemsView, type AiSystemsProbe } from './aiSystemsIds';
import type { QuickInputProbe } from './commands';
import { registerDiagnostics } from './diagnostics';
import { registerDocumentLinks } from './documentLinks';
import { registerFormatting } from './formatting';
import { registerDocumentSymbols } from './outline';
import { registerRuleDocumentation } from './ruleDocs';
import { registerSummaryLens } from './summaryLens';
import { ManifestService } from './manifestService';
import { registerLazyFeatures } from './registrations';
import { TierStatusBar, type StatusBarSnapshot } from './statusBar';
import type { TimelinePanelProbe } from './timelinePanel';

/** What the extension exports: read-only views of its UI state, for the integration tests. */
export interface ExtensionApi {
  readonly statusBar: StatusBarSnapshot;
  readonly quickInput: QuickInputProbe;
  readonly timelinePanel: TimelinePanelProbe;
  readonly aiSystems: AiSystemsProbe;
}

/**
 * Activated implicitly by the `ai-system-yaml` language and the contributed commands (no `*`). Every part is
 * registered here and disposed with the extension through `context.subscriptions`. This bundle (dist/extension.js)
 * holds what the first check needs: the diagnostics and the status bar over the core checker. Completion, hover,
 * code actions, the commands and the timeline panel are registered here too, but their implementations load on
 * first use (registrations.ts).
 */
export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const log = vscode.window.createOutputChannel('AI System Manifest', { log: true });
  const service = new ManifestService();
  const statusBar = new TierStatusBar(service);
  const diagnostics = registerDiagnostics(service, context.extensionUri, log);
  const features = registerLazyFeatures(context, service, log);
  const aiSystems = registerAiSystemsView(service, log);
  context.subscriptions.push(log, service, diagnostics, statusBar, features, aiSystems);
  // What the editor asks for as soon as a manifest opens (outline, breadcrumbs, links, the summary lens), and the formatter.
  context.subscriptions.push(registerDocumentSymbols(service), registerDocumentLinks(service), registerSummaryLens(service), registerFormatting(), registerRuleDocumentation(context.extensionUri));
  return {
    get statusBar() {
      return statusBar.snapshot;
    },
    quickInput: features.quickInput,
    timelinePanel: features.timelinePanel,
    aiSystems: aiSystems.probe,
  };
}

export function deactivate(): void {}
