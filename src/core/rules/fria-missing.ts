import { has, isRecord, valueAt } from '../yaml/fields';
import { friaRequired, inUse, inUseReason } from '../law/applicability';
import type { Localized, ManifestPath } from '../types';
import { findingAt, message, reportedElsewhere, type Rule, type RuleContext } from './rule';

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
        text: {
          en: '`fria` is missing: a public body deploying an Annex III high-risk system must assess the impact on fundamental rights before first use (status and document)',
          da: '`fria` mangler: et offentligt organ, der idriftsætter et højrisiko-AI-system efter bilag III, skal foretage en konsekvensanalyse vedrørende grundlæggende rettigheder før første anvendelse (status og dokument)',
        },
      },
    ];
  }
  const gaps: Gap[] = [];
  const status = valueAt(data, [...FRIA, 'status']);
  if (!has(data, [...FRIA, 'status'])) {
    gaps.push({
      path: [...FRIA, 'status'],
      text: {
        en: '`fria.status` is missing: say whether the fundamental rights impact assessment is completed or in-progress',
        da: '`fria.status` mangler: angiv, om konsekvensanalysen vedrørende grundlæggende rettigheder er completed eller in-progress',
      },
    });
  } else if (status === 'not-required') {
    gaps.push({
      path: [...FRIA, 'status'],
      text: {
        en: '`fria.status` cannot be not-required: a public body deploying this system must carry out the assessment, and no justification can waive it',
        da: '`fria.status` kan ikke være not-required: et offentligt organ, der idriftsætter dette system, skal foretage konsekvensanalysen, og ingen begrundelse kan fritage for den',
      },
    });
  } else if (status === 'in-progress' && inUse(data, date)) {
    const why = inUseReason(data);
    gaps.push({
      path: [...FRIA, 'status'],
      text: {
        en: `\`fria.status\` is in-progress while ${why.en}: the assessment must be completed before the system is first used`,
        da: `\`fria.status\` er in-progress, mens ${why.da}: konsekvensanalysen skal være foretaget, før systemet tages i brug første gang`,
      },
    });
  }
  // The document first, where its key is absent (the finding's range and quick fix); a document written in the
  // manifest that does not count (placeholder, not found, not written) is reported by its own finding.
  if (status !== 'not-required' && !has(data, [...FRIA, 'document']) && !reportedElsewhere(context, [...FRIA, 'document'])) {
    gaps.unshift({
      path: [...FRIA, 'document'],
      text: {
        en: '`fria.document` is missing: link the fundamental rights impact assessment (a path such as docs/fria.md)',
        da: '`fria.document` mangler: henvis til konsekvensanalysen vedrørende grundlæggende rettigheder (en sti som docs/fria.md)',
      },
    });
  }
  return gaps;
}

export const friaMissing: Rule<'fria-missing'> = {
  id: 'fria-missing',
  defaultSeverity: 'error',
  fix: { insertField: true, document: 'fria' },
  description: {
    en: 'A deployer of an Annex III high-risk system (other than critical infrastructure) has no fundamental rights impact assessment: missing, without status or document, marked not-required, or still in progress while the system is in use.',
    da: 'En idriftsætter af et højrisiko-AI-system efter bilag III (bortset fra kritisk infrastruktur) har ingen konsekvensanalyse vedrørende grundlæggende rettigheder: den mangler, er uden status eller dokument, er markeret not-required eller er stadig i gang, mens systemet er i brug.',
  },
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
        message(
          gaps.map((gap) => gap.text.en).join('; '),
          gaps.map((gap) => gap.text.da).join('; '),
          'AI Act Art. 27(1)',
          'annex-iii-high-risk',
          context,
        ),
      ),
    ];
  },
};
