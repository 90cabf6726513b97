/** Facts about the victim's situation that open services beyond the main one (triage "additional" rules). */
export enum ReferralCircumstance {
  OffenderAdmittedOffence = 'offender_admitted_offence',
  VictimRequestsRestorativeJustice = 'victim_requests_restorative_justice',
  RequiredToGiveEvidence = 'required_to_give_evidence',
  NeedsSafeAccommodation = 'needs_safe_accommodation',
  /** The victim asks for a service for their community (named in the reason). */
  WantsSpecialistCommunityService = 'wants_specialist_community_service',
}
