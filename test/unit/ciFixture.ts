/** A repository of manifests for the CI tests: written to a temporary folder, with the documents the manifests name. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { minimalManifest, toYaml, WRITTEN_DOCUMENT } from './manifests';

/** A temporary repository with each manifest (path → YAML text) and, beside each, the documents its fields name. */
export function repository(manifests: Record<string, string>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aism-ci-'));
  for (const [file, text] of Object.entries(manifests)) {
    const manifest = path.join(folder, file);
    fs.mkdirSync(path.dirname(manifest), { recursive: true });
    fs.writeFileSync(manifest, text);
    for (const document of ['docs/human-oversight.md', 'docs/dpia.md']) {
      const target = path.join(path.dirname(manifest), document);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, WRITTEN_DOCUMENT);
    }
  }
  return folder;
}

/** A manifest with two errors of one rule on two fields (GDPR), another error (transparency) and a warning (AI literacy). */
export function flawedManifest(): Record<string, any> {
  const manifest = minimalManifest();
  delete manifest.dataProtection.security;
  delete manifest.dataProtection.dataMinimisation;
  delete manifest.transparency;
  delete manifest.aiLiteracy;
  return manifest;
}

export const cleanManifestText = (): string => toYaml(minimalManifest());
export const flawedManifestText = (): string => toYaml(flawedManifest());
