import { errorDetail, errorMessage } from '../core/errors';
import * as vscode from 'vscode';
import { assess } from '../core/assessment/assess';
import { assessmentMarkdown } from '../core/views/assessmentMarkdown';
import { TIER_NAMES } from '../core/law/tiers';
import { enumArg } from '../core/law/enumNames';
import { checkManifestText } from '../core/check';
import { manifestTemplate } from '../core/features/manifestTemplate';
import type { Role, Tier } from '../core/types';
import { answersToManifest, parseWizardAnswers, wizardChoices, type WizardAnswers, type WizardChoice } from '../core/features/wizard';
import { AssessmentPanels, recordDeclaredTier, type AssessmentPanelsProbe } from './assessmentPanel';
import { exists, writeTextFile } from './workspaceFiles';
import { ASSESS_COMMAND, LANGUAGE_ID, NEW_MANIFEST_COMMAND, RECORD_TIER_COMMAND } from './ids';
import { t } from './l10n';
import { isManifestDocument, type ManifestService } from './manifestService';
import { currentEdition, currentLang, referenceDate } from './settings';

/**
 * "Assess risk tier", "New AI system manifest" and the internal "record declaredTier", with the assessment panels.
 * `probe` is filled with what the wizard's QuickPick shows (for the integration tests); the assessment panels' probe
 * is returned with the registration.
 */
export function registerCommands(
  extensionUri: vscode.Uri,
  service: ManifestService,
  log: vscode.LogOutputChannel,
  probe: QuickInputProbe,
): vscode.Disposable & { readonly assessmentPanels: AssessmentPanelsProbe } {
  const commands = new Commands(extensionUri, service, log, probe);
  const registrations = vscode.Disposable.from(
    commands,
    vscode.commands.registerCommand(ASSESS_COMMAND, (arg?: unknown) => commands.assessRiskTier(arg)),
    vscode.commands.registerCommand(NEW_MANIFEST_COMMAND, (arg?: unknown) => commands.newManifestCommand(arg)),
    vscode.commands.registerCommand(RECORD_TIER_COMMAND, (uri: vscode.Uri, tier: Tier) => commands.recordDeclaredTierCommand(uri, tier)),
  );
  return {
    assessmentPanels: commands.panels.probe,
    dispose() {
      registrations.dispose();
    },
  };
}

/** Where "New AI system manifest" puts the manifest. */
export type ManifestTarget = 'untitled' | 'workspace' | vscode.Uri;

export interface NewManifestOptions {
  /** Pre-fill from the wizard's answers. */
  answers?: unknown;
  /** Skip the question where to put it: an untitled document, `ai-system.yaml` in the first workspace folder, or this folder. */
  target?: ManifestTarget;
}

export interface AssessOutcome {
  tier: Tier | null;
  /** The assessment panel's key for the tests' probe: the manifest's URI as a string, or 'answers' (the wizard's). */
  panel: string;
  /** The panel's title. */
  title: string;
}

/** What the wizard's QuickPick shows, read by the integration tests that answer it through VS Code's commands. */
export interface QuickInputProbe {
  step?: string;
  active: string[];
  selected: string[];
  /** The step counter shown ("2/5"), the title and the placeholder of the input on screen. */
  counter?: string;
  title?: string;
  placeholder?: string;
  /** Whether the input offers the Back button. */
  back?: boolean;
}

/** Where the wizard stands: its step number, how many steps it has (now that the answers so far are known), and Back. */
interface StepPosition {
  step: number;
  total: number;
  /** Offer QuickInput's Back button (every step after the first). */
  back: boolean;
}

/** A Back press, returned by a step instead of an answer. */
const BACK = Symbol('back');
type Answer<T> = T | typeof BACK | undefined;

interface Pick<T> extends vscode.QuickPickItem {
  value: T;
  /** What the law leaves out, in full: the item's button shows it (the detail line is cut at the picker's width). */
  carveOut?: string;
}

/**
 * The wizard's questions as QuickPicks and an InputBox, one step at a time. Escape at any step returns undefined,
 * and the wizard ends quietly.
 */
class WizardPrompts {
  /** The QuickPick or InputBox on screen (the probe describes it). */
  private shown: object | undefined;

  /** `probe`: updated in place (the extension's exports hand out the same object from activation on). */
  constructor(readonly probe: QuickInputProbe) {}

  /** One choice; `position`: where the wizard stands (none: not a wizard step). */
  async pickOne<T>(
    step: string,
    position: StepPosition | undefined,
    title: string,
    placeholder: string,
    items: Pick<T>[],
  ): Promise<Answer<T>> {
    const picked = await this.pick(step, position, title, placeholder, items, false);
    return picked === BACK ? BACK : picked?.[0];
  }

  pickMany<T>(
    step: string,
    position: StepPosition | undefined,
    title: string,
    placeholder: string,
    items: Pick<T>[],
  ): Promise<Answer<T[]>> {
    return this.pick(step, position, title, placeholder, items, true);
  }

  private pick<T>(
    step: string,
    position: StepPosition | undefined,
    title: string,
    placeholder: string,
    items: Pick<T>[],
    many: boolean,
  ): Promise<Answer<T[]>> {
    return new Promise((resolve) => {
      const quickPick = vscode.window.createQuickPick<Pick<T>>();
      quickPick.title = title;
      quickPick.placeholder = placeholder;
      if (position) {
        // Step 0: after the questions (the result), no counter, but Back.
        if (position.step > 0) {
          quickPick.step = position.step;
          quickPick.totalSteps = position.total;
        }
        if (position.back) quickPick.buttons = [vscode.QuickInputButtons.Back];
      }
      quickPick.canSelectMany = many;
      quickPick.matchOnDescription = true;
      quickPick.matchOnDetail = true;
      quickPick.ignoreFocusOut = true;
      quickPick.items = items;
      // Coming back to a step: what was chosen there is still chosen.
      if (many) quickPick.selectedItems = items.filter((item) => item.picked);
      let accepted = false;
      // The next step's QuickPick opens before this one has reported that it is hidden: only the newest one reports.
      const current = () => this.shown === quickPick;
      const disposables = [
        quickPick,
        quickPick.onDidChangeActive((active) => current() && (this.probe.active = active.map((item) => item.label))),
        quickPick.onDidChangeSelection((selected) => current() && (this.probe.selected = selected.map((item) => item.label))),
        // The carve-out in full, wrapped, over the picker (which stays open: ignoreFocusOut).
        quickPick.onDidTriggerButton((button) => {
          if (button !== vscode.QuickInputButtons.Back) return;
          accepted = true;
          resolve(BACK);
          quickPick.hide();
        }),
        quickPick.onDidTriggerItemButton(({ item }) => {
          if (item.carveOut) void vscode.window.showInformationMessage(item.label, { modal: true, detail: item.carveOut });
        }),
        quickPick.onDidAccept(() => {
          const chosen = many ? quickPick.selectedItems : quickPick.activeItems.slice(0, 1);
          if (!many && chosen.length === 0) return;
          accepted = true;
          resolve(chosen.map((item) => item.value));
          quickPick.hide();
        }),
        quickPick.onDidHide(() => {
          if (current()) this.reset();
          for (const disposable of disposables) disposable.dispose();
          if (!accepted) resolve(undefined);
        }),
      ];
      this.shown = quickPick;
      Object.assign(this.probe, {
        step,
        active: [],
        selected: [],
        counter: position && position.step > 0 ? `${position.step}/${position.total}` : undefined,
        title,
        placeholder,
        back: position?.back ?? false,
      });
      quickPick.show();
    });
  }

  /** A line of text, with Back (to the step before); an empty answer is refused. */
  input(step: string, position: StepPosition, title: string, prompt: string): Promise<Answer<string>> {
    return new Promise((resolve) => {
      const box = vscode.window.createInputBox();
      box.title = title;
      box.prompt = prompt;
      box.step = position.step;
      box.totalSteps = position.total;
      box.ignoreFocusOut = true;
      if (position.back) box.buttons = [vscode.QuickInputButtons.Back];
      let done = false;
      const current = () => this.shown === box;
      const finish = (answer: Answer<string>) => {
        done = true;
        resolve(answer);
        box.hide();
      };
      const disposables = [
        box,
        box.onDidChangeValue((value) => {
          box.validationMessage = value.trim() ? undefined : t('Write the documented assessment, or press Escape to cancel.');
        }),
        box.onDidTriggerButton((button) => button === vscode.QuickInputButtons.Back && finish(BACK)),
        box.onDidAccept(() => {
          if (box.value.trim()) finish(box.value);
          else box.validationMessage = t('Write the documented assessment, or press Escape to cancel.');
        }),
        box.onDidHide(() => {
          if (current()) this.reset();
          for (const disposable of disposables) disposable.dispose();
          if (!done) resolve(undefined);
        }),
      ];
      this.shown = box;
      Object.assign(this.probe, {
        step,
        active: [],
        selected: [],
        counter: `${position.step}/${position.total}`,
        title,
        placeholder: prompt,
        back: position.back,
      });
      box.show();
    });
  }

  private reset(): void {
    this.shown = undefined;
    Object.assign(this.probe, {
      step: undefined,
      active: [],
      selected: [],
      counter: undefined,
      title: undefined,
      placeholder: undefined,
      back: undefined,
    });
  }
}

/**
 * The value, its article, and what it covers; where the law carves something out, that gets the detail line (the one
 * a user reads), and a button whose tooltip, and dialog when pressed, show the carve-out in full.
 */
function choiceItems<T extends string = string>(choices: WizardChoice[]): Pick<T>[] {
  return choices.map((choice) => ({
    label: choice.value,
    description: choice.carveOut ? `${choice.article} — ${choice.text}` : choice.article,
    detail: choice.carveOut ?? choice.text,
    value: choice.value as T,
    ...(choice.carveOut
      ? { carveOut: choice.carveOut, buttons: [{ iconPath: new vscode.ThemeIcon('law'), tooltip: choice.carveOut }] }
      : {}),
  }));
}

/** The questionnaire's steps, in order; `derogation` only when an Annex III area is chosen. */
type WizardStep = 'role' | 'prohibitedPractices' | 'annexIII' | 'derogation' | 'profiling' | 'transparencyPractices';

/**
 * The spec's questions, step by step, with Back to the step before (the answers given stay chosen); undefined when
 * the user cancels. The step counter counts the steps this run has: the derogation step only once an Annex III area
 * is chosen, so it never jumps.
 */
async function askWizardQuestions(
  prompts: WizardPrompts,
  initial: Partial<WizardAnswers> = {},
  fromLast = false,
): Promise<WizardAnswers | undefined> {
  const choices = wizardChoices(currentLang());
  const answers: Partial<WizardAnswers> = { ...initial };
  const stepsNow = (): WizardStep[] => [
    'role',
    'prohibitedPractices',
    'annexIII',
    ...((answers.annexIII?.length ?? 0) > 0 ? (['derogation'] as const) : []),
    'profiling',
    'transparencyPractices',
  ];
  const selectedFirst = <T extends string>(items: Pick<T>[], chosen: readonly string[] | undefined): Pick<T>[] =>
    items.map((item) => ({ ...item, picked: chosen?.includes(item.value) ?? false }));
  let index = fromLast ? stepsNow().length - 1 : 0;
  while (index < stepsNow().length) {
    const steps = stepsNow();
    const step = steps[index];
    const position: StepPosition = { step: index + 1, total: steps.length, back: index > 0 };
    const answer = await askStep(prompts, step, position, choices, answers, selectedFirst);
    if (answer === undefined) return undefined;
    if (answer === BACK) {
      index = Math.max(0, index - 1);
      continue;
    }
    index++;
  }
  const { role, prohibitedPractices = [], annexIII = [], derogation, profiling = false, transparencyPractices = [] } = answers;
  if (!role) return undefined;
  return {
    role,
    prohibitedPractices,
    annexIII,
    derogation: annexIII.length > 0 ? derogation : undefined,
    profiling,
    transparencyPractices,
  };
}

/** One step of the questionnaire: its answer goes into `answers`; BACK or undefined (cancelled) otherwise. */
async function askStep(
  prompts: WizardPrompts,
  step: WizardStep,
  position: StepPosition,
  choices: ReturnType<typeof wizardChoices>,
  answers: Partial<WizardAnswers>,
  selected: <T extends string>(items: Pick<T>[], chosen: readonly string[] | undefined) => Pick<T>[],
): Promise<true | typeof BACK | undefined> {
  const none = t('Select all that apply; none: press Enter');
  const settle = <T>(answer: Answer<T>, store: (value: T) => void): true | typeof BACK | undefined => {
    if (answer === undefined || answer === BACK) return answer as typeof BACK | undefined;
    store(answer);
    return true;
  };
  switch (step) {
    case 'role':
      return settle(
        await prompts.pickOne<Role>(
          step,
          position,
          t("Your organisation's role for this AI system (AI Act Art. 3(3), 3(4))"),
          t('Choose one'),
          choiceItems<Role>(choices.roles),
        ),
        (role) => (answers.role = role),
      );
    case 'prohibitedPractices':
      return settle(
        await prompts.pickMany(
          step,
          position,
          t('Prohibited practices (Art. 5): does the system do any of these?'),
          none,
          selected(choiceItems(choices.prohibitedPractices), answers.prohibitedPractices),
        ),
        (values) => (answers.prohibitedPractices = values),
      );
    case 'annexIII':
      return settle(
        await prompts.pickMany(
          step,
          position,
          t('Annex III areas: is the system used in any of these?'),
          none,
          selected(choiceItems(choices.annexIII), answers.annexIII),
        ),
        (values) => (answers.annexIII = values),
      );
    case 'derogation': {
      const noDerogation: Pick<string> = {
        label: t('No derogation'),
        detail: t('The system is high-risk through Annex III (Art. 6(2)).'),
        value: '',
      };
      const condition = await prompts.pickOne(
        step,
        position,
        t('Does an Art. 6(3) derogation apply (the system poses no significant risk of harm)?'),
        t('Choose one'),
        [noDerogation, ...choiceItems(choices.derogationConditions)],
      );
      if (condition === undefined || condition === BACK) return condition;
      if (!condition) {
        answers.derogation = undefined;
        return true;
      }
      const justification = await prompts.input(
        'justification',
        position,
        t('The documented assessment (Art. 6(4))'),
        t('Why the system does not materially influence the outcome of decisions'),
      );
      if (justification === undefined) return undefined;
      // Back from the justification: the derogation question again.
      if (justification === BACK) return askStep(prompts, step, position, choices, answers, selected);
      answers.derogation = { condition, justification: justification.trim() };
      return true;
    }
    case 'profiling':
      return settle(
        await prompts.pickOne(step, position, t('Does the system profile natural persons (GDPR Art. 4(4))?'), t('Choose one'), [
          { label: t('No'), detail: t('No automated evaluation of personal aspects of natural persons.'), value: false },
          {
            label: t('Yes'),
            detail: t('E.g. predicting the risk of long-term unemployment. An Annex III system that profiles is always high-risk.'),
            value: true,
          },
        ]),
        (profiling) => (answers.profiling = profiling),
      );
    case 'transparencyPractices':
      return settle(
        await prompts.pickMany(
          step,
          position,
          t('Transparency (Art. 50): does the system do any of these?'),
          none,
          selected(choiceItems(choices.transparencyPractices), answers.transparencyPractices),
        ),
        (values) => (answers.transparencyPractices = values),
      );
  }
}

function isUri(value: unknown): value is vscode.Uri {
  return value instanceof vscode.Uri;
}

/**
 * "Assess risk tier" and "New AI system manifest" (+ the internal "record declaredTier"), and the assessment panels.
 * `probe` is the wizard's probe, made at activation.
 */
export class Commands implements vscode.Disposable {
  readonly panels: AssessmentPanels;
  private readonly prompts: WizardPrompts;

  constructor(
    extensionUri: vscode.Uri,
    private readonly service: ManifestService,
    private readonly log: vscode.LogOutputChannel,
    probe: QuickInputProbe,
  ) {
    this.panels = new AssessmentPanels(extensionUri, service);
    this.prompts = new WizardPrompts(probe);
  }

  /** `aiSystemManifest.assessRiskTier` */
  assessRiskTier(arg?: unknown): Promise<AssessOutcome | undefined> {
    return this.guard(() => this.assessCommand(arg));
  }

  /** `aiSystemManifest.newManifest`: a folder (explorer context menu) or the options. */
  newManifestCommand(arg?: unknown): Promise<vscode.Uri | undefined> {
    return this.guard(() => this.newManifest(isUri(arg) ? { target: arg } : (arg as NewManifestOptions | undefined)));
  }

  /** `aiSystemManifest.recordDeclaredTier` */
  recordDeclaredTierCommand(uri: vscode.Uri, tier: Tier): Promise<boolean | undefined> {
    return this.guard(() => this.recordDeclaredTier(uri, tier));
  }

  /** Errors become a message and a log line, never an exception in the extension host. */
  private async guard<T>(run: () => Promise<T>): Promise<T | undefined> {
    try {
      return await run();
    } catch (error) {
      this.log.error(errorDetail(error));
      void vscode.window.showErrorMessage(t('AI System Manifest: {0}', errorMessage(error)));
      return undefined;
    }
  }

  /** On a manifest (argument, or the active editor): its assessment. Else the wizard (its `answers` argument skips the prompts). */
  private async assessCommand(arg?: unknown): Promise<AssessOutcome | undefined> {
    if (isUri(arg)) return this.assessDocument(await vscode.workspace.openTextDocument(arg));
    const answersArg = typeof arg === 'object' && arg !== null && 'answers' in arg ? arg.answers : undefined;
    const active = vscode.window.activeTextEditor?.document;
    if (answersArg === undefined && active && isManifestDocument(active)) return this.assessDocument(active);
    return this.wizard(answersArg);
  }

  /** The manifest's assessment in its panel, which offers to record the tier as `declaredTier` (no toast that vanishes). */
  private async assessDocument(document: vscode.TextDocument): Promise<AssessOutcome> {
    const shown = await this.panels.showManifest(document.uri);
    return { tier: shown?.tier ?? null, panel: document.uri.toString(), title: shown?.title ?? '' };
  }

  /** Writes `declaredTier` (inserted if absent; only that value replaced if different). True when the manifest now has it. */
  private async recordDeclaredTier(manifest: vscode.Uri, tier: Tier): Promise<boolean> {
    const outcome = await recordDeclaredTier(this.service, await vscode.workspace.openTextDocument(manifest), tier);
    if (outcome === true) return true;
    void vscode.window.showWarningMessage(outcome);
    return false;
  }

  /**
   * The wizard: questions (or given answers) and the result in the view. Asked interactively, the questionnaire ends
   * with a step of its own that stays until the user chooses: create the manifest from the answers, go Back to change
   * an answer, or close it (no offer in a notification that vanishes).
   */
  private async wizard(answersArg: unknown): Promise<AssessOutcome | undefined> {
    if (answersArg !== undefined) {
      const parsed = parseWizardAnswers(answersArg);
      if (typeof parsed === 'string') throw new Error(parsed);
      return this.showWizardResult(parsed);
    }
    const answers = await askWizardQuestions(this.prompts);
    if (!answers) return undefined; // cancelled: end quietly
    const outcome = this.showWizardResult(answers);
    void this.guard(() => this.afterWizard(answers, outcome.tier));
    return outcome;
  }

  /** The tier of the answers in the assessment panel of the answers. */
  private showWizardResult(answers: WizardAnswers): AssessOutcome {
    const lang = currentLang();
    const edition = currentEdition();
    const result = answersToManifest(answers, lang, edition);
    // The manifest of the answers holds nothing else (placeholders): a duty is met only where the answers settle it.
    const assessment = assess(checkManifestText(result.text, { edition }), referenceDate(), edition);
    const subject = t('your answers');
    const markdown = assessmentMarkdown(assessment, {
      lang,
      subject,
      note: t(
        'Computed from your answers: role {0}; no manifest records these duties yet. Create the manifest to work through them with the checker.',
        enumArg('role', answers.role),
      ),
    });
    const shown = this.panels.showAnswers(markdown, subject);
    return { tier: result.tier.tier, panel: 'answers', title: shown?.title ?? '' };
  }

  /** The questionnaire's last step: what to do with the result. Back returns to the last question. */
  private async afterWizard(answers: WizardAnswers, tier: Tier | null): Promise<void> {
    const lang = currentLang();
    const tierName = tier ? TIER_NAMES[tier].short[lang] : t('not determined');
    const choice = await this.prompts.pickOne<'create' | 'close'>(
      'next',
      { step: 0, total: 0, back: true },
      t('Risk tier of your answers: {0}', tierName),
      t('What next? (Back: change an answer)'),
      [
        {
          label: `$(new-file) ${t('Create manifest')}`,
          detail: t('Your answers filled in; every other field a TODO to fill in.'),
          value: 'create',
        },
        { label: `$(close) ${t('Close')}`, detail: t('The result stays open in the assessment view.'), value: 'close' },
      ],
    );
    if (choice === BACK) {
      const changed = await askWizardQuestions(this.prompts, answers, true);
      if (!changed) return;
      const outcome = this.showWizardResult(changed);
      return this.afterWizard(changed, outcome.tier);
    }
    if (choice === 'create') await this.newManifest({ answers });
  }

  /** A new manifest from the template (pre-filled from answers) as an untitled document or a file. */
  private async newManifest(options: NewManifestOptions = {}): Promise<vscode.Uri | undefined> {
    const lang = currentLang();
    let text = manifestTemplate({ lang });
    if (options.answers !== undefined) {
      const answers = parseWizardAnswers(options.answers);
      if (typeof answers === 'string') throw new Error(answers);
      text = answersToManifest(answers, lang, currentEdition()).text;
    }
    const target = options.target ?? (await this.askTarget());
    if (!target) return undefined;
    if (target === 'untitled') {
      // Named ai-system.yaml (tab, save dialog), not after the template's first comment line.
      const uri = await untitledManifestUri();
      const document = await vscode.workspace.openTextDocument(uri);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(0, 0), text);
      await vscode.workspace.applyEdit(edit);
      if (document.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
      await vscode.window.showTextDocument(document);
      return document.uri;
    }
    const folder = target === 'workspace' ? vscode.workspace.workspaceFolders?.[0]?.uri : target;
    if (!folder) throw new Error(t('Open a folder first, or create the manifest as an untitled document.'));
    const file = (await exists(vscode.Uri.joinPath(folder, 'ai-system.yaml')))
      ? options.target
        ? undefined
        : await this.askFileName(folder)
      : vscode.Uri.joinPath(folder, 'ai-system.yaml');
    if (!file) {
      if (options.target) throw new Error(t('{0} already has an ai-system.yaml.', folder.toString(true)));
      return undefined;
    }
    await writeTextFile(file, text);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    return file;
  }

  private async askTarget(): Promise<ManifestTarget | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const items: Pick<ManifestTarget | 'choose'>[] = [{ label: `$(new-file) ${t('Untitled document')}`, value: 'untitled' }];
    if (folder && !(await exists(vscode.Uri.joinPath(folder.uri, 'ai-system.yaml')))) {
      items.push({ label: `$(file-add) ${t('ai-system.yaml in {0}', folder.name)}`, value: 'workspace' });
    }
    items.push({ label: `$(folder-opened) ${t('In a folder…')}`, value: 'choose' });
    const picked = await this.prompts.pickOne(
      'target',
      undefined,
      t('New AI system manifest'),
      t('Where should the new manifest go?'),
      items,
    );
    if (picked === BACK) return undefined;
    if (picked !== 'choose') return picked;
    const chosen = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      canSelectMany: false,
      defaultUri: folder?.uri,
      openLabel: t('Create manifest here'),
    });
    return chosen?.[0];
  }

  /** The folder has an ai-system.yaml: ask for `<name>.ai-system.yaml`. */
  private async askFileName(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
    const name = await vscode.window.showInputBox({
      title: t('New AI system manifest'),
      prompt: t('This folder has an ai-system.yaml already. File name of the new manifest:'),
      value: 'new.ai-system.yaml',
      valueSelection: [0, 3],
      validateInput: async (value) => {
        if (!/^[^/\\]+\.ai-system\.ya?ml$/.test(value)) return t('The name must end in .ai-system.yaml or .ai-system.yml.');
        return (await exists(vscode.Uri.joinPath(folder, value))) ? t('{0} exists already.', value) : undefined;
      },
    });
    return name ? vscode.Uri.joinPath(folder, name) : undefined;
  }

  dispose(): void {
    this.panels.dispose();
  }
}

/**
 * An untitled document named `ai-system.yaml` (in the first workspace folder, so that saving proposes it there), or
 * `new-2.ai-system.yaml`, … when that name is open already or a file has it.
 */
async function untitledManifestUri(): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? 'ai-system.yaml' : `new-${n}.ai-system.yaml`;
    const file = folder ? vscode.Uri.joinPath(folder, name) : undefined;
    const uri = file ? file.with({ scheme: 'untitled' }) : vscode.Uri.from({ scheme: 'untitled', path: name });
    if (!open.has(uri.toString()) && !(file && (await exists(file)))) return uri;
  }
}
