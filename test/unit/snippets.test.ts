import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkManifestText } from '../../src/core/check';
import { assess } from '../../src/core/assessment/assess';
import { manifestSnippets } from '../../src/core/features/completion';
import { SNIPPETS_FILE, snippetsFileText } from '../../scripts/generate-snippets';
import { expandSnippet } from './snippetText';

const ROOT = path.join(__dirname, '../../..');

interface FileTemplate {
  isFileTemplate?: boolean;
  prefix?: string;
  description: string;
  body: string[];
}

describe('snippets/: the file templates', () => {
  const text = readFileSync(path.join(ROOT, SNIPPETS_FILE), 'utf8');
  // The file opens with comment lines (VS Code reads snippet files as JSON with comments).
  const templates = JSON.parse(text.replace(/^\/\/.*\n/gm, '')) as Record<string, FileTemplate>;

  it('are generated from the schema’s whole-manifest snippets and up to date (npm run generate:snippets)', () => {
    assert.equal(text, snippetsFileText());
    assert.deepEqual(
      Object.keys(templates),
      manifestSnippets().map((snippet) => snippet.label),
    );
  });

  it('are file templates for a citizen chatbot, a journal-note assistant, a decision-support tool and a provider’s system, without a prefix', () => {
    assert.deepEqual(Object.keys(templates), [
      'AI system manifest: citizen chatbot',
      'AI system manifest: journal-note assistant',
      'AI system manifest: decision-support tool',
      "AI system manifest: provider's system",
    ]);
    for (const [label, template] of Object.entries(templates)) {
      assert.equal(template.isFileTemplate, true, label);
      assert.equal(template.prefix, undefined, `${label}: no prefix (completion offers the same text in an empty file)`);
      assert.ok(template.description.length > 20, label);
    }
  });

  it('are contributed for the manifest language and shipped in the .vsix', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { snippets: { language: string; path: string }[] };
    };
    assert.deepEqual(pkg.contributes.snippets, [{ language: 'ai-system-yaml', path: `./${SNIPPETS_FILE}` }]);
    assert.match(readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!snippets\/\*\*$/m);
  });

  for (const [label, template] of Object.entries(templates)) {
    it(`${label}, inserted in an empty file: the tier is not determined, every finding a placeholder, no duty met`, () => {
      const manifest = expandSnippet(template.body.join('\n'));
      const result = checkManifestText(manifest);
      assert.equal(result.tier?.tier ?? null, null, 'tier not determined');
      const findings = result.findings.map((finding) => finding.ruleId);
      assert.ok(findings.length > 10, `${findings.length} findings`);
      const others = result.findings.filter((finding) => finding.ruleId !== 'placeholder-value');
      assert.deepEqual(
        others.map((finding) => `${finding.ruleId} ${finding.path.join('.')}`),
        [],
        'only placeholders',
      );
      assert.deepEqual(
        assess(result, '2026-12-05').obligations.filter((obligation) => obligation.status === 'met'),
        [],
      );
      assert.doesNotMatch(manifest, /:\s*(true|false)\s*$/m, 'no yes/no answer given for the author');
    });
  }
});
