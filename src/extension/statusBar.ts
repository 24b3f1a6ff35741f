import * as vscode from 'vscode';
import { fillInText, TIER_NAMES, TIER_NOT_DETERMINED } from '../core/law/tiers';
import type { CheckResult } from '../core/check';
import { cite } from '../core/law/articles';
import { assess } from '../core/assessment/assess';
import { dutyOverview } from '../core/assessment/dutyStatus';
import { dateWithReason, dutyCountParts } from '../core/views/dutyText';
import type { Tier } from '../core/types';
import { ASSESS_COMMAND, RISK_TIER_STATUS_ITEM } from './ids';
import { t } from './l10n';
import { NO_TIER_CODICON, TIER_CODICON } from './tierIcons';
import { isManifestDocument, type ManifestService } from './manifestService';
import { affectsOurSettings, currentEdition, currentLang, referenceDate } from './settings';

const BACKGROUNDS: Partial<Record<Tier, string>> = {
  prohibited: 'statusBarItem.errorBackground',
  high: 'statusBarItem.warningBackground',
};

/** What the item shows, for the integration tests (read through the extension's exports). */
export interface StatusBarSnapshot {
  visible: boolean;
  text: string;
  tooltip: string;
  command?: string;
}

/** The status bar item (see TierStatusBar); `snapshot` is what it shows now. */
export function registerStatusBar(service: ManifestService): vscode.Disposable & { readonly snapshot: StatusBarSnapshot } {
  return new TierStatusBar(service);
}

/** The active manifest's risk tier in the status bar; hidden for other editors; a click runs "Assess risk tier". */
export class TierStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(RISK_TIER_STATUS_ITEM, vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private visible = false;

  constructor(private readonly service: ManifestService) {
    this.item.name = t('AI System Manifest: risk tier');
    this.item.command = ASSESS_COMMAND;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      service.onDidCheck((checked) => {
        const document = vscode.window.activeTextEditor?.document;
        if (document === checked.document && document.version === checked.version) this.show(checked.result);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsOurSettings(event)) this.refresh();
      }),
      vscode.workspace.onDidCloseTextDocument(() => this.refresh()),
    );
    this.refresh();
  }

  get snapshot(): StatusBarSnapshot {
    const tooltip = this.item.tooltip;
    return {
      visible: this.visible,
      text: this.item.text,
      tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''),
      command: typeof this.item.command === 'string' ? this.item.command : this.item.command?.command,
    };
  }

  private refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isManifestDocument(document)) {
      this.hide();
      return;
    }
    const version = document.version;
    this.service.check(document).then(
      (result) => {
        const active = vscode.window.activeTextEditor?.document;
        if (active === document && document.version === version) this.show(result);
      },
      () => this.hide(), // the diagnostics report and log the failure
    );
  }

  private show(result: CheckResult): void {
    const lang = currentLang();
    const tier = result.tier?.tier;
    const tooltip = new vscode.MarkdownString(undefined, true);
    if (result.tier && !tier) {
      // The answers do not decide the tier: never shown as a tier; the tooltip names what to fill in.
      this.item.text = `${NO_TIER_CODICON} ${TIER_NOT_DETERMINED.short[lang]}`;
      this.item.backgroundColor = undefined;
      tooltip.appendMarkdown(`**${TIER_NOT_DETERMINED.short[lang]}**\n\n${fillInText(result.tier.undetermined, lang)}.\n`);
    } else if (!tier) {
      this.item.text = `${NO_TIER_CODICON} ${t('Risk tier unknown')}`;
      this.item.backgroundColor = undefined;
      tooltip.appendMarkdown(
        `**${t('AI Act risk tier: unknown')}**\n\n${t('The manifest does not parse; fix the YAML syntax errors first.')}`,
      );
    } else {
      const label = TIER_NAMES[tier].short[lang];
      // One story with the lens, the view and the panel: overdue, due before use, missing later, accepted, next.
      const today = referenceDate();
      const duties = dutyOverview(assess(result, today, currentEdition()));
      this.item.text = `${TIER_CODICON} ${label}`;
      const background = BACKGROUNDS[tier];
      this.item.backgroundColor = background ? new vscode.ThemeColor(background) : undefined;
      tooltip.appendMarkdown(`**${t('AI Act risk tier: {0}', label)}**\n\n`);
      for (const reason of result.tier?.reasons ?? []) {
        const article = cite(reason.article, lang);
        tooltip.appendMarkdown(
          `- ${escape(reason.text[lang])} (${escape(article)}; ${t('applies from {0}', escape(dateWithReason(reason.appliesFrom, reason.dateReason, reason.certainty, lang)))})\n`,
        );
      }
      tooltip.appendMarkdown(`\n${escape(dutyCountParts(duties, lang).join(' · '))}\n`);
    }
    tooltip.appendMarkdown(`\n${t('Click to see the reasons and obligations.')}`);
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: this.item.text.replace(/\$\([^)]*\)\s*/g, ''), role: 'button' };
    this.item.show();
    this.visible = true;
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}
