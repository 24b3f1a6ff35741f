import { has, isRecord, valueAt } from '../yaml/fields';
import { friaRequired, inUse, inUseReason } from '../law/applicability';
import type { Localized, ManifestPath } from '../types';
import { findingAt, joined, message, reportedElsewhere, type Rule, type RuleContext } from './rule';
import { localized } from '../l10n';

const FRIA = ['fria'] as const;

interface Gap {
  path: ManifestPath;
  text: Localized;
}

/** Every reason the FRIA (Art. 27(1)) is not there, in the order the finding names them. */
function friaGaps(context: RuleContext): Gap[] {
  const { data, referenceDate: date } = context;
  if (!isRecord(valueAt(data, FRIA))) {
    return [
      {
        path: [...FRIA],
        text: localized(
          '`fria` is missing: a public body deploying an Annex III high-risk system must assess the impact on fundamental rights before first use (status and document)',
        ),
      },
    ];
  }
  const gaps: Gap[] = [];
  const status = valueAt(data, [...FRIA, 'status']);
  if (!has(data, [...FRIA, 'status'])) {
    gaps.push({
      path: [...FRIA, 'status'],
      text: localized('`fria.status` is missing: say whether the fundamental rights impact assessment is completed or in-progress'),
    });
  } else if (status === 'not-required') {
    gaps.push({
      path: [...FRIA, 'status'],
      text: localized(
        '`fria.status` cannot be not-required: a public body deploying this system must carry out the assessment, and no justification can waive it',
      ),
    });
  } else if (status === 'in-progress' && inUse(data, date)) {
    const why = inUseReason(data);
    gaps.push({
      path: [...FRIA, 'status'],
      text: localized('`fria.status` is in-progress while {0}: the assessment must be completed before the system is first used', why),
    });
  }
  // The document first, where its key is absent (the finding's range and quick fix); a document written in the
  // manifest that does not count (placeholder, not found, not written) is reported by its own finding.
  if (status !== 'not-required' && !has(data, [...FRIA, 'document']) && !reportedElsewhere(context, [...FRIA, 'document'])) {
    gaps.unshift({
      path: [...FRIA, 'document'],
      text: localized('`fria.document` is missing: link the fundamental rights impact assessment (a path such as docs/fria.md)'),
    });
  }
  return gaps;
}

export const friaMissing: Rule<'fria-missing'> = {
  id: 'fria-missing',
  defaultSeverity: 'error',
  fix: { insertField: true, document: 'fria' },
  description: localized(
    'A deployer of an Annex III high-risk system (other than critical infrastructure) has no fundamental rights impact assessment: missing, without status or document, marked not-required, or still in progress while the system is in use.',
  ),
  articles: 'AI Act Art. 27(1)',
  evidence: ['fria'],
  check(context) {
    if (!friaRequired(context.data, context.tier)) return [];
    const gaps = friaGaps(context);
    if (gaps.length === 0) return [];
    // One finding per FRIA, naming every reason, at the first reason's field.
    return [
      findingAt(
        context,
        'fria-missing',
        'error',
        gaps[0].path,
        message(joined(gaps.map((gap) => gap.text)), 'AI Act Art. 27(1)', 'annex-iii-high-risk', context),
      ),
    ];
  },
};
