import { DutyStatus } from '@vs/code-compliance';
import { PortalRequestKind } from '../entities/portal-request.entity';
import { dueDates, timeliness } from './request-targets';

describe('complaint and review due dates', () => {
  it('counts working days from the day after arrival, skipping weekends and bank holidays', () => {
    // Thursday 18 December 2025: Christmas, Boxing Day and New Year's Day are not working days.
    const { acknowledgeBy, answerBy } = dueDates(PortalRequestKind.Complaint, new Date('2025-12-18T15:00:00Z'));
    expect(acknowledgeBy.toISOString()).toBe('2025-12-22T23:59:59.999Z');
    expect(answerBy.toISOString()).toBe('2026-01-06T23:59:59.999Z');
  });

  it('reports met, met late, pending and breached', () => {
    const due = new Date('2026-01-06T23:59:59.999Z');
    const before = new Date('2026-01-05T10:00:00Z');
    const after = new Date('2026-01-07T10:00:00Z');
    expect(timeliness(before, due, after)).toBe(DutyStatus.Met);
    expect(timeliness(after, due, after)).toBe(DutyStatus.MetLate);
    expect(timeliness(null, due, before)).toBe(DutyStatus.Pending);
    expect(timeliness(null, due, after)).toBe(DutyStatus.Breached);
  });
});
