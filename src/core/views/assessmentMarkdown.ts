import type { Assessment, ObligationStatus } from '../assessment/assess';
import { cite } from '../law/articles';
import { formatDate } from '../law/timeline';
import { assessmentEditionLabel, certaintyLabel, dateWithReason, futureGapsText } from './dutyText';
import { fillInText, TIER_NAMES, TIER_NOT_DETERMINED } from '../law/tiers';
import { acceptedPrefix } from '../acceptance';
import type { Lang, Localized } from '../types';
import { localized } from '../l10n';

/** Symbols that ordinary text fonts have (no emoji font needed), and words that say the same for screen readers. */
const STATUS: Record<ObligationStatus, Localized> = {
  met: localized('✓ met'),
  missing: localized('✗ **missing**'),
  accepted: localized('⚠ accepted'),
  'not-yet-applicable': localized('○ not yet applicable'),
};

const TEXT = {
  title: localized('Risk tier'),
  unknown: localized('unknown: the manifest does not parse. Fix the `yaml-syntax` errors first.'),
  declared: localized('Declared tier'),
  differs: localized('differs from the computed tier'),
  reasons: localized('Reasons'),
  reason: localized('Reason'),
  article: localized('Article'),
  appliesFrom: localized('Applies from'),
  obligations: localized('Obligations on'),
  status: localized('Status'),
  obligation: localized('Obligation'),
  summary: localized('met, missing, accepted, not yet applicable'),
  futureGaps: localized('Gaps in duties not yet applicable'),
  certainty: localized('How sure the date is'),
  missingInManifest: localized('missing in the manifest'),
  guidance: localized('Guidance only: findings are prompts, not legal conclusions. Check with your legal or data protection function.'),
} satisfies Record<string, Localized>;

export interface AssessmentMarkdownOptions {
  lang: Lang;
  /** The heading's subject: the system's name or the file. */
  subject: string;
  /** The manifest's `declaredTier`, when it has one. */
  declaredTier?: string;
  /** A paragraph shown under the tier (e.g. the wizard's note on how the result was reached). */
  note?: string;
}

/** `|` and line breaks would break a table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The title of an assessment ("Risk tier: Jobcentrets chatbot"): its heading and the panel's tab. */
export function assessmentTitle(subject: string, lang: Lang): string {
  return `${TEXT.title[lang]}: ${subject}`;
}

/** The "Assess risk tier" view: tier, reasons (article, date) and obligations with their status, as Markdown. */
export function assessmentMarkdown(assessment: Assessment, options: AssessmentMarkdownOptions): string {
  const { lang } = options;
  const t = (text: Localized) => text[lang];
  const lines = [`# ${assessmentTitle(cell(options.subject), lang)}`, ''];
  if (!assessment.tier && assessment.undetermined) {
    // Not determined: say what to fill in, and still list the duties that hold whatever the tier.
    lines.push(`## ${t(TIER_NOT_DETERMINED.short)}`, '', `${capitalised(fillInText(assessment.undetermined, lang))}.`, '');
  } else if (!assessment.tier) {
    lines.push(`**${t(TEXT.title)}:** ${t(TEXT.unknown)}`, '');
    return lines.join('\n');
  } else {
    lines.push(`## ${TIER_NAMES[assessment.tier].short[lang]} (\`${assessment.tier}\`)`, '');
  }
  if (options.declaredTier) {
    const differs = assessment.tier && options.declaredTier !== assessment.tier ? ` — **${t(TEXT.differs)}**` : '';
    lines.push(`${t(TEXT.declared)}: \`${cell(options.declaredTier)}\`${differs}`, '');
  }
  if (options.note) lines.push(options.note, '');
  if (assessment.reasons.length > 0) {
    lines.push(
      `### ${t(TEXT.reasons)}`,
      '',
      `| ${t(TEXT.reason)} | ${t(TEXT.article)} | ${t(TEXT.appliesFrom)} | ${t(TEXT.certainty)} |`,
      '| --- | --- | --- | --- |',
    );
    for (const reason of assessment.reasons) {
      lines.push(
        `| ${cell(reason.text[lang])} | ${cell(cite(reason.article, lang))} | ${cell(dateWithReason(reason.appliesFrom, reason.dateReason, 'primary', lang))} | ${certaintyLabel(reason.certainty, lang)} |`,
      );
    }
  }
  const edition = assessmentEditionLabel(assessment, lang);
  const counts = (['met', 'missing', 'accepted', 'not-yet-applicable'] as const).map(
    (s) => assessment.obligations.filter((o) => o.status === s).length,
  );
  const gaps = futureGapsText(assessment, lang);
  lines.push(
    '',
    `### ${t(TEXT.obligations)} ${formatDate(assessment.date, lang)}`,
    '',
    `*${cell(edition)}* — ${counts.join(' / ')} (${t(TEXT.summary)})`,
    '',
    ...(gaps ? [`**${t(TEXT.futureGaps)}:** ${gaps}.`, ''] : []),
    `| ${t(TEXT.status)} | ${t(TEXT.obligation)} | ${t(TEXT.article)} | ${t(TEXT.appliesFrom)} | ${t(TEXT.certainty)} |`,
    '| --- | --- | --- | --- | --- |',
  );
  for (const obligation of assessment.obligations) {
    // An accepted gap is listed as accepted, with who, when and why: not as met.
    const status = STATUS[obligation.status][lang];
    const why = obligation.accepted ? `<br>${cell(acceptedPrefix(obligation.accepted)[lang])}` : '';
    const note = obligation.note ? `<br>${cell(obligation.note[lang])}` : '';
    const gap = obligation.status === 'not-yet-applicable' && obligation.gap ? ` — ${t(TEXT.missingInManifest)}` : '';
    lines.push(
      `| ${status}${gap} | ${cell(obligation.text[lang])}${note}${why} | ${cell(cite(obligation.article, lang))} | ${cell(dateWithReason(obligation.appliesFrom, obligation.dateReason, 'primary', lang, obligation.mayApplyFrom))} | ${certaintyLabel(obligation.certainty, lang)}${lang === 'en' ? `: ${cell(obligation.source)}` : ''} |`,
    );
  }
  lines.push('', `> ${t(TEXT.guidance)}`, '');
  return lines.join('\n');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
