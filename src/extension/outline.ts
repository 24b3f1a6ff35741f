import * as vscode from 'vscode';
import { documentSymbols, type ManifestSymbol, type ManifestSymbolKind } from '../core/features/symbols';
import { toRange } from './diagnostics';
import { LANGUAGE_ID } from './ids';
import type { ManifestService } from './manifestService';
import { currentLang } from './settings';

const KINDS: Record<ManifestSymbolKind, vscode.SymbolKind> = {
  section: vscode.SymbolKind.Module,
  mapping: vscode.SymbolKind.Object,
  list: vscode.SymbolKind.Array,
  string: vscode.SymbolKind.String,
  number: vscode.SymbolKind.Number,
  boolean: vscode.SymbolKind.Boolean,
  null: vscode.SymbolKind.Null,
  alias: vscode.SymbolKind.Constant,
};

/**
 * Document symbols of manifests (Outline, breadcrumbs, Go to Symbol): a thin adapter over `core/features/symbols`,
 * with the details from the check the diagnostics already ran for this version (no second check).
 */
export function registerDocumentSymbols(service: ManifestService): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(
    { language: LANGUAGE_ID },
    {
      async provideDocumentSymbols(document) {
        const result = await service.check(document);
        return documentSymbols(result.parsed, { lang: currentLang(), findings: result.findings, tier: result.tier?.tier }).map(
          toDocumentSymbol,
        );
      },
    },
    { label: 'AI System Manifest' },
  );
}

function toDocumentSymbol(symbol: ManifestSymbol): vscode.DocumentSymbol {
  const result = new vscode.DocumentSymbol(
    symbol.name,
    symbol.detail,
    KINDS[symbol.kind],
    toRange(symbol.range),
    toRange(symbol.selectionRange),
  );
  result.children = symbol.children.map(toDocumentSymbol);
  return result;
}
