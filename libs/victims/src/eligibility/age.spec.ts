import { anniversary, isUnderAge, londonDate } from './age';

describe('ages in London', () => {
  it('reads the calendar date in London, whatever the server time zone', () => {
    // 23:30 UTC in summer is already the next day in London (BST, UTC+1).
    expect(londonDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    // In winter London is on UTC.
    expect(londonDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('puts a 29 February anniversary on 1 March in a common year, and keeps it in a leap year', () => {
    expect(anniversary('2008-02-29', 18)).toBe('2026-03-01');
    expect(anniversary('2008-02-29', 16)).toBe('2024-02-29');
    expect(anniversary('2008-07-15', 18)).toBe('2026-07-15');
  });

  it('turns 18 at the first London midnight of the birthday', () => {
    expect(isUnderAge('2008-07-15', 18, new Date('2026-07-14T22:59:59Z'))).toBe(true);
    expect(isUnderAge('2008-07-15', 18, new Date('2026-07-14T23:00:00Z'))).toBe(false);
  });
});
