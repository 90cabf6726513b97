import { ReferralCircumstance } from '../model/referral-circumstance';
import { ReferralConcern, RiskLevel } from '../model/risk';
import { SupportService } from '../model/support-service';
import { TriageRuleSet } from './triage-rule';

/**
 * The triage rules of the single front door (DOMAIN.md), as data a service manager can read
 * (GET /referrals/triage-rules). Order matters in `routing`: a victim of high-risk domestic abuse
 * who was also stalked goes to an IDVA, whose work covers both.
 */
export const TRIAGE_RULES: TriageRuleSet = {
  version: '2026.1',
  routing: [
    {
      id: 'domestic_abuse_high_risk',
      description: 'Domestic abuse at high risk: an IDVA service, and a referral to the MARAC',
      when: { concern: ReferralConcern.DomesticAbuse, minimumRisk: RiskLevel.High },
      service: SupportService.Idva,
      alsoRefer: [],
      maracReferral: true,
    },
    {
      id: 'sexual_violence_under_18',
      description: 'Sexual violence against someone under 18: a youth ISVA, the haven and a Child House',
      when: { concern: ReferralConcern.SexualViolence, under18: true },
      service: SupportService.YouthIsva,
      alsoRefer: [SupportService.Haven, SupportService.ChildHouse],
      maracReferral: false,
    },
    {
      id: 'sexual_violence',
      description: 'Sexual violence: an ISVA service and the haven',
      when: { concern: ReferralConcern.SexualViolence },
      service: SupportService.Isva,
      alsoRefer: [SupportService.Haven],
      maracReferral: false,
    },
    {
      id: 'hate_crime_high_risk',
      description: 'Hate crime at high risk: a hate crime victim advocate (HCVA) service',
      when: { concern: ReferralConcern.HateCrime, minimumRisk: RiskLevel.High },
      service: SupportService.Hcva,
      alsoRefer: [],
      maracReferral: false,
    },
    {
      id: 'stalking',
      description: 'Stalking: a stalking advocate',
      when: { concern: ReferralConcern.Stalking },
      service: SupportService.StalkingAdvocacy,
      alsoRefer: [],
      maracReferral: false,
    },
    {
      id: 'everyone_else',
      description: 'Everyone else: the general victim and witness service',
      when: {},
      service: SupportService.GeneralVictimSupport,
      alsoRefer: [],
      maracReferral: false,
    },
  ],
  additional: [
    {
      id: 'restorative_justice',
      description: 'Restorative justice: only once the offender has admitted the offence, and only if the victim asks',
      when: {
        circumstances: [
          ReferralCircumstance.OffenderAdmittedOffence,
          ReferralCircumstance.VictimRequestsRestorativeJustice,
        ],
      },
      service: SupportService.RestorativeJustice,
    },
    {
      id: 'court_support',
      description: 'Required to give evidence: the Witness Service for court support',
      when: { circumstances: [ReferralCircumstance.RequiredToGiveEvidence] },
      service: SupportService.WitnessService,
    },
    {
      id: 'safe_accommodation',
      description: 'Needs a safe place to stay: refuges and safe accommodation',
      when: { circumstances: [ReferralCircumstance.NeedsSafeAccommodation] },
      service: SupportService.Refuge,
    },
    {
      id: 'specialist_community',
      description: 'Asks for a service for their community: the specialist community service',
      when: { circumstances: [ReferralCircumstance.WantsSpecialistCommunityService] },
      service: SupportService.SpecialistCommunity,
    },
  ],
};
