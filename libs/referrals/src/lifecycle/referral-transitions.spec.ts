import { ReferralState } from '../model/referral-state';
import { canMoveReferral, nextReferralStates } from './referral-transitions';

const S = ReferralState;

describe('referral transitions', () => {
  it('follows the front door from receipt to closure', () => {
    const path = [S.Received, S.Triaged, S.Allocated, S.Accepted, S.FirstContactMade, S.Closed];
    for (let index = 1; index < path.length; index++) expect(canMoveReferral(path[index - 1], path[index])).toBe(true);
  });

  it('lets the service decline only before allocation', () => {
    expect(canMoveReferral(S.Received, S.Declined)).toBe(true);
    expect(canMoveReferral(S.Triaged, S.Declined)).toBe(true);
    expect(canMoveReferral(S.Allocated, S.Declined)).toBe(false);
  });

  it('records "unable to contact" only once the referral was accepted and before contact was made', () => {
    expect(canMoveReferral(S.Accepted, S.UnableToContact)).toBe(true);
    expect(canMoveReferral(S.Allocated, S.UnableToContact)).toBe(false);
    expect(canMoveReferral(S.FirstContactMade, S.UnableToContact)).toBe(false);
  });

  it('never skips a step or leaves an ending', () => {
    expect(canMoveReferral(S.Received, S.Allocated)).toBe(false);
    expect(canMoveReferral(S.Triaged, S.Closed)).toBe(false);
    for (const ending of [S.Closed, S.Declined, S.VictimDeclined, S.UnableToContact])
      expect(nextReferralStates(ending)).toEqual([]);
  });
});
