import * as vscode from 'vscode';
import { ruleSection } from '../core/features/ruleDocs';
import { SHOW_RULE_DOCUMENTATION_COMMAND } from './ids';

/** Read-only virtual Markdown documents, one per rule: `ai-system-rule:/<rule-id>.md`. */
export const RULE_DOCUMENTATION_SCHEME = 'ai-system-rule';

/** A diagnostic's `code.target`: runs the command that shows the rule's documentation (VS Code opens it with commands allowed). */
export function ruleDocumentationTarget(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(`command:${SHOW_RULE_DOCUMENTATION_COMMAND}?${encodeURIComponent(JSON.stringify([ruleId]))}`);
}

export function ruleDocumentationUri(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: RULE_DOCUMENTATION_SCHEME, path: `/${ruleId}.md` });
}

/**
 * The rule link of a diagnostic: the rule's section of the shipped docs/rules.md, rendered in the Markdown preview
 * (a virtual document holding only that section). Without the Markdown preview, docs/rules.md opens at the section.
 */
export function registerRuleDocumentation(extensionUri: vscode.Uri): vscode.Disposable {
  const rulesDoc = vscode.Uri.joinPath(extensionUri, 'docs', 'rules.md');
  const read = async (): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(rulesDoc));
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(RULE_DOCUMENTATION_SCHEME, {
      async provideTextDocumentContent(uri) {
        const ruleId = uri.path.replace(/^\//, '').replace(/\.md$/, '');
        return ruleSection(await read(), ruleId) ?? `# ${ruleId}\n\nNo documentation for this rule.\n`;
      },
    }),
    vscode.commands.registerCommand(SHOW_RULE_DOCUMENTATION_COMMAND, async (ruleId: string) => {
      try {
        await vscode.commands.executeCommand('markdown.showPreview', ruleDocumentationUri(ruleId));
      } catch {
        const document = await vscode.workspace.openTextDocument(rulesDoc);
        const line = document
          .getText()
          .split('\n')
          .findIndex((text) => text === `## ${ruleId}`);
        await vscode.window.showTextDocument(document, { selection: new vscode.Range(Math.max(line, 0), 0, Math.max(line, 0), 0) });
      }
    }),
  );
}
