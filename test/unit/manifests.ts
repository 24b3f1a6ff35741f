import { stringify } from 'yaml';
import { checkManifest, checkManifestText, type CheckOptions, type CheckResult } from '../../src/core/check';
import type { Finding, SourceRange } from '../../src/core/types';
import { documentReferences } from '../../src/core/documents/fields';

/** The text of a clean, minimal-risk manifest of a deployer that processes personal data, as written by hand: no finding. */
export const MINIMAL_MANIFEST_TEXT = `manifestVersion: 1
system:
  id: test-system
  name: Testsystem
  description: Drafts journal notes for caseworkers.
  owner:
    organisation: Eksempel Kommune
    contact: ai@eksempel.dk
  role: deployer
legalBasis:
  act: LAB
purpose:
  category: case-support
  tasks: [journal-notes]
decisions:
  automated: false
  caseworkerDecides: true
riskClassification:
  practices: []
  annexIII: []
  profiling: false
humanOversight:
  reviewer: Sagsbehandler
  canOverride: true
  procedure: docs/human-oversight.md
transparency:
  citizenNotice: https://eksempel.dk/privatliv#ai
dataProtection:
  personalData: true
  categories: [ordinary, cpr]
  gdprLegalBasis: Art. 6(1)(e)
  dataMinimisation: Only the fields the note needs.
  security: Hosted in the EU.
  dpia:
    status: completed
    document: docs/dpia.md
aiLiteracy:
  measures: Training for all caseworkers.
`;

/** A clean, minimal-risk manifest of a deployer that processes personal data: no rule fires on it. */
export function minimalManifest(): Record<string, any> {
  return {
    manifestVersion: 1,
    system: {
      id: 'test-system',
      name: 'Testsystem',
      description: 'Drafts journal notes for caseworkers.',
      version: '1.0.0',
      status: 'pilot',
      owner: { organisation: 'Eksempel Kommune', unit: 'Jobcenter Eksempel', contact: 'ai@eksempel.dk' },
      role: 'deployer',
    },
    legalBasis: { act: 'LAB', provision: 'LOB § 3, stk. 2' },
    purpose: { category: 'case-support', tasks: ['journal-notes'], affectedPersons: ['citizens'] },
    decisions: { automated: false, caseworkerDecides: true },
    riskClassification: { practices: [], annexIII: [], profiling: false },
    humanOversight: { reviewer: 'Sagsbehandler', canOverride: true, procedure: 'docs/human-oversight.md' },
    transparency: { citizenNotice: 'https://eksempel.dk/privatliv#ai' },
    dataProtection: {
      personalData: true,
      categories: ['ordinary', 'cpr'],
      gdprLegalBasis: 'Art. 6(1)(e)',
      dataMinimisation: 'Only the case file fields the note needs.',
      security: 'Hosted in the EU, encrypted, access by role.',
      dpia: { status: 'completed', document: 'docs/dpia.md', date: '2026-03-01' },
    },
    aiLiteracy: { measures: 'Training for all caseworkers.' },
  };
}

/** A clean high-risk (Annex III point 5, no derogation) manifest of a provider-and-deployer. */
export function highRiskManifest(): Record<string, any> {
  const manifest = minimalManifest();
  manifest.system.role = 'provider-and-deployer';
  manifest.purpose = { category: 'decision-support', tasks: ['recommendation'], affectedPersons: ['citizens'] };
  manifest.decisions.explanation =
    "The reasons of each decision state the system's recommendation and how the caseworker weighed it; a citizen can ask the job centre for an explanation.";
  manifest.riskClassification = { practices: [], annexIII: ['essential-public-services'], profiling: false };
  manifest.humanOversight.competence = 'Trained in reading recommendations critically.';
  // Art. 26(7): every high-risk deployer informs its workers and their representatives.
  manifest.transparency.workersInformed = true;
  manifest.fria = { status: 'completed', document: 'docs/fria.md' };
  manifest.logging = { enabled: true, retentionMonths: 6 };
  manifest.deployment = {
    instructionsFollowed: true,
    inputDataRelevance: 'Only current case data.',
    monitoring: 'docs/monitoring.md',
    affectedPersonsInformed: true,
    euDatabaseRegistration: 'EU-DB-DEP-1',
    providerRegistration: 'EU-DB-PROV-1',
  };
  manifest.documentation = {
    technical: 'docs/technical-documentation.md',
    riskManagement: 'docs/risk-management.md',
    dataGovernance: 'docs/data-governance.md',
    accuracyRobustnessCybersecurity: 'docs/accuracy.md',
    qualityManagement: 'docs/qms.md',
    instructionsForUse: 'docs/instructions.md',
    conformityAssessment: 'docs/conformity.md',
    postMarketMonitoring: 'docs/post-market.md',
    euDatabaseRegistration: 'EU-DB-123',
  };
  return manifest;
}

export function toYaml(manifest: unknown): string {
  return stringify(manifest, { lineWidth: 0 });
}

export function check(manifest: unknown, options?: CheckOptions): CheckResult {
  return checkManifestText(typeof manifest === 'string' ? manifest : toYaml(manifest), options);
}

export function checkWithFiles(manifest: unknown, exists: (path: string) => boolean): Promise<CheckResult> {
  return checkManifest(typeof manifest === 'string' ? manifest : toYaml(manifest), { fileExists: exists });
}

/** The text a range covers. */
export function textAt(text: string, range: SourceRange): string {
  const lines = text.split(/\r?\n/);
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  const parts = [lines[range.start.line].slice(range.start.character)];
  for (let line = range.start.line + 1; line < range.end.line; line++) parts.push(lines[line]);
  parts.push(lines[range.end.line].slice(0, range.end.character));
  return parts.join('\n');
}

export function findingsOf(result: CheckResult, ruleId: string): Finding[] {
  return result.findings.filter((finding) => finding.ruleId === ruleId);
}

/**
 * A written document in the user's own format (no template, no question comments): more than 40 words of its own
 * text, so the check counts it as written (spec: "Documents").
 */
export const WRITTEN_DOCUMENT = [
  '# Procedure',
  '',
  'The caseworker reads every draft the system suggests before anything is saved to the case file.',
  'Where the draft is wrong or incomplete, the caseworker corrects it or writes the note without the system.',
  'The team leader samples ten cases every month and records what was changed, and the data protection officer reviews the sample each quarter.',
  '',
].join('\n');

/** A written document (`WRITTEN_DOCUMENT`) for every local document the manifest links: path → text. */
export function writtenDocumentsOf(manifest: unknown): Record<string, string> {
  return Object.fromEntries(documentReferences(manifest).map((reference) => [reference.target, WRITTEN_DOCUMENT]));
}
