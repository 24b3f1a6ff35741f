import { has, isRecord, processesPersonalData, stringList, systemProfiles, valueAt } from '../yaml/fields';
import type { Finding, Localized, ManifestPath, Severity } from '../types';
import { dpiaMandatory, inUse, inUseReason } from '../law/applicability';
import { findingAt, message, reportedElsewhere, type Rule, type RuleContext } from './rule';

const DPIA = ['dataProtection', 'dpia'] as const;

interface Gap {
  path: ManifestPath;
  text: Localized;
}

export const dpiaMissing: Rule<'dpia-missing'> = {
  id: 'dpia-missing',
  defaultSeverity: 'error',
  fix: { insertField: true, document: 'dpia' },
  description: {
    en: 'Personal data is processed but the DPIA is missing or incomplete (status, document, or a justification for not-required), marked not-required although mandatory, or still in progress while the system is in use (pilot, production, or in service since a date on or before the reference date).',
    da: 'Der behandles personoplysninger, men konsekvensanalysen mangler eller er ufuldstændig (status, dokument eller begrundelse for not-required), er markeret not-required, selv om den er obligatorisk, eller er stadig i gang, mens systemet er i brug (pilotdrift, drift eller i brug siden en dato på eller før referencedatoen).',
  },
  articles: 'GDPR Art. 35; AI Act Art. 26(9)',
  evidence: ['dpia', 'deployer-dpia'],
  check(context) {
    const { data } = context;
    if (!processesPersonalData(data)) return [];
    const mandatory = dpiaMandatory(context);
    const severity: Severity = mandatory ? 'error' : 'warning';
    const article = { en: 'GDPR Art. 35', da: 'GDPR art. 35' };
    const report = (path: ManifestPath, text: Localized): Finding =>
      findingAt(context, 'dpia-missing', severity, path, message(text.en, text.da, article, 'gdpr', context));
    if (!isRecord(valueAt(data, DPIA))) {
      return [
        report(DPIA, {
          en:
            '`dataProtection.dpia` is missing: personal data is processed, so record the data protection impact assessment (status and document)' +
            (mandatory ? '. It is mandatory here: high risk, profiling or special categories of data' : ''),
          da:
            '`dataProtection.dpia` mangler: der behandles personoplysninger, så angiv konsekvensanalysen vedrørende databeskyttelse (status og dokument)' +
            (mandatory ? '. Den er obligatorisk her: høj risiko, profilering eller særlige kategorier af oplysninger' : ''),
        }),
      ];
    }
    const status = valueAt(data, [...DPIA, 'status']);
    if (!has(data, [...DPIA, 'status'])) {
      return [
        report([...DPIA, 'status'], {
          en: '`dataProtection.dpia.status` is missing: say whether the DPIA is completed, in-progress or not-required',
          da: '`dataProtection.dpia.status` mangler: angiv, om konsekvensanalysen er completed, in-progress eller not-required',
        }),
      ];
    }
    // Every reason, in one finding per DPIA; a missing field first (its range and its quick fix).
    const gaps: Gap[] = [];
    if (status === 'not-required') {
      if (!has(data, [...DPIA, 'justification'])) {
        gaps.push({
          path: [...DPIA, 'justification'],
          text: {
            en: '`dataProtection.dpia.justification` is missing: a DPIA marked not-required needs the reasons why the processing is not likely to result in a high risk',
            da: '`dataProtection.dpia.justification` mangler: når konsekvensanalysen er not-required, skal det begrundes, hvorfor behandlingen ikke sandsynligvis indebærer en høj risiko',
          },
        });
      }
      if (mandatory) {
        const why = mandatoryBecause(context);
        gaps.push({
          path: [...DPIA, 'status'],
          text: {
            en: `'dataProtection.dpia.status' cannot be not-required: the DPIA is mandatory here (${why.en}), and no justification can waive it`,
            da: `'dataProtection.dpia.status' kan ikke være not-required: konsekvensanalysen er obligatorisk her (${why.da}), og ingen begrundelse kan fritage for den`,
          },
        });
      }
    } else {
      if (status === 'in-progress' && inUse(data, context.referenceDate)) {
        const why = inUseReason(data);
        gaps.push({
          path: [...DPIA, 'status'],
          text: {
            en: `\`dataProtection.dpia.status\` is in-progress while ${why.en}: the DPIA must be carried out before the processing starts (Art. 35(1))`,
            da: `\`dataProtection.dpia.status\` er in-progress, mens ${why.da}: konsekvensanalysen skal foretages, før behandlingen begynder (art. 35, stk. 1)`,
          },
        });
      }
      // The document first, where its key is absent (the finding's range and quick fix); a document written in the
      // manifest that does not count (placeholder, not found, not written) is reported by its own finding.
      if (!has(data, [...DPIA, 'document']) && !reportedElsewhere(context, [...DPIA, 'document'])) {
        gaps.unshift({
          path: [...DPIA, 'document'],
          text: {
            en: '`dataProtection.dpia.document` is missing: link the DPIA document (a path such as docs/dpia.md)',
            da: '`dataProtection.dpia.document` mangler: henvis til konsekvensanalysen (en sti som docs/dpia.md)',
          },
        });
      }
    }
    if (gaps.length === 0) return [];
    return [report(gaps[0].path, { en: gaps.map((gap) => gap.text.en).join('; '), da: gaps.map((gap) => gap.text.da).join('; ') })];
  },
};

/** Why the DPIA is mandatory, each reason with its provision (Art. 35(3)(a), (b); the high tier). */
function mandatoryBecause(context: RuleContext): Localized {
  const { data, tier } = context;
  const reasons: Localized[] = [];
  if (tier.tier === 'high' || tier.tier === 'prohibited')
    reasons.push({
      en: 'the system is high-risk (AI Act Art. 26(9); GDPR Art. 35(1))',
      da: 'systemet er højrisiko (AI-forordningens art. 26, stk. 9; databeskyttelsesforordningens art. 35, stk. 1)',
    });
  if (systemProfiles(data))
    reasons.push({
      en: 'the system profiles natural persons, a systematic and extensive evaluation of personal aspects (Art. 35(3)(a))',
      da: 'systemet profilerer fysiske personer, en systematisk og omfattende vurdering af personlige forhold (art. 35, stk. 3, litra a)',
    });
  if (stringList(data, ['dataProtection', 'categories']).includes('special-category'))
    reasons.push({
      en: "special categories of data are processed on a large scale (Art. 35(3)(b)): a municipality's employment services process the data of a whole caseload",
      da: 'særlige kategorier af personoplysninger behandles i stort omfang (art. 35, stk. 3, litra b): en kommunes beskæftigelsesindsats behandler oplysninger om en hel sagsstamme',
    });
  return { en: reasons.map((r) => r.en).join('; '), da: reasons.map((r) => r.da).join('; ') };
}
