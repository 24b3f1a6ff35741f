import * as vscode from 'vscode';

// The ids the features register and use across modules (a command one feature registers and another runs).

export const NEW_MANIFEST_COMMAND = 'aiSystemManifest.newManifest';
/** Not in the Command Palette: the "Record" button of the assessment, and the integration tests. */
export const RECORD_TIER_COMMAND = 'aiSystemManifest.recordDeclaredTier';

export const APPLY_FIX_COMMAND = 'aiSystemManifest.applyFix';
/** Internal (not in the palette): creates a documentation stub and links it; the code action of that fix runs it. */
export const CREATE_DOCUMENT_COMMAND = 'aiSystemManifest.createDocumentStub';

/** The kind of the "fix all" source action (also runs on save under `editor.codeActionsOnSave: source.fixAll`). */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('aiSystemManifest');

/**
 * The kind of a "Create documentation stub" quick fix: a quick fix (shown in the light bulb with the others) that
 * also writes a file, so a keybinding or `editor.action.codeAction` can ask for it by kind.
 */
export const CREATE_DOCUMENT_KIND = vscode.CodeActionKind.QuickFix.append('createDocument');

/** What a code action request asks of us: quick fixes for its diagnostics, "fix all", or both. */
export function codeActionsWanted(context: vscode.CodeActionContext): { quickFixes: boolean; fixAll: boolean } {
  return {
    // `only` may be a quick fix's sub-kind (`quickfix.createDocument`): then only the fixes of that kind.
    quickFixes: !context.only || context.only.intersects(vscode.CodeActionKind.QuickFix),
    // "Fix all" only when asked for (Source Action menu, on save) or invoked, not on every automatic light-bulb request.
    fixAll: context.only ? context.only.contains(FIX_ALL_KIND) : context.triggerKind === vscode.CodeActionTriggerKind.Invoke,
  };
}

export const TIMELINE_VIEW_TYPE = 'aiSystemManifest.timeline';
export const SHOW_TIMELINE_COMMAND = 'aiSystemManifest.showTimeline';

/** Read-only virtual Markdown documents: a manifest's assessment (live) or a wizard's result (fixed). */
export const ASSESSMENT_SCHEME = 'ai-system-assessment';

/** Internal: the link of a missing document path runs it (manifest URI string, field path, path as written). */
export const CREATE_LINKED_DOCUMENT_COMMAND = 'aiSystemManifest.createLinkedDocument';
/** `aiSystemManifest.codeLens.enabled`: the summary lens at the top of a manifest. */
export const CODE_LENS_SETTING = 'codeLens.enabled';
