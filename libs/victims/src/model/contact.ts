/** The ways of reaching a victim; each has its own safety and timing (DOMAIN.md "Safe contact"). */
export enum ContactChannelKind {
  Phone = 'phone',
  Sms = 'sms',
  Email = 'email',
  Letter = 'letter',
  Voicemail = 'voicemail',
}

/** Channels whose value is a phone number, matched as one for duplicates. */
export const PHONE_CHANNELS: ReadonlySet<ContactChannelKind> = new Set([
  ContactChannelKind.Phone,
  ContactChannelKind.Sms,
  ContactChannelKind.Voicemail,
]);

export enum Weekday {
  Monday = 'monday',
  Tuesday = 'tuesday',
  Wednesday = 'wednesday',
  Thursday = 'thursday',
  Friday = 'friday',
  Saturday = 'saturday',
  Sunday = 'sunday',
}

/**
 * When a channel is safe to use, in London local time (`HH:MM`). A window whose `to` is not after
 * its `from` runs past midnight (e.g. 22:00-06:00 while the person who harms them works nights).
 */
export interface SafeTimeWindow {
  readonly days: Weekday[];
  readonly from: string;
  readonly to: string;
}
