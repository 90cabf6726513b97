import { CaseEventType } from '@vs/cases';
import { DUTY_CATALOGUE } from './duty-catalogue';
import { CRIME_REPORTED, DeadlineSource } from './duty-definition';

describe("the Victims' Code duty catalogue", () => {
  it('has unique, stable codes', () => {
    const codes = DUTY_CATALOGUE.map((duty) => duty.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^R\d{1,2}_[A-Z_]+$/);
  });

  it('triggers and fulfils only with events the case record knows', () => {
    const known = new Set<string>([...Object.values(CaseEventType), CRIME_REPORTED]);
    for (const duty of DUTY_CATALOGUE) {
      expect(known.has(duty.trigger)).toBe(true);
      expect(known.has(duty.fulfilledBy.event)).toBe(true);
    }
  });

  it("covers the machine-checkable rights 2 to 9 and 11 with the Code's deadlines", () => {
    expect([...new Set(DUTY_CATALOGUE.map((duty) => duty.right))].sort((a, b) => a - b)).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 11,
    ]);
    const referral = DUTY_CATALOGUE.find((duty) => duty.code === 'R4_REFERRAL_TO_SUPPORT')!;
    expect(referral.deadline).toMatchObject({ kind: 'working_days', standard: 2, source: DeadlineSource.Code });
    for (const update of DUTY_CATALOGUE.filter((duty) => duty.right === 6)) {
      expect(update.deadline).toMatchObject({ enhanced: 1, standard: 5, source: DeadlineSource.Code });
    }
    const probation = DUTY_CATALOGUE.find((duty) => duty.code === 'R11_PROBATION_CONTACT')!;
    expect(probation.deadline).toMatchObject({ standard: 20 });
  });

  it('marks every deadline the Code does not fix as a local target', () => {
    const local = DUTY_CATALOGUE.filter((duty) => duty.deadline.source === DeadlineSource.LocalTarget).map(
      (duty) => duty.code,
    );
    expect(local).toEqual([
      'R2_CRIME_RECORDED',
      'R3_WRITTEN_CONFIRMATION',
      'R4_NEEDS_ASSESSMENT',
      'R5_COMPENSATION_INFORMATION',
    ]);
  });

  it('words every duty for victims', () => {
    for (const duty of DUTY_CATALOGUE) expect(duty.forVictims.length).toBeGreaterThan(20);
  });
});
