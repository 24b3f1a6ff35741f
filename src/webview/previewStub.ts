/**
 * The timeline preview's page script (`npm run preview:timeline`, scripts/preview-timeline.ts): browser code, so it
 * lives with the webview's sources and their DOM library. Not part of the extension: the preview writer bundles it
 * into timeline-preview-stub.js, which runs before the webview script.
 */

/** Runs in the page before the webview script (dist/webview/timeline.js): the webview API stub, the theme, the state picker. */
function previewStub(): void {
  interface Posted {
    command: string;
  }
  const w = window as unknown as {
    __posted: Posted[];
    acquireVsCodeApi: () => unknown;
  };
  const data = JSON.parse(document.getElementById('preview-data')?.textContent ?? '{}') as {
    today: string;
    states: { id: string; label: string }[];
    models: Record<string, unknown>;
  };
  const themes = ['light', 'dark', 'high-contrast'];
  const params = new URLSearchParams(location.search);
  const choice = {
    state: params.get('state') ?? 'general',
    lang: params.get('lang') ?? 'en',
    edition: params.get('edition') ?? 'amended',
    theme: params.get('theme') ?? 'light',
  };
  if (!data.states.some((s) => s.id === choice.state)) choice.state = 'general';
  if (choice.lang !== 'da') choice.lang = 'en';
  if (choice.edition !== 'adopted') choice.edition = 'amended';
  if (!themes.includes(choice.theme)) choice.theme = 'light';

  const modelFor = () => data.models[`${choice.state}|${choice.lang}|${choice.edition}`];
  const applyTheme = () => {
    document.body.classList.remove('vscode-light', 'vscode-dark', 'vscode-high-contrast');
    document.body.classList.add(`vscode-${choice.theme}`);
    document.body.setAttribute('data-vscode-theme-kind', `vscode-${choice.theme}`);
  };
  const syncUrl = () => {
    const query = new URLSearchParams(choice).toString();
    history.replaceState(null, '', `${location.pathname}?${query}`);
  };

  // The webview API, as VS Code gives it: once per page, state kept across reloads of the page.
  const stateKey = `timeline-preview-state:${location.pathname}`;
  let acquired = false;
  let state: unknown = JSON.parse(sessionStorage.getItem(stateKey) ?? 'null');
  w.__posted = [];
  w.acquireVsCodeApi = () => {
    if (acquired) throw new Error('An instance of the VS Code API has already been acquired');
    acquired = true;
    return {
      postMessage: (message: Posted) => {
        w.__posted.push(JSON.parse(JSON.stringify(message)) as Posted);
      },
      getState: () => state,
      setState: (next: unknown) => {
        state = next;
        sessionStorage.setItem(stateKey, JSON.stringify(next));
        return next;
      },
    };
  };

  applyTheme();
  const root = document.getElementById('timeline-root');
  root?.setAttribute('data-model', JSON.stringify(modelFor()));

  // The picker above the panel (not part of it): changes arrive as update messages, as from the extension.
  const bar = document.createElement('nav');
  bar.className = 'preview-bar';
  bar.setAttribute('aria-label', 'Preview');
  const picker = (name: keyof typeof choice, label: string, options: { id: string; label: string }[]) => {
    const wrapper = document.createElement('label');
    wrapper.textContent = `${label} `;
    const select = document.createElement('select');
    select.id = `preview-${name}`;
    for (const option of options) select.append(new Option(option.label, option.id, false, option.id === choice[name]));
    select.addEventListener('change', () => {
      choice[name] = select.value;
      syncUrl();
      if (name === 'theme') applyTheme();
      else window.postMessage({ command: 'update', model: modelFor() }, '*');
    });
    wrapper.append(select);
    bar.append(wrapper);
  };
  picker('state', 'Manifest', data.states);
  picker('lang', 'Language', [
    { id: 'en', label: 'English' },
    { id: 'da', label: 'Dansk' },
  ]);
  picker('edition', 'Edition', [
    { id: 'amended', label: 'After the Digital Omnibus' },
    { id: 'adopted', label: 'As adopted' },
  ]);
  picker(
    'theme',
    'Theme',
    themes.map((t) => ({ id: t, label: t })),
  );
  const today = document.createElement('span');
  today.textContent = `Reference date: ${data.today}`;
  bar.append(today);
  document.body.insertBefore(bar, document.body.firstChild);
}

previewStub();
