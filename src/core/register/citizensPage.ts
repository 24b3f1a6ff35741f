import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { escapeAttribute, escapeHtml } from '../format';
import { localized } from '../l10n';
import { formatDate } from '../law/timeline';
import { TIER_NAMES } from '../law/tiers';
import { MAX_DOCUMENT_BYTES, type ReadDocument } from '../rules/document-incomplete';
import { pathsOverlap, startsWithPath } from '../rules/rule';
import type { Finding, Lang, Localized, ManifestPath, Tier } from '../types';
import { interactsWithPersons, isTrue, stringList, valueAt } from '../yaml/fields';
import { decodeManifestBytes } from '../yaml/parse';
import { statusLabel } from './formats';
import { displayName, textAt, type RegisterEntry } from './record';

// The citizens' page (spec: "The register", format `html`): one self-contained static page — no script, no remote
// resource, its stylesheet inline and allowed by hash — listing every system that processes citizens' data or
// interacts with citizens, in plain words, with the system's written citizen notice rendered from Markdown. What it
// publishes is read from the check's data (`RegisterEntry.data`): a placeholder or an unwritten document is not
// there to publish.

const NOTICE_PATH: ManifestPath = ['transparency', 'citizenNotice'];
const NOTICE_FIELD = NOTICE_PATH.join('.');
const AFFECTED_PERSONS: ManifestPath = ['purpose', 'affectedPersons'];
const EXPLANATION_FIELD = 'decisions.explanation';
/** The rules that judge a linked document: a finding of theirs on the notice means it is not written. */
const DOCUMENT_RULES: ReadonlySet<string> = new Set(['document-incomplete', 'dpia-document-not-found']);
/** Errors that concern what citizens are told and who decides: the system is not ready to publish. */
const CITIZEN_ERROR_RULES: ReadonlySet<string> = new Set([
  'transparency-missing',
  'ai-disclosure-missing',
  'automated-decision',
  'explanation-missing',
]);

/** Where a system's citizens are told about it. */
export type CitizenNotice =
  /** A local document the check judged written (its path, relative to the manifest's folder). */
  | { kind: 'document'; path: string }
  /** A web page (http, https; `www.` taken as https). */
  | { kind: 'page'; url: string }
  /** A local document that is not written, or names no file. */
  | { kind: 'unwritten'; path: string | null }
  /** No notice: none given, free text, or a URL of another scheme (`javascript:`, `data:`, `file:` …). */
  | { kind: 'none' };

function isNoticeFinding(finding: Finding): boolean {
  return finding.path.join('.') === NOTICE_FIELD;
}

/**
 * The system's citizen notice, as its check judged it. "Written" is the check's verdict, never this module's: the
 * field is in the data the rules read, as a local path, and no document rule reported it. The entry's check must
 * have read the documents (`checkManifest` with `readDocument`), as the CLI's and the editor's do.
 */
export function citizenNoticeOf(entry: RegisterEntry): CitizenNotice {
  if (entry.findings.some((finding) => DOCUMENT_RULES.has(finding.ruleId) && isNoticeFinding(finding))) {
    const written = valueAt(entry.data, NOTICE_PATH);
    return { kind: 'unwritten', path: typeof written === 'string' ? written.trim() : null };
  }
  const value = valueAt(entry.data, NOTICE_PATH);
  if (typeof value !== 'string' || value.trim() === '') return { kind: 'none' };
  const notice = value.trim();
  if (/^https?:\/\/\S+$/i.test(notice)) return { kind: 'page', url: notice };
  if (/^www\.\S+$/i.test(notice)) return { kind: 'page', url: `https://${notice}` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(notice)) return { kind: 'none' };
  // A local path (spec: "dpia-document-not-found"): it names a folder or ends in a file extension.
  if (/[/\\]/.test(notice) || /\.[A-Za-z0-9]{1,8}$/.test(notice)) return { kind: 'document', path: notice };
  return { kind: 'none' };
}

/**
 * Whether the system belongs on the page: it affects citizens (`purpose.affectedPersons` lists them), or it does not
 * say whom it affects and processes personal data or interacts with persons. A manifest that cannot be read counts:
 * nobody can tell, so it is listed as not ready rather than silently left out.
 */
export function concernsCitizens(entry: RegisterEntry): boolean {
  const data = entry.data;
  if (!data) return true;
  if (Array.isArray(valueAt(data, AFFECTED_PERSONS))) {
    if (stringList(data, AFFECTED_PERSONS).includes('citizens')) return true;
    // A list with an item left unanswered (a placeholder, a value the schema rejects) does not say whom it affects.
    const unanswered = entry.findings.some(
      (finding) => VALUE_RULES.has(finding.ruleId) && finding.severity === 'error' && startsWithPath(finding.path, AFFECTED_PERSONS),
    );
    if (!unanswered) return false;
  }
  return valueAt(data, ['dataProtection', 'personalData']) !== false || interactsWithPersons(data);
}

/** Why a system is not ready to publish: a kind the page names in plain words, and the finding (for stderr). */
export interface NotReadyReason {
  kind: 'unreadable' | 'notice' | 'transparency' | 'disclosure' | 'automated' | 'explanation';
  /** The rule and field reported, when a finding says it. */
  ruleId: string | null;
  field: string | null;
  message: Localized;
}

/**
 * The fields those rules read. A placeholder there (`placeholder-value`) or a value the schema rejects (`schema`) is an
 * error about the same duty, reported in their stead (spec: "How values count", "Placeholders"): not ready either.
 */
const CITIZEN_FIELDS: readonly [ManifestPath, NotReadyReason['kind']][] = [
  [['transparency', 'aiInteractionDisclosure'], 'disclosure'],
  [['transparency', 'contentMarking'], 'disclosure'],
  [['transparency', 'exposureNotice'], 'disclosure'],
  [['transparency', 'citizenNotice'], 'transparency'],
  [['decisions', 'explanation'], 'explanation'],
  [['decisions', 'automated'], 'automated'],
  [['decisions', 'caseworkerDecides'], 'automated'],
];
const VALUE_RULES: ReadonlySet<string> = new Set(['placeholder-value', 'schema']);

/** The kind of a placeholder or schema error on a field the citizen rules read (or on its whole section). */
function citizenFieldKind(finding: Finding): NotReadyReason['kind'] | undefined {
  if (!VALUE_RULES.has(finding.ruleId) || finding.severity !== 'error') return undefined;
  const field = CITIZEN_FIELDS.find(([path]) => pathsOverlap(finding.path, path));
  return field?.[1];
}

const REASON_KIND: Record<string, NotReadyReason['kind']> = {
  'transparency-missing': 'transparency',
  'ai-disclosure-missing': 'disclosure',
  'automated-decision': 'automated',
  'explanation-missing': 'explanation',
  'document-incomplete': 'notice',
  'dpia-document-not-found': 'notice',
};

/** The reasons a system is not ready to publish; empty when it is ready. */
export function notReadyReasons(entry: RegisterEntry, notice: CitizenNotice): NotReadyReason[] {
  const reasons: NotReadyReason[] = [];
  const fromFinding = (finding: Finding): NotReadyReason => ({
    kind: REASON_KIND[finding.ruleId] ?? 'unreadable',
    ruleId: finding.ruleId,
    field: finding.path.length > 0 ? finding.path.join('.') : null,
    message: finding.message,
  });
  if (!entry.data) {
    const unreadable = entry.findings.filter((finding) => finding.severity === 'error');
    return unreadable.length > 0
      ? unreadable.map((finding) => ({ ...fromFinding(finding), kind: 'unreadable' }))
      : [{ kind: 'unreadable', ruleId: null, field: null, message: TEXT.unreadableManifest }];
  }
  for (const finding of entry.findings) {
    if (DOCUMENT_RULES.has(finding.ruleId) && isNoticeFinding(finding)) reasons.push(fromFinding(finding));
    else if (CITIZEN_ERROR_RULES.has(finding.ruleId) && finding.severity === 'error') reasons.push(fromFinding(finding));
    // An explanation document that is missing or not written is reported by the document rules alone (spec:
    // "dpia-document-not-found"), at the severity explanation-missing would have: an error about explanation.
    else if (DOCUMENT_RULES.has(finding.ruleId) && finding.path.join('.') === EXPLANATION_FIELD && finding.severity === 'error')
      reasons.push({ ...fromFinding(finding), kind: 'explanation' });
    else {
      const kind = citizenFieldKind(finding);
      if (kind) reasons.push({ ...fromFinding(finding), kind });
    }
  }
  const needsNotice = valueAt(entry.data, ['dataProtection', 'personalData']) !== false;
  if (
    needsNotice &&
    (notice.kind === 'none' || notice.kind === 'unwritten') &&
    !reasons.some((r) => r.kind === 'notice' || r.kind === 'transparency')
  )
    reasons.push({ kind: 'notice', ruleId: null, field: NOTICE_FIELD, message: TEXT.noNotice });
  return reasons;
}

/**
 * Reads the written citizen notices of the entries (through each manifest's own reader, as its check did): file →
 * Markdown. A notice that cannot be read now (gone, over 1 MiB, not UTF-8) is left out, and the page counts the
 * system as not ready.
 */
export async function readCitizenNotices(
  entries: readonly RegisterEntry[],
  readerFor: (entry: RegisterEntry) => ReadDocument | undefined,
): Promise<Map<string, string>> {
  const notices = new Map<string, string>();
  await Promise.all(
    entries.map(async (entry) => {
      const notice = citizenNoticeOf(entry);
      const read = notice.kind === 'document' ? readerFor(entry) : undefined;
      if (notice.kind !== 'document' || !read) return;
      try {
        const file = await read(notice.path);
        if (!file || file.size > MAX_DOCUMENT_BYTES) return;
        const bytes = await file.read();
        const text = bytes.length > MAX_DOCUMENT_BYTES ? undefined : decodeManifestBytes(bytes);
        if (text !== undefined) notices.set(entry.file, text);
      } catch {
        // Not readable now: the system is listed as not ready.
      }
    }),
  );
  return notices;
}

export interface CitizensPageOptions {
  lang: Lang;
  /** The day the page is made (ISO). */
  date: string;
  /** Show the systems that are not ready too (marked as such); otherwise they are left out. */
  includeUnready?: boolean;
}

export interface CitizenContact {
  organisation: string | null;
  unit: string | null;
  email: string | null;
}

/** One system as the page shows it: the manifest's values, read from the check's data (null where absent). */
export interface CitizenSystem {
  file: string;
  anchor: string;
  name: string;
  description: string | null;
  contact: CitizenContact;
  affectedPersons: string[] | null;
  personalData: boolean | null;
  categories: string[] | null;
  caseworkerDecides: boolean;
  automated: boolean | null;
  canOverride: boolean;
  reviewer: string | null;
  /** `decisions.explanation` when it is text (a path names a document the page does not publish). */
  explanation: string | null;
  aiInteractionDisclosure: string | null;
  contentMarking: string | null;
  exposureNotice: string | null;
  notice: CitizenNotice;
  /** The written notice's Markdown, when it was read. */
  noticeMarkdown: string | null;
  tier: Tier | null;
  status: string | null;
  inServiceSince: string | null;
  legalAct: string | null;
  legalProvision: string | null;
  gdprLegalBasis: string | null;
  notReady: NotReadyReason[];
}

export interface CitizensPage {
  lang: Lang;
  date: string;
  organisations: string[];
  contacts: CitizenContact[];
  /** The systems on the page, in the entries' order. */
  systems: CitizenSystem[];
  /** Every system that is not ready (on the page with `includeUnready`, else left out). */
  notReady: CitizenSystem[];
  /** Not ready and left out: exit status 1 while there is one. */
  leftOut: CitizenSystem[];
  /** Systems of the register that do not concern citizens (not on the page). */
  notForCitizens: number;
}

/** An HTML id from the system's id (kebab-case by the schema), unique on the page. */
function anchorFor(entry: RegisterEntry, index: number, taken: Set<string>): string {
  const base =
    (entry.record.id ?? '')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || `system-${index + 1}`;
  let anchor = base;
  for (let n = 2; taken.has(anchor) || RESERVED_IDS.has(anchor); n++) anchor = `${base}-${n}`;
  taken.add(anchor);
  return anchor;
}

/** The page's own ids (a system's anchor never takes one). */
const RESERVED_IDS = new Set(['main', 'contents', 'contents-title', 'about', 'about-title']);

function text(data: unknown, path: ManifestPath): string | null {
  const value = textAt(data, path);
  return value === null || value.trim() === '' ? null : value.trim();
}

function list(data: unknown, path: ManifestPath): string[] | null {
  return Array.isArray(valueAt(data, path)) ? stringList(data, path) : null;
}

function booleanOrNull(data: unknown, path: ManifestPath): boolean | null {
  const value = valueAt(data, path);
  return typeof value === 'boolean' ? value : null;
}

/** The page's model: which systems are on it, what each says, and which are not ready (and why). */
export function buildCitizensPage(
  entries: readonly RegisterEntry[],
  notices: ReadonlyMap<string, string>,
  options: CitizensPageOptions,
): CitizensPage {
  const taken = new Set<string>();
  const all: CitizenSystem[] = [];
  let notForCitizens = 0;
  entries.forEach((entry, index) => {
    if (!concernsCitizens(entry)) {
      notForCitizens++;
      return;
    }
    const data = entry.data;
    const notice = citizenNoticeOf(entry);
    const noticeMarkdown = notice.kind === 'document' ? (notices.get(entry.file) ?? null) : null;
    const reasons = notReadyReasons(entry, notice);
    if (notice.kind === 'document' && noticeMarkdown === null)
      reasons.push({ kind: 'notice', ruleId: null, field: NOTICE_FIELD, message: TEXT.noticeUnreadable });
    const explanation = text(data, ['decisions', 'explanation']);
    all.push({
      file: entry.file,
      anchor: anchorFor(entry, index, taken),
      name: displayName(entry),
      description: text(data, ['system', 'description']),
      contact: {
        organisation: text(data, ['system', 'owner', 'organisation']),
        unit: text(data, ['system', 'owner', 'unit']),
        email: text(data, ['system', 'owner', 'contact']),
      },
      affectedPersons: list(data, ['purpose', 'affectedPersons']),
      personalData: booleanOrNull(data, ['dataProtection', 'personalData']),
      categories: list(data, ['dataProtection', 'categories']),
      caseworkerDecides: isTrue(data, ['decisions', 'caseworkerDecides']),
      automated: booleanOrNull(data, ['decisions', 'automated']),
      canOverride: isTrue(data, ['humanOversight', 'canOverride']),
      reviewer: text(data, ['humanOversight', 'reviewer']),
      // A path names a document (spec: "decisions.explanation"); only text is published here.
      explanation:
        explanation && !/^[^\s]+\.[A-Za-z0-9]{1,8}$/.test(explanation) && !/^[^\s]*\/[^\s]*$/.test(explanation) ? explanation : null,
      aiInteractionDisclosure: text(data, ['transparency', 'aiInteractionDisclosure']),
      contentMarking: text(data, ['transparency', 'contentMarking']),
      exposureNotice: text(data, ['transparency', 'exposureNotice']),
      notice,
      noticeMarkdown,
      tier: entry.record.tier,
      status: text(data, ['system', 'status']),
      inServiceSince: text(data, ['system', 'inServiceSince']),
      legalAct: text(data, ['legalBasis', 'act']),
      legalProvision: text(data, ['legalBasis', 'provision']),
      gdprLegalBasis: text(data, ['dataProtection', 'gdprLegalBasis']),
      notReady: reasons,
    });
  });
  const notReady = all.filter((system) => system.notReady.length > 0);
  const systems = options.includeUnready ? all : all.filter((system) => system.notReady.length === 0);
  const contacts: CitizenContact[] = [];
  for (const system of systems) {
    const { organisation, unit, email } = system.contact;
    if (!contacts.some((c) => c.organisation === organisation && c.unit === unit && c.email === email)) contacts.push(system.contact);
  }
  const organisations = [...new Set(systems.map((s) => s.contact.organisation).filter((o): o is string => o !== null))];
  return {
    lang: options.lang,
    date: options.date,
    organisations,
    contacts,
    systems,
    notReady,
    leftOut: options.includeUnready ? [] : notReady,
    notForCitizens,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Texts (plain words for citizens; the page addresses the reader as "du" / "you"). English here, Danish in
// l10n/bundle.l10n.da.json; `{org}`, `{date}` … are filled by the page after the language is chosen.

const TEXT = {
  title: localized('Artificial intelligence at {org}'),
  titleNoOrg: localized('Artificial intelligence in the municipality'),
  and: localized(' and '),
  lead: localized(
    '{org} uses artificial intelligence (AI) in some of its work. This page tells you which AI systems are used, what they do, which information about you they use, who decides, and whom you can contact.',
  ),
  leadNoOrg: localized(
    'This page tells you which AI systems are used, what they do, which information about you they use, who decides, and whom you can contact.',
  ),
  skip: localized('Skip to the content'),
  contents: localized('AI systems on this page'),
  about: localized('Decisions, complaints and contact'),
  allDecide: localized('A caseworker always makes the decision in your case. None of the AI systems makes decisions itself.'),
  allOverride: localized('The staff can always disregard what a system suggests.'),
  eachDecides: localized('Who makes the decision is described under each system.'),
  complain: localized(
    'If you disagree with a decision, you can complain. The decision tells you how and where (the guidance on complaints).',
  ),
  contactIntro: localized('If you have questions about how AI and your information are used, or want an explanation, contact:'),
  dpa: localized('You can also complain to the Danish Data Protection Agency (Datatilsynet) about how your personal data are processed:'),
  noSystems: localized('There are no AI systems to show.'),
  what: localized('What the system does'),
  forWhom: localized('Whom it concerns'),
  usedBy: localized('Used by'),
  data: localized('Information used'),
  decides: localized('Who decides'),
  told: localized('How you are told'),
  explanation: localized('Explanation'),
  contact: localized('Contact'),
  tier: localized('Risk level (EU AI Act)'),
  status: localized('Status'),
  legalBasis: localized('Legal basis'),
  notStated: localized('Not stated.'),
  noPersonalData: localized('The system uses no personal data.'),
  usesData: localized('The system uses {list}.'),
  usesDataList: localized('The system uses:'),
  decidesYes: localized('A caseworker always makes the decision. The system makes no decisions.'),
  override: localized('{reviewer} reviews what the system produces and can disregard or correct it.'),
  decidesNotStated: localized('It is not stated that a caseworker makes every decision.'),
  noticeBelow: localized('Read the information for citizens below.'),
  noticePage: localized('Read more at'),
  interaction: localized('When you use the system, you are told that it is AI:'),
  marking: localized('Content the system makes is marked:'),
  exposure: localized('You are told before the system is used on you:'),
  explain: localized(
    'You can always ask how the system was used in your case and get an explanation: write to {contact}. If you receive a decision, its reasons must say what part the system played.',
  ),
  explainHow: localized('How the explanation is given:'),
  theContact: localized('the contact below'),
  since: localized('{status} since {date}'),
  personalDataBasis: localized('processing of personal data: {basis}'),
  noticeHeading: localized('Information for citizens about {name}'),
  notReady: localized('Note: the description of this system is not ready to publish:'),
  leftOutTitle: localized('Not ready to publish, so not on the page ({count}):'),
  leftOutWhy: localized('What keeps it off'),
  leftOutHint: localized(
    'Only this preview shows this list. Correct the manifest or write the information for citizens, and the system appears on the page.',
  ),
  footer: localized('Made on {date} from the documentation the organisation keeps of each AI system (ai-system.yaml).'),
  unreadableManifest: localized('the manifest cannot be read'),
  noNotice: localized(
    '`transparency.citizenNotice` gives no written citizen notice (the URL of a page, or the path of a written document)',
  ),
  noticeUnreadable: localized('the citizen notice could not be read to publish it'),
};

/** The plain-words reason shown on the page for a system published while not ready. */
const REASON_TEXT: Record<NotReadyReason['kind'], Localized> = {
  unreadable: localized('its documentation cannot be read'),
  notice: localized('the information for citizens is not written'),
  transparency: localized('it does not say where citizens are told about the system'),
  disclosure: localized('it does not say how you are told that you are dealing with AI'),
  automated: localized('it does not say that a caseworker makes every decision'),
  explanation: localized('it does not say how you get an explanation'),
};

const PERSONS: Record<string, Localized> = {
  citizens: localized('citizens'),
  companies: localized('companies'),
  employees: localized('the staff'),
};

const CATEGORIES: Record<string, Localized> = {
  ordinary: localized('ordinary personal data, such as your name, contact details and information in your case'),
  'special-category': localized('sensitive personal data, such as information about your health'),
  cpr: localized('your CPR number'),
  'criminal-offences': localized('information about criminal offences'),
};

const TIER_WORDS: Record<Tier | 'none', Localized> = {
  prohibited: localized('The EU AI Act prohibits this use of AI.'),
  high: localized('The EU AI Act sets strict requirements for the system, among them human oversight, logging and documentation.'),
  limited: localized('The EU AI Act requires that people are told when they deal with AI or AI-made content.'),
  minimal: localized(
    'The EU AI Act sets no special requirements for the system itself; the ordinary rules, such as data protection, apply.',
  ),
  none: localized('Not yet determined.'),
};

/** The Danish laws of `legalBasis.act`, by their own (Danish) names. */
const ACTS: Record<string, string> = {
  LAB: 'Lov om en aktiv beskæftigelsesindsats',
  LAS: 'Lov om aktiv socialpolitik',
  SDL: 'Lov om sygedagpenge',
  LKHE: 'Lov om kompensation til handicappede i erhverv m.v.',
  INL: 'Integrationsloven',
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${TEXT.and[lang]}${items[items.length - 1]}`;
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const EMAIL = /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/;

/** An e-mail address as a mailto link when it is one; else its text. Escaped either way. */
function emailHtml(email: string): string {
  return EMAIL.test(email) ? `<a class="url" href="mailto:${escapeAttribute(email)}">${escapeHtml(email)}</a>` : escapeHtml(email);
}

function contactHtml(contact: CitizenContact): string {
  const who = [contact.organisation, contact.unit]
    .filter((v): v is string => v !== null)
    .map(escapeHtml)
    .join(', ');
  const email = contact.email ? emailHtml(contact.email) : '';
  return who && email ? `${who}: ${email}` : who || email;
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown of a written notice: markdown-it with raw HTML off, links only to web pages, e-mail and the page itself,
// images shown as their text (no remote resource), headings moved under the section's own.

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
markdown.validateLink = (url: string): boolean => /^(https?:\/\/|mailto:|#)/i.test(url.trim());
markdown.renderer.rules.image = (tokens, index, options, env, self) =>
  escapeHtml(self.renderInlineAsText(tokens[index].children ?? [], options, env));

/**
 * The notice's Markdown as HTML, its headings moved to start at `firstLevel` in the order they are used (h1, h3
 * → h4, h5), so the page's heading order stays valid. HTML comments (the templates' question markers) are left out.
 */
export function renderNoticeMarkdown(source: string, firstLevel: number): string {
  const tokens: Token[] = markdown.parse(source.replace(/<!--[\s\S]*?-->/g, ''), {});
  const levels = [...new Set(tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1))))].sort((a, b) => a - b);
  const moved = new Map(levels.map((level, index) => [level, `h${Math.min(6, firstLevel + index)}`]));
  for (const token of tokens)
    if (token.type === 'heading_open' || token.type === 'heading_close') token.tag = moved.get(Number(token.tag.slice(1))) ?? token.tag;
  return markdown.renderer.render(tokens, markdown.options, {});
}

// ---------------------------------------------------------------------------------------------------------------
// The page

/** The page's colours, light and dark: each pair of text and background has at least 4.5:1 (the browser test runs axe-core). */
const LIGHT_COLOURS =
  '--bg:#fff;--fg:#1b1b1b;--muted:#474747;--link:#0a4f9e;--visited:#6b2c91;--line:#767676;--soft:#f2f2f2;--note:#fff4ce;--note-line:#7a5a00';
const DARK_COLOURS =
  '--bg:#121212;--fg:#ececec;--muted:#c8c8c8;--link:#9ccaff;--visited:#d9b3ff;--line:#8f8f8f;--soft:#1e1e1e;--note:#332a00;--note-line:#e0b400';

/**
 * The stylesheet: light and dark (prefers-color-scheme), reflow at 320 px and 200 % zoom, long words broken
 * anywhere, print. Inline and allowed by its hash in the page's Content Security Policy (a unit test keeps
 * STYLE_SHA256 in step).
 */
export const STYLE = `:root{color-scheme:light dark;${LIGHT_COLOURS}}
@media (prefers-color-scheme:dark){:root{${DARK_COLOURS}}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1rem;line-height:1.55;overflow-wrap:anywhere}
.page{max-width:50rem;margin:0 auto;padding:1rem}
a{color:var(--link);text-decoration:underline;text-underline-offset:.15em}
a:visited{color:var(--visited)}
a:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.skip{position:absolute;left:-100vw;top:0}
.skip:focus{position:static;display:inline-block;margin:.5rem 0}
h1{font-size:2rem;line-height:1.2;margin:1rem 0}
h2{font-size:1.5rem;line-height:1.25;margin:2.5rem 0 .75rem;padding-top:1rem;border-top:2px solid var(--line)}
h3{font-size:1.25rem;margin:1.75rem 0 .5rem}
h4,h5,h6{font-size:1.05rem;margin:1.25rem 0 .5rem}
.lead{font-size:1.15rem}
nav ul{padding-left:1.25rem}
nav li{margin:.25rem 0}
.tier-note{color:var(--muted)}
dl.facts{display:grid;grid-template-columns:minmax(9rem,15rem) minmax(0,1fr);gap:.6rem 1rem;margin:1rem 0}
dl.facts dt{font-weight:700}
dl.facts dd{margin:0;min-width:0}
dl.facts dd>p,dl.facts dd>ul{margin:0 0 .5rem}
dl.facts dd>:last-child{margin-bottom:0}
blockquote{margin:0 0 .5rem;padding:.25rem .75rem;border-left:4px solid var(--line);background:var(--soft)}
blockquote p{margin:.25rem 0}
.notice{border-left:4px solid var(--line);padding:0 0 0 1rem;margin:1rem 0}
.not-ready{border:2px solid var(--note-line);background:var(--note);padding:.5rem 1rem;margin:1rem 0}
pre,code{font-family:ui-monospace,SFMono-Regular,Consolas,monospace;font-size:.95em}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--soft);padding:.5rem}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:.75rem 0}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
footer{margin-top:3rem;padding-top:1rem;border-top:2px solid var(--line);color:var(--muted)}
@media (max-width:40rem){dl.facts{display:block}dl.facts dt{margin-top:.9rem}h1{font-size:1.6rem}h2{font-size:1.3rem}}
@media print{:root{--bg:#fff;--fg:#000;--muted:#000;--link:#000;--visited:#000;--line:#000;--soft:#fff;--note:#fff;--note-line:#000}body{font-size:11pt}.page{max-width:none;padding:0}.skip,nav{display:none}a[href^="http"]:not(.url)::after,a[href^="mailto:"]:not(.url)::after{content:" (" attr(href) ")"}h2,h3,h4,dt{break-after:avoid}h2{break-before:auto}}`;

/** base64 SHA-256 of STYLE, for the Content Security Policy (test/unit/citizens-page.test.ts checks it). */
export const STYLE_SHA256 = 'sha256-AvOAGGGihaUQLwyL8zbMGuH9UHQHEBssSDGQf1C4YR4=';

/**
 * The page in VS Code's webview: its colours follow the editor's theme kind (the class VS Code gives the webview's
 * body) rather than the operating system's colour scheme — the same two palettes as on the web.
 */
export const EDITOR_THEME_STYLE = `
body.vscode-light{color-scheme:light;${LIGHT_COLOURS}}
body.vscode-dark,body.vscode-high-contrast{color-scheme:dark;${DARK_COLOURS}}
body.vscode-high-contrast-light{color-scheme:light;${LIGHT_COLOURS}}
.preview-notice ul ul{margin:.25rem 0}
.preview-notice li{margin:.25rem 0}
.preview-notice summary{cursor:pointer;text-decoration:underline}`;

export interface CitizensPageRenderOptions {
  /** In a VS Code webview: the style is allowed by this nonce (as the timeline panel's script is). */
  nonce?: string;
  /** The editor's preview: colours follow VS Code's theme kind (`EDITOR_THEME_STYLE`). */
  editorTheme?: boolean;
  /** The editor's preview: a notice at the top lists the systems left out as not ready, and why (the CLI's stderr). */
  leftOutNotice?: boolean;
}

/** The page as one HTML document: no script, no remote resource, everything escaped. */
export function renderCitizensPage(page: CitizensPage, options: CitizensPageRenderOptions = {}): string {
  const { lang } = page;
  if (options.nonce !== undefined && !/^[A-Za-z0-9+/=_-]+$/.test(options.nonce)) throw new Error('The nonce must be base64 or hex');
  const styleSource = options.nonce ? `'nonce-${options.nonce}'` : `'${STYLE_SHA256}'`;
  const csp = `default-src 'none'; style-src ${styleSource}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const orgs = joinList(page.organisations, lang);
  const title = orgs ? fill(TEXT.title[lang], { org: orgs }) : TEXT.titleNoOrg[lang];
  const lead = orgs ? fill(TEXT.lead[lang], { org: escapeHtml(orgs) }) : TEXT.leadNoOrg[lang];
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style${options.nonce ? ` nonce="${options.nonce}"` : ''}>${STYLE}${options.editorTheme ? EDITOR_THEME_STYLE : ''}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    ...(options.leftOutNotice ? leftOutNotice(page) : []),
    `<a class="skip" href="#main">${TEXT.skip[lang]}</a>`,
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="lead">${lead}</p>`,
    '</header>',
  ];
  if (page.systems.length > 0) {
    out.push('<nav aria-labelledby="contents-title">', `<h2 id="contents-title">${TEXT.contents[lang]}</h2>`, '<ul>');
    for (const system of page.systems) out.push(`<li><a href="#${system.anchor}">${escapeHtml(system.name)}</a></li>`);
    out.push('</ul>', '</nav>');
  }
  out.push('<main id="main">', ...aboutSection(page), ...page.systems.flatMap((system) => systemSection(system, lang)), '</main>');
  out.push(
    '<footer>',
    `<p>${escapeHtml(fill(TEXT.footer[lang], { date: ISO_DATE.test(page.date) ? formatDate(page.date, lang) : page.date }))}</p>`,
    '</footer>',
    '</div>',
    '</body>',
    '</html>',
    '',
  );
  return out.join('\n');
}

/**
 * The preview's notice of the systems left out: each by name and file, with every finding that keeps it off the page
 * (what the CLI prints to stderr). Not part of the published page.
 */
function leftOutNotice(page: CitizensPage): string[] {
  const { lang } = page;
  if (page.leftOut.length === 0) return [];
  const out = [
    '<aside class="not-ready preview-notice" aria-labelledby="left-out-title">',
    `<p id="left-out-title"><strong>${escapeHtml(fill(TEXT.leftOutTitle[lang], { count: String(page.leftOut.length) }))}</strong></p>`,
    '<ul>',
  ];
  for (const system of page.leftOut) {
    const rules = [...new Set(system.notReady.map((reason) => reason.ruleId).filter((rule): rule is string => rule !== null))];
    const reasons = system.notReady.map((reason) => {
      const field = reason.field ? `<code>${escapeHtml(reason.field)}</code>: ` : '';
      return `<li>${field}${escapeHtml(reason.message[lang])}</li>`;
    });
    out.push(
      `<li><strong>${escapeHtml(system.name)}</strong> (<code>${escapeHtml(system.file)}</code>)` +
        (rules.length > 0 ? `: ${rules.map((rule) => `<code>${escapeHtml(rule)}</code>`).join(', ')}` : '') +
        `<details><summary>${TEXT.leftOutWhy[lang]}</summary><ul>${reasons.join('')}</ul></details></li>`,
    );
  }
  out.push('</ul>', `<p>${TEXT.leftOutHint[lang]}</p>`, '</aside>');
  return out;
}

function aboutSection(page: CitizensPage): string[] {
  const { lang } = page;
  const out = ['<section aria-labelledby="about-title">', `<h2 id="about-title">${TEXT.about[lang]}</h2>`];
  if (page.systems.length === 0) out.push(`<p>${TEXT.noSystems[lang]}</p>`);
  else if (page.systems.every((s) => s.caseworkerDecides && s.automated === false))
    out.push(`<p>${TEXT.allDecide[lang]}${page.systems.every((s) => s.canOverride) ? ` ${TEXT.allOverride[lang]}` : ''}</p>`);
  else out.push(`<p>${TEXT.eachDecides[lang]}</p>`);
  out.push(`<p>${TEXT.complain[lang]}</p>`);
  if (page.contacts.length > 0) {
    out.push(`<p>${TEXT.contactIntro[lang]}</p>`, '<ul>');
    for (const contact of page.contacts) out.push(`<li>${contactHtml(contact)}</li>`);
    out.push('</ul>');
  }
  out.push(`<p>${TEXT.dpa[lang]} <a href="https://www.datatilsynet.dk">www.datatilsynet.dk</a></p>`, '</section>');
  return out;
}

function fact(label: Localized, lang: Lang, html: string): string {
  return `<dt>${label[lang]}</dt>\n<dd>${html}</dd>`;
}

/** A text as the manifest gives it, quoted as a block under its label. */
function quoted(label: string, value: string): string {
  return `<p>${label}</p><blockquote><p>${escapeHtml(value)}</p></blockquote>`;
}

function systemSection(system: CitizenSystem, lang: Lang): string[] {
  const id = system.anchor;
  const out = [`<section class="system" id="${id}" aria-labelledby="${id}-title">`, `<h2 id="${id}-title">${escapeHtml(system.name)}</h2>`];
  if (system.notReady.length > 0) {
    const kinds = [...new Set(system.notReady.map((reason) => reason.kind))];
    out.push(
      '<div class="not-ready">',
      `<p><strong>${TEXT.notReady[lang]}</strong></p>`,
      '<ul>',
      ...kinds.map((kind) => `<li>${REASON_TEXT[kind][lang]}</li>`),
      '</ul>',
      '</div>',
    );
  }
  const notStated = TEXT.notStated[lang];
  const facts: string[] = [];
  facts.push(fact(TEXT.what, lang, system.description ? escapeHtml(system.description) : notStated));
  const persons = (system.affectedPersons ?? []).map((p) => PERSONS[p]?.[lang] ?? p);
  facts.push(fact(TEXT.forWhom, lang, persons.length > 0 ? escapeHtml(capitalise(joinList(persons, lang))) + '.' : notStated));
  const usedBy = [system.contact.unit, system.contact.organisation].filter((v): v is string => v !== null);
  if (usedBy.length > 0) facts.push(fact(TEXT.usedBy, lang, escapeHtml(usedBy.join(', '))));
  facts.push(fact(TEXT.data, lang, dataHtml(system, lang)));
  facts.push(fact(TEXT.decides, lang, decidesHtml(system, lang)));
  facts.push(fact(TEXT.told, lang, toldHtml(system, lang)));
  const contactName = system.contact.email ? emailHtml(system.contact.email) : TEXT.theContact[lang];
  facts.push(
    fact(
      TEXT.explanation,
      lang,
      `<p>${fill(TEXT.explain[lang], { contact: contactName })}</p>` +
        (system.explanation ? quoted(TEXT.explainHow[lang], system.explanation) : ''),
    ),
  );
  facts.push(fact(TEXT.contact, lang, contactHtml(system.contact) || notStated));
  const tierName = system.tier ? TIER_NAMES[system.tier].full[lang] : null;
  facts.push(
    fact(
      TEXT.tier,
      lang,
      (tierName ? `<strong>${escapeHtml(tierName)}.</strong> ` : '') +
        `<span class="tier-note">${TIER_WORDS[system.tier ?? 'none'][lang]}</span>`,
    ),
  );
  facts.push(fact(TEXT.status, lang, statusHtml(system, lang)));
  const legal = legalBasisHtml(system, lang);
  if (legal) facts.push(fact(TEXT.legalBasis, lang, legal));
  out.push('<dl class="facts">', ...facts, '</dl>');
  if (system.noticeMarkdown !== null) {
    out.push(
      `<h3 id="${id}-notice">${escapeHtml(fill(TEXT.noticeHeading[lang], { name: system.name }))}</h3>`,
      `<div class="notice">`,
      renderNoticeMarkdown(system.noticeMarkdown, 4).trimEnd(),
      '</div>',
    );
  }
  out.push('</section>');
  return out;
}

function dataHtml(system: CitizenSystem, lang: Lang): string {
  if (system.personalData === false) return TEXT.noPersonalData[lang];
  if (!system.categories || system.categories.length === 0) return TEXT.notStated[lang];
  const names = system.categories.map((c) => CATEGORIES[c]?.[lang] ?? c);
  if (names.length === 1) return escapeHtml(fill(TEXT.usesData[lang], { list: names[0] }));
  return `<p>${TEXT.usesDataList[lang]}</p><ul>${names.map((name) => `<li>${escapeHtml(name)}</li>`).join('')}</ul>`;
}

function decidesHtml(system: CitizenSystem, lang: Lang): string {
  const parts: string[] = [];
  parts.push(system.caseworkerDecides && system.automated === false ? TEXT.decidesYes[lang] : TEXT.decidesNotStated[lang]);
  // Only what the manifest answers: with no reviewer named, the page claims no review.
  if (system.canOverride && system.reviewer) parts.push(escapeHtml(fill(TEXT.override[lang], { reviewer: capitalise(system.reviewer) })));
  return parts.join(' ');
}

function toldHtml(system: CitizenSystem, lang: Lang): string {
  const parts: string[] = [];
  if (system.notice.kind === 'document' && system.noticeMarkdown !== null)
    parts.push(`<p><a href="#${system.anchor}-notice">${TEXT.noticeBelow[lang]}</a></p>`);
  if (system.notice.kind === 'page')
    parts.push(
      `<p>${TEXT.noticePage[lang]} <a class="url" href="${escapeAttribute(system.notice.url)}">${escapeHtml(system.notice.url)}</a></p>`,
    );
  if (system.aiInteractionDisclosure) parts.push(quoted(TEXT.interaction[lang], system.aiInteractionDisclosure));
  if (system.contentMarking) parts.push(quoted(TEXT.marking[lang], system.contentMarking));
  if (system.exposureNotice) parts.push(quoted(TEXT.exposure[lang], system.exposureNotice));
  return parts.length > 0 ? parts.join('') : TEXT.notStated[lang];
}

function statusHtml(system: CitizenSystem, lang: Lang): string {
  const status = statusLabel(system.status, lang);
  if (!status) return TEXT.notStated[lang];
  const since = system.inServiceSince && ISO_DATE.test(system.inServiceSince) ? formatDate(system.inServiceSince, lang) : null;
  return escapeHtml(since ? fill(TEXT.since[lang], { status: capitalise(status), date: since }) : capitalise(status));
}

function legalBasisHtml(system: CitizenSystem, lang: Lang): string | null {
  const parts: string[] = [];
  if (system.legalAct && system.legalAct !== 'other') {
    const act = ACTS[system.legalAct] ?? system.legalAct;
    parts.push(system.legalProvision ? `${act} (${system.legalProvision})` : act);
  } else if (system.legalProvision) parts.push(system.legalProvision);
  if (system.gdprLegalBasis) parts.push(fill(TEXT.personalDataBasis[lang], { basis: system.gdprLegalBasis }));
  return parts.length > 0 ? escapeHtml(capitalise(parts.join('; '))) + (/[.!?]$/.test(parts[parts.length - 1]) ? '' : '.') : null;
}
