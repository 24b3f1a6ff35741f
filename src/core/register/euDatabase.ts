import annexViii from './annex-viii.json';
import { valueForm } from '../documents/fields';
import { localize, localized } from '../l10n';
import { cite } from '../law/articles';
import { enumName } from '../law/enumNames';
import { startsWithPath } from '../rules/rule';
import { deploys, isTrue, provides, stringList, valueAt } from '../yaml/fields';
import type { Lang, Localized, ManifestPath } from '../types';
import { editionInForceOn, type RegisterOptions } from './formats';
import { displayName, textAt, type RegisterEntry } from './record';

/**
 * The `eu-database` format: for each system the AI Act asks to register, the points of Annex VIII with what the
 * manifest fills and what it cannot. The points' texts are data (`annex-viii.json`); this module says, per point,
 * which fields of the manifest answer it.
 */
export type SectionId = 'A' | 'B' | 'C';

/**
 * `filled`: the manifest gives the value. `reference`: the manifest links the written document that holds it.
 * `where-applicable`: the point applies only in a case the manifest cannot tell, or is optional (nothing missing).
 * `not-applicable`: the point does not apply to this system. `missing`: the point applies and the manifest cannot
 * fill it — the field is absent, a placeholder, or a document not written (exit status 1).
 */
export type PointStatus = 'filled' | 'reference' | 'where-applicable' | 'not-applicable' | 'missing';

interface PointData {
  point: number;
  en: string;
  da: string;
  reads: string;
}

interface SectionData {
  article: string;
  title: Localized;
  points: PointData[];
}

const SECTIONS = annexViii.sections as Record<SectionId, SectionData>;

export interface PointRecord {
  point: number;
  text: string;
  status: PointStatus;
  value: string | null;
  /** Why a point is missing, not applicable or left to the case. */
  note: string | null;
}

export interface RegistrationRecord {
  file: string;
  id: string | null;
  name: string;
  section: SectionId;
  article: string;
  title: string;
  points: PointRecord[];
  /** The numbers of the points the manifest cannot fill. */
  missing: number[];
}

interface Answer {
  status: PointStatus;
  value?: string | null;
  note?: Localized;
}

/** Why a field is absent, by the check's finding at the field. */
const REASONS: Partial<Record<string, (field: string) => Localized>> = {
  'placeholder-value': (field) => localized('{0} is a placeholder', field),
  'document-incomplete': (field) => localized('{0}: the document is not written', field),
  'dpia-document-not-found': (field) => localized('{0}: no such document, or not a path or URL', field),
};

/**
 * Why a field the check reads as absent is absent: a placeholder, a document not written or not there (the check's
 * own findings at the field say which), else that it is missing. The value itself is never read from the loaded
 * text: what the rules do not count, the register does not fill.
 */
function gap(entry: RegisterEntry, path: ManifestPath): Answer {
  const field = path.join('.');
  for (const finding of entry.findings) {
    const reason = REASONS[finding.ruleId];
    if (reason && startsWithPath(finding.path, path)) return { status: 'missing', note: reason(field) };
  }
  return { status: 'missing', note: localized('{0} is missing', field) };
}

function fromField(entry: RegisterEntry, path: ManifestPath, status: 'filled' | 'reference' = 'filled'): Answer {
  const value = textAt(entry.data, path);
  return value !== null ? { status, value } : gap(entry, path);
}

/** The system's status in the register's words (Annex VIII, A.8): whether it is placed on the market or in service. */
function statusText(status: string, lang: Lang): string {
  switch (status) {
    case 'planned':
      return localize(lang, 'not yet placed on the market or put into service (planned)');
    case 'development':
      return localize(lang, 'not yet placed on the market or put into service (in development)');
    case 'pilot':
      return localize(lang, 'in service (pilot)');
    case 'production':
      return localize(lang, 'in service');
    case 'retired':
      return localize(lang, 'no longer in service');
    default:
      return status;
  }
}

const OWNER: ManifestPath = ['system', 'owner'];

/** Points 1 of A, B and C: name, address and contact details. */
function owner(entry: RegisterEntry): Answer {
  const r = entry.record;
  const address = textAt(entry.data, [...OWNER, 'address']);
  const known = [r.organisation, r.unit, address, r.contact].filter((v): v is string => v !== null).join(', ');
  const absent = (['organisation', 'address', 'contact'] as const).filter((key) => (key === 'address' ? address : r[key]) === null);
  if (absent.length === 0) return { status: 'filled', value: known };
  const single = absent.length === 1 ? gap(entry, [...OWNER, absent[0]]) : undefined;
  const note = single?.note ?? localized('{0} are missing', absent.map((key) => [...OWNER, key].join('.')).join(', '));
  return { status: 'missing', value: known || null, note };
}

/** Annex III point 1 (biometrics): the area, or the practices that are its points (b) and (c). */
function annexIIIPointOne(data: unknown): boolean {
  const practices = stringList(data, ['riskClassification', 'practices']);
  return (
    stringList(data, ['riskClassification', 'annexIII']).includes('biometrics') ||
    practices.includes('emotion-recognition') ||
    practices.includes('biometric-categorisation')
  );
}

/** A value that names a file or a page instead of describing anything: a URL, or one word that is a local path. */
function namesAFile(value: string): boolean {
  const form = valueForm(value);
  return form === 'url' || (form === 'local' && !/\s/.test(value.trim()));
}

/**
 * C.4 and C.5: the summary of an assessment carried out — only from one `completed`, whose document is written (the
 * check leaves a document that is not written, not there or free text out of its data), with its `summary`.
 */
function assessmentSummary(entry: RegisterEntry, assessment: ManifestPath): Answer {
  const data = entry.data;
  const status = textAt(data, [...assessment, 'status']);
  if (status === null) return gap(entry, [...assessment, 'status']);
  if (status !== 'completed')
    return {
      status: 'missing',
      note: localized(
        'the point asks for the summary of an assessment carried out; {0} is {1}, not {2}',
        [...assessment, 'status'].join('.'),
        { en: status, da: enumName('dpiaStatus', status, 'da') },
        { en: 'completed', da: enumName('dpiaStatus', 'completed', 'da') },
      ),
    };
  if (textAt(data, [...assessment, 'document']) === null) return gap(entry, [...assessment, 'document']);
  return fromField(entry, [...assessment, 'summary']);
}

/** What the manifest answers to one point, by the point's `reads` key. */
function answer(reads: string, entry: RegisterEntry, lang: Lang): Answer {
  const data = entry.data;
  const r = entry.record;
  switch (reads) {
    case 'owner':
      return owner(entry);
    case 'submitter':
      return fromField(entry, [...OWNER, 'submittedBy']);
    case 'representative':
      return {
        status: 'where-applicable',
        note: localized('only for a provider established outside the Union, which appoints an authorised representative (Art. 22)'),
      };
    case 'identification': {
      if (!r.name) return gap(entry, ['system', 'name']);
      const version = textAt(data, ['system', 'version']);
      return { status: 'filled', value: [r.name, r.id && `id ${r.id}`, version && `version ${version}`].filter(Boolean).join(', ') };
    }
    case 'purpose': {
      if (!r.description) return gap(entry, ['system', 'description']);
      const category = textAt(data, ['purpose', 'category']);
      const tasks = stringList(data, ['purpose', 'tasks']);
      const extra = [category, tasks.length > 0 ? tasks.join(', ') : null].filter(Boolean).join('; ');
      return { status: 'filled', value: extra ? `${r.description} (${extra})` : r.description };
    }
    case 'operating-logic': {
      const path: ManifestPath = ['documentation', 'operatingLogic'];
      const answered = fromField(entry, path);
      if (answered.value && namesAFile(answered.value))
        return {
          status: 'missing',
          note: localized('{0} is a path or URL, not the basic, concise description the point asks for', path.join('.')),
        };
      return answered;
    }
    case 'status': {
      if (!r.status) return gap(entry, ['system', 'status']);
      return { status: 'filled', value: statusText(r.status, lang) };
    }
    case 'certificate': {
      if (!annexIIIPointOne(data))
        return {
          status: 'not-applicable',
          note: localized(
            'not an Annex III point 1 system: conformity assessment by internal control (Art. 43(2), Annex VI), no notified body',
          ),
        };
      const certificate = textAt(data, ['documentation', 'certificate']);
      return certificate !== null
        ? { status: 'filled', value: certificate }
        : {
            status: 'missing',
            note: localized(
              'an Annex III point 1 system: Art. 43(1) requires a notified body where harmonised standards are not applied; documentation.certificate is missing',
            ),
          };
    }
    case 'member-states': {
      const path: ManifestPath = ['system', 'memberStates'];
      if (!Array.isArray(valueAt(data, path))) return gap(entry, path);
      const states = stringList(data, path);
      return states.length > 0
        ? { status: 'filled', value: states.join(', ') }
        : { status: 'missing', note: localized('{0} names no Member State', path.join('.')) };
    }
    case 'declaration':
      return fromField(entry, ['documentation', 'declarationOfConformity'], 'reference');
    case 'instructions':
      // Exempt only in law enforcement, migration, asylum and border control (Art. 49(4)): never a municipality's.
      return fromField(entry, ['documentation', 'instructionsForUse'], 'reference');
    case 'more-information': {
      const notice = textAt(data, ['transparency', 'citizenNotice']);
      return notice !== null && valueForm(notice) === 'url'
        ? { status: 'filled', value: notice.trim() }
        : {
            status: 'where-applicable',
            note: localized('optional: a URL with further information (transparency.citizenNotice as a URL fills it)'),
          };
    }
    case 'derogation-condition':
      return fromField(entry, ['riskClassification', 'derogation', 'condition']);
    case 'derogation-justification':
      return fromField(entry, ['riskClassification', 'derogation', 'justification']);
    case 'provider-registration': {
      // A provider-and-deployer's own entry (Art. 49(1)) is the provider's entry its use refers to (Art. 26(8)).
      const ownPath: ManifestPath = ['documentation', 'euDatabaseRegistration'];
      const own = provides(data) ? textAt(data, ownPath) : null;
      if (own !== null) return { status: 'filled', value: own };
      const answered = fromField(entry, ['deployment', 'providerRegistration']);
      return answered.status === 'missing' && provides(data) ? gap(entry, ownPath) : answered;
    }
    case 'fria-summary':
      return assessmentSummary(entry, ['fria']);
    case 'dpia-summary':
      if (valueAt(data, ['dataProtection', 'personalData']) === false)
        return { status: 'not-applicable', note: localized('no personal data is processed: no DPIA') };
      if (!isTrue(data, ['dataProtection', 'personalData'])) return gap(entry, ['dataProtection', 'personalData']);
      return assessmentSummary(entry, ['dataProtection', 'dpia']);
    default:
      throw new Error(`Annex VIII point reads '${reads}', which the register does not know`);
  }
}

/** The sections of Annex VIII the AI Act asks this system's organisation to submit (spec: "The register"). */
export function sectionsFor(entry: RegisterEntry): SectionId[] {
  const sections: SectionId[] = [];
  if (entry.annexIIIHighRisk && provides(entry.data)) sections.push('A');
  if (entry.derogationApplies && provides(entry.data)) sections.push('B');
  if (entry.annexIIIHighRisk && deploys(entry.data)) sections.push('C');
  return sections;
}

export function registrationRecord(entry: RegisterEntry, section: SectionId, lang: Lang): RegistrationRecord {
  const data = SECTIONS[section];
  const points = data.points.map((point): PointRecord => {
    const a = answer(point.reads, entry, lang);
    return { point: point.point, text: point[lang], status: a.status, value: a.value ?? null, note: a.note?.[lang] ?? null };
  });
  return {
    file: entry.file,
    id: entry.record.id,
    name: displayName(entry),
    section,
    article: cite(data.article, lang),
    title: data.title[lang],
    points,
    missing: points.filter((p) => p.status === 'missing').map((p) => p.point),
  };
}

export interface EuDatabaseReport {
  generated: string;
  edition: string;
  /** False where the edition was forced and was not the law on the date (shown for comparison). */
  editionInForce: boolean;
  source: string;
  registrations: RegistrationRecord[];
  /** Systems whose tier is not determined (the file does not parse, or the answers are missing): whether they register cannot be told. */
  undetermined: { file: string; id: string | null }[];
}

export function euDatabaseReport(entries: readonly RegisterEntry[], options: RegisterOptions): EuDatabaseReport {
  return {
    generated: options.date,
    edition: options.edition,
    editionInForce: editionInForceOn(options),
    source: annexViii.source,
    registrations: entries.flatMap((entry) => sectionsFor(entry).map((section) => registrationRecord(entry, section, options.lang))),
    undetermined: entries.filter((entry) => entry.record.tier === null).map((entry) => ({ file: entry.file, id: entry.record.id })),
  };
}

/** Incomplete when a point is missing, or a system's tier (so whether it registers) is not determined. */
export function euDatabaseIncomplete(report: EuDatabaseReport): boolean {
  return report.undetermined.length > 0 || report.registrations.some((registration) => registration.missing.length > 0);
}
