import annexViii from './annex-viii.json';
import { cite } from '../law/articles';
import { deploys, isTrue, provides, stringList, valueAt } from '../yaml/fields';
import type { Lang, Localized } from '../types';
import type { RegisterOptions } from './formats';
import { displayName, textAt, type RegisterEntry } from './record';

/**
 * The `eu-database` format: for each system the AI Act asks to register, the points of Annex VIII with what the
 * manifest fills and what it cannot. The points' texts are data (`annex-viii.json`); this module says, per point,
 * which fields of the manifest answer it.
 */
export type SectionId = 'A' | 'B' | 'C';

/**
 * `filled`: the manifest gives the value. `reference`: the manifest links the document that holds it.
 * `where-applicable`: the point applies only in a case the manifest cannot tell (nothing missing).
 * `not-applicable`: the point does not apply to this system. `optional`: not required, and not given.
 * `missing`: the point applies and the manifest cannot fill it (exit status 1).
 */
export type PointStatus = 'filled' | 'reference' | 'where-applicable' | 'not-applicable' | 'optional' | 'missing';

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

const NOTES = {
  noAddress: { en: 'the manifest has no address', da: 'manifestet har ingen adresse' },
  noOwner: { en: 'system.owner (organisation, contact) is missing', da: 'system.owner (organisation, kontakt) mangler' },
  otherPerson: {
    en: 'only when another person submits or an authorised representative acts; the manifest does not say',
    da: 'kun når en anden person indsender, eller en bemyndiget repræsentant handler; det fremgår ikke af manifestet',
  },
  submitter: { en: 'the manifest does not name the person who submits', da: 'manifestet angiver ikke den person, der indsender' },
  memberStates: { en: 'the manifest does not name the Member States', da: 'manifestet angiver ikke medlemsstaterne' },
  noCertificate: {
    en: 'conformity assessment by internal control (Art. 43(2), Annex VI): no notified body certificate',
    da: 'overensstemmelsesvurdering baseret på intern kontrol (art. 43, stk. 2, bilag VI): ingen attest fra et bemyndiget organ',
  },
  biometricCertificate: {
    en: 'biometrics (Annex III point 1): a notified body may be involved (Art. 43(1))',
    da: 'biometri (bilag III, punkt 1): et bemyndiget organ kan være involveret (art. 43, stk. 1)',
  },
  noInstructions: {
    en: 'not given for Annex III points 1, 6 and 7 in law enforcement, migration, asylum and border control',
    da: 'gives ikke for bilag III, punkt 1, 6 og 7, inden for retshåndhævelse, migration, asyl og grænsekontrol',
  },
  noPersonalData: { en: 'no personal data is processed: no DPIA', da: 'der behandles ingen personoplysninger: ingen konsekvensanalyse' },
  field: { en: '{field} is missing', da: '{field} mangler' },
} satisfies Record<string, Localized>;

function fieldMissing(field: string): Answer {
  return { status: 'missing', note: { en: NOTES.field.en.replace('{field}', field), da: NOTES.field.da.replace('{field}', field) } };
}

function fromField(data: unknown, path: string[], status: 'filled' | 'reference' = 'filled'): Answer {
  const value = textAt(data, path);
  return value !== null ? { status, value } : fieldMissing(path.join('.'));
}

const STATUS_TEXT: Record<string, Localized> = {
  planned: {
    en: 'not yet placed on the market or put into service (planned)',
    da: 'endnu ikke bragt i omsætning eller ibrugtaget (planlagt)',
  },
  development: {
    en: 'not yet placed on the market or put into service (in development)',
    da: 'endnu ikke bragt i omsætning eller ibrugtaget (under udvikling)',
  },
  pilot: { en: 'in service (pilot)', da: 'i drift (pilot)' },
  production: { en: 'in service', da: 'i drift' },
  retired: { en: 'no longer in service', da: 'ikke længere i drift' },
};

/** What the manifest answers to one point, by the point's `reads` key. */
function answer(reads: string, entry: RegisterEntry, lang: Lang): Answer {
  const data = entry.data;
  const r = entry.record;
  const annexIII = stringList(data, ['riskClassification', 'annexIII']);
  switch (reads) {
    case 'owner': {
      const known = [r.organisation, r.unit, r.contact].filter((v): v is string => v !== null).join(', ');
      if (!r.organisation || !r.contact) return { status: 'missing', value: known || null, note: NOTES.noOwner };
      return { status: 'missing', value: known, note: NOTES.noAddress };
    }
    case 'where-applicable':
      return { status: 'where-applicable', note: NOTES.otherPerson };
    case 'submitter':
      return { status: 'missing', note: NOTES.submitter };
    case 'identification': {
      if (!r.name) return fieldMissing('system.name');
      const version = textAt(data, ['system', 'version']);
      return { status: 'filled', value: [r.name, r.id && `id ${r.id}`, version && `version ${version}`].filter(Boolean).join(', ') };
    }
    case 'purpose': {
      if (!r.description) return fieldMissing('system.description');
      const category = textAt(data, ['purpose', 'category']);
      const tasks = stringList(data, ['purpose', 'tasks']);
      const extra = [category, tasks.length > 0 ? tasks.join(', ') : null].filter(Boolean).join('; ');
      return { status: 'filled', value: extra ? `${r.description} (${extra})` : r.description };
    }
    case 'technical-documentation':
      return fromField(data, ['documentation', 'technical'], 'reference');
    case 'status': {
      if (!r.status) return fieldMissing('system.status');
      return { status: 'filled', value: STATUS_TEXT[r.status]?.[lang] ?? r.status };
    }
    case 'certificate':
      return annexIII.includes('biometrics')
        ? { status: 'where-applicable', note: NOTES.biometricCertificate }
        : { status: 'not-applicable', note: NOTES.noCertificate };
    case 'member-states':
      return { status: 'missing', note: NOTES.memberStates };
    case 'conformity':
      return fromField(data, ['documentation', 'conformityAssessment'], 'reference');
    case 'instructions':
      if (annexIII.some((area) => area === 'law-enforcement' || area === 'migration' || area === 'biometrics'))
        return { status: 'not-applicable', note: NOTES.noInstructions };
      return fromField(data, ['documentation', 'instructionsForUse'], 'reference');
    case 'more-information': {
      const notice = textAt(data, ['transparency', 'citizenNotice']);
      return notice && /^https?:\/\//.test(notice) ? { status: 'filled', value: notice } : { status: 'optional' };
    }
    case 'derogation-condition':
      return fromField(data, ['riskClassification', 'derogation', 'condition']);
    case 'derogation-justification':
      return fromField(data, ['riskClassification', 'derogation', 'justification']);
    case 'provider-registration':
      return fromField(data, ['deployment', 'providerRegistration']);
    case 'fria-summary':
      return fromField(data, ['fria', 'summary']);
    case 'dpia-summary':
      if (valueAt(data, ['dataProtection', 'personalData']) === false) return { status: 'not-applicable', note: NOTES.noPersonalData };
      if (!isTrue(data, ['dataProtection', 'personalData'])) return fieldMissing('dataProtection.personalData');
      return fromField(data, ['dataProtection', 'dpia', 'summary']);
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
  source: string;
  registrations: RegistrationRecord[];
  /** Systems whose tier is not determined (the file does not parse, or the answers are missing): whether they register cannot be told. */
  undetermined: { file: string; id: string | null }[];
}

export function euDatabaseReport(entries: readonly RegisterEntry[], options: RegisterOptions): EuDatabaseReport {
  return {
    generated: options.date,
    edition: options.edition,
    source: annexViii.source,
    registrations: entries.flatMap((entry) => sectionsFor(entry).map((section) => registrationRecord(entry, section, options.lang))),
    undetermined: entries.filter((entry) => entry.record.tier === null).map((entry) => ({ file: entry.file, id: entry.record.id })),
  };
}

/** Incomplete when a point is missing, or a system's tier (so whether it registers) is not determined. */
export function euDatabaseIncomplete(report: EuDatabaseReport): boolean {
  return report.undetermined.length > 0 || report.registrations.some((registration) => registration.missing.length > 0);
}
