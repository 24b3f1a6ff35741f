// The assessment panel (webview side): asks for confirmation before "Record declaredTier" and posts the confirmed
// action; keeps the scroll position when the panel sets a new page (the manifest changed) and moves the focus to a
// new result. The page itself is rendered in core (src/core/views/assessmentPanel.ts); built by esbuild
// (esbuild.mjs, entry `assessment`) into dist/webview/assessment.js, which the panel loads with its nonce.
import type { AssessmentMessage } from '../core/views/assessmentPanel';

interface SavedState {
  scrollY?: unknown;
  result?: unknown;
}

interface VsCodeApi {
  postMessage(message: AssessmentMessage): void;
  getState(): SavedState | undefined;
  setState(state: { scrollY: number; result: string | null }): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

(function () {
  const vscode = acquireVsCodeApi();
  const saved: SavedState = vscode.getState() || {};
  const result = document.getElementById('assessment-result');
  const resultId = result?.getAttribute('data-result') ?? null;
  const state = { scrollY: typeof saved.scrollY === 'number' ? saved.scrollY : 0, result: resultId };

  function save(): void {
    vscode.setState({ scrollY: window.scrollY, result: state.result });
  }

  const ask = document.getElementById('record-ask');
  const confirm = document.getElementById('record-confirm');

  function setAsking(open: boolean): void {
    if (!ask || !confirm) return;
    confirm.hidden = !open;
    ask.setAttribute('aria-expanded', String(open));
    if (open) confirm.querySelector<HTMLButtonElement>('button[data-action="record"]')?.focus();
    else ask.focus();
  }

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    if (!(button instanceof HTMLButtonElement)) return;
    const action = button.getAttribute('data-action');
    if (action === 'ask') setAsking(ask?.getAttribute('aria-expanded') !== 'true');
    else if (action === 'cancel') setAsking(false);
    else if (action === 'record') {
      const tier = button.getAttribute('data-tier') as AssessmentMessage['tier'] | null;
      if (!tier) return;
      for (const each of document.querySelectorAll<HTMLButtonElement>('.record button')) each.disabled = true;
      vscode.postMessage({ command: 'recordTier', tier });
    }
  });

  // Escape in the question: no, and back to the button that asked.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && confirm && !confirm.hidden && event.target instanceof Node && confirm.contains(event.target)) {
      event.preventDefault();
      setAsking(false);
    }
  });

  window.addEventListener('scroll', save, { passive: true });

  // A new page (the manifest changed): where the reader was. A new result: read it out (focus), once.
  if (resultId && resultId !== saved.result && result) {
    result.focus();
  } else {
    window.scrollTo(0, state.scrollY);
  }
  save();
})();
