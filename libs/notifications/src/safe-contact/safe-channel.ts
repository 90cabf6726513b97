import { DateTime } from 'luxon';
import { ContactChannelKind, SafeTimeWindow, Weekday } from '@vs/victims';

const LONDON = 'Europe/London';
const WEEKDAYS: readonly Weekday[] = [
  Weekday.Monday,
  Weekday.Tuesday,
  Weekday.Wednesday,
  Weekday.Thursday,
  Weekday.Friday,
  Weekday.Saturday,
  Weekday.Sunday,
];
/** The channels a text message can go by, in order of preference. */
const MESSAGE_CHANNELS: readonly ContactChannelKind[] = [ContactChannelKind.Sms, ContactChannelKind.Email];

export interface ChannelOption {
  readonly channel: ContactChannelKind;
  readonly to: string;
  readonly safe: boolean;
  readonly safeTimes: readonly SafeTimeWindow[];
}

export type ChannelChoice =
  | { readonly kind: 'send'; readonly channel: ContactChannelKind; readonly to: string }
  | { readonly kind: 'later'; readonly at: Date }
  | { readonly kind: 'divert'; readonly reason: 'no_safe_channel' };

const minutesOf = (hhmm: string): number => {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

/** Whether a window admits a London local time; a window whose end is not after its start runs past midnight. */
function windowAdmits(window: SafeTimeWindow, local: DateTime): boolean {
  const from = minutesOf(window.from);
  const to = minutesOf(window.to);
  const minute = local.hour * 60 + local.minute;
  const today = WEEKDAYS[local.weekday - 1];
  const yesterday = WEEKDAYS[(local.weekday + 5) % 7];
  if (from < to) return window.days.includes(today) && minute >= from && minute < to;
  return (window.days.includes(today) && minute >= from) || (window.days.includes(yesterday) && minute < to);
}

/** No windows means no time restriction; otherwise the time must fall inside one. */
export function isSafeAt(option: ChannelOption, at: Date): boolean {
  if (!option.safe) return false;
  if (option.safeTimes.length === 0) return true;
  const local = DateTime.fromJSDate(at, { zone: LONDON });
  return option.safeTimes.some((window) => windowAdmits(window, local));
}

/** The next quarter-hour, within a week, at which the option is safe; null if there is none. */
export function nextSafeTime(option: ChannelOption, after: Date): Date | null {
  let probe = DateTime.fromJSDate(after, { zone: LONDON }).startOf('minute');
  probe = probe.plus({ minutes: 15 - (probe.minute % 15) });
  for (let step = 0; step < 7 * 24 * 4; step++, probe = probe.plus({ minutes: 15 })) {
    if (isSafeAt(option, probe.toJSDate())) return probe.toJSDate();
  }
  return null;
}

/**
 * Where a message may go now: never by a channel marked unsafe, never outside its safe times. If a
 * safe channel exists but none is safe at this moment, wait for the earliest safe time; if none
 * exists at all, the message goes to the victim's advocate instead.
 */
export function chooseChannel(options: readonly ChannelOption[], now: Date): ChannelChoice {
  const usable = MESSAGE_CHANNELS.flatMap((kind) => options.filter((option) => option.channel === kind && option.safe));
  const safeNow = usable.find((option) => isSafeAt(option, now));
  if (safeNow) return { kind: 'send', channel: safeNow.channel, to: safeNow.to };
  const upcoming = usable
    .map((option) => nextSafeTime(option, now))
    .filter((time): time is Date => time !== null)
    .sort((a, b) => a.getTime() - b.getTime());
  return upcoming[0] ? { kind: 'later', at: upcoming[0] } : { kind: 'divert', reason: 'no_safe_channel' };
}
