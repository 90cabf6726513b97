import { ContactChannelKind, Weekday } from '@vs/victims';
import { ChannelOption, chooseChannel, isSafeAt } from './safe-channel';

const WEEKDAYS_ONLY = [Weekday.Monday, Weekday.Tuesday, Weekday.Wednesday, Weekday.Thursday, Weekday.Friday];
const option = (overrides: Partial<ChannelOption>): ChannelOption => ({
  channel: ContactChannelKind.Sms,
  to: '07700900123',
  safe: true,
  safeTimes: [],
  ...overrides,
});
// Tuesday 7 July 2026, 10:00 London (BST) and 20:00 London.
const TUESDAY_10AM = new Date('2026-07-07T09:00:00Z');
const TUESDAY_8PM = new Date('2026-07-07T19:00:00Z');

describe('choosing a safe channel', () => {
  it('never uses a channel marked unsafe, even when it is the only one', () => {
    expect(chooseChannel([option({ safe: false })], TUESDAY_10AM)).toEqual({
      kind: 'divert',
      reason: 'no_safe_channel',
    });
  });

  it('prefers SMS, then email, among safe channels; never phone, voicemail or letter for messages', () => {
    const email = option({ channel: ContactChannelKind.Email, to: 'a@example.org' });
    expect(chooseChannel([email, option({})], TUESDAY_10AM)).toMatchObject({ kind: 'send', channel: 'sms' });
    expect(chooseChannel([email, option({ safe: false })], TUESDAY_10AM)).toMatchObject({
      kind: 'send',
      channel: 'email',
    });
    expect(chooseChannel([option({ channel: ContactChannelKind.Voicemail })], TUESDAY_10AM)).toMatchObject({
      kind: 'divert',
    });
  });

  it('waits for the safe window instead of sending outside it', () => {
    const officeHours = option({ safeTimes: [{ days: WEEKDAYS_ONLY, from: '09:00', to: '17:00' }] });
    expect(chooseChannel([officeHours], TUESDAY_10AM)).toMatchObject({ kind: 'send' });
    expect(chooseChannel([officeHours], TUESDAY_8PM)).toEqual({ kind: 'later', at: new Date('2026-07-08T08:00:00Z') });
  });

  it('understands windows that run past midnight', () => {
    const nights = option({ safeTimes: [{ days: [Weekday.Tuesday], from: '22:00', to: '06:00' }] });
    expect(isSafeAt(nights, new Date('2026-07-07T21:30:00Z'))).toBe(true); // Tue 22:30
    expect(isSafeAt(nights, new Date('2026-07-08T04:00:00Z'))).toBe(true); // Wed 05:00, Tuesday's night
    expect(isSafeAt(nights, new Date('2026-07-08T06:00:00Z'))).toBe(false); // Wed 07:00
  });

  it('reads safe times in London time across the clock change', () => {
    const mornings = option({ safeTimes: [{ days: [Weekday.Monday], from: '09:00', to: '10:00' }] });
    expect(isSafeAt(mornings, new Date('2026-01-12T09:30:00Z'))).toBe(true); // GMT: 09:30
    expect(isSafeAt(mornings, new Date('2026-07-06T09:30:00Z'))).toBe(false); // BST: 10:30
  });
});
