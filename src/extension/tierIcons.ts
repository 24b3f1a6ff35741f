import * as vscode from 'vscode';
import type { Tier } from '../core/types';

// The risk tier's icons: a family of their own (a shield, fuller the higher the tier; crossed out when prohibited;
// a question mark when not determined), never the severity icons (error, warning, check) of the findings, so that a
// tier is not read as a verdict on the manifest.

/** The status bar (codicons only): a shield for a tier, a shield with a question mark when none is determined. */
export const TIER_CODICON = '$(shield)';
export const NO_TIER_CODICON = '$(workspace-unknown)';

/** The file name (without theme and extension) of a tier's icon in media/tiers/. */
export function tierIconName(tier: Tier | null | undefined): string {
  return tier ?? 'none';
}

/** A tier's icon in media/tiers/, for tree items and other places that take a light and a dark image. */
export function tierIconPath(extensionUri: vscode.Uri, tier: Tier | null | undefined): { light: vscode.Uri; dark: vscode.Uri } {
  const name = tierIconName(tier);
  const folder = vscode.Uri.joinPath(extensionUri, 'media', 'tiers');
  return { light: vscode.Uri.joinPath(folder, `${name}-light.svg`), dark: vscode.Uri.joinPath(folder, `${name}-dark.svg`) };
}
