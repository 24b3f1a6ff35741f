import { processesPersonalData, valueAt } from '../yaml/fields';
import { enumName } from '../law/enumNames';
import { countsAsAbsent, type LinkedDocument } from '../documents/linked';
import { MIN_OWN_WORDS, type NotWritten, type UnansweredQuestion } from '../documents/written';
import type { TemplateQuestion } from '../templates/index';
import type { Finding, Lang, Localized, ManifestPath, Severity } from '../types';
import { notFoundFinding } from './dpia-document-not-found';
import { documentMessage, fieldKey, fieldName, findingAt, type Rule, type RuleContext } from './rule';
import { citizenNoticeTextFinding } from './transparency-missing';
import { localize, localized } from '../l10n';

export type { DocumentFile } from '../documents/written';
export type { ReadDocument } from '../documents/linked';
export { MAX_DOCUMENT_BYTES } from '../documents/written';

/** Reported by the check when it reads the linked documents (`reportDocuments`), not by a synchronous check of the data. */
export const documentIncomplete: Rule<'document-incomplete'> = {
  id: 'document-incomplete',
  defaultSeverity: 'warning',
  description: localized(
    "A linked document exists but is not written: it holds the template marker, a placeholder, the draft status row, fewer than 40 words of its own text or an unanswered question, or it cannot be read; the field then counts as missing (an error where a completed DPIA or FRIA links it, a warning while it is in progress, otherwise the severity of the field's absence).",
  ),
  articles: 'GDPR Arts. 13–14, 35; AI Act Arts. 4, 14, 26(5), 27, 86; AI Act Chapter III; Forvaltningsloven §§ 22–24',
  evidence: 'every-duty',
};

const SEVERITY_ORDER: readonly Severity[] = ['information', 'warning', 'error'];
const SHOWN_LENGTH = 80;

/**
 * The findings on the document fields that count as absent (spec: "Documents"), once each, and the findings they
 * replace. The check ran the rules with those fields absent: a rule that reported such a field as missing gives the
 * severity of its absence, and its finding is dropped (no field is reported twice); where none did, the field is
 * optional and the finding a warning. A DPIA's or FRIA's document is an error where the assessment is `completed`
 * (the manifest claims what the document does not hold) and a warning while it is `in-progress` (the status tells).
 */
export function reportDocuments(
  context: RuleContext,
  documents: readonly LinkedDocument[],
  findings: readonly Finding[],
): { findings: Finding[]; replaced: Set<Finding> } {
  const replaced = new Set<Finding>();
  const reported: Finding[] = [];
  for (const document of documents) {
    if (!countsAsAbsent(document)) continue;
    const key = fieldKey(document.path);
    const absence = findings.filter((finding) => finding.ruleId !== 'placeholder-value' && fieldKey(finding.path) === key);
    for (const finding of absence) replaced.add(finding);
    let severity: Severity = absence.reduce<Severity>(
      (worst, finding) => (SEVERITY_ORDER.indexOf(finding.severity) > SEVERITY_ORDER.indexOf(worst) ? finding.severity : worst),
      absence.length > 0 ? 'information' : 'warning',
    );
    if (document.assessment) {
      const status = valueAt(context.data, [...document.path.slice(0, -1), 'status']);
      if (status === 'completed') severity = 'error';
      else if (status === 'in-progress') severity = 'warning';
    }
    const finding =
      document.state === 'not-written'
        ? incompleteFinding(context, document, document.verdict, severity)
        : document.state === 'free-text' && isCitizenNotice(document.path) && processesPersonalData(context.data)
          ? citizenNoticeTextFinding(context, document.target)
          : notFoundFinding(context, document, severity);
    // The date is the absent field's: what `--due-only` lowers is the duty that field evidences. The schema's finding
    // (a required field) is no duty and carries no date: it leaves the document's own date standing.
    const duties = absence.filter((candidate) => candidate.ruleId !== 'schema');
    const dated = duties.find((candidate) => candidate.appliesFrom !== undefined);
    if (dated) {
      finding.appliesFrom = dated.appliesFrom;
      finding.certainty = dated.certainty;
    } else if (duties.length > 0) {
      delete finding.appliesFrom;
      delete finding.certainty;
    }
    reported.push(finding);
  }
  return { findings: reported, replaced };
}

function isCitizenNotice(path: ManifestPath): boolean {
  return fieldKey(path) === fieldKey(['transparency', 'citizenNotice']);
}

/** "section 4, Measures envisaged to address the risks (GDPR Art. 35(7)(d))" in the language asked for. */
function sectionName(question: UnansweredQuestion, lang: Lang): string {
  const asked: TemplateQuestion | undefined = question.question?.[lang];
  if (!asked) return localize(lang, "section '{0}'", question.heading?.text.replace(/^#+\s*/, '') ?? question.id);
  return asked.number
    ? localize(lang, 'section {0}, {1} ({2})', asked.number, asked.title, asked.article)
    : localize(lang, "section '{0}' ({1})", asked.title, asked.article);
}

/** The section in both languages (each from its own template). */
function section(question: UnansweredQuestion): Localized {
  return { en: sectionName(question, 'en'), da: sectionName(question, 'da') };
}

function shown(text: string): string {
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
}

/** Why the document is not written, in both languages, and the line of the document that shows it. */
function why(verdict: NotWritten): { text: Localized; line?: number } {
  switch (verdict.reason) {
    case 'too-large':
      return {
        text: localized('it cannot be read to see whether it is written: it is larger than {0} MiB', MIB),
      };
    case 'not-utf8':
      return {
        text: localized('it cannot be read to see whether it is written: it is not UTF-8 text'),
      };
    case 'read-failed':
      return {
        text: localized('it cannot be read to see whether it is written ({0})', verdict.error),
      };
    case 'marker':
      return {
        text: localized('line {0} still holds the template marker: it is a stub to be written', verdict.at.line + 1),
        line: verdict.at.line,
      };
    case 'placeholder':
      return {
        text: localized("line {0} still says '{1}' ('{2}')", verdict.at.line + 1, shown(verdict.word), shown(verdict.at.text)),
        line: verdict.at.line,
      };
    case 'draft':
      return {
        text: localized("its status row still says Draft (line {0}: '{1}')", verdict.at.line + 1, shown(verdict.at.text)),
        line: verdict.at.line,
      };
    case 'too-short':
      return {
        text:
          verdict.words === 1
            ? localized(
                "it has 1 word of its own text, fewer than {0} (the templates' text, headings and guiding questions do not count)",
                MIN_OWN_WORDS,
              )
            : localized(
                "it has {0} words of its own text, fewer than {1} (the templates' text, headings and guiding questions do not count)",
                verdict.words,
                MIN_OWN_WORDS,
              ),
        line: 0,
      };
    case 'unanswered': {
      const question = verdict.question;
      return question.removed
        ? {
            text: localized('{0}, has been removed, so it is not answered', section(question)),
            line: 0,
          }
        : {
            text: localized('{0}, is not answered', section(question)),
            line: question.heading?.line ?? 0,
          };
    }
  }
}

const MIB = 1;

/** The first question to answer, where the reason is another ("section 1, …"). */
function nextQuestion(verdict: NotWritten): { section: Localized; line: number; length: number } | undefined {
  const question = 'firstQuestion' in verdict ? verdict.firstQuestion : undefined;
  if (!question) return undefined;
  return {
    section: section(question),
    line: question.heading?.line ?? 0,
    length: question.heading?.text.length ?? 0,
  };
}

/** The finding on a document field whose document exists but is not written, with where the document shows it. */
export function incompleteFinding(context: RuleContext, document: LinkedDocument, verdict: NotWritten, severity: Severity): Finding {
  const field = fieldName(document.path);
  const reason = why(verdict);
  const next = nextQuestion(verdict);
  const text = next ? localized('{0}; the first question to answer is {1}', reason.text, next.section) : reason.text;
  const line = next ? next.line : reason.line;
  const claimed = document.assessment && valueAt(context.data, [...document.path.slice(0, -1), 'status']) === 'completed';
  const finding = findingAt(
    context,
    'document-incomplete',
    severity,
    document.path,
    documentMessage(
      claimed
        ? localized(
            "'{0}' (linked from '{1}') is not written, although the manifest calls it {3}: {2}. Until it is, the field counts as missing",
            document.target,
            field,
            text,
            { en: 'completed', da: enumName('dpiaStatus', 'completed', 'da') },
          )
        : localized(
            "'{0}' (linked from '{1}') is not written: {2}. Until it is, the field counts as missing",
            document.target,
            field,
            text,
          ),
      document,
      context,
    ),
  );
  if (line !== undefined) {
    // Where to write: the first unanswered question's heading, else the line that shows why.
    const at = 'at' in verdict ? verdict.at : verdict.reason === 'unanswered' ? verdict.question.heading : undefined;
    const length = next ? next.length : at ? at.text.length : 0;
    finding.related = [
      {
        file: document.target,
        range: { start: { line, character: 0 }, end: { line, character: length } },
        message: localized("Where '{0}' is not written: {1}.", document.target, text),
      },
    ];
  }
  return finding;
}
