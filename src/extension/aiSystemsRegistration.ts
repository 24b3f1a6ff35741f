import * as vscode from 'vscode';
import type { Tier } from '../core/types';
import type * as AiSystemsViewModule from './aiSystemsView';
import type { AiSystemNode, AiSystemsModel } from './aiSystemsView';
import type * as CitizensPreviewModule from './citizensPreview';
import type { CitizensPreview, CitizensPreviewProbe } from './citizensPreview';
import {
  AI_SYSTEMS_VIEW,
  ASSESS_COMMAND,
  ASSESS_SYSTEM_COMMAND,
  EXPORT_REGISTER_COMMAND,
  HAS_MANIFESTS_CONTEXT,
  MANIFEST_GLOB,
  MANIFEST_SEARCH_EXCLUDE,
  OPEN_SYSTEM_COMMAND,
  PREVIEW_CITIZENS_PAGE_COMMAND,
  REFRESH_SYSTEMS_COMMAND,
  SHOW_TIMELINE_COMMAND,
  TIMELINE_SYSTEM_COMMAND,
} from './ids';
import type { ManifestService } from './manifestService';

// The AI systems view (package.json `viewsContainers.activitybar` "aiSystemManifest", `views.aiSystemManifest`). This module registers the
// view and its commands; the view's model (src/extension/aiSystemsView.ts, in the same bundle since the plain build) is required when
// the view first asks for its items or a command runs.

export interface AiSystemsSnapshot {
  /** The first population has finished. */
  loaded: boolean;
  /** Single-entry updates since activation (file events, editor checks). */
  updates: number;
  systems: { file: string; name: string; tier: Tier | null; status: string | null; /** The tier icon (media/tiers/). */ icon: string }[];
}

export interface AiSystemsProbe {
  /** Undefined until the view's model is loaded. */
  readonly snapshot: AiSystemsSnapshot | undefined;
  /** "Preview citizens' page"; undefined until first run. */
  readonly citizensPreview: CitizensPreviewProbe | undefined;
}

export interface AiSystemsRegistration extends vscode.Disposable {
  readonly probe: AiSystemsProbe;
}

export function registerAiSystemsView(
  service: ManifestService,
  log: vscode.LogOutputChannel,
  extensionUri: vscode.Uri,
): AiSystemsRegistration {
  let module: typeof AiSystemsViewModule | undefined;
  let model: AiSystemsModel | undefined;
  const load = (): AiSystemsModel => {
    module ??= require('./aiSystemsView') as typeof AiSystemsViewModule;
    return (model ??= new module.AiSystemsModel(service, log, extensionUri));
  };
  const changed = new vscode.EventEmitter<AiSystemNode | undefined>();
  let forwarding: vscode.Disposable | undefined;
  const provider: vscode.TreeDataProvider<AiSystemNode> = {
    onDidChangeTreeData: changed.event,
    getChildren: (node) => {
      const m = load();
      forwarding ??= m.onDidChangeTreeData((n) => changed.fire(n));
      return m.getChildren(node);
    },
    getTreeItem: (node) => load().getTreeItem(node),
  };
  const uriOf = (arg: unknown): vscode.Uri | undefined =>
    arg instanceof vscode.Uri ? arg : arg && typeof arg === 'object' && 'key' in arg ? model?.uriOf(arg as AiSystemNode) : undefined;
  const view = vscode.window.createTreeView(AI_SYSTEMS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  let preview: CitizensPreview | undefined;
  // Whether the workspace has a manifest (one search, stopped at the first), for the menus of "Preview citizens' page".
  const updateHasManifests = (): void => {
    void vscode.workspace.findFiles(MANIFEST_GLOB, MANIFEST_SEARCH_EXCLUDE, 1).then(
      (uris) => vscode.commands.executeCommand('setContext', HAS_MANIFESTS_CONTEXT, uris.length > 0),
      () => undefined,
    );
  };
  const manifestWatcher = vscode.workspace.createFileSystemWatcher(MANIFEST_GLOB, false, true, false);
  updateHasManifests();
  const disposables: vscode.Disposable[] = [
    view,
    changed,
    manifestWatcher,
    manifestWatcher.onDidCreate(updateHasManifests),
    manifestWatcher.onDidDelete(updateHasManifests),
    vscode.workspace.onDidChangeWorkspaceFolders(updateHasManifests),
    vscode.commands.registerCommand(PREVIEW_CITIZENS_PAGE_COMMAND, () => {
      const previewModule = require('./citizensPreview') as typeof CitizensPreviewModule;
      (preview ??= new previewModule.CitizensPreview(load())).show();
    }),
    vscode.commands.registerCommand(EXPORT_REGISTER_COMMAND, (format?: unknown, target?: unknown) => {
      load();
      return module!.exportRegister(model!, format, target);
    }),
    vscode.commands.registerCommand(OPEN_SYSTEM_COMMAND, (arg: unknown) => {
      const uri = uriOf(arg);
      return uri && vscode.commands.executeCommand('vscode.open', uri);
    }),
    vscode.commands.registerCommand(ASSESS_SYSTEM_COMMAND, (arg: unknown) => {
      const uri = uriOf(arg);
      return uri && vscode.commands.executeCommand(ASSESS_COMMAND, uri);
    }),
    vscode.commands.registerCommand(TIMELINE_SYSTEM_COMMAND, async (arg: unknown) => {
      const uri = uriOf(arg);
      if (!uri) return;
      await vscode.window.showTextDocument(uri, { preview: true, preserveFocus: false });
      await vscode.commands.executeCommand(SHOW_TIMELINE_COMMAND);
    }),
    vscode.commands.registerCommand(REFRESH_SYSTEMS_COMMAND, () => {
      load().reload();
      return model!.populate();
    }),
  ];
  return {
    probe: {
      get snapshot() {
        return model?.snapshot;
      },
      get citizensPreview() {
        return preview?.probe;
      },
    },
    dispose() {
      preview?.dispose();
      forwarding?.dispose();
      model?.dispose();
      for (const disposable of disposables) disposable.dispose();
    },
  };
}
