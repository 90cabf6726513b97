/** Where a referral is (DOMAIN.md): received -> triaged -> allocated -> accepted -> first_contact_made -> closed. */
export enum ReferralState {
  Received = 'received',
  Triaged = 'triaged',
  Allocated = 'allocated',
  Accepted = 'accepted',
  FirstContactMade = 'first_contact_made',
  Closed = 'closed',
  /** The service declined it, with a reason; a redirect sends a new referral to another service. */
  Declined = 'declined',
  VictimDeclined = 'victim_declined',
  /** Contact was attempted, as recorded, and never made. */
  UnableToContact = 'unable_to_contact',
}

/** States in which the service still owes the victim something: caseloads and overdue lists read these. */
export const OPEN_STATES: readonly ReferralState[] = [
  ReferralState.Received,
  ReferralState.Triaged,
  ReferralState.Allocated,
  ReferralState.Accepted,
  ReferralState.FirstContactMade,
];

/** States in which the victim has not been reached yet, so the first-contact target runs. */
export const AWAITING_FIRST_CONTACT: readonly ReferralState[] = [
  ReferralState.Received,
  ReferralState.Triaged,
  ReferralState.Allocated,
  ReferralState.Accepted,
];

/** States an advocate works in: the referral is theirs. */
export const ALLOCATED_STATES: readonly ReferralState[] = [
  ReferralState.Allocated,
  ReferralState.Accepted,
  ReferralState.FirstContactMade,
];
