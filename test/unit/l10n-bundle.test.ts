// The l10n bundles against the code: every English message of the core, the CLI and the extension (the string
// literal of each localize/localized/t call) has its Danish text with the same arguments, and the bundles hold
// nothing else. scripts/l10n-messages.ts finds the calls, as @vscode/l10n-dev would.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { placeholders, scanMessages } from '../../scripts/l10n-messages';
import { localize, localized } from '../../src/core/l10n';

const root = path.resolve(__dirname, '..', '..', '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, string>;

describe('l10n bundles', () => {
  const english = readJson('l10n/bundle.l10n.json');
  const danish = readJson('l10n/bundle.l10n.da.json');
  const { messages, notLiteral } = scanMessages(root);
  const used = new Set(messages.map((m) => m.message));
  const where = (message: string) =>
    messages
      .filter((m) => m.message === message)
      .map((m) => `${m.file}:${m.line}`)
      .join(', ');

  it('finds the messages of the core and of the extension', () => {
    assert.ok(
      messages.some((m) => m.file.startsWith('src/core/')),
      'no message found in src/core',
    );
    assert.ok(
      messages.some((m) => m.file.startsWith('src/extension/')),
      'no message found in src/extension',
    );
  });

  it('reads every message from a string literal, so that it can be checked', () => {
    assert.deepEqual(
      notLiteral.map((m) => `${m.file}:${m.line} ${m.message}`),
      [],
    );
  });

  it('has a Danish text for every message, with the same arguments', () => {
    for (const message of used) {
      assert.ok(message in danish, `no Danish text for ${JSON.stringify(message)} (${where(message)})`);
      assert.equal(placeholders(danish[message]), placeholders(message), `arguments of ${JSON.stringify(message)}`);
      assert.ok(danish[message].trim() !== '', `empty Danish text for ${JSON.stringify(message)}`);
    }
  });

  it('has no entry the code does not use, and bundle.l10n.json lists the English messages', () => {
    for (const key of Object.keys(danish)) assert.ok(used.has(key), `unused in bundle.l10n.da.json: ${JSON.stringify(key)}`);
    assert.deepEqual(Object.keys(english).sort(), [...used].sort(), 'bundle.l10n.json: run npm run l10n:extract');
    for (const [key, value] of Object.entries(english)) assert.equal(value, key);
  });

  it('looks a message up per call, with arguments in both languages', () => {
    const message = [...used].find((m) => placeholders(m) === '{0}' && danish[m] !== m);
    assert.ok(message, 'a message with one argument');
    assert.equal(localize('en', message, 'X'), message.replace('{0}', 'X'));
    assert.equal(localize('da', message, 'X'), danish[message].replace('{0}', 'X'));
    assert.deepEqual(localized(message, { en: 'E', da: 'D' }), {
      en: message.replace('{0}', 'E'),
      da: danish[message].replace('{0}', 'D'),
    });
  });
});
