import { createHash } from 'node:crypto';
import { cite } from '../core/law/articles';
import { enumName } from '../core/law/enumNames';
import { counted, findingCounts } from '../core/counts';
import type { Assessment } from '../core/assessment/assess';
import { RULE_CATALOGUE } from '../core/rules/catalogue';
import { formatDate } from '../core/law/timeline';
import { editionLabel, type ResolvedEdition } from '../core/law/dutyDate';
import { fillInText, TIER_NAMES, TIER_NOT_DETERMINED } from '../core/law/tiers';
import { acceptedPrefix } from '../core/acceptance';
import { assessmentEditionLabel, dateWithReason, futureGapsText } from '../core/views/dutyText';
import { localize } from '../core/l10n';
import type { Acceptance, Finding, Lang, ManifestPath, Tier } from '../core/types';

export interface FileReport {
  file: string;
  tier: Tier | null;
  /** When the tier is not determined by the answers: the fields to fill in. */
  undetermined?: ManifestPath[];
  findings: Finding[];
  /** The edition of the AI Act the dates follow (`auto`: the one in force on `date`). */
  edition: ResolvedEdition;
  /** The reference date. */
  date?: string;
}

/** A finding's date for this system and its certainty, where it has them (JSON fields; SARIF `properties`). */
function dateFields(finding: Finding): { appliesFrom?: string; certainty?: string } {
  return {
    ...(finding.appliesFrom ? { appliesFrom: finding.appliesFrom } : {}),
    ...(finding.certainty ? { certainty: finding.certainty } : {}),
  };
}

/** The tier as the text outputs say it: its id, "not determined (fill in …)", or unknown when the file does not parse. */
function tierText(tier: Tier | null, undetermined: readonly ManifestPath[] | undefined, lang: Lang, unknown: string): string {
  if (tier) return enumName('tier', tier, lang);
  if (undetermined) return `${TIER_NOT_DETERMINED.full[lang]} (${fillInText(undetermined, lang).replace(/`/g, '')})`;
  return unknown;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  information: number;
}

export function summarise(reports: FileReport[]): Summary {
  const all = reports.flatMap((report) => report.findings);
  return {
    files: reports.length,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
    information: all.filter((f) => f.severity === 'information').length,
  };
}

/** A path relative to a manifest's folder, as a path like the manifest's own (for a linked document). */
function besideFile(manifest: string, relative: string): string {
  const folder = portable(manifest).replace(/[^/]*$/, '');
  return `${folder}${relative.replace(/^\.\//, '')}`;
}

function portable(file: string): string {
  return file.split('\\').join('/');
}

/**
 * `file:line:col severity rule-id message`, 1-based as editors' problem matchers read it: one finding a line, so a
 * line break the manifest puts into a message (an acceptance's reason written as a YAML block, a key) is a space.
 */
export function findingLine(file: string, finding: Finding, lang: Lang): string {
  const { line, character } = finding.range.start;
  return `${portable(file)}:${line + 1}:${character + 1} ${finding.severity} ${finding.ruleId} ${oneLine(finding.message[lang])}`;
}

/** A text on one line: a line break the manifest puts into it (a YAML block) is a space. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
}

/** A finding line for each finding, then each file's tier and a summary. */
export function formatText(reports: FileReport[], lang: Lang): string {
  const lines = reports.flatMap((report) => report.findings.map((finding) => findingLine(report.file, finding, lang)));
  const summary = summarise(reports);
  if (lines.length > 0) lines.push('');
  for (const report of reports) {
    const tier = tierText(report.tier, report.undetermined, lang, localize(lang, 'unknown (does not parse)'));
    lines.push(localize(lang, '{0}: risk tier {1}', portable(report.file), tier));
  }
  const editions = [
    ...new Set(reports.map((report) => (report.date ? editionLabel(report.edition, report.date, lang) : '')).filter(Boolean)),
  ];
  for (const edition of editions) lines.push(localize(lang, 'Dates follow: {0}.', edition));
  lines.push(localize(lang, '{0} checked: {1}.', counted(summary.files, 'manifest', lang), findingCounts(summary, lang)));
  const accepted = reports.flatMap((report) => report.findings).filter((finding) => finding.accepted).length;
  if (accepted === 1) lines.push(localize(lang, 'Of these, 1 accepted finding(s) (acceptedFindings), shown as information.'));
  else if (accepted > 1)
    lines.push(localize(lang, 'Of these, {0} accepted finding(s) (acceptedFindings), shown as information.', accepted));
  return lines.join('\n') + '\n';
}

export function formatJson(reports: FileReport[], lang: Lang): string {
  const files = reports.map((report) => ({
    file: portable(report.file),
    tier: report.tier,
    ...(report.undetermined ? { undetermined: report.undetermined.map((path) => path.join('.')) } : {}),
    edition: report.edition.edition,
    editionInForce: report.edition.inForce,
    findings: report.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message[lang],
      range: finding.range,
      ...(finding.accepted ? { accepted: acceptedJson(finding.accepted) } : {}),
      ...dateFields(finding),
    })),
  }));
  return JSON.stringify({ files, summary: summarise(reports) }, null, 2) + '\n';
}

/** An accepted finding's `accepted` object in JSON: `{by, date, reason, expires}` (expires null when open-ended). */
function acceptedJson(accepted: Acceptance): { by: string; date: string; reason: string; expires: string | null } {
  return { by: accepted.by, date: accepted.date, reason: accepted.reason, expires: accepted.expires ?? null };
}

/** SARIF 2.1.0 §3.35: an accepted finding is suppressed outside the source, with the reason as justification. */
function sarifSuppressions(accepted: Acceptance, lang: Lang): object[] {
  return [
    {
      kind: 'external',
      status: 'accepted',
      justification: acceptedPrefix(accepted)[lang],
      properties: acceptedJson(accepted),
    },
  ];
}

/**
 * A file's SARIF `artifactLocation.uri`: a URI reference to the path, `#` and `?` escaped too (`encodeURI` keeps them,
 * and a folder named `C#` would end the path in a fragment); a Windows path with a drive letter as a `file:` URI, since
 * `C:/…` would read as a URI of the scheme `c`.
 */
function artifactUri(file: string): string {
  const portablePath = portable(file);
  const encoded = encodeURI(portablePath).replace(/[?#]/g, (character) => encodeURIComponent(character));
  return /^[A-Za-z]:\//.test(portablePath) ? `file:///${encoded}` : encoded;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note' } as const;

export function formatSarif(reports: FileReport[], lang: Lang, version: string): string {
  const ruleIndex = new Map(RULE_CATALOGUE.map((rule, index) => [rule.id, index]));
  const rules = RULE_CATALOGUE.map((rule) => {
    const description = rule.description[lang];
    const articles = cite(rule.articles, lang);
    return {
      id: rule.id,
      name: rule.id.replace(/(^|-)([a-z])/g, (_m, _dash, letter: string) => letter.toUpperCase()),
      shortDescription: { text: description },
      fullDescription: { text: `${description} (${articles})` },
      help: {
        text: localize(
          lang,
          '{0} Legal basis: {1}. Check with your legal or data protection function: findings are prompts, not legal conclusions.',
          description,
          articles,
        ),
        markdown: localize(
          lang,
          '**{0}** — {1}\n\nLegal basis: {2}.\n\n_Check with your legal or data protection function: findings are prompts, not legal conclusions._',
          rule.id,
          description,
          articles,
        ),
      },
      defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
      properties: { tags: ['ai-act', 'gdpr', 'compliance'] },
    };
  });
  const results = reports.flatMap((report) =>
    report.findings.map((finding) => ({
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId),
      level: SARIF_LEVEL[finding.severity],
      message: { text: finding.message[lang] },
      ...(finding.appliesFrom
        ? { properties: { ...dateFields(finding), edition: report.edition.edition, editionInForce: report.edition.inForce } }
        : {}),
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(report.file) },
            region: {
              startLine: finding.range.start.line + 1,
              startColumn: finding.range.start.character + 1,
              endLine: finding.range.end.line + 1,
              endColumn: finding.range.end.character + 1,
            },
          },
        },
      ],
      ...(finding.related
        ? {
            relatedLocations: finding.related.map((related, id) => ({
              id,
              message: { text: related.message[lang] },
              physicalLocation: {
                artifactLocation: { uri: artifactUri(related.file ? besideFile(report.file, related.file) : report.file) },
                region: { startLine: related.range.start.line + 1, startColumn: related.range.start.character + 1 },
              },
            })),
          }
        : {}),
      ...(finding.accepted ? { suppressions: sarifSuppressions(finding.accepted, lang) } : {}),
    })),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ai-system-manifest', version, semanticVersion: version, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** GitLab's Code Quality severities for ours (the spec: error → critical, warning → minor, information → info). */
const GITLAB_SEVERITY = { error: 'critical', warning: 'minor', information: 'info' } as const;

/** The path GitLab shows and links: `/`-separated, without a leading `./` (relative to where the CLI ran). */
function repositoryPath(file: string): string {
  return portable(file).replace(/^(\.\/)+/, '');
}

/**
 * GitLab's Code Quality report: a JSON array of `{description, check_name, fingerprint, severity, location}`.
 * A finding's fingerprint is a hash of its file, its rule and its field (the path of keys and list positions in the
 * manifest, not its line), so it stays the same across runs while lines move — a comment or a field added above it, keys
 * reordered — and when its message or severity changes (a date, `--due-only`, an acceptance). GitLab shows findings with
 * the same fingerprint as one, so a second finding of one rule on one field (several YAML syntax errors at the
 * document) adds its ordinal among those, in document order.
 */
export function formatGitlab(reports: FileReport[], lang: Lang): string {
  const issues = reports.flatMap((report) => {
    const file = repositoryPath(report.file);
    const seen = new Map<string, number>();
    const inDocumentOrder = [...report.findings].sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
    const fingerprints = new Map(
      inDocumentOrder.map((finding) => {
        const key = JSON.stringify([file, finding.ruleId, finding.path]);
        const ordinal = seen.get(key) ?? 0;
        seen.set(key, ordinal + 1);
        const hashed = ordinal === 0 ? key : JSON.stringify([file, finding.ruleId, finding.path, ordinal]);
        return [finding, createHash('sha256').update(hashed).digest('hex')] as const;
      }),
    );
    return report.findings.map((finding) => ({
      description: finding.message[lang],
      check_name: finding.ruleId,
      fingerprint: fingerprints.get(finding)!,
      severity: GITLAB_SEVERITY[finding.severity],
      location: { path: file, lines: { begin: finding.range.start.line + 1 } },
    }));
  });
  return JSON.stringify(issues, null, 2) + '\n';
}

export function formatAssessmentJson(file: string, assessment: Assessment, lang: Lang): string {
  return (
    JSON.stringify(
      {
        file: portable(file),
        tier: assessment.tier,
        ...(assessment.undetermined ? { undetermined: assessment.undetermined.map((path) => path.join('.')) } : {}),
        date: assessment.date,
        edition: assessment.edition,
        editionInForce: assessment.editionInForce,
        reasons: assessment.reasons.map((r) => ({
          text: r.text[lang],
          article: cite(r.article, lang),
          appliesFrom: r.appliesFrom,
          certainty: r.certainty,
          ...(r.dateReason ? { dateReason: r.dateReason[lang] } : {}),
        })),
        obligations: assessment.obligations.map((o) => ({
          id: o.id,
          text: o.text[lang],
          article: cite(o.article, lang),
          appliesFrom: o.appliesFrom,
          status: o.status,
          certainty: o.certainty,
          ...(o.dateReason ? { dateReason: o.dateReason[lang] } : {}),
          ...(o.note ? { note: o.note[lang] } : {}),
          ...(o.status === 'not-yet-applicable' ? { gap: o.gap } : {}),
          ...(o.accepted ? { accepted: acceptedJson(o.accepted) } : {}),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}

/** An obligation's status as the text output's first column shows it (a missing duty in capitals, to stand out). */
function statusLabel(status: Assessment['obligations'][number]['status'], lang: Lang): string {
  switch (status) {
    case 'met':
      return localize(lang, 'met');
    case 'missing':
      return localize(lang, 'MISSING');
    case 'not-yet-applicable':
      return localize(lang, 'not yet applicable');
    case 'accepted':
      return localize(lang, 'accepted');
  }
}

const STATUSES = ['met', 'missing', 'not-yet-applicable', 'accepted'] as const;

export function formatAssessmentText(file: string, assessment: Assessment, lang: Lang): string {
  const tier = assessment.tier
    ? `${enumName('tier', assessment.tier, lang)} — ${TIER_NAMES[assessment.tier].full[lang]}`
    : tierText(null, assessment.undetermined, lang, localize(lang, 'unknown (the file does not parse)'));
  const lines = [portable(file), localize(lang, 'Risk tier: {0}', tier)];
  if (assessment.tier || assessment.undetermined) {
    if (assessment.reasons.length > 0) lines.push('', localize(lang, 'Reasons:'));
    for (const reason of assessment.reasons) {
      const date = dateWithReason(reason.appliesFrom, reason.dateReason, reason.certainty, lang);
      lines.push(`  - ${reason.text[lang]} [${localize(lang, '{0}; applies from {1}', cite(reason.article, lang), date)}]`);
    }
    const edition = assessmentEditionLabel(assessment, lang);
    lines.push('', localize(lang, 'Dates follow: {0}.', edition), localize(lang, 'Obligations on {0}:', formatDate(assessment.date, lang)));
    const width = Math.max(...STATUSES.map((status) => statusLabel(status, lang).length));
    for (const obligation of assessment.obligations) {
      // An accepted gap is listed as accepted, with who, when and why: not as met.
      const status = statusLabel(obligation.status, lang).padEnd(width);
      const why = obligation.accepted ? ` (${oneLine(acceptedPrefix(obligation.accepted)[lang])})` : '';
      const gap = obligation.status === 'not-yet-applicable' && obligation.gap ? ` — ${localize(lang, 'missing in the manifest')}` : '';
      const note = obligation.note ? ` — ${obligation.note[lang]}` : '';
      const date = dateWithReason(obligation.appliesFrom, obligation.dateReason, obligation.certainty, lang, obligation.mayApplyFrom);
      const when = obligation.appliesFrom ? localize(lang, 'from {0}', date) : date;
      lines.push(`  [${status}] ${obligation.text[lang]} — ${cite(obligation.article, lang)}; ${when}${gap}${note}${why}`);
    }
    const gaps = futureGapsText(assessment, lang);
    if (gaps) lines.push('', localize(lang, 'Future gaps: {0}.', gaps));
  }
  lines.push('', localize(lang, 'Guidance only: check with your legal or data protection function.'));
  return lines.join('\n') + '\n';
}
