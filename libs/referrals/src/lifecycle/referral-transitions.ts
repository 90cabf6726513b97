import { ReferralState } from '../model/referral-state';

const S = ReferralState;

/** Every move a referral may make; the ending states lead nowhere. */
const NEXT: Readonly<Record<ReferralState, readonly ReferralState[]>> = {
  [S.Received]: [S.Triaged, S.Declined, S.VictimDeclined],
  [S.Triaged]: [S.Allocated, S.Declined, S.VictimDeclined],
  [S.Allocated]: [S.Accepted, S.VictimDeclined],
  // Attempts are logged once the advocate has taken the referral on, so "unable to contact" follows acceptance.
  [S.Accepted]: [S.FirstContactMade, S.VictimDeclined, S.UnableToContact],
  [S.FirstContactMade]: [S.Closed, S.VictimDeclined],
  [S.Closed]: [],
  [S.Declined]: [],
  [S.VictimDeclined]: [],
  [S.UnableToContact]: [],
};

export const nextReferralStates = (from: ReferralState): readonly ReferralState[] => NEXT[from];

export const canMoveReferral = (from: ReferralState, to: ReferralState): boolean => NEXT[from].includes(to);
