import * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Editor features are registered here as they are built (issue 3).
}

export function deactivate(): void {}
