import { londonDateOf } from '../calendar/working-day-calendar';
import { dutyDefinition } from './duty-catalogue';
import { DutyDefinition } from './duty-definition';
import { DutyFacts, DutyStatus, evaluateDuty } from './duty-evaluation';

const duty = (code: string): DutyDefinition => {
  const found = dutyDefinition(code);
  if (!found) throw new Error(`no duty ${code}`);
  return found;
};

// Friday 22 May 2026, 16:00 London; Monday 25 May is a bank holiday.
const FRIDAY_BEFORE_BANK_HOLIDAY = new Date('2026-05-22T15:00:00Z');

const facts = (overrides: Partial<DutyFacts> = {}): DutyFacts => ({
  triggeredAt: FRIDAY_BEFORE_BANK_HOLIDAY,
  enhanced: false,
  applicable: true,
  waived: false,
  fulfilledAt: null,
  boundaryAt: null,
  ...overrides,
});

describe('evaluateDuty: worked examples', () => {
  const arrest = duty('R6_SUSPECT_ARRESTED');

  it('gives an enhanced victim 1 working day and others 5, skipping the bank holiday', () => {
    expect(londonDateOf(evaluateDuty(arrest, facts({ enhanced: true }), FRIDAY_BEFORE_BANK_HOLIDAY).dueAt!)).toBe(
      '2026-05-26',
    );
    expect(londonDateOf(evaluateDuty(arrest, facts(), FRIDAY_BEFORE_BANK_HOLIDAY).dueAt!)).toBe('2026-06-01');
  });

  it('is pending before the deadline and breached after it', () => {
    expect(evaluateDuty(arrest, facts({ enhanced: true }), new Date('2026-05-26T20:00:00Z')).status).toBe(
      DutyStatus.Pending,
    );
    expect(evaluateDuty(arrest, facts({ enhanced: true }), new Date('2026-05-26T23:00:01Z')).status).toBe(
      DutyStatus.Breached,
    );
  });

  it('is met when the victim was told in time, and met late when told after the deadline', () => {
    const now = new Date('2026-06-10T12:00:00Z');
    expect(
      evaluateDuty(arrest, facts({ enhanced: true, fulfilledAt: new Date('2026-05-26T09:00:00Z') }), now).status,
    ).toBe(DutyStatus.Met);
    expect(
      evaluateDuty(arrest, facts({ enhanced: true, fulfilledAt: new Date('2026-05-27T09:00:00Z') }), now).status,
    ).toBe(DutyStatus.MetLate);
    // The same late telling is in time for a standard victim (deadline 1 June).
    expect(evaluateDuty(arrest, facts({ fulfilledAt: new Date('2026-05-27T09:00:00Z') }), now).status).toBe(
      DutyStatus.Met,
    );
  });

  it('records a waiver and a duty that does not apply as such, whatever the clock says', () => {
    const later = new Date('2027-01-01T00:00:00Z');
    expect(evaluateDuty(arrest, facts({ waived: true }), later).status).toBe(DutyStatus.Waived);
    expect(evaluateDuty(duty('R11_VICTIM_CONTACT_SCHEME_REFERRAL'), facts({ applicable: false }), later).status).toBe(
      DutyStatus.NotApplicable,
    );
  });

  it('measures crime recording in hours from the report', () => {
    const recording = duty('R2_CRIME_RECORDED');
    const result = evaluateDuty(
      recording,
      facts({ fulfilledAt: new Date('2026-05-23T16:00:00Z') }),
      new Date('2026-06-01T00:00:00Z'),
    );
    expect(result).toEqual({ status: DutyStatus.MetLate, dueAt: new Date('2026-05-23T15:00:00Z') });
  });

  it('judges a Victim Personal Statement offer against the charge decision', () => {
    const statement = duty('R7_PERSONAL_STATEMENT_OFFERED');
    const decision = new Date('2026-06-15T10:00:00Z');
    const now = new Date('2026-07-01T00:00:00Z');
    expect(evaluateDuty(statement, facts(), now).status).toBe(DutyStatus.Pending);
    expect(evaluateDuty(statement, facts({ boundaryAt: decision }), now).status).toBe(DutyStatus.Breached);
    expect(
      evaluateDuty(statement, facts({ boundaryAt: decision, fulfilledAt: new Date('2026-06-01T10:00:00Z') }), now)
        .status,
    ).toBe(DutyStatus.Met);
    expect(
      evaluateDuty(statement, facts({ boundaryAt: decision, fulfilledAt: new Date('2026-06-20T10:00:00Z') }), now)
        .status,
    ).toBe(DutyStatus.MetLate);
  });

  it('gives hearing details 1 working day to every victim', () => {
    const listed = duty('R8_HEARING_LISTED');
    expect(evaluateDuty(listed, facts(), FRIDAY_BEFORE_BANK_HOLIDAY).dueAt).toEqual(
      evaluateDuty(listed, facts({ enhanced: true }), FRIDAY_BEFORE_BANK_HOLIDAY).dueAt,
    );
  });
});
