/**
 * When the law asks for a DPIA, a FRIA or a registration of this system: facts of the law, read by the rules that
 * report the gaps, by the duties `assess` lists and by the new-manifest template alike.
 */
import type { Localized } from '../types';
import { localized } from '../l10n';
import { deploys, provides, stringList, systemProfiles, valueAt } from '../yaml/fields';
import { systemDates } from './dutyDate';
import { namedValue } from './enumNames';
import { localizedDate } from './timeline';
import type { TierResult } from './risk';

/** GDPR Art. 35(3) or the tier makes a DPIA mandatory: high risk or prohibited, the system profiles, or special categories. */
export function dpiaMandatory(context: { data: unknown; tier: TierResult }): boolean {
  const { data, tier } = context;
  return (
    tier.tier === 'high' ||
    tier.tier === 'prohibited' ||
    systemProfiles(data) ||
    stringList(data, ['dataProtection', 'categories']).includes('special-category')
  );
}

/** `system.status` values at which the processing has started (Art. 35(1): the DPIA comes before it). */
export const PROCESSING_STARTED: readonly string[] = ['pilot', 'production'];

/**
 * The system is **in use** on `date` (ISO): `system.status` is pilot or production, or `system.inServiceSince` is on
 * or before the date. It decides when the DPIA (GDPR Art. 35(1): before the processing) and the FRIA (AI Act Art.
 * 27(1): before first use) are due. Without a date, a recorded `inServiceSince` counts as in use.
 */
export function inUse(data: unknown, date: string | undefined): boolean {
  const status = valueAt(data, ['system', 'status']);
  if (typeof status === 'string' && PROCESSING_STARTED.includes(status)) return true;
  const since = systemDates(data).inServiceSince;
  return since !== undefined && (date === undefined || since <= date);
}

/** Why the system is in use (for the messages): its status, else the date it was put into service. */
export function inUseReason(data: unknown): Localized {
  const status = valueAt(data, ['system', 'status']);
  if (typeof status === 'string' && PROCESSING_STARTED.includes(status))
    return localized('`system.status` is {0}', namedValue('status', status, `\`${status}\``, status));
  return localized('the system is in service since {0}', localizedDate(systemDates(data).inServiceSince ?? ''));
}

/** Art. 27(1): deployers of Annex III high-risk systems (not critical infrastructure), including emotion recognition. */
export function friaRequired(data: unknown, tier: TierResult): boolean {
  return registeredInEuDatabase(data, tier) && deploys(data);
}

/**
 * Art. 86(1): the right to an explanation of a decision taken on the output of an Annex III high-risk system (not
 * point 2), which its deployer gives: the same systems as Art. 27(1).
 */
export function explanationRightApplies(data: unknown, tier: TierResult): boolean {
  return registeredInEuDatabase(data, tier) && deploys(data);
}

/**
 * A system high-risk through Annex III in any area but critical infrastructure (point 2), or through emotion
 * recognition (point 1(c)): the systems the EU database registers (Art. 49(1), 49(3); Annex VIII Sections A and C).
 * Point 2 registers at national level (Art. 49(5)); a system high-risk only as an Annex I product is not registered
 * under Art. 49 at all. The same systems carry the FRIA (Art. 27(1)) and the right to an explanation (Art. 86(1)).
 */
export function registeredInEuDatabase(data: unknown, tier: TierResult): boolean {
  if (tier.tier !== 'high' || !tier.highRiskThroughAnnexIII) return false;
  const emotionRecognition = stringList(data, ['riskClassification', 'practices']).includes('emotion-recognition');
  return emotionRecognition || stringList(data, ['riskClassification', 'annexIII']).some((area) => area !== 'critical-infrastructure');
}

/** Art. 49(1): the provider of such a system registers itself and the system before placing it on the market (Annex VIII Section A). */
export function providerRegistrationRequired(data: unknown, tier: TierResult): boolean {
  return registeredInEuDatabase(data, tier) && provides(data);
}

/** Art. 49(3), 26(8): a public-authority deployer of such a system registers its use (Annex VIII Section C). */
export function deployerRegistrationRequired(data: unknown, tier: TierResult): boolean {
  return registeredInEuDatabase(data, tier) && deploys(data);
}
