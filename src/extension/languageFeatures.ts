import * as vscode from 'vscode';
import { completeAt, type CompletionItem } from '../core/features/completion';
import { hoverAt } from '../core/features/hover';
import { toRange } from './diagnostics';
import { MANIFEST_SELECTOR } from './manifestService';
import { currentEdition, currentLang } from './settings';

/** Characters after which VS Code asks for completion without a keystroke of Ctrl+Space. */
const TRIGGER_CHARACTERS = [':', ' ', '[', ',', '-'];

/** Completion and hover for manifests. */
export function registerLanguageFeatures(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCompletionItemProvider(MANIFEST_SELECTOR, { provideCompletionItems }, ...TRIGGER_CHARACTERS),
    vscode.languages.registerHoverProvider(MANIFEST_SELECTOR, { provideHover }),
  );
}

const KINDS: Record<CompletionItem['kind'], vscode.CompletionItemKind> = {
  property: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  snippet: vscode.CompletionItemKind.Snippet,
};

/** Schema-driven completion for manifests: a thin adapter over `core/features/completion`. */
export function provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
  return completeAt(document.getText(), document.offsetAt(position), currentLang()).items.map(toCompletionItem);
}

/** Hover for manifests: a thin adapter over `core/features/hover`. */
export function provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
  const hover = hoverAt(document.getText(), document.offsetAt(position), currentLang(), currentEdition());
  return hover && new vscode.Hover(new vscode.MarkdownString(hover.contents), toRange(hover.range));
}

function toCompletionItem(item: CompletionItem): vscode.CompletionItem {
  const result = new vscode.CompletionItem(item.label, KINDS[item.kind]);
  result.insertText = item.isSnippet ? new vscode.SnippetString(item.insertText) : item.insertText;
  result.documentation = new vscode.MarkdownString(item.documentation);
  result.detail = item.detail;
  result.range = toRange(item.range);
  result.sortText = item.sortText;
  result.filterText = item.filterText;
  if (item.retrigger) result.command = { command: 'editor.action.triggerSuggest', title: 'Suggest' };
  return result;
}
