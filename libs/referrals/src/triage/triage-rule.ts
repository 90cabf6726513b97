import { ReferralCircumstance } from '../model/referral-circumstance';
import { ReferralConcern, RiskLevel } from '../model/risk';
import { SupportService } from '../model/support-service';

/** What triage knows about a referral. */
export interface TriageFacts {
  readonly concerns: readonly ReferralConcern[];
  /** The higher of the referrer's level and the band of any DASH score sent with it. */
  readonly riskLevel: RiskLevel;
  readonly under18: boolean;
  readonly circumstances: readonly ReferralCircumstance[];
}

/** A condition as data: every part given must hold; an empty condition always holds. */
export interface TriageCondition {
  readonly concern?: ReferralConcern;
  readonly minimumRisk?: RiskLevel;
  readonly under18?: boolean;
  /** All of these must be recorded. */
  readonly circumstances?: readonly ReferralCircumstance[];
}

/** Routes a referral to its main service; the first rule that matches decides. */
export interface RoutingRule {
  readonly id: string;
  readonly description: string;
  readonly when: TriageCondition;
  readonly service: SupportService;
  /** Services to refer to as well (the haven for sexual violence). */
  readonly alsoRefer: readonly SupportService[];
  /** Whether the victim should also be referred to the local MARAC. */
  readonly maracReferral: boolean;
}

/** Adds a service to whatever the main route is; every rule that matches adds its service. */
export interface AdditionalServiceRule {
  readonly id: string;
  readonly description: string;
  readonly when: TriageCondition;
  readonly service: SupportService;
}

export interface TriageRuleSet {
  /** A change of rules is a new version; each referral keeps the version that routed it. */
  readonly version: string;
  /** In order; the last rule must match everything, so every referral has a route. */
  readonly routing: readonly RoutingRule[];
  readonly additional: readonly AdditionalServiceRule[];
}

/** What triage proposes for a referral: the service manager accepts it or redirects with a reason. */
export interface TriageProposal {
  readonly rulesVersion: string;
  readonly ruleId: string;
  readonly service: SupportService;
  readonly alsoRefer: SupportService[];
  readonly maracReferral: boolean;
  /** The descriptions of the rules that matched, main route first. */
  readonly reasons: string[];
}
