import { Injectable } from '@nestjs/common';
import { BlindIndex } from '@vs/platform';
import { ContactChannelKind, PHONE_CHANNELS } from '../model/contact';
import { normaliseEmail, normaliseFullName, normalisePhone, normaliseText } from './normalise';

const FULL_NAME = 'victim.full_name';

/** What a possible duplicate matched on. */
export enum MatchKey {
  NameAndDateOfBirth = 'name_and_date_of_birth',
  Phone = 'phone',
  Email = 'email',
}

/** The match key a contact channel's value counts towards; letters (addresses) are not matched. */
export function matchKeyOf(channel: ContactChannelKind): MatchKey | null {
  if (PHONE_CHANNELS.has(channel)) return MatchKey.Phone;
  return channel === ContactChannelKind.Email ? MatchKey.Email : null;
}

/** Blind indexes of victims' personal data: equal for the same person however it was typed. */
@Injectable()
export class VictimMatchKeys {
  constructor(private readonly blindIndex: BlindIndex) {}

  fullName(givenNames: string, familyName: string): string {
    return this.blindIndex.of(FULL_NAME, normaliseFullName(givenNames, familyName));
  }

  /** A full name as someone searching types it, given names first. */
  searchedName(name: string): string {
    return this.blindIndex.of(FULL_NAME, normaliseText(name));
  }

  /** Null for a channel that is not matched, or a value that does not normalise (refused earlier by validation). */
  contact(channel: ContactChannelKind, value: string): string | null {
    const key = matchKeyOf(channel);
    if (key === MatchKey.Phone) {
      const phone = normalisePhone(value);
      return phone === null ? null : this.blindIndex.of('victim.phone', phone);
    }
    return key === MatchKey.Email ? this.blindIndex.of('victim.email', normaliseEmail(value)) : null;
  }
}
