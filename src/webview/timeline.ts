// The AI Act timeline panel (webview side). No framework, no remote loads, no eval; built by esbuild (esbuild.mjs)
// into dist/webview/timeline.js, a browser IIFE the panel loads with its nonce.
// The view model comes from src/core/views/timelineView.ts: first in the root's data-model attribute, then in
// { command: 'update', model } messages. All text goes into the DOM through textContent.
import { format } from '../core/format';
import type {
  MilestoneView,
  ObligationView,
  ProvisionView,
  TimelineMessage,
  TimelineModel,
  TimelineTexts,
} from '../core/views/timelineView';

/** What the webview keeps across reloads (`vscode.getState()`). */
interface SavedState {
  selected?: unknown;
  expanded?: unknown;
}

/** The webview API VS Code gives the page once. */
interface VsCodeApi {
  postMessage(message: TimelineMessage): void;
  getState(): SavedState | undefined;
  setState(state: { selected: string | null; expanded: string[] | null }): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

type Attributes = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;
type IconKind = 'met' | 'missing' | 'accepted' | 'not-yet-applicable' | 'in-force' | 'superseded';

(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('timeline-root')!;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  let model: TimelineModel | null = null;
  try {
    model = JSON.parse(root.getAttribute('data-model') || 'null') as TimelineModel | null;
  } catch {
    model = null;
  }

  /** The model, where it must be there (every caller runs after a render or a check). */
  function current(): TimelineModel {
    if (!model) throw new Error('The timeline has no model');
    return model;
  }

  const saved: SavedState = vscode.getState() || {};
  /** Persisted: the selected milestone and the expanded ones. */
  const state = {
    selected: typeof saved.selected === 'string' ? saved.selected : null,
    expanded: Array.isArray(saved.expanded) ? saved.expanded.filter((id): id is string => typeof id === 'string') : null,
  };

  function saveState() {
    vscode.setState({ selected: state.selected, expanded: state.expanded });
  }

  /** Creates an element; attrs with null/undefined/false values are skipped; children are nodes or strings (as text). */
  function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attributes | null, children?: Child[]): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [name, value] of Object.entries(attrs)) {
        if (value === null || value === undefined || value === false) continue;
        if (name === 'class') node.className = String(value);
        else if (name === 'text') node.textContent = String(value);
        else node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (const child of children || []) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function milestoneIds(): string[] {
    return model ? model.milestones.map((m) => m.id) : [];
  }

  /** The selected milestone: the saved one if it still exists, else the current one, else the first upcoming. */
  function selectedId(): string | null {
    const model = current();
    const ids = milestoneIds();
    if (state.selected && ids.includes(state.selected)) return state.selected;
    if (model.currentMilestoneId && ids.includes(model.currentMilestoneId)) return model.currentMilestoneId;
    const upcoming = model.milestones.find((m) => m.phase === 'future');
    return upcoming ? upcoming.id : ids[0] || null;
  }

  /** The expanded milestones; at first only the one selected when the panel opened. */
  function expandedSet(): Set<string> {
    if (!state.expanded) {
      const initial = selectedId();
      state.expanded = initial ? [initial] : [];
    }
    return new Set(state.expanded);
  }

  const ICONS: Record<IconKind, string> = {
    met: '✓',
    missing: '✗',
    accepted: '⚠',
    'not-yet-applicable': '◷',
    'in-force': '✓',
    superseded: '→',
  };

  /** A coloured symbol (decorative: the text beside it says the same). */
  function icon(kind: IconKind): HTMLElement {
    return el('span', { class: 'tl-icon tl-icon-' + kind, 'aria-hidden': 'true' }, [ICONS[kind]]);
  }

  /** A status label: coloured symbol, then the text in the theme's text colour. */
  function status(kind: IconKind, text: string): HTMLElement {
    return el('span', { class: 'tl-status tl-status-' + kind }, [icon(kind), ' ' + text]);
  }

  function badge(kind: string, text: string, iconKind?: IconKind | null): HTMLElement {
    return el('span', { class: 'tl-badge tl-badge-' + kind }, [iconKind ? icon(iconKind) : null, iconKind ? ' ' + text : text]);
  }

  function revealButton(texts: TimelineTexts, pathLabel: string, action: 'reveal' | 'fix', extra: Attributes): HTMLElement {
    const label = action === 'fix' ? texts.fixLabel : texts.revealLabel;
    return el(
      'button',
      Object.assign(
        {
          type: 'button',
          class: action === 'fix' ? 'tl-button tl-button-primary' : 'tl-button tl-button-secondary',
          'data-action': action,
          'aria-label': format(label, pathLabel),
          title: pathLabel,
        },
        extra,
      ),
      [action === 'fix' ? texts.fix : texts.reveal],
    );
  }

  function renderHeader(): HTMLElement {
    const model = current();
    const t = model.texts;
    const parts: HTMLElement[] = [el('h1', { class: 'tl-title' }, [t.title])];
    const m = model.manifest;
    if (m) {
      parts.push(el('p', { class: 'tl-file' }, [el('span', { class: 'tl-muted' }, [t.manifest + ': ']), el('code', null, [m.fileName])]));
      const tierClass = 'tl-tier tl-tier-' + (m.tier || 'unknown');
      const tierBlock = el('section', { class: tierClass, 'aria-label': t.tier }, [
        el('p', { class: 'tl-tier-line' }, [
          el('span', { class: 'tl-muted' }, [t.tier + ': ']),
          el('strong', { 'data-tier': m.tier || 'unknown' }, [m.tierLabel]),
        ]),
      ]);
      if (m.tier === null) tierBlock.append(el('p', null, [t.unreadable]));
      if (m.reasons.length > 0) {
        const list = el('ul', { class: 'tl-reasons', 'aria-label': t.reasons });
        m.reasons.forEach((r, index) => {
          list.append(
            el('li', null, [
              el('span', { class: 'tl-reason-text' }, [r.text]),
              ' ',
              el('span', { class: 'tl-muted' }, ['(' + r.article + '; ' + r.appliesFromLabel + ')']),
              ' ',
              revealButton(t, r.path.join('.'), 'reveal', { 'data-reason': index, 'data-focus-key': 'reason:' + index }),
            ]),
          );
        });
        tierBlock.append(list);
      }
      if (m.tier !== null) {
        const c = m.counts;
        tierBlock.append(
          el('p', { class: 'tl-counts' }, [
            el('span', { class: 'tl-muted' }, [t.obligationsSummary + ': ']),
            status('met', c.met + ' ' + t.status.met),
            status('missing', c.missing + ' ' + t.status.missing),
            // An accepted gap is neither met nor missing: counted on its own, only when there is one.
            c.accepted > 0 ? status('accepted', c.accepted + ' ' + t.status.accepted) : null,
            status('not-yet-applicable', c['not-yet-applicable'] + ' ' + t.status['not-yet-applicable']),
          ]),
        );
        if (m.futureGapsLabel) {
          tierBlock.append(
            el('p', { class: 'tl-future-gaps', 'data-future-gaps': String(c.gaps) }, [
              icon('missing'),
              ' ',
              el('span', { class: 'tl-muted' }, [t.futureGaps + ': ']),
              m.futureGapsLabel,
            ]),
          );
        }
      }
      parts.push(tierBlock);
      if (m.unplaced.length > 0) {
        parts.push(el('section', { class: 'tl-unplaced' }, [el('h2', null, [t.unplaced]), obligationList(m.unplaced, 'unplaced')]));
      }
    } else {
      parts.push(el('p', { class: 'tl-file tl-general' }, [t.general]));
    }
    parts.push(
      el('p', { class: 'tl-edition' }, [
        el('span', { class: 'tl-muted' }, [t.edition + ': ']),
        el('strong', null, [model.editionTitle]),
        ' ',
        badge(model.editionInForce ? 'in-force' : 'superseded', model.editionStatusLabel, model.editionInForce ? 'in-force' : 'superseded'),
        ' ',
        el('span', { class: 'tl-muted' }, [t.editionHint]),
      ]),
      el('p', { class: 'tl-edition-source tl-small' }, [
        t.source + ': ' + model.editionSource + ' — ' + t.certainty + ': ' + model.editionCertaintyLabel,
      ]),
    );
    parts.push(
      el('div', { class: 'tl-toolbar' }, [
        el(
          'button',
          { type: 'button', class: 'tl-button tl-button-secondary', 'data-action': 'expand-all', 'data-focus-key': 'expand-all' },
          [t.expandAll],
        ),
        el(
          'button',
          { type: 'button', class: 'tl-button tl-button-secondary', 'data-action': 'collapse-all', 'data-focus-key': 'collapse-all' },
          [t.collapseAll],
        ),
        el('span', { class: 'tl-muted tl-small', id: 'tl-keyboard-hint' }, [t.keyboardHint]),
      ]),
    );
    return el('header', { class: 'tl-header' }, parts);
  }

  function milestoneNote(milestoneId: string): string {
    const m = current().milestones.find((candidate) => candidate.id === milestoneId);
    return m ? m.systemNote : '';
  }

  function obligationList(obligations: ObligationView[], milestoneId: string): HTMLElement {
    const t = current().texts;
    const list = el('ul', { class: 'tl-obligations' });
    obligations.forEach((o, index) => {
      const actions = el('span', { class: 'tl-actions' }, [
        revealButton(t, o.pathLabel, 'reveal', {
          'data-milestone': milestoneId,
          'data-index': index,
          'data-focus-key': 'reveal:' + milestoneId + ':' + o.id,
        }),
        o.fixable
          ? revealButton(t, o.pathLabel, 'fix', {
              'data-milestone': milestoneId,
              'data-index': index,
              'data-focus-key': 'fix:' + milestoneId + ':' + o.id,
            })
          : null,
      ]);
      list.append(
        el('li', { class: 'tl-obligation tl-obligation-' + o.status, 'data-obligation': o.id, 'data-status': o.status }, [
          el('span', { class: 'tl-status-cell' }, [
            status(o.status, o.statusLabel),
            o.preparedLabel
              ? el(
                  'span',
                  { class: 'tl-prepared tl-block tl-prepared-' + (o.prepared ? 'yes' : 'no'), 'data-prepared': String(o.prepared) },
                  [o.prepared ? null : icon('missing'), o.prepared ? o.preparedLabel : ' ' + o.preparedLabel],
                )
              : null,
          ]),
          el('span', { class: 'tl-obligation-text' }, [
            el('span', null, [o.text]),
            el('span', { class: 'tl-muted tl-small tl-block' }, [o.article + ' · ', el('code', null, [o.pathLabel])]),
            // What a fix left: placeholders and unwritten documents count as missing until they are answered.
            o.toAnswer ? el('span', { class: 'tl-to-answer tl-small tl-block', 'data-to-answer': 'true' }, [o.toAnswer]) : null,
            // The reason, unless the milestone already says it for all of its obligations.
            o.dateReason && !(milestoneNote(milestoneId) || '').includes(o.dateReason)
              ? el('span', { class: 'tl-system-date tl-small tl-block', 'data-date-reason': 'true' }, [
                  format(t.systemNote, o.appliesFromLabel + ': ' + o.dateReason),
                ])
              : null,
          ]),
          actions,
        ]),
      );
    });
    return list;
  }

  function provisionItem(p: ProvisionView): HTMLElement {
    const model = current();
    const t = model.texts;
    const item = el(
      'li',
      {
        class: 'tl-provision' + (p.moved ? ' tl-provision-moved' : '') + (p.inForceHere ? '' : ' tl-provision-elsewhere'),
        'data-provision': p.id,
      },
      [el('span', { class: 'tl-provision-title' }, [p.title]), ' ', el('span', { class: 'tl-muted tl-small' }, ['(' + p.articles + ')'])],
    );
    // A moved provision's note says where it moved; a provision dated by the system's high-risk date says that its
    // date is not settled (the view model's note), moved or not.
    if (p.note) item.append(el('span', { class: 'tl-note tl-block', 'data-provision-note': 'true' }, [p.note]));
    if (p.moved) {
      const dates = el('ul', { class: 'tl-dates', 'aria-label': t.movedBadge });
      for (const d of p.dates) {
        dates.append(
          el(
            'li',
            {
              class: 'tl-date-entry' + (d.inForce ? ' tl-in-force' : ' tl-superseded'),
              'data-edition': d.edition,
              'data-in-force': String(d.inForce),
            },
            [
              el('span', { class: 'tl-muted' }, [d.editionLabel + ': ']),
              d.date
                ? el('time', { class: 'tl-date-value', datetime: d.date }, [d.dateLabel])
                : el('span', { class: 'tl-date-value' }, [d.dateLabel]),
              ' ',
              // The check mark only once the date has come: a date still to come is "in force from …", not in force.
              d.statusLabel
                ? badge(
                    d.inForce ? 'in-force' : 'superseded',
                    d.statusLabel,
                    d.inForce ? (d.date && d.date <= model.today ? 'in-force' : null) : 'superseded',
                  )
                : null,
              d.source
                ? el('span', { class: 'tl-muted tl-small tl-block' }, [
                    t.source + ': ' + d.source + ' — ' + t.certainty + ': ' + d.certaintyLabel,
                  ])
                : null,
            ],
          ),
        );
      }
      item.append(dates);
    }
    return item;
  }

  function renderMilestone(m: MilestoneView, selected: string | null, expanded: Set<string>): HTMLElement {
    const model = current();
    const t = model.texts;
    const isExpanded = expanded.has(m.id);
    const detailsId = 'tl-details-' + m.id;
    const moved = m.provisions.some((p) => p.moved);
    const badges = el('div', { class: 'tl-badges' }, [
      badge('phase tl-badge-' + m.phase, t.phase[m.phase]),
      m.requested ? badge('requested', t.requested) : null,
      moved ? badge('moved', t.movedBadge) : null,
      el('span', { class: 'tl-muted tl-small' }, [m.kindLabel]),
      m.obligations.length > 0 ? badge('count', format(t.obligationCount, m.obligations.length)) : null,
      m.counts.missing > 0 ? badge('missing', format(t.missingCount, m.counts.missing), 'missing') : null,
      m.counts.gaps > 0 ? badge('gaps', format(t.gapCount, m.counts.gaps), 'missing') : null,
      m.systemNote ? badge('system', t.systemDate) : null,
    ]);
    const toggle = el(
      'button',
      {
        type: 'button',
        class: 'tl-toggle',
        id: 'tl-toggle-' + m.id,
        'data-action': 'toggle',
        'data-id': m.id,
        'data-focus-key': 'toggle:' + m.id,
        'aria-expanded': String(isExpanded),
        'aria-controls': detailsId,
        'aria-label': m.ariaLabel,
        'aria-current': m.id === model.currentMilestoneId ? 'date' : null,
        tabindex: m.id === selected ? '0' : '-1',
      },
      [
        el('span', { class: 'tl-chevron', 'aria-hidden': 'true' }, [isExpanded ? '▾' : '▸']),
        el('span', { class: 'tl-milestone-title' }, [m.title]),
      ],
    );

    const details = el('div', { class: 'tl-details', id: detailsId, hidden: !isExpanded }, [el('p', { class: 'tl-summary' }, [m.summary])]);
    if (m.systemNote) details.append(el('p', { class: 'tl-system-date', 'data-system-note': 'true' }, [m.systemNote]));
    if (m.kind !== 'system') details.append(el('h3', null, [t.bringsIntoApplication]));
    if (m.kind === 'system') {
      // A date of this system's own: no provision of the law starts on it.
    } else if (m.provisions.length > 0) {
      const list = el('ul', { class: 'tl-provisions' });
      for (const p of m.provisions) list.append(provisionItem(p));
      details.append(list);
    } else {
      details.append(el('p', { class: 'tl-muted' }, [t.nothingNew]));
    }
    if (model.manifest && model.manifest.tier !== null) {
      details.append(el('h3', null, [t.systemObligations]));
      details.append(
        m.obligations.length > 0 ? obligationList(m.obligations, m.id) : el('p', { class: 'tl-muted' }, [t.noSystemObligations]),
      );
    }
    if (m.source)
      details.append(
        el('p', { class: 'tl-source tl-small' }, [t.source + ': ' + m.source + ' — ' + t.certainty + ': ' + m.certaintyLabel]),
      );

    return el(
      'li',
      {
        class:
          'tl-item tl-' +
          m.phase +
          (m.requested ? ' tl-requested' : '') +
          (m.systemNote ? ' tl-has-system-date' : '') +
          (m.id === selected ? ' tl-selected' : ''),
        role: 'listitem',
        'data-id': m.id,
        'data-date': m.date,
        'data-phase': m.phase,
      },
      [
        el('div', { class: 'tl-date' }, [el('time', { datetime: m.date }, [m.dateLabel])]),
        el('div', { class: 'tl-dot', 'aria-hidden': 'true' }),
        el('div', { class: 'tl-card' }, [el('h2', { class: 'tl-heading' }, [toggle]), badges, details]),
      ],
    );
  }

  function renderToday(): HTMLElement {
    const model = current();
    const t = model.texts;
    return el('li', { class: 'tl-today', role: 'listitem', 'aria-label': t.today + ': ' + model.todayLabel, 'data-date': model.today }, [
      el('div', { class: 'tl-date' }, [el('strong', null, [t.today])]),
      el('div', { class: 'tl-dot', 'aria-hidden': 'true' }),
      el('div', { class: 'tl-today-line' }, [el('time', { datetime: model.today }, [model.todayLabel])]),
    ]);
  }

  function render(): void {
    if (!model || !Array.isArray(model.milestones)) return;
    const active = document.activeElement;
    const focusKey = active && root.contains(active) ? active.getAttribute('data-focus-key') : null;
    const scroll = window.scrollY;

    document.documentElement.lang = model.lang;
    document.title = model.texts.title;
    const selected = selectedId();
    const expanded = expandedSet();
    const list = el('ol', { class: 'tl-axis', role: 'list', 'aria-label': model.texts.milestones, 'aria-describedby': 'tl-keyboard-hint' });
    let todayPlaced = false;
    for (const m of model.milestones) {
      if (!todayPlaced && m.date > model.today) {
        list.append(renderToday());
        todayPlaced = true;
      }
      list.append(renderMilestone(m, selected, expanded));
    }
    if (!todayPlaced) list.append(renderToday());

    root.replaceChildren(renderHeader(), list);
    root.setAttribute('aria-busy', 'false');

    if (focusKey) {
      const again = root.querySelector<HTMLElement>('[data-focus-key="' + CSS.escape(focusKey) + '"]');
      if (again) again.focus({ preventScroll: true });
    }
    window.scrollTo(0, scroll);
  }

  function toggles(): HTMLButtonElement[] {
    return Array.from(root.querySelectorAll<HTMLButtonElement>('button.tl-toggle'));
  }

  function select(id: string | null, focus: boolean): void {
    state.selected = id;
    saveState();
    for (const button of toggles()) {
      const isSelected = button.getAttribute('data-id') === id;
      button.tabIndex = isSelected ? 0 : -1;
      button.closest('.tl-item')?.classList.toggle('tl-selected', isSelected);
      if (isSelected && focus) {
        button.focus();
        button.scrollIntoView({ block: 'nearest', behavior: reduceMotion.matches ? 'auto' : 'smooth' });
      }
    }
  }

  function setExpanded(ids: Set<string>): void {
    state.expanded = Array.from(ids);
    saveState();
    for (const button of toggles()) {
      const open = ids.has(button.getAttribute('data-id') ?? '');
      button.setAttribute('aria-expanded', String(open));
      const chevron = button.querySelector('.tl-chevron');
      if (chevron) chevron.textContent = open ? '▾' : '▸';
      const details = document.getElementById(button.getAttribute('aria-controls') ?? '');
      if (details) details.hidden = !open;
    }
  }

  function obligationFor(button: Element): ObligationView | undefined {
    const model = current();
    const milestoneId = button.getAttribute('data-milestone');
    const index = Number(button.getAttribute('data-index'));
    const source =
      milestoneId === 'unplaced'
        ? model.manifest && model.manifest.unplaced
        : model.milestones.find((m) => m.id === milestoneId)?.obligations;
    return source ? source[index] : undefined;
  }

  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    if (!button || !model) return;
    const action = button.getAttribute('data-action');
    if (action === 'toggle') {
      const id = button.getAttribute('data-id') ?? '';
      const ids = expandedSet();
      if (ids.has(id)) ids.delete(id);
      else ids.add(id);
      select(id, false);
      setExpanded(ids);
    } else if (action === 'expand-all') {
      setExpanded(new Set(milestoneIds()));
    } else if (action === 'collapse-all') {
      setExpanded(new Set());
    } else if (action === 'reveal' && button.hasAttribute('data-reason')) {
      const reason = model.manifest && model.manifest.reasons[Number(button.getAttribute('data-reason'))];
      if (reason) vscode.postMessage({ command: 'reveal', path: reason.path.slice() });
    } else if (action === 'reveal' || action === 'fix') {
      const o = obligationFor(button);
      if (!o) return;
      if (action === 'reveal') vscode.postMessage({ command: 'reveal', path: o.path.slice() });
      else
        vscode.postMessage({
          command: 'fix',
          path: o.path.slice(),
          ruleIds: o.ruleIds.slice() as Extract<TimelineMessage, { command: 'fix' }>['ruleIds'],
        });
    }
  });

  // Roving tabindex: one milestone in the tab order; arrows, Home and End move between them.
  root.addEventListener('keydown', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.classList.contains('tl-toggle')) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = toggles();
    const index = buttons.indexOf(target as HTMLButtonElement);
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(index + 1, buttons.length - 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(index - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = buttons.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    select(buttons[next].getAttribute('data-id'), true);
  });

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data as { command?: unknown; model?: unknown } | null;
    if (!message || typeof message !== 'object' || message.command !== 'update') return;
    const next = message.model as Partial<TimelineModel> | null | undefined;
    if (!next || typeof next !== 'object' || !Array.isArray(next.milestones) || !next.texts) return;
    model = next as TimelineModel;
    render();
  });

  render();
  const initial = model ? root.querySelector('.tl-item.tl-selected') : null;
  if (initial && !saved.selected) initial.scrollIntoView({ block: 'center' });
})();
