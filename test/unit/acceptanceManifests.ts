import { minimalManifest } from './manifests';

/** The minimal manifest with non-EU hosting (non-eu-hosting, warning) and a reviewer without override (human-oversight-missing ×2, errors). */
export function withGaps(entries?: unknown[]): Record<string, any> {
  const manifest = minimalManifest();
  manifest.model = { hosting: 'non-eu' };
  manifest.humanOversight = { procedure: 'docs/human-oversight.md', canOverride: false };
  if (entries) manifest.acceptedFindings = entries;
  return manifest;
}

export const ENTRY = {
  reason: 'Standard contractual clauses reviewed (DPIA section 4).',
  acceptedBy: 'DPO, Eksempel Kommune',
  date: '2026-11-20',
};
