import * as assert from 'node:assert/strict';
import { checkWithFiles, findingsOf, minimalManifest, textAt, toYaml } from '../manifests';

describe('rule dpia-document-not-found', () => {
  it('dpia-document-not-found: a named document that does not exist', async () => {
    const manifest = minimalManifest();
    const text = toYaml(manifest);
    const missing = await checkWithFiles(text, (path) => path !== 'docs/dpia.md');
    const found = findingsOf(missing, 'dpia-document-not-found');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.equal(textAt(text, found[0].range), 'docs/dpia.md');
    assert.ok(found[0].message.en.includes('dataProtection.dpia.document'));
    const present = await checkWithFiles(text, () => true);
    assert.deepEqual(findingsOf(present, 'dpia-document-not-found'), []);
  });

  it('dpia-document-not-found: URLs are not checked', async () => {
    const manifest = minimalManifest();
    manifest.humanOversight.procedure = 'https://intranet.eksempel.dk/tilsyn';
    const result = await checkWithFiles(manifest, (path) => path !== 'https://intranet.eksempel.dk/tilsyn');
    assert.deepEqual(findingsOf(result, 'dpia-document-not-found'), []);
  });
});
