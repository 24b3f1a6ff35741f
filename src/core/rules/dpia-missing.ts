import { has, isRecord, processesPersonalData, stringList, systemProfiles, valueAt } from '../yaml/fields';
import type { Finding, Localized, ManifestPath, Severity } from '../types';
import { dpiaMandatory, inUse, inUseReason } from '../law/applicability';
import { findingAt, joined, message, reportedElsewhere, type Rule, type RuleContext } from './rule';
import { localized } from '../l10n';

const DPIA = ['dataProtection', 'dpia'] as const;

interface Gap {
  path: ManifestPath;
  text: Localized;
}

export const dpiaMissing: Rule<'dpia-missing'> = {
  id: 'dpia-missing',
  defaultSeverity: 'error',
  fix: { insertField: true, document: 'dpia' },
  description: localized(
    'Personal data is processed but the DPIA is missing or incomplete (status, document, or a justification for not-required), marked not-required although mandatory, or still in progress while the system is in use (pilot, production, or in service since a date on or before the reference date).',
  ),
  articles: 'GDPR Art. 35; AI Act Art. 26(9)',
  evidence: ['dpia', 'deployer-dpia'],
  check(context) {
    const { data } = context;
    if (!processesPersonalData(data)) return [];
    const mandatory = dpiaMandatory(context);
    const severity: Severity = mandatory ? 'error' : 'warning';
    const article = localized('GDPR Art. 35');
    const report = (path: ManifestPath, text: Localized): Finding =>
      findingAt(context, 'dpia-missing', severity, path, message(text, article, 'gdpr', context));
    if (!isRecord(valueAt(data, DPIA))) {
      return [
        report(
          DPIA,
          mandatory
            ? localized(
                '`dataProtection.dpia` is missing: personal data is processed, so record the data protection impact assessment (status and document). It is mandatory here: {0}',
                mandatoryBecause(context),
              )
            : localized(
                '`dataProtection.dpia` is missing: personal data is processed, so record the data protection impact assessment (status and document)',
              ),
        ),
      ];
    }
    const status = valueAt(data, [...DPIA, 'status']);
    if (!has(data, [...DPIA, 'status'])) {
      return [
        report(
          [...DPIA, 'status'],
          localized('`dataProtection.dpia.status` is missing: say whether the DPIA is completed, in-progress or not-required'),
        ),
      ];
    }
    // Every reason, in one finding per DPIA; a missing field first (its range and its quick fix).
    const gaps: Gap[] = [];
    if (status === 'not-required') {
      if (!has(data, [...DPIA, 'justification'])) {
        gaps.push({
          path: [...DPIA, 'justification'],
          text: localized(
            '`dataProtection.dpia.justification` is missing: a DPIA marked not-required needs the reasons why the processing is not likely to result in a high risk',
          ),
        });
      }
      if (mandatory) {
        const why = mandatoryBecause(context);
        gaps.push({
          path: [...DPIA, 'status'],
          text: localized(
            "'dataProtection.dpia.status' cannot be not-required: the DPIA is mandatory here ({0}), and no justification can waive it",
            why,
          ),
        });
      }
    } else {
      if (status === 'in-progress' && inUse(data, context.referenceDate)) {
        const why = inUseReason(data);
        gaps.push({
          path: [...DPIA, 'status'],
          text: localized(
            '`dataProtection.dpia.status` is in-progress while {0}: the DPIA must be carried out before the processing starts (Art. 35(1))',
            why,
          ),
        });
      }
      // The document first, where its key is absent (the finding's range and quick fix); a document written in the
      // manifest that does not count (placeholder, not found, not written) is reported by its own finding.
      if (!has(data, [...DPIA, 'document']) && !reportedElsewhere(context, [...DPIA, 'document'])) {
        gaps.unshift({
          path: [...DPIA, 'document'],
          text: localized('`dataProtection.dpia.document` is missing: link the DPIA document (a path such as docs/dpia.md)'),
        });
      }
    }
    if (gaps.length === 0) return [];
    return [report(gaps[0].path, joined(gaps.map((gap) => gap.text)))];
  },
};

/** Why the DPIA is mandatory, each reason with its provision (Art. 35(3)(a), (b); the high tier). */
function mandatoryBecause(context: RuleContext): Localized {
  const { data, tier } = context;
  const reasons: Localized[] = [];
  if (tier.tier === 'high') reasons.push(localized('the system is high-risk (AI Act Art. 26(9); GDPR Art. 35(1))'));
  if (tier.tier === 'prohibited') reasons.push(localized('the system uses a prohibited AI practice (AI Act Art. 5; GDPR Art. 35(1))'));
  if (systemProfiles(data))
    reasons.push(
      localized('the system profiles natural persons, a systematic and extensive evaluation of personal aspects (Art. 35(3)(a))'),
    );
  if (stringList(data, ['dataProtection', 'categories']).includes('special-category'))
    reasons.push(
      localized(
        "special categories of data are processed on a large scale (Art. 35(3)(b)): a municipality's employment services process the data of a whole caseload",
      ),
    );
  return joined(reasons);
}
