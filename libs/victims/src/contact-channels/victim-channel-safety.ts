import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DataCipher } from '@vs/platform';
import { VictimContactChannel } from '../entities/victim-contact-channel.entity';
import { Victim } from '../entities/victim.entity';
import { ContactChannelKind, SafeTimeWindow } from '../model/contact';

/** A channel as the victim sees it in the portal: the value masked, so a glance over a shoulder gives nothing away. */
export interface OwnChannel {
  readonly channel: ContactChannelKind;
  readonly maskedValue: string;
  readonly safe: boolean;
  readonly safeTimes: SafeTimeWindow[];
}

const mask = (value: string): string => `${'•'.repeat(Math.max(0, Math.min(value.length - 3, 8)))}${value.slice(-3)}`;

/**
 * What a victim may change about their own contact details on their own word. Closing a channel
 * only narrows who can reach them, so it takes effect at once. Opening one, or widening its safe
 * times, could let the person who harms them in (someone holding their phone or session), so that
 * stays with staff, who confirm it with the victim by a safe route first.
 */
@Injectable()
export class VictimChannelSafety {
  constructor(private readonly cipher: DataCipher) {}

  async ownChannels(manager: EntityManager, victimId: string): Promise<OwnChannel[]> {
    const channels = await manager.find(VictimContactChannel, { where: { victimId }, order: { channel: 'ASC' } });
    return channels.map((channel) => ({
      channel: channel.channel,
      maskedValue: mask(this.cipher.decrypt(channel.value)),
      safe: channel.safe,
      safeTimes: channel.safeTimes,
    }));
  }

  /** Marks the channel unsafe; false when the victim has no such channel. Bumps the record's version. */
  async close(manager: EntityManager, victimId: string, channel: ContactChannelKind): Promise<boolean> {
    const result = await manager.update(VictimContactChannel, { victimId, channel }, { safe: false });
    if (result.affected !== 1) return false;
    await manager.increment(Victim, { id: victimId }, 'version', 1);
    return true;
  }
}
