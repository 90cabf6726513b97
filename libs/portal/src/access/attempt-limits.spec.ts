import { lockDurationMs } from './attempt-limits';

describe('portal lockout', () => {
  it('doubles each lock up to a day', () => {
    expect(lockDurationMs(0)).toBe(15 * 60 * 1000);
    expect(lockDurationMs(1)).toBe(30 * 60 * 1000);
    expect(lockDurationMs(2)).toBe(60 * 60 * 1000);
    expect(lockDurationMs(20)).toBe(24 * 3600 * 1000);
  });
});
