import * as assert from 'node:assert/strict';
import { checkManifest } from '../../../src/core/check';
import { firstUnfinishedLine, MAX_DOCUMENT_BYTES, type DocumentFile } from '../../../src/core/rules/document-incomplete';
import { renderTemplate } from '../../../src/core/templates/index';
import { findingsOf, minimalManifest, textAt, toYaml } from '../manifests';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Files beside the manifest, by relative path. */
function files(contents: Record<string, Uint8Array | string | { size: number }>) {
  const file = (relative: string): DocumentFile | undefined => {
    const content = contents[relative];
    if (content === undefined) return undefined;
    if (typeof content === 'object' && !(content instanceof Uint8Array))
      return { size: content.size, read: () => assert.fail('not read over the limit') };
    const bytes = typeof content === 'string' ? encode(content) : content;
    return { size: bytes.length, read: () => bytes };
  };
  return { fileExists: (relative: string) => contents[relative] !== undefined, readDocument: file };
}

const FINISHED = '# Procedure\n\nThe caseworker reviews every draft.\n';

describe('rule document-incomplete', () => {
  const text = toYaml(minimalManifest());
  const stub = renderTemplate('dpia', 'en', {
    systemName: 'Testsystem',
    systemId: 'test-system',
    organisation: 'Eksempel Kommune',
    date: '2026-12-01',
  });

  it('a documentation stub with its marker: an error when the manifest calls the DPIA completed, naming the first unfinished line', async () => {
    const result = await checkManifest(text, files({ 'docs/dpia.md': stub, 'docs/human-oversight.md': FINISHED }));
    const [finding] = findingsOf(result, 'document-incomplete');
    assert.equal(finding.severity, 'error');
    assert.equal(textAt(text, finding.range), 'docs/dpia.md');
    assert.match(
      finding.message.en,
      /'docs\/dpia\.md' \(linked from `dataProtection\.dpia\.document`\) is not finished, although the manifest calls it completed: line 1 still holds the template marker/,
    );
    assert.equal(finding.related?.[0].file, 'docs/dpia.md');
    assert.equal(finding.related?.[0].range.start.line, 0);
    // Control: the same manifest with the finished documents.
    const control = await checkManifest(text, files({ 'docs/dpia.md': '# DPIA\n\nDone.\n', 'docs/human-oversight.md': FINISHED }));
    assert.deepEqual(control.findings, []);
  });

  it('a TODO (upper case, whole word) is unfinished; todo, TODOs and TODO-like words are not', async () => {
    const unfinished = await checkManifest(text, files({ 'docs/dpia.md': '# DPIA\n\nRisks: TODO\n', 'docs/human-oversight.md': FINISHED }));
    const [finding] = findingsOf(unfinished, 'document-incomplete');
    assert.match(finding.message.en, /line 3 still says TODO \('Risks: TODO'\)/);
    assert.deepEqual(finding.related?.[0].range, { start: { line: 2, character: 7 }, end: { line: 2, character: 11 } });
    const control = await checkManifest(
      text,
      files({ 'docs/dpia.md': '# DPIA\n\nOur todo list and TODOs are done; TODOLIST.\n', 'docs/human-oversight.md': FINISHED }),
    );
    assert.deepEqual(findingsOf(control, 'document-incomplete'), []);
  });

  it('a warning where the manifest does not call the document done (the procedure, or a DPIA in progress)', async () => {
    const result = await checkManifest(text, files({ 'docs/dpia.md': '# DPIA\n', 'docs/human-oversight.md': 'TODO\n' }));
    const [finding] = findingsOf(result, 'document-incomplete');
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.path, ['humanOversight', 'procedure']);
    const manifest = minimalManifest();
    manifest.system.status = 'development';
    manifest.dataProtection.dpia.status = 'in-progress';
    const inProgress = await checkManifest(toYaml(manifest), files({ 'docs/dpia.md': stub, 'docs/human-oversight.md': FINISHED }));
    assert.equal(findingsOf(inProgress, 'document-incomplete')[0].severity, 'warning');
  });

  it('a document over 1 MiB or not UTF-8 is reported once as unreadable, never read whole, never a crash', async () => {
    const large = await checkManifest(
      text,
      files({ 'docs/dpia.md': { size: MAX_DOCUMENT_BYTES + 1 }, 'docs/human-oversight.md': new Uint8Array([0xff, 0xfe, 0x00]) }),
    );
    const messages = findingsOf(large, 'document-incomplete').map((f) => f.message.en);
    assert.equal(messages.length, 2);
    assert.ok(messages.some((m) => /'docs\/dpia\.md', which cannot be read .* larger than 1 MiB/.test(m)));
    assert.ok(messages.some((m) => /'docs\/human-oversight\.md', which cannot be read .* not UTF-8 text/.test(m)));
  });

  it('a reader that throws gives one finding, not a failed check; a missing file is dpia-document-not-found only', async () => {
    const result = await checkManifest(text, {
      fileExists: (relative) => relative !== 'docs/human-oversight.md',
      readDocument: (relative) =>
        relative === 'docs/human-oversight.md'
          ? undefined
          : {
              size: 3,
              read: () => {
                throw new Error('EACCES');
              },
            },
    });
    assert.deepEqual(result.findings.map((f) => f.ruleId).sort(), ['document-incomplete', 'dpia-document-not-found']);
  });

  it('firstUnfinishedLine finds the marker or the first TODO, with CRLF line ends', () => {
    assert.deepEqual(firstUnfinishedLine('a\r\nb TODO c\r\n'), { line: 1, character: 2, endCharacter: 8, text: 'b TODO c' });
    assert.equal(firstUnfinishedLine('æTODOø'), undefined);
    assert.equal(firstUnfinishedLine('done'), undefined);
  });
});
