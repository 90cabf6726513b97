import { Injectable } from '@nestjs/common';
import { DataCipher } from '@vs/platform';
import { ContactDetailsDto } from '../dto/contact-channel.dto';
import { VictimContactChannel } from '../entities/victim-contact-channel.entity';
import { VictimMatchKeys } from '../matching/match-keys';
import { ContactChannelKind } from '../model/contact';
import { encryptOptional } from '../protection/optional-encryption';

export type ContactChannelColumns = Pick<
  VictimContactChannel,
  'value' | 'matchIndex' | 'safe' | 'safeTimes' | 'codeWord' | 'notes'
>;

/** A contact channel's stored form: personal values encrypted, the phone or email blind-indexed. */
@Injectable()
export class ContactChannelColumnsBuilder {
  constructor(
    private readonly cipher: DataCipher,
    private readonly keys: VictimMatchKeys,
  ) {}

  of(channel: ContactChannelKind, details: ContactDetailsDto): ContactChannelColumns {
    return {
      value: this.cipher.encrypt(details.value.trim()),
      matchIndex: this.keys.contact(channel, details.value),
      safe: details.safe,
      // Plain objects: the DTO instances would carry their class into the JSON column's type.
      safeTimes: (details.safeTimes ?? []).map(({ days, from, to }) => ({ days, from, to })),
      codeWord: encryptOptional(this.cipher, details.codeWord),
      notes: encryptOptional(this.cipher, details.notes),
    };
  }
}
