import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ids from '../../src/extension/ids';

// src/extension/ids.ts against package.json's `contributes`, both ways: an id the code uses that package.json lacks
// is a dead command or view; one package.json names that the code lacks is a button that does nothing. That the
// bundle registers exactly these commands is checked in the stub extension host (bundle-layout.test.ts).

interface Contributes {
  commands: { command: string }[];
  menus: Record<string, { command: string; when?: string }[]>;
  views: Record<string, { id: string }[]>;
  viewsContainers: { activitybar: { id: string }[] };
  viewsWelcome: { view: string; when?: string }[];
  languages: { id: string }[];
  grammars: { language: string }[];
  configuration: { properties: Record<string, unknown> };
  configurationDefaults: Record<string, unknown>;
  walkthroughs: { steps: { completionEvents: string[] }[] }[];
}

const root = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: Contributes;
};
const contributes = manifest.contributes;
const sorted = (values: Iterable<string>) => [...values].sort();

/** Every `when` clause in package.json. */
function whenClauses(): string[] {
  return [
    ...Object.values(contributes.menus)
      .flat()
      .map((item) => item.when),
    ...contributes.viewsWelcome.map((item) => item.when),
  ].filter((when): when is string => when !== undefined);
}

describe('contributed ids (src/extension/ids.ts against package.json)', () => {
  it('contributes exactly the commands the code contributes, and none of the internal ones', () => {
    assert.deepEqual(sorted(contributes.commands.map((c) => c.command)), sorted(ids.CONTRIBUTED_COMMANDS));
    for (const command of ids.INTERNAL_COMMANDS) assert.ok(!ids.CONTRIBUTED_COMMANDS.includes(command), command);
  });

  it('lists every command constant of ids.ts as contributed or internal', () => {
    const constants = Object.entries(ids).filter(([name]) => name.endsWith('_COMMAND'));
    assert.ok(constants.length >= 10);
    for (const [name, value] of constants) {
      const lists = [ids.CONTRIBUTED_COMMANDS, ids.INTERNAL_COMMANDS].filter((list) => list.includes(value as string));
      assert.equal(lists.length, 1, `${name} is in exactly one of CONTRIBUTED_COMMANDS and INTERNAL_COMMANDS`);
    }
    assert.equal(constants.length, ids.CONTRIBUTED_COMMANDS.length + ids.INTERNAL_COMMANDS.length, 'no list entry without a constant');
  });

  it('puts only contributed commands in menus, and every walkthrough event on a known command or view', () => {
    for (const [menu, items] of Object.entries(contributes.menus))
      for (const item of items) assert.ok(ids.CONTRIBUTED_COMMANDS.includes(item.command), `${menu}: ${item.command}`);
    for (const event of contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps.flatMap((step) => step.completionEvents))) {
      const [kind, id] = event.split(':');
      if (kind === 'onView') assert.equal(id, ids.AI_SYSTEMS_VIEW, event);
      else if (!id.startsWith('editor.action.')) assert.ok([...ids.CONTRIBUTED_COMMANDS, ...ids.INTERNAL_COMMANDS].includes(id), event);
    }
  });

  it('has the view container, the view and the webview panel of the code', () => {
    assert.deepEqual(
      contributes.viewsContainers.activitybar.map((container) => container.id),
      [ids.VIEW_CONTAINER],
    );
    assert.deepEqual(Object.keys(contributes.views), [ids.VIEW_CONTAINER]);
    assert.deepEqual(
      contributes.views[ids.VIEW_CONTAINER].map((view) => view.id),
      [ids.AI_SYSTEMS_VIEW],
    );
    assert.deepEqual(
      contributes.viewsWelcome.map((welcome) => welcome.view),
      [ids.AI_SYSTEMS_VIEW],
    );
    assert.ok(manifest.activationEvents.includes(`onWebviewPanel:${ids.TIMELINE_VIEW_TYPE}`), 'a restored panel activates the extension');
  });

  it('has the language of the code', () => {
    assert.deepEqual(
      contributes.languages.map((language) => language.id),
      [ids.LANGUAGE_ID],
    );
    assert.deepEqual(
      contributes.grammars.map((grammar) => grammar.language),
      [ids.LANGUAGE_ID],
    );
    assert.deepEqual(Object.keys(contributes.configurationDefaults), [`[${ids.LANGUAGE_ID}]`]);
  });

  it('has exactly the settings the code reads', () => {
    assert.deepEqual(sorted(Object.keys(contributes.configuration.properties)), sorted(ids.SETTINGS.map((key) => `${ids.SECTION}.${key}`)));
  });

  it('names in `when` clauses only the ids of the code', () => {
    const known = new Map<string, readonly string[]>([
      ['view', [ids.AI_SYSTEMS_VIEW]],
      ['viewItem', [ids.SYSTEM_ITEM_CONTEXT, ids.NEXT_DUTY_ITEM_CONTEXT]],
      ['editorLangId', [ids.LANGUAGE_ID]],
      ['resourceLangId', [ids.LANGUAGE_ID]],
    ]);
    const clauses = whenClauses();
    assert.ok(clauses.length > 5);
    for (const when of clauses) {
      for (const [, key, value] of when.matchAll(/(\w+) == ([\w.-]+)/g)) {
        assert.ok(known.has(key), `${when}: a test for ${key}`);
        assert.ok(known.get(key)!.includes(value), `${when}: ${value} is an id of ids.ts`);
      }
      for (const [contextKey] of when.matchAll(/\baiSystemManifest[\w.]*/g))
        if (!/== $/.test(when.slice(0, when.indexOf(contextKey))))
          assert.ok([ids.SYSTEMS_LOADED_CONTEXT, ids.HAS_MANIFESTS_CONTEXT].includes(contextKey), `${when}: ${contextKey}`);
    }
    assert.ok(
      clauses.some((when) => when.includes(ids.SYSTEMS_LOADED_CONTEXT)),
      'the context key the view sets is used',
    );
  });
});
