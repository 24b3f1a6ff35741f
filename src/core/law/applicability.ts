/**
 * When the law asks for a DPIA, a FRIA or a registration of this system: facts of the law, read by the rules that
 * report the gaps, by the duties `assess` lists and by the new-manifest template alike.
 */
import { deploys, stringList, systemProfiles } from '../yaml/fields';
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

/** Art. 27(1): deployers of Annex III high-risk systems (not critical infrastructure), including emotion recognition. */
export function friaRequired(data: unknown, tier: TierResult): boolean {
  return annexIIIHighRiskDeployer(data, tier);
}

/**
 * Art. 86(1): the right to an explanation of a decision taken on the output of an Annex III high-risk system (not
 * point 2), which its deployer gives: the same systems as Art. 27(1).
 */
export function explanationRightApplies(data: unknown, tier: TierResult): boolean {
  return annexIIIHighRiskDeployer(data, tier);
}

/** A deployer of a system that is high-risk through Annex III (any area but critical infrastructure) or emotion recognition. */
function annexIIIHighRiskDeployer(data: unknown, tier: TierResult): boolean {
  if (tier.tier !== 'high' || !deploys(data)) return false;
  const annexIII = stringList(data, ['riskClassification', 'annexIII']);
  const emotionRecognition = stringList(data, ['riskClassification', 'practices']).includes('emotion-recognition');
  return emotionRecognition || (tier.highRiskThroughAnnexIII && annexIII.some((area) => area !== 'critical-infrastructure'));
}

/** Art. 49(3), 26(8): a public-authority deployer of an Annex III high-risk system (not point 2) registers its use. */
export function deployerRegistrationRequired(data: unknown, tier: TierResult): boolean {
  return (
    tier.tier === 'high' &&
    deploys(data) &&
    tier.highRiskThroughAnnexIII &&
    stringList(data, ['riskClassification', 'annexIII']).some((area) => area !== 'critical-infrastructure')
  );
}
