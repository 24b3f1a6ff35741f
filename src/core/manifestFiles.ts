/** `ai-system.yaml`, `ai-system.yml`, `*.ai-system.yaml`, `*.ai-system.yml` (spec: "Which files are manifests"). */
export function isManifestFileName(name: string): boolean {
  return /^(?:.+\.)?ai-system\.ya?ml$/.test(name);
}
