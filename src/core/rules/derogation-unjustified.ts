import { has, valueAt } from '../yaml/fields';
import type { Finding } from '../types';
import { findingAt, message, type Rule } from './rule';
import { localized } from '../l10n';

const DEROGATION = ['riskClassification', 'derogation'] as const;

export const derogationUnjustified: Rule<'derogation-unjustified'> = {
  id: 'derogation-unjustified',
  defaultSeverity: 'error',
  fix: { insertField: true },
  description: localized('An Art. 6(3) derogation is claimed without its condition or its documented justification.'),
  articles: 'AI Act Art. 6(3), 6(4)',
  evidence: ['derogation-documented'],
  check(context) {
    if (valueAt(context.data, DEROGATION) === undefined) return [];
    const findings: Finding[] = [];
    if (!has(context.data, [...DEROGATION, 'condition'])) {
      findings.push(
        findingAt(
          context,
          'derogation-unjustified',
          'error',
          [...DEROGATION, 'condition'],
          message(
            localized(
              '`riskClassification.derogation.condition` is missing: name which Art. 6(3) condition the system meets (narrow procedural task, improves a completed human activity, detects decision patterns, preparatory task)',
            ),
            'AI Act Art. 6(3)',
            'annex-iii-high-risk',
            context,
          ),
        ),
      );
    }
    if (!has(context.data, [...DEROGATION, 'justification'])) {
      findings.push(
        findingAt(
          context,
          'derogation-unjustified',
          'error',
          [...DEROGATION, 'justification'],
          message(
            localized(
              '`riskClassification.derogation.justification` is missing: the assessment that the system is not high-risk must be documented before it is put into service; without it the derogation does not lower the tier',
            ),
            'AI Act Art. 6(4)',
            'annex-iii-high-risk',
            context,
          ),
        ),
      );
    }
    return findings;
  },
};
