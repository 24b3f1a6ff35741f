import * as vscode from 'vscode';
import { registerCodeActions } from './codeActions';
import { Commands, type QuickInputProbe } from './commands';
import { registerDiagnostics } from './diagnostics';
import { registerLanguageFeatures } from './languageFeatures';
import { ManifestService } from './manifestService';
import { TierStatusBar, type StatusBarSnapshot } from './statusBar';
import { registerTimelinePanel, type TimelinePanelProbe } from './timelinePanel';

/** What the extension exports: read-only views of its UI state, for the integration tests. */
export interface ExtensionApi {
  readonly statusBar: StatusBarSnapshot;
  readonly quickInput: QuickInputProbe;
  readonly timelinePanel: TimelinePanelProbe;
}

/**
 * Activated implicitly by the `ai-system-yaml` language and the contributed commands (no `*`). Every part is
 * registered here and disposed with the extension through `context.subscriptions`.
 */
export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const log = vscode.window.createOutputChannel('AI System Manifest', { log: true });
  const service = new ManifestService();
  const statusBar = new TierStatusBar(service);
  const commands = new Commands(service, log);
  context.subscriptions.push(
    log,
    service,
    registerDiagnostics(service, context.extensionUri, log),
    statusBar,
    commands,
    registerLanguageFeatures(),
    registerCodeActions(service),
  );
  const timelinePanel = registerTimelinePanel(context, service);
  context.subscriptions.push(timelinePanel);
  return {
    get statusBar() {
      return statusBar.snapshot;
    },
    get quickInput() {
      return commands.quickInputProbe;
    },
    timelinePanel: timelinePanel.probe,
  };
}

export function deactivate(): void {}
