import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { checkManifest, checkManifestText } from '../../src/core/check';
import {
  applyInserts,
  documentFixNotice,
  fixAll,
  fixAllDocumentsNotice,
  fixesFor,
  linkingExistingFile,
  type Fix,
  type FixKind,
  type TextInsert,
} from '../../src/core/features/fixes';
import { samePath } from '../../src/core/rules/rule';
import { detectTemplateKind } from '../../src/core/templates/index';
import type { Finding, ManifestPath, RuleId } from '../../src/core/types';
import { MINIMAL_MANIFEST_TEXT as BASE } from './manifests';

const DATE = '2026-03-01';

/** A clean high-risk (Annex III point 5) manifest of a provider-and-deployer: no finding. */
const HIGH = `manifestVersion: 1
system:
  id: test-system
  name: Testsystem
  description: Recommends measures for citizens.
  owner:
    organisation: Eksempel Kommune
    contact: ai@eksempel.dk
  role: provider-and-deployer
legalBasis:
  act: LAB
purpose:
  category: decision-support
  tasks: [recommendation]
  affectedPersons: [citizens]
decisions:
  automated: false
  caseworkerDecides: true
riskClassification:
  practices: []
  annexIII: [essential-public-services]
  profiling: false
humanOversight:
  reviewer: Sagsbehandler
  canOverride: true
  competence: Trained in reading recommendations critically.
  procedure: docs/human-oversight.md
transparency:
  citizenNotice: https://eksempel.dk/privatliv#ai
dataProtection:
  personalData: false
fria:
  status: completed
  document: docs/fria.md
logging:
  enabled: true
  retentionMonths: 6
aiLiteracy:
  measures: Training for all caseworkers.
deployment:
  instructionsFollowed: true
  inputDataRelevance: Only current case data.
  monitoring: docs/monitoring.md
  affectedPersonsInformed: true
  euDatabaseRegistration: EU-DB-DEP-1
  providerRegistration: EU-DB-PROV-1
documentation:
  technical: docs/technical-documentation.md
  riskManagement: docs/risk-management.md
  dataGovernance: docs/data-governance.md
  accuracyRobustnessCybersecurity: docs/accuracy.md
  qualityManagement: docs/qms.md
  instructionsForUse: docs/instructions.md
  conformityAssessment: docs/conformity.md
  postMarketMonitoring: docs/post-market.md
  euDatabaseRegistration: EU-DB-123
`;

/** The text with whole lines removed (each must occur exactly once). */
function without(text: string, ...lines: string[]): string {
  return lines.reduce((result, line) => replaceLine(result, line, undefined), text);
}

/** The text with one whole line replaced by other lines (or removed). */
function replaceLine(text: string, line: string, replacement: string | undefined): string {
  const all = text.split('\n');
  const index = all.indexOf(line);
  assert.ok(index >= 0 && all.lastIndexOf(line) === index, `line not found once: ${line}`);
  all.splice(index, 1, ...(replacement === undefined ? [] : replacement.split('\n')));
  return all.join('\n');
}

/** The expected result: `lines` inserted after the whole line `line`. */
function after(line: string, lines: string): (text: string) => string {
  return (text) => replaceLine(text, line, `${line}\n${lines}`);
}

/** The expected result: one whole line replaced. */
function replacing(line: string, replacement: string): (text: string) => string {
  return (text) => replaceLine(text, line, replacement);
}

/** The expected result: `lines` added at the end. */
function atEnd(lines: string): (text: string) => string {
  return (text) => text + lines;
}

function findingIn(findings: Finding[], ruleId: RuleId, path: ManifestPath): Finding | undefined {
  return findings.find((finding) => finding.ruleId === ruleId && samePath(finding.path, path));
}

function assertParses(text: string): void {
  assert.deepEqual(parseDocument(text).errors, []);
  assert.ok(!checkManifestText(text).findings.some((finding) => finding.ruleId === 'yaml-syntax'));
}

/** Reads the documents a fix creates (as the editor reads the files it wrote). */
function readFrom(documents: { relativePath: string; content: string }[]) {
  return (path: string) => {
    const content = documents.find((document) => document.relativePath === path)?.content;
    if (content === undefined) return undefined;
    const bytes = new TextEncoder().encode(content);
    return { size: bytes.length, read: () => bytes };
  };
}

function assertOnlyInserts(inserts: TextInsert[]): void {
  const offsets = inserts.map((insert) => insert.offset);
  assert.equal(new Set(offsets).size, offsets.length, 'no two inserts at the same offset');
}

interface Case {
  name: string;
  text: string;
  ruleId: RuleId;
  path: ManifestPath;
  kind?: FixKind;
  /** The expected text, from the input text. */
  expected: (text: string) => string;
  /**
   * The fix inserts a placeholder at the finding's own field (a boolean to confirm, a number, an enum, a pattern,
   * a text): a `placeholder-value` finding stands there until the user writes the real value.
   */
  flagged?: boolean;
}

/** Applies the fix of `kind` for the finding and checks: expected text, valid YAML, finding gone, fix not offered again. */
async function applyAndCheck(c: Case): Promise<Fix> {
  const finding = findingIn(checkManifestText(c.text).findings, c.ruleId, c.path);
  assert.ok(finding, `finding ${c.ruleId} at ${c.path.join('.')}`);
  const fixes = fixesFor(c.text, finding, 'en', DATE);
  const fix = fixes.find((candidate) => candidate.kind === (c.kind ?? 'insert-field'));
  assert.ok(fix, `a ${c.kind ?? 'insert-field'} fix among ${fixes.map((f) => f.title).join('; ')}`);
  assert.equal(fixes.filter((candidate) => candidate.isPreferred).length, 1, 'exactly one preferred fix');
  assertOnlyInserts(fix.inserts);
  const after = applyInserts(c.text, fix.inserts);
  assert.equal(after, c.expected(c.text));
  assertParses(after);

  const created = new Set(fix.document ? [fix.document.relativePath] : []);
  const documented = ['docs/human-oversight.md', 'docs/dpia.md', 'docs/fria.md', 'docs/monitoring.md', 'docs/technical-documentation.md'];
  const recheck = await checkManifest(after, {
    fileExists: (path) => created.has(path) || documented.includes(path) || !path.startsWith('docs/'),
  });
  const again = findingIn(recheck.findings, c.ruleId, c.path);
  // "X is missing" becomes "fill in X": the rule's finding is gone, and each inserted placeholder has its own finding.
  assert.equal(again, undefined, 'the finding is gone');
  if (c.flagged)
    assert.ok(findingIn(recheck.findings, 'placeholder-value', c.path), 'the placeholder is reported until the user fills it in');
  const inserted = (
    fix.inserts
      .map((insert) => insert.text)
      .join('')
      .match(/"TODO:[^"]*"/g) ?? []
  ).length;
  assert.equal(
    recheck.findings.filter((finding) => finding.ruleId === 'placeholder-value').length -
      checkManifestText(c.text).findings.filter((finding) => finding.ruleId === 'placeholder-value').length,
    inserted,
    'one placeholder-value finding per inserted placeholder',
  );
  if (fix.document) assert.equal(findingIn(recheck.findings, 'dpia-document-not-found', fix.document.linkPath), undefined);
  assert.deepEqual(again ? fixesFor(after, again, 'en', DATE) : [], [], 'the fix is not offered again');
  return fix;
}

const HUMAN_OVERSIGHT_STUB = `humanOversight:
  reviewer: "TODO: Reviewer"
  canOverride: "TODO: true | false"
  competence: "TODO: Competence"
  procedure: "TODO: Oversight procedure"`;

const HUMAN_OVERSIGHT_LINES = [
  'humanOversight:',
  '  reviewer: Sagsbehandler',
  '  canOverride: true',
  '  procedure: docs/human-oversight.md',
];

const CASES: Case[] = [
  {
    name: 'human-oversight-missing: the whole section, at the end of the document',
    text: without(BASE, ...HUMAN_OVERSIGHT_LINES),
    ruleId: 'human-oversight-missing',
    path: ['humanOversight'],
    expected: atEnd(HUMAN_OVERSIGHT_STUB + '\n'),
  },
  {
    name: 'human-oversight-missing: reviewer, at the end of its section',
    text: without(BASE, '  reviewer: Sagsbehandler'),
    ruleId: 'human-oversight-missing',
    path: ['humanOversight', 'reviewer'],
    expected: after('  procedure: docs/human-oversight.md', '  reviewer: "TODO: Reviewer"'),
  },
  {
    name: 'human-oversight-missing: canOverride is a confirmation, so a TODO the schema flags',
    text: without(BASE, '  canOverride: true'),
    ruleId: 'human-oversight-missing',
    path: ['humanOversight', 'canOverride'],
    expected: after('  procedure: docs/human-oversight.md', '  canOverride: "TODO: true | false"'),
    flagged: true,
  },
  {
    name: 'human-oversight-missing: procedure, as a placeholder (a path is inserted only with its document)',
    text: without(BASE, '  procedure: docs/human-oversight.md'),
    ruleId: 'human-oversight-missing',
    path: ['humanOversight', 'procedure'],
    expected: after('  canOverride: true', '  procedure: "TODO: Oversight procedure"'),
  },
  {
    name: 'human-oversight-missing: procedure, with the documentation stub',
    text: without(BASE, '  procedure: docs/human-oversight.md'),
    ruleId: 'human-oversight-missing',
    path: ['humanOversight', 'procedure'],
    kind: 'create-document',
    expected: after('  canOverride: true', '  procedure: docs/human-oversight.md'),
  },
  {
    name: 'human-oversight-missing: competence of a high-risk system',
    text: without(HIGH, '  competence: Trained in reading recommendations critically.'),
    ruleId: 'human-oversight-missing',
    path: ['humanOversight', 'competence'],
    expected: after('  procedure: docs/human-oversight.md', '  competence: "TODO: Competence"'),
  },
  {
    name: 'transparency-missing: the section',
    text: without(BASE, 'transparency:', '  citizenNotice: https://eksempel.dk/privatliv#ai'),
    ruleId: 'transparency-missing',
    path: ['transparency'],
    expected: atEnd('transparency:\n  citizenNotice: "TODO: Citizen notice"\n'),
  },
  {
    name: 'transparency-missing: the citizen notice, written as a document',
    text: without(BASE, '  citizenNotice: https://eksempel.dk/privatliv#ai'),
    ruleId: 'transparency-missing',
    path: ['transparency'],
    kind: 'create-document',
    // `transparency:` is left without a value: the section is filled in under its key.
    expected: after('transparency:', '  citizenNotice: docs/citizen-notice.md'),
  },
  {
    name: 'ai-disclosure-missing: the Art. 50(1) field under transparency',
    text: replaceLine(BASE, '  practices: []', '  practices: [interacts-with-persons]'),
    ruleId: 'ai-disclosure-missing',
    path: ['transparency', 'aiInteractionDisclosure'],
    expected: after('  citizenNotice: https://eksempel.dk/privatliv#ai', '  aiInteractionDisclosure: "TODO: AI interaction disclosure"'),
  },
  {
    name: 'dpia-missing: the whole DPIA, inside dataProtection',
    text: without(BASE, '  dpia:', '    status: completed', '    document: docs/dpia.md'),
    ruleId: 'dpia-missing',
    path: ['dataProtection', 'dpia'],
    expected: after(
      '  security: Hosted in the EU.',
      '  dpia:\n    status: "TODO: completed | in-progress | not-required"\n    document: "TODO: DPIA document"',
    ),
  },
  {
    name: 'dpia-missing: an empty `dpia:` gets a nested block',
    text: without(BASE, '    status: completed', '    document: docs/dpia.md'),
    ruleId: 'dpia-missing',
    path: ['dataProtection', 'dpia'],
    expected: after('  dpia:', '    status: "TODO: completed | in-progress | not-required"\n    document: "TODO: DPIA document"'),
  },
  {
    name: 'dpia-missing: the status',
    text: without(BASE, '    status: completed'),
    ruleId: 'dpia-missing',
    path: ['dataProtection', 'dpia', 'status'],
    expected: after('    document: docs/dpia.md', '    status: "TODO: completed | in-progress | not-required"'),
  },
  {
    name: 'dpia-missing: the justification of not-required',
    text: without(replaceLine(BASE, '    status: completed', '    status: not-required'), '    document: docs/dpia.md'),
    ruleId: 'dpia-missing',
    path: ['dataProtection', 'dpia', 'justification'],
    expected: after('    status: not-required', '    justification: "TODO: Why no DPIA"'),
  },
  {
    name: 'dpia-missing: the document, with the DPIA stub',
    text: without(BASE, '    document: docs/dpia.md'),
    ruleId: 'dpia-missing',
    path: ['dataProtection', 'dpia', 'document'],
    kind: 'create-document',
    expected: after('    status: completed', '    document: docs/dpia.md'),
  },
  {
    name: 'fria-missing: the section, with the FRIA stub',
    text: without(HIGH, 'fria:', '  status: completed', '  document: docs/fria.md'),
    ruleId: 'fria-missing',
    path: ['fria'],
    kind: 'create-document',
    expected: atEnd('fria:\n  status: "TODO: completed | in-progress | not-required"\n  document: docs/fria.md\n'),
  },
  {
    name: 'logging-insufficient: the section, every value a TODO (enabling logs is a confirmation)',
    text: without(HIGH, 'logging:', '  enabled: true', '  retentionMonths: 6'),
    ruleId: 'logging-insufficient',
    path: ['logging'],
    expected: atEnd('logging:\n  enabled: "TODO: true | false"\n  retentionMonths: "TODO: Log retention (months)"\n'),
  },
  {
    name: 'logging-insufficient: retentionMonths',
    text: without(HIGH, '  retentionMonths: 6'),
    ruleId: 'logging-insufficient',
    path: ['logging', 'retentionMonths'],
    expected: after('  enabled: true', '  retentionMonths: "TODO: Log retention (months)"'),
    flagged: true,
  },
  {
    name: 'ai-literacy-missing: the section, with measures and the link',
    text: without(BASE, 'aiLiteracy:', '  measures: Training for all caseworkers.'),
    ruleId: 'ai-literacy-missing',
    path: ['aiLiteracy'],
    expected: atEnd('aiLiteracy:\n  measures: "TODO: Measures"\n  document: "TODO: AI literacy document"\n'),
  },
  {
    name: 'ai-literacy-missing: the measures, with the AI literacy stub linked beside them',
    text: replaceLine(BASE, '  measures: Training for all caseworkers.', '  # to do'),
    ruleId: 'ai-literacy-missing',
    path: ['aiLiteracy'],
    kind: 'create-document',
    expected: replacing('  # to do', '  measures: "TODO: Measures"\n  document: docs/ai-literacy.md\n  # to do'),
  },
  {
    name: 'workers-not-informed: a confirmation, so a TODO',
    text: replaceLine(HIGH, '  affectedPersons: [citizens]', '  affectedPersons: [citizens, employees]'),
    ruleId: 'workers-not-informed',
    path: ['transparency', 'workersInformed'],
    expected: after('  citizenNotice: https://eksempel.dk/privatliv#ai', '  workersInformed: "TODO: true | false"'),
    flagged: true,
  },
  {
    name: 'derogation-unjustified: the justification, in a flow mapping',
    text: replaceLine(
      replaceLine(BASE, '  annexIII: []', '  annexIII: [essential-public-services]'),
      '  profiling: false',
      '  profiling: false\n  derogation: { condition: preparatory-task }',
    ),
    ruleId: 'derogation-unjustified',
    path: ['riskClassification', 'derogation', 'justification'],
    expected: replacing(
      '  derogation: { condition: preparatory-task }',
      '  derogation: { condition: preparatory-task, justification: "TODO: Justification" }',
    ),
  },
  {
    name: 'derogation-unjustified: the condition, in a flow mapping with a trailing comma',
    text: replaceLine(BASE, '  profiling: false', '  profiling: false\n  derogation: { justification: Prepares the case file only., }'),
    ruleId: 'derogation-unjustified',
    path: ['riskClassification', 'derogation', 'condition'],
    expected: replacing(
      '  derogation: { justification: Prepares the case file only., }',
      '  derogation: { justification: Prepares the case file only., condition: "TODO: narrow-procedural-task | improves-completed-human-activity | detects-decision-patterns | preparatory-task" }',
    ),
  },
  {
    name: 'provider-documentation-missing: the section, every field',
    text: HIGH.slice(0, HIGH.indexOf('documentation:')),
    ruleId: 'provider-documentation-missing',
    path: ['documentation'],
    // Placeholders, never the conventional paths: a path that names no file would hide the gap.
    expected: atEnd(`documentation:
  technical: "TODO: Technical documentation"
  riskManagement: "TODO: Risk management system"
  dataGovernance: "TODO: Data governance"
  accuracyRobustnessCybersecurity: "TODO: Accuracy, robustness and cybersecurity"
  qualityManagement: "TODO: Quality management system"
  instructionsForUse: "TODO: Instructions for use"
  conformityAssessment: "TODO: Conformity assessment"
  postMarketMonitoring: "TODO: Post-market monitoring"
  euDatabaseRegistration: "TODO: EU database registration"
`),
  },
  {
    name: 'provider-documentation-missing: the technical documentation, with the Annex IV stub',
    text: without(HIGH, '  technical: docs/technical-documentation.md'),
    ruleId: 'provider-documentation-missing',
    path: ['documentation', 'technical'],
    kind: 'create-document',
    expected: atEnd('  technical: docs/technical-documentation.md\n'),
  },
  {
    name: 'deployer-obligation-missing: the section',
    text: without(
      HIGH,
      'deployment:',
      '  instructionsFollowed: true',
      '  inputDataRelevance: Only current case data.',
      '  monitoring: docs/monitoring.md',
      '  affectedPersonsInformed: true',
      '  euDatabaseRegistration: EU-DB-DEP-1',
      '  providerRegistration: EU-DB-PROV-1',
    ),
    ruleId: 'deployer-obligation-missing',
    path: ['deployment'],
    expected: atEnd(
      `deployment:
  instructionsFollowed: "TODO: true | false"
  inputDataRelevance: "TODO: Input data relevance"
  monitoring: "TODO: Monitoring procedure"
  affectedPersonsInformed: "TODO: true | false"
  euDatabaseRegistration: "TODO: Our EU database registration"
  providerRegistration: "TODO: Provider’s EU database registration"
`,
    ),
  },
  {
    // A provider-and-deployer's own entry stands for the provider's (Art. 26(8)): without it, the provider's is asked.
    name: 'deployer-obligation-missing: providerRegistration (Art. 26(8)), as a placeholder',
    text: without(HIGH, '  providerRegistration: EU-DB-PROV-1', '  euDatabaseRegistration: EU-DB-123'),
    ruleId: 'deployer-obligation-missing',
    path: ['deployment', 'providerRegistration'],
    expected: after('  euDatabaseRegistration: EU-DB-DEP-1', '  providerRegistration: "TODO: Provider’s EU database registration"'),
  },
  {
    name: 'deployer-obligation-missing: inputDataRelevance',
    text: without(HIGH, '  inputDataRelevance: Only current case data.'),
    ruleId: 'deployer-obligation-missing',
    path: ['deployment', 'inputDataRelevance'],
    expected: after('  providerRegistration: EU-DB-PROV-1', '  inputDataRelevance: "TODO: Input data relevance"'),
  },
  {
    name: 'gdpr-field-missing: security',
    text: without(BASE, '  security: Hosted in the EU.'),
    ruleId: 'gdpr-field-missing',
    path: ['dataProtection', 'security'],
    // After the last line of the section: the end of the nested dpia block.
    expected: after('    document: docs/dpia.md', '  security: "TODO: Security of processing"'),
  },
  {
    name: 'gdpr-field-missing: categories, as a list with a TODO item',
    text: without(BASE, '  categories: [ordinary, cpr]'),
    ruleId: 'gdpr-field-missing',
    path: ['dataProtection', 'categories'],
    expected: after('    document: docs/dpia.md', '  categories: ["TODO: ordinary | special-category | cpr | criminal-offences"]'),
  },
  {
    name: 'schema: a missing annexIII of a decision-support system gets a TODO area',
    text: without(replaceLine(BASE, '  category: case-support', '  category: decision-support'), '  annexIII: []'),
    ruleId: 'schema',
    path: ['riskClassification', 'annexIII'],
    expected: after('  profiling: false', '  annexIII: ["TODO: Annex III areas"]'),
  },
  {
    name: 'schema: a required field (owner contact)',
    text: without(BASE, '    contact: ai@eksempel.dk'),
    ruleId: 'schema',
    path: ['system', 'owner', 'contact'],
    expected: after('    organisation: Eksempel Kommune', '    contact: "TODO: Contact e-mail"'),
    flagged: true,
  },
  {
    name: 'schema: a required section (legal basis)',
    text: without(BASE, 'legalBasis:', '  act: LAB'),
    ruleId: 'schema',
    path: ['legalBasis'],
    expected: atEnd('legalBasis:\n  act: "TODO: LAB | LAS | SDL | LKHE | INL | other"\n  provision: "TODO: Provision"\n'),
  },
  {
    name: 'schema: manifestVersion gets its only value',
    text: without(BASE, 'manifestVersion: 1'),
    ruleId: 'schema',
    path: ['manifestVersion'],
    expected: atEnd('manifestVersion: 1\n'),
  },
];

/** BASE indented by four spaces. */
const FOUR = BASE.replace(/^( +)/gm, (spaces) => spaces + spaces);

/** The same fixes in other layouts: indentation, empty values, flow mappings, line breaks. */
const STYLE_CASES: Case[] = [
  {
    name: 'a block mapping indented by four spaces gets the new field at its own indentation',
    text: without(FOUR, '    dpia:', '        status: completed', '        document: docs/dpia.md'),
    ruleId: 'dpia-missing',
    path: ['dataProtection', 'dpia'],
    expected: after(
      '    security: Hosted in the EU.',
      '    dpia:\n        status: "TODO: completed | in-progress | not-required"\n        document: "TODO: DPIA document"',
    ),
  },
  {
    name: 'an empty section key gets a nested block at the file’s indentation unit',
    text: without(FOUR, '    reviewer: Sagsbehandler', '    canOverride: true', '    procedure: docs/human-oversight.md'),
    ruleId: 'human-oversight-missing',
    path: ['humanOversight'],
    expected: after(
      'humanOversight:',
      '    reviewer: "TODO: Reviewer"\n    canOverride: "TODO: true | false"\n    competence: "TODO: Competence"\n    procedure: "TODO: Oversight procedure"',
    ),
  },
  {
    name: 'an empty scalar is filled after its colon, before its comment',
    text: replaceLine(BASE, '  reviewer: Sagsbehandler', '  reviewer:   # who?'),
    ruleId: 'human-oversight-missing',
    path: ['humanOversight', 'reviewer'],
    expected: replacing('  reviewer:   # who?', '  reviewer: "TODO: Reviewer"   # who?'),
  },
  {
    name: 'a flow mapping gets `, key: value` before its closing brace',
    text: replaceLine(
      without(BASE, ...HUMAN_OVERSIGHT_LINES),
      'transparency:',
      'humanOversight: { reviewer: Sagsbehandler, canOverride: true }\ntransparency:',
    ),
    ruleId: 'human-oversight-missing',
    path: ['humanOversight', 'procedure'],
    expected: replacing(
      'humanOversight: { reviewer: Sagsbehandler, canOverride: true }',
      'humanOversight: { reviewer: Sagsbehandler, canOverride: true, procedure: "TODO: Oversight procedure" }',
    ),
  },
  {
    name: 'an empty flow mapping gets its first field',
    text: replaceLine(without(BASE, '    status: completed', '    document: docs/dpia.md'), '  dpia:', '  dpia: {}'),
    ruleId: 'dpia-missing',
    path: ['dataProtection', 'dpia', 'status'],
    expected: replacing('  dpia: {}', '  dpia: {status: "TODO: completed | in-progress | not-required"}'),
  },
  {
    name: 'CRLF line breaks stay CRLF',
    text: without(BASE, '  reviewer: Sagsbehandler').replace(/\n/g, '\r\n'),
    ruleId: 'human-oversight-missing',
    path: ['humanOversight', 'reviewer'],
    expected: (text) =>
      text.replace('  procedure: docs/human-oversight.md\r\n', '  procedure: docs/human-oversight.md\r\n  reviewer: "TODO: Reviewer"\r\n'),
  },
  {
    name: 'a file without a final line break keeps its end',
    text: without(BASE, 'aiLiteracy:', '  measures: Training for all caseworkers.').replace(/\n$/, ''),
    ruleId: 'ai-literacy-missing',
    path: ['aiLiteracy'],
    expected: atEnd('\naiLiteracy:\n  measures: "TODO: Measures"\n  document: "TODO: AI literacy document"'),
  },
];

describe('quick fixes (core)', () => {
  for (const c of [...CASES, ...STYLE_CASES]) {
    it(c.name, async () => {
      await applyAndCheck(c);
    });
  }

  it('on the example manifests with any one line removed, every fix keeps valid YAML and is not offered again', function () {
    this.timeout(60_000); // about 700 fixes, a few seconds
    for (const example of ['journalnotat-assistent', 'borgerchatbot', 'match-profilering']) {
      const lines = readFileSync(join(__dirname, '..', '..', '..', 'examples', example, 'ai-system.yaml'), 'utf8').split('\n');
      lines.forEach((removed, index) => {
        const text = lines.filter((_, other) => other !== index).join('\n');
        for (const finding of checkManifestText(text).findings) {
          for (const fix of fixesFor(text, finding, 'da', DATE)) {
            const where = `${example} without line ${index + 1} (${removed.trim()}): ${fix.title}`;
            const after = applyInserts(text, fix.inserts);
            assert.deepEqual(parseDocument(after).errors, [], where);
            const again = findingIn(checkManifestText(after).findings, finding.ruleId, finding.path);
            assert.ok(!again?.missing, where);
            assert.deepEqual(again ? fixesFor(after, again, 'da', DATE).filter((other) => other.inserts.length > 0) : [], [], where);
          }
        }
      });
    }
  });

  it('a create-document fix comes first and is preferred over the placeholder; it carries the rendered template in the chosen language, and its link', () => {
    const text = without(BASE, '    document: docs/dpia.md');
    const finding = findingIn(checkManifestText(text).findings, 'dpia-missing', ['dataProtection', 'dpia', 'document'])!;
    const [create, insert] = fixesFor(text, finding, 'da', DATE);
    assert.equal(insert.kind, 'insert-field');
    assert.equal(insert.isPreferred, undefined);
    assert.equal(create.kind, 'create-document');
    assert.equal(create.isPreferred, true);
    assert.match(create.title, /^Opret dokumentationsskabelonen docs\/dpia\.md/);
    assert.deepEqual(create.document?.linkPath, ['dataProtection', 'dpia', 'document']);
    assert.equal(create.document?.relativePath, 'docs/dpia.md');
    assert.equal(detectTemplateKind(create.document.content), 'dpia');
    assert.match(create.document.content, /Testsystem/);
    assert.match(create.document.content, /Eksempel Kommune/);
    assert.match(create.document.content, /1\. marts 2026/);
  });

  it('a file already at the stub’s path: the fix links it unchanged and says so (title and notice), in either language', () => {
    const text = without(BASE, '    document: docs/dpia.md');
    const finding = findingIn(checkManifestText(text).findings, 'dpia-missing', ['dataProtection', 'dpia', 'document'])!;
    const [create] = fixesFor(text, finding, 'en', DATE);
    const link = linkingExistingFile(create, 'en')!;
    assert.equal(link.title, "Link the existing docs/dpia.md from 'dataProtection.dpia.document'");
    assert.equal(link.document?.existing, true);
    assert.equal(link.isPreferred, true, 'still the preferred fix: the document, not a placeholder');
    assert.deepEqual(link.inserts, create.inserts, 'the same link in the manifest');
    assert.equal(create.document?.existing, undefined, 'the fix it was made from is unchanged');
    assert.equal(
      linkingExistingFile(fixesFor(text, finding, 'da', DATE)[0], 'da')!.title,
      "Henvis til den eksisterende fil docs/dpia.md fra 'dataProtection.dpia.document'",
    );
    const insert = fixesFor(text, finding, 'en', DATE)[1];
    assert.equal(linkingExistingFile(insert, 'en'), insert, 'a fix without a document is as it was');

    const linked = documentFixNotice(link.document, 'en');
    assert.match(linked, /^Linked the existing docs\/dpia\.md from the manifest and left the file unchanged\./);
    assert.doesNotMatch(linked, /Created|template/);
    assert.match(documentFixNotice(create.document!, 'en'), /^Created docs\/dpia\.md from the template/);
    assert.match(
      documentFixNotice(link.document, 'da'),
      /^Manifestet henviser nu til den eksisterende fil docs\/dpia\.md; filen er ikke ændret\./,
    );
  });

  it('a file already at the path a dpia-document-not-found fix would create: nothing left to do, no fix', async () => {
    const text = replaceLine(BASE, '    document: docs/dpia.md', '    document: docs/privacy/dpia-2026.md');
    const result = await checkManifest(text, { fileExists: (path) => path !== 'docs/privacy/dpia-2026.md' });
    const finding = findingIn(result.findings, 'dpia-document-not-found', ['dataProtection', 'dpia', 'document'])!;
    assert.equal(linkingExistingFile(fixesFor(text, finding, 'en', DATE)[0], 'en'), undefined);
  });

  it('what Fix all says of its documents: the stubs it created, and the existing files it linked unchanged, in the number that agrees', () => {
    assert.equal(fixAllDocumentsNotice([], [], 'en'), undefined);
    const created = fixAllDocumentsNotice(['docs/citizen-notice.md'], [], 'en')!;
    assert.match(created, /^Fix all created the documentation stub docs\/citizen-notice\.md and linked it\. Write it:/);
    assert.doesNotMatch(created, /existing/);
    const both = fixAllDocumentsNotice(['docs/citizen-notice.md', 'docs/fria.md'], ['docs/dpia.md', 'docs/ai-literacy.md'], 'en')!;
    assert.match(
      both,
      /^Fix all created 2 documentation stubs and linked them: docs\/citizen-notice\.md, docs\/fria\.md\. .* Fix all linked the existing docs\/dpia\.md, docs\/ai-literacy\.md and left the files unchanged\./,
    );
    const existingOnly = fixAllDocumentsNotice([], ['docs/dpia.md'], 'da')!;
    assert.match(existingOnly, /^Manifestet henviser nu til den eksisterende fil docs\/dpia\.md; den er ikke ændret\./);
    assert.doesNotMatch(existingOnly, /oprettet/i);
    assert.match(
      fixAllDocumentsNotice(['docs/dpia.md'], [], 'da')!,
      /^Der er oprettet en dokumentationsskabelon, docs\/dpia\.md, og manifestet henviser til den\./,
    );
    assert.match(
      fixAllDocumentsNotice([], ['docs/dpia.md', 'docs/fria.md'], 'da')!,
      /^Manifestet henviser nu til de eksisterende filer docs\/dpia\.md, docs\/fria\.md; de er ikke ændret\./,
    );
  });

  it('dpia-document-not-found: creates the file the manifest names, without touching the manifest', async () => {
    const text = replaceLine(BASE, '    document: docs/dpia.md', '    document: docs/privacy/dpia-2026.md');
    const result = await checkManifest(text, { fileExists: (path) => path !== 'docs/privacy/dpia-2026.md' });
    const finding = findingIn(result.findings, 'dpia-document-not-found', ['dataProtection', 'dpia', 'document'])!;
    const fixes = fixesFor(text, finding, 'en', DATE);
    assert.equal(fixes.length, 1);
    assert.equal(fixes[0].kind, 'create-document');
    assert.equal(fixes[0].isPreferred, true);
    assert.deepEqual(fixes[0].inserts, []);
    assert.equal(fixes[0].document?.relativePath, 'docs/privacy/dpia-2026.md');
    assert.equal(detectTemplateKind(fixes[0].document.content), 'dpia');
    const recheck = await checkManifest(text, { fileExists: () => true });
    assert.equal(findingIn(recheck.findings, 'dpia-document-not-found', finding.path), undefined);
  });

  it('dpia-document-not-found: no fix for a field without a template', async () => {
    const text = replaceLine(HIGH, '  monitoring: docs/monitoring.md', '  monitoring: docs/missing.md');
    const result = await checkManifest(text, { fileExists: (path) => path !== 'docs/missing.md' });
    const finding = findingIn(result.findings, 'dpia-document-not-found', ['deployment', 'monitoring'])!;
    assert.deepEqual(fixesFor(text, finding, 'en', DATE), []);
  });

  it('writes placeholders in Danish when asked', () => {
    const text = without(BASE, '  reviewer: Sagsbehandler');
    const finding = findingIn(checkManifestText(text).findings, 'human-oversight-missing', ['humanOversight', 'reviewer'])!;
    const [fix] = fixesFor(text, finding, 'da', DATE);
    assert.match(fix.title, /^Indsæt 'humanOversight\.reviewer'/);
    assert.equal(fix.inserts.length, 1);
    assert.match(fix.inserts[0].text, /^\n {2}reviewer: "TODO: [^"]+"$/);
  });

  it('offers nothing for a finding that is not about an absent field, or a file that does not parse', () => {
    const text = replaceLine(BASE, '  canOverride: true', '  canOverride: false');
    const finding = findingIn(checkManifestText(text).findings, 'human-oversight-missing', ['humanOversight', 'canOverride'])!;
    assert.deepEqual(fixesFor(text, finding, 'en', DATE), []);
    const broken = BASE + 'humanOversight: [\n';
    assert.deepEqual(fixAll(broken, checkManifestText(broken).findings, 'en', DATE), { inserts: [], documents: [] });
  });

  it('fix all merges fields of the same section into one insert, in the schema’s order', () => {
    const text = replaceLine(
      without(BASE, 'transparency:', '  citizenNotice: https://eksempel.dk/privatliv#ai'),
      '  practices: []',
      '  practices: [interacts-with-persons]',
    );
    const { inserts } = fixAll(text, checkManifestText(text).findings, 'en', DATE);
    assert.equal(inserts.length, 1);
    assert.equal(
      inserts[0].text,
      '\ntransparency:\n  citizenNotice: docs/citizen-notice.md\n  aiInteractionDisclosure: "TODO: AI interaction disclosure"',
    );
  });

  it('fix all over a near-empty manifest leaves no missing field that has a fix, and a second run adds nothing', () => {
    const text = 'manifestVersion: 1\nsystem:\n  id: test-system\n  name: Testsystem\n  role: deployer\n';
    const { inserts } = fixAll(text, checkManifestText(text).findings, 'en', DATE);
    assertOnlyInserts(inserts);
    const after = applyInserts(text, inserts);
    assertParses(after);
    assert.ok(
      after.startsWith(
        'manifestVersion: 1\nsystem:\n  id: test-system\n  name: Testsystem\n  role: deployer\n  description: "TODO: Description"\n',
      ),
    );
    const findings = checkManifestText(after).findings;
    const stillFixable = findings.filter((finding) => fixesFor(after, finding, 'en', DATE).some((fix) => fix.kind === 'insert-field'));
    assert.deepEqual(
      stillFixable.map((finding) => `${finding.ruleId} ${finding.path.join('.')}`),
      [],
    );
    assert.ok(!findings.some((finding) => finding.missing));
    assert.deepEqual(fixAll(after, findings, 'en', DATE).inserts, []);
  });

  it('fix all over a five-line manifest: every TODO is a placeholder-value error, the tier is not determined, no high-risk sections', async () => {
    // The reproduction: before, this ended with no finding and "minimal risk".
    const text = 'manifestVersion: 1\nsystem:\n  id: test-system\n  name: Testsystem\n  role: deployer\n';
    const { inserts, documents } = fixAll(text, checkManifestText(text).findings, 'en', DATE);
    const after = applyInserts(text, inserts);
    const result = await checkManifest(after, { readDocument: readFrom(documents) });
    const todos = after.match(/"TODO:[^"]*"/g) ?? [];
    assert.ok(todos.length >= 10, `${todos.length} placeholders`);
    assert.equal(result.findings.filter((f) => f.ruleId === 'placeholder-value' && f.severity === 'error').length, todos.length);
    assert.equal(result.tier?.tier, null, 'a TODO Annex III area, practice or profiling answer decides nothing');
    for (const section of ['documentation:', 'logging:', 'fria:', 'deployment:'])
      assert.ok(!after.includes(`\n${section}`), `no ${section} asked for by a TODO`);
    const linked = after.match(/docs\/[\w-]+\.md/g) ?? [];
    assert.deepEqual(
      linked.sort(),
      documents.map((document) => document.relativePath).sort(),
      'every linked path is a document it creates',
    );
  });

  it('fix all prefers the documentation stub over the placeholder (issue 21): the oversight procedure and the AI-literacy plan are created, linked, and stay missing', async () => {
    const text = 'manifestVersion: 1\nsystem:\n  id: test-system\n  name: Testsystem\n  role: deployer\n';
    const { inserts, documents } = fixAll(text, checkManifestText(text).findings, 'en', DATE);
    const after = applyInserts(text, inserts);
    assert.match(after, /\n {2}procedure: docs\/human-oversight\.md\n/);
    assert.match(after, /\n {2}document: docs\/ai-literacy\.md(\n|$)/);
    assert.ok(!/(procedure|document): "TODO/.test(after), 'no placeholder where a document can be created');
    assert.deepEqual(documents.map((document) => [document.relativePath, detectTemplateKind(document.content)]).sort(), [
      ['docs/ai-literacy.md', 'ai-literacy'],
      ['docs/human-oversight.md', 'human-oversight'],
    ]);
    const result = await checkManifest(after, { readDocument: readFrom(documents) });
    for (const path of [
      ['humanOversight', 'procedure'],
      ['aiLiteracy', 'document'],
    ])
      assert.ok(
        findingIn(result.findings, 'document-incomplete', path),
        `${path.join('.')}: a stub is not written, its duty stays missing`,
      );
    // A second run adds nothing and creates nothing.
    assert.deepEqual(fixAll(after, checkManifestText(after).findings, 'en', DATE), { inserts: [], documents: [] });

    // The user answers that personal data is processed: the citizen notice is asked for, and its stub is the preferred fix.
    const answered = after.replace('personalData: "TODO: true | false"', 'personalData: true');
    const transparency = findingIn(checkManifestText(answered).findings, 'transparency-missing', ['transparency'])!;
    const [preferred, placeholder] = fixesFor(answered, transparency, 'en', DATE);
    assert.equal(preferred.kind, 'create-document');
    assert.equal(preferred.isPreferred, true);
    assert.equal(preferred.document?.relativePath, 'docs/citizen-notice.md');
    assert.equal(placeholder.kind, 'insert-field');
    const withNotice = applyInserts(answered, preferred.inserts);
    const noticeResult = await checkManifest(withNotice, { readDocument: readFrom([...documents, preferred.document]) });
    assert.match(
      findingIn(noticeResult.findings, 'document-incomplete', ['transparency', 'citizenNotice'])!.message.en,
      /the first question to answer is section 1/,
    );
    assert.equal(findingIn(noticeResult.findings, 'transparency-missing', ['transparency', 'citizenNotice']), undefined);
  });

  it('a placeholder in a document field offers the stub: it replaces only the placeholder with the path of the document it creates', () => {
    const text = replaceLine(BASE, '  citizenNotice: https://eksempel.dk/privatliv#ai', '  citizenNotice: "TODO: Citizen notice"');
    const finding = findingIn(checkManifestText(text).findings, 'placeholder-value', ['transparency', 'citizenNotice'])!;
    const fixes = fixesFor(text, finding, 'en', DATE);
    assert.deepEqual(
      fixes.map((fix) => [fix.kind, fix.isPreferred]),
      [['create-document', true]],
    );
    assert.match(fixes[0].title, /^Create documentation stub docs\/citizen-notice\.md and link it from 'transparency\.citizenNotice'/);
    const after = applyInserts(text, fixes[0].inserts);
    assert.equal(after, text.replace('"TODO: Citizen notice"', 'docs/citizen-notice.md'));
    assert.equal(detectTemplateKind(fixes[0].document?.content ?? ''), 'citizen-notice');
    assert.equal(findingIn(checkManifestText(after).findings, 'placeholder-value', ['transparency', 'citizenNotice']), undefined);
    // Not a document field: no fix replaces the placeholder.
    const reviewer = replaceLine(BASE, '  reviewer: Sagsbehandler', '  reviewer: "TODO: Reviewer"');
    const onReviewer = findingIn(checkManifestText(reviewer).findings, 'placeholder-value', ['humanOversight', 'reviewer'])!;
    assert.deepEqual(fixesFor(reviewer, onReviewer, 'en', DATE), []);
  });

  it('fix all on a Danish CRLF manifest keeps CRLF and stays valid', () => {
    const text = 'manifestVersion: 1\r\nsystem:\r\n  id: test-system\r\n  name: Testsystem\r\n';
    const after = applyInserts(text, fixAll(text, checkManifestText(text).findings, 'da', DATE).inserts);
    assertParses(after);
    assert.ok(!/[^\r]\n/.test(after), 'only CRLF line breaks');
    assert.ok(!checkManifestText(after).findings.some((finding) => finding.missing));
  });
});
