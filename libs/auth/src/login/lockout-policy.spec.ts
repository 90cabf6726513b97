import { lockDurationMs } from './lockout-policy';

describe('lockDurationMs', () => {
  it('grows with every lock and stops at a day', () => {
    expect(lockDurationMs(0)).toBe(60_000);
    expect(lockDurationMs(1)).toBe(120_000);
    expect(lockDurationMs(3)).toBe(480_000);
    expect(lockDurationMs(30)).toBe(24 * 3600 * 1000);
  });
});
