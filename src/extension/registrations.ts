import * as vscode from 'vscode';
import { registerAiSystemsView, type AiSystemsProbe } from './aiSystemsRegistration';
import { registerCodeActions, type AcceptInputProbe } from './codeActions';
import type { AssessmentPanelsProbe } from './assessmentPanel';
import { registerCommands, type QuickInputProbe } from './commands';
import { registerDocumentLinks } from './documentLinks';
import { registerFormatting } from './formatting';
import { registerLanguageFeatures } from './languageFeatures';
import type { ManifestService } from './manifestService';
import { registerDocumentSymbols } from './outline';
import { registerRuleDocumentation } from './ruleDocs';
import { registerSummaryLens } from './summaryLens';
import { registerTimelinePanel, type TimelinePanelProbe } from './timelinePanel';

/** What the features expose to the integration tests (read through the extension's exports). */
export interface FeatureProbes {
  /** The wizard's QuickPick (the same object from activation on). */
  readonly quickInput: QuickInputProbe;
  readonly timelinePanel: TimelinePanelProbe;
  /** The panels of "Assess risk tier". */
  readonly assessmentPanels: AssessmentPanelsProbe;
  readonly aiSystems: AiSystemsProbe;
  /** The input boxes of "Accept the finding …". */
  readonly acceptInput: AcceptInputProbe;
}

/**
 * The features beyond the live check (diagnostics and status bar, registered by extension.ts): one
 * `registerX(…): vscode.Disposable` per feature, as VS Code's markdown-language-features does, each in the feature's
 * module. Every registration is added to `context.subscriptions`, so all are disposed together with the extension.
 * A new feature: write its `registerX` beside its implementation and add it to the list below.
 */
export function registerFeatures(context: vscode.ExtensionContext, service: ManifestService, log: vscode.LogOutputChannel): FeatureProbes {
  const quickInput: QuickInputProbe = { active: [], selected: [] };
  const acceptInput: AcceptInputProbe = {};
  const timelinePanel = registerTimelinePanel(context.extensionUri, service);
  const aiSystems = registerAiSystemsView(service, log, context.extensionUri);
  const commands = registerCommands(context.extensionUri, service, log, quickInput);
  context.subscriptions.push(
    registerLanguageFeatures(),
    registerCodeActions(service, acceptInput),
    commands,
    timelinePanel,
    aiSystems,
    // What the editor asks for as soon as a manifest opens (outline, breadcrumbs, links, the summary lens), and the formatter.
    registerDocumentSymbols(service),
    registerDocumentLinks(service),
    registerSummaryLens(service),
    registerFormatting(),
    registerRuleDocumentation(context.extensionUri),
  );
  return {
    quickInput,
    timelinePanel: timelinePanel.probe,
    assessmentPanels: commands.assessmentPanels,
    aiSystems: aiSystems.probe,
    acceptInput,
  };
}
