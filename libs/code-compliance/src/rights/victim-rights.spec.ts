import { DutyStatus } from '../catalogue/duty-evaluation';
import { DutyInstance } from '../entities/duty-instance.entity';
import { victimRights } from './victim-rights';

const instance = (dutyCode: string, right: number, status: DutyStatus, triggeredAt: string, dueAt: string | null) =>
  Object.assign(new DutyInstance(), {
    dutyCode,
    right,
    status,
    triggeredAt: new Date(triggeredAt),
    dueAt: dueAt === null ? null : new Date(dueAt),
    fulfilledAt: null,
  });

describe('victimRights', () => {
  it('lists each right that applies once, in the Code’s order and the words for victims, with each occasion', () => {
    const now = new Date('2026-06-10T12:00:00Z');
    const rights = victimRights(
      [
        instance('R6_SUSPECT_ARRESTED', 6, DutyStatus.Met, '2026-05-22T15:30:00Z', '2026-06-01T22:59:59.999Z'),
        instance('R11_VICTIM_CONTACT_SCHEME_REFERRAL', 11, DutyStatus.NotApplicable, '2026-06-01T10:00:00Z', null),
        instance('R6_SUSPECT_ARRESTED', 6, DutyStatus.Pending, '2026-06-02T10:00:00Z', '2026-06-09T22:59:59.999Z'),
        instance('R4_REFERRAL_TO_SUPPORT', 4, DutyStatus.Waived, '2026-05-22T15:00:00Z', '2026-05-27T22:59:59.999Z'),
      ],
      now,
    );
    expect(rights.map((right) => right.dutyCode)).toEqual(['R4_REFERRAL_TO_SUPPORT', 'R6_SUSPECT_ARRESTED']);
    expect(rights[1]).toMatchObject({
      right: 6,
      forVictims: 'You are told when a suspect is arrested.',
      // The second arrest's update is overdue: breached, even before the sweep records it.
      occasions: [{ status: DutyStatus.Met }, { status: DutyStatus.Breached }],
    });
  });
});
