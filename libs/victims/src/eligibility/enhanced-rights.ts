import { MOST_SERIOUS_OFFENCE_GROUPS, OffenceGroup } from '../offence-group';
import { VulnerabilityFlag } from '../model/vulnerability-flag';
import { isUnderAge } from './age';

/** A decision by staff that overrides the rules, either way. */
export interface EnhancedRightsOverride {
  readonly enhanced: boolean;
  readonly reason: string;
}

/** What eligibility needs to know about the victim. */
export interface EnhancedRightsInput {
  /** `YYYY-MM-DD`, or null when not known. */
  readonly dateOfBirth: string | null;
  readonly vulnerabilityFlags: readonly VulnerabilityFlag[];
  readonly override: EnhancedRightsOverride | null;
}

export interface EnhancedRightsEligibility {
  readonly eligible: boolean;
  /** Why, e.g. `under_18`, `offence_group:domestic_abuse`, `vulnerable:mental_health`, `override:enhanced`. */
  readonly reasons: string[];
}

export const ADULT_AGE = 18;

/** Reason codes, so callers and tests never spell them by hand. */
export const EligibilityReason = {
  under18: 'under_18',
  offenceGroup: (group: OffenceGroup): string => `offence_group:${group}`,
  intimidated: 'intimidated',
  persistentlyTargeted: 'persistently_targeted',
  vulnerable: (flag: VulnerabilityFlag): string => `vulnerable:${flag}`,
  override: (enhanced: boolean): string => `override:${enhanced ? 'enhanced' : 'standard'}`,
} as const;

function flagReason(flag: VulnerabilityFlag): string {
  if (flag === VulnerabilityFlag.Intimidated) return EligibilityReason.intimidated;
  if (flag === VulnerabilityFlag.PersistentlyTargeted) return EligibilityReason.persistentlyTargeted;
  return EligibilityReason.vulnerable(flag);
}

/**
 * Whether a victim is entitled to enhanced rights under the Victims' Code (DOMAIN.md "Enhanced
 * rights"), given the offence group of the most serious crime against them (null when there is none
 * yet) at the instant `asOf`. A manual override wins either way, and must say why.
 */
export function enhancedRightsEligibility(
  victim: EnhancedRightsInput,
  offenceGroup: OffenceGroup | null,
  asOf: Date,
): EnhancedRightsEligibility {
  if (victim.override) {
    if (victim.override.reason.trim().length === 0)
      throw new RangeError('An enhanced-rights override must carry a reason');
    return { eligible: victim.override.enhanced, reasons: [EligibilityReason.override(victim.override.enhanced)] };
  }
  const reasons: string[] = [];
  if (offenceGroup !== null && MOST_SERIOUS_OFFENCE_GROUPS.has(offenceGroup))
    reasons.push(EligibilityReason.offenceGroup(offenceGroup));
  // Age is always worked out afresh: a stored or copied under_18 flag goes stale on the 18th birthday.
  if (victim.dateOfBirth !== null && isUnderAge(victim.dateOfBirth, ADULT_AGE, asOf))
    reasons.push(EligibilityReason.under18);
  const recorded = new Set(victim.vulnerabilityFlags.filter((flag) => flag !== VulnerabilityFlag.Under18));
  reasons.push(...[...recorded].map(flagReason));
  return { eligible: reasons.length > 0, reasons };
}
