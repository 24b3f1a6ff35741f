import * as vscode from 'vscode';
import type { ManifestPath, Tier } from '../core/types';
import type * as CodeActionsModule from './codeActions';
import type * as CommandsModule from './commands';
import type { QuickInputProbe } from './commands';
import { ruleIdOf } from './diagnostics';
import {
  APPLY_FIX_COMMAND,
  ASSESSMENT_SCHEME,
  codeActionsWanted,
  CREATE_DOCUMENT_COMMAND,
  CREATE_DOCUMENT_KIND,
  FIX_ALL_KIND,
  NEW_MANIFEST_COMMAND,
  RECORD_TIER_COMMAND,
  SHOW_TIMELINE_COMMAND,
  TIMELINE_VIEW_TYPE,
} from './ids';
import type * as LanguageFeaturesModule from './languageFeatures';
import { isManifestDocument, LANGUAGE_ID, type ManifestService } from './manifestService';
import { ASSESS_COMMAND } from './statusBar';
import type * as TimelinePanelModule from './timelinePanel';
import type { TimelinePanelProbe } from './timelinePanel';

/**
 * What activation registers for the features the first check does not need: completion and hover, code actions and
 * the fix commands, the commands (assess, wizard, new manifest, record declaredTier) with the assessment view's
 * content provider, and the timeline panel's command and serializer. Each is registered here, at once, and its
 * implementation module is required on its first use.
 *
 * The `require('./…')` calls below are what keeps them out of the activation bundle: esbuild.mjs bundles each
 * implementation module into its own file (languageFeatures → dist/language.js, codeActions → dist/fixes.js,
 * commands and timelinePanel → dist/commands.js) and turns these calls into requires of that file. Import them here
 * only as types: a value import fails the build, and a require() run at activation would load the bundle then
 * (test/unit/bundle-layout.test.ts and test/integration/activation-bundles.test.ts fail).
 */
export interface LazyFeatures extends vscode.Disposable {
  /** The wizard's QuickPick, for the integration tests (the same object before and after the commands load). */
  readonly quickInput: QuickInputProbe;
  readonly timelinePanel: TimelinePanelProbe;
}

const SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };
const TRIGGER_CHARACTERS = [':', ' ', '[', ',', '-'];

export function registerLazyFeatures(context: vscode.ExtensionContext, service: ManifestService, log: vscode.LogOutputChannel): LazyFeatures {
  /** Requires an implementation module once; a failure is logged (and thrown to the caller, which VS Code reports). */
  const onFirstUse = <T>(name: string, load: () => T): (() => T) => {
    let loaded: T | undefined;
    return () => {
      if (loaded === undefined) {
        try {
          loaded = load();
        } catch (error) {
          log.error(`Loading ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          throw error;
        }
      }
      return loaded;
    };
  };
  const languageFeatures = onFirstUse('completion and hover', () => require('./languageFeatures') as typeof LanguageFeaturesModule);
  const codeActions = onFirstUse('the quick fixes', () => require('./codeActions') as typeof CodeActionsModule);
  const commandsModule = onFirstUse('the commands', () => require('./commands') as typeof CommandsModule);
  const timelineModule = onFirstUse('the timeline panel', () => require('./timelinePanel') as typeof TimelinePanelModule);

  const toUri = (uri: vscode.Uri | string): vscode.Uri => (typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  let codeActionProvider: CodeActionsModule.ManifestCodeActions | undefined;

  const viewChanges = new vscode.EventEmitter<vscode.Uri>();
  const quickInput: QuickInputProbe = { active: [], selected: [] };
  let commandsInstance: CommandsModule.Commands | undefined;
  const commands = (): CommandsModule.Commands => (commandsInstance ??= new (commandsModule().Commands)(service, log, viewChanges, quickInput));

  // Until the panel's manager exists, the manifest editor last active (the panel shows it when opened from elsewhere).
  let lastManifest: vscode.TextDocument | undefined;
  let timeline: TimelinePanelModule.TimelinePanelManager | undefined;
  const timelinePanel = (): TimelinePanelModule.TimelinePanelManager =>
    (timeline ??= new (timelineModule().TimelinePanelManager)(context.extensionUri, service, lastManifest));

  const disposables: vscode.Disposable[] = [
    vscode.languages.registerCompletionItemProvider(
      SELECTOR,
      { provideCompletionItems: (document, position) => languageFeatures().provideCompletionItems(document, position) },
      ...TRIGGER_CHARACTERS,
    ),
    vscode.languages.registerHoverProvider(SELECTOR, { provideHover: (document, position) => languageFeatures().provideHover(document, position) }),

    vscode.languages.registerCodeActionsProvider(
      SELECTOR,
      {
        provideCodeActions(document, range, context) {
          // No diagnostic of ours and no "fix all" asked for (most light-bulb requests): nothing to load.
          const wanted = codeActionsWanted(context);
          if (!wanted.fixAll && !(wanted.quickFixes && context.diagnostics.some((diagnostic) => ruleIdOf(diagnostic) !== undefined))) return [];
          codeActionProvider ??= new (codeActions().ManifestCodeActions)(service);
          return codeActionProvider.provideCodeActions(document, range, context);
        },
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, CREATE_DOCUMENT_KIND, FIX_ALL_KIND] },
    ),
    // The timeline panel passes the manifest's URI, or its string form when it comes through a webview message.
    vscode.commands.registerCommand(APPLY_FIX_COMMAND, (uri: vscode.Uri | string, path: ManifestPath, ruleIds: string[]) =>
      codeActions().applyFirstFix(service, toUri(uri), path, ruleIds),
    ),
    vscode.commands.registerCommand(CREATE_DOCUMENT_COMMAND, (uri: vscode.Uri | string, path: ManifestPath, ruleId: string, relativePath: string) =>
      codeActions().applyDocumentFix(service, toUri(uri), path, ruleId, relativePath),
    ),

    vscode.commands.registerCommand(ASSESS_COMMAND, (arg?: unknown) => commands().assessRiskTier(arg)),
    vscode.commands.registerCommand(NEW_MANIFEST_COMMAND, (arg?: unknown) => commands().newManifestCommand(arg)),
    vscode.commands.registerCommand(RECORD_TIER_COMMAND, (uri: vscode.Uri, tier: Tier) => commands().recordDeclaredTierCommand(uri, tier)),
    viewChanges,
    vscode.workspace.registerTextDocumentContentProvider(ASSESSMENT_SCHEME, {
      onDidChange: viewChanges.event,
      provideTextDocumentContent: (uri) => commands().view.provideTextDocumentContent(uri),
    }),

    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (!timeline && editor && isManifestDocument(editor.document)) lastManifest = editor.document;
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document === lastManifest) lastManifest = undefined;
    }),
    vscode.commands.registerCommand(SHOW_TIMELINE_COMMAND, () => timelinePanel().show()),
    vscode.window.registerWebviewPanelSerializer(TIMELINE_VIEW_TYPE, {
      deserializeWebviewPanel: (panel) => timelinePanel().revive(panel),
    }),
  ];

  return {
    quickInput,
    timelinePanel: {
      get open() {
        return timeline?.probe.open ?? false;
      },
      get panels() {
        return timeline?.probe.panels ?? 0;
      },
      get shown() {
        return timeline?.probe.shown;
      },
      get html() {
        return timeline?.probe.html ?? '';
      },
      receive: (message: unknown) => timelinePanel().probe.receive(message),
    },
    dispose() {
      timeline?.dispose();
      commandsInstance?.dispose();
      for (const disposable of disposables) disposable.dispose();
      lastManifest = undefined;
    },
  };
}
