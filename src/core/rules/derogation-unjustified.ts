import { has, valueAt } from '../yaml/fields';
import type { Finding } from '../types';
import { findingAt, message, type Rule } from './rule';

const DEROGATION = ['riskClassification', 'derogation'] as const;

export const derogationUnjustified: Rule<'derogation-unjustified'> = {
  id: 'derogation-unjustified',
  defaultSeverity: 'error',
  fix: { insertField: true },
  description: {
    en: 'An Art. 6(3) derogation is claimed without its condition or its documented justification.',
    da: 'Der påberåbes en undtagelse efter art. 6, stk. 3, uden betingelse eller dokumenteret begrundelse.',
  },
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
            '`riskClassification.derogation.condition` is missing: name which Art. 6(3) condition the system meets (narrow procedural task, improves a completed human activity, detects decision patterns, preparatory task)',
            '`riskClassification.derogation.condition` mangler: angiv, hvilken betingelse i art. 6, stk. 3, systemet opfylder (snæver proceduremæssig opgave, forbedrer en afsluttet menneskelig aktivitet, påviser beslutningsmønstre, forberedende opgave)',
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
            '`riskClassification.derogation.justification` is missing: the assessment that the system is not high-risk must be documented before it is put into service; without it the derogation does not lower the tier',
            '`riskClassification.derogation.justification` mangler: vurderingen af, at systemet ikke er højrisiko, skal dokumenteres, før det tages i brug; uden den sænker undtagelsen ikke risikoniveauet',
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
