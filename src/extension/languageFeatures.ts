import * as vscode from 'vscode';
import { completeAt, type CompletionItem } from '../core/completion';
import { hoverAt } from '../core/hover';
import { toRange } from './diagnostics';
import { LANGUAGE_ID } from './manifestService';
import { currentEdition, currentLang } from './settings';

const SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };
const TRIGGER_CHARACTERS = [':', ' ', '[', ',', '-'];
const KINDS: Record<CompletionItem['kind'], vscode.CompletionItemKind> = {
  property: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  snippet: vscode.CompletionItemKind.Snippet,
};

/** Schema-driven completion and hover for manifests: thin adapters over `core/completion` and `core/hover`. */
export function registerLanguageFeatures(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCompletionItemProvider(
      SELECTOR,
      {
        provideCompletionItems(document, position) {
          return completeAt(document.getText(), document.offsetAt(position), currentLang()).items.map(toCompletionItem);
        },
      },
      ...TRIGGER_CHARACTERS,
    ),
    vscode.languages.registerHoverProvider(SELECTOR, {
      provideHover(document, position) {
        const hover = hoverAt(document.getText(), document.offsetAt(position), currentLang(), currentEdition());
        return hover && new vscode.Hover(new vscode.MarkdownString(hover.contents), toRange(hover.range));
      },
    }),
  );
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
