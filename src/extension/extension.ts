import * as vscode from 'vscode';
import type { AiSystemsProbe } from './aiSystemsRegistration';
import type { AssessmentPanelsProbe } from './assessmentPanel';
import type { AcceptInputProbe } from './codeActions';
import type { QuickInputProbe } from './commands';
import { registerDiagnostics } from './diagnostics';
import { ManifestService } from './manifestService';
import { registerFeatures } from './registrations';
import { registerStatusBar, type StatusBarSnapshot } from './statusBar';
import type { TimelinePanelProbe } from './timelinePanel';

/** What the extension exports: read-only views of its UI state, for the integration tests. */
export interface ExtensionApi {
  readonly statusBar: StatusBarSnapshot;
  readonly quickInput: QuickInputProbe;
  readonly timelinePanel: TimelinePanelProbe;
  readonly assessmentPanels: AssessmentPanelsProbe;
  readonly aiSystems: AiSystemsProbe;
  readonly acceptInput: AcceptInputProbe;
}

/**
 * Activated implicitly by the `ai-system-yaml` language and the contributed commands (no `*`). The same entry
 * runs in VS Code's Node extension host (dist/extension.js, package.json `main`) and in the browser's web-worker
 * extension host (dist/web/extension.js, `browser`): file access goes through `vscode.workspace.fs` (workspaceFiles.ts).
 * Every feature is registered here, one `registerX(…): vscode.Disposable` each (registrations.ts), and disposed
 * with the extension through `context.subscriptions`.
 */
export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const log = vscode.window.createOutputChannel('AI System Manifest', { log: true });
  const service = new ManifestService();
  const statusBar = registerStatusBar(service);
  context.subscriptions.push(log, service, registerDiagnostics(service, context.extensionUri, log), statusBar);
  const features = registerFeatures(context, service, log);
  return {
    get statusBar() {
      return statusBar.snapshot;
    },
    quickInput: features.quickInput,
    timelinePanel: features.timelinePanel,
    assessmentPanels: features.assessmentPanels,
    aiSystems: features.aiSystems,
    acceptInput: features.acceptInput,
  };
}

export function deactivate(): void {}
