import { Injectable } from '@nestjs/common';
import { Actor, NotFoundError } from '@vs/platform';
import { PutContactChannelDto } from '../dto/contact-channel.dto';
import { VictimView } from '../dto/victim.view';
import { VictimContactChannel } from '../entities/victim-contact-channel.entity';
import { ContactChannelKind } from '../model/contact';
import { contactValueProblems, throwIfAny } from '../records/input-checks';
import { VictimEditor } from '../records/victim-editor';
import { ContactChannelColumnsBuilder } from './contact-channel-columns';

const auditedField = (channel: ContactChannelKind): string => `contactChannels.${channel}`;

/** A victim's contact details, one channel at a time. */
@Injectable()
export class ContactChannelsService {
  constructor(
    private readonly editor: VictimEditor,
    private readonly columns: ContactChannelColumnsBuilder,
  ) {}

  /** Sets a channel's details, adding the channel if the victim had none. */
  put(actor: Actor, victimId: string, channel: ContactChannelKind, dto: PutContactChannelDto): Promise<VictimView> {
    throwIfAny(contactValueProblems([{ channel, value: dto.value }], () => 'value'));
    const columns = this.columns.of(channel, dto);
    return this.editor.edit(actor, victimId, {
      version: dto.version,
      changedFields: [auditedField(channel)],
      alsoWrite: async (manager) => {
        const existing = await manager.findOneBy(VictimContactChannel, { victimId, channel });
        if (existing) await manager.update(VictimContactChannel, { id: existing.id }, columns);
        else
          await manager.insert(
            VictimContactChannel,
            Object.assign(new VictimContactChannel(), { victimId, channel, ...columns }),
          );
      },
    });
  }

  remove(actor: Actor, victimId: string, channel: ContactChannelKind, version: number): Promise<VictimView> {
    return this.editor.edit(actor, victimId, {
      version,
      changedFields: [auditedField(channel)],
      alsoWrite: async (manager) => {
        const result = await manager.delete(VictimContactChannel, { victimId, channel });
        if (result.affected === 0) throw new NotFoundError('Contact channel', channel);
      },
    });
  }
}
