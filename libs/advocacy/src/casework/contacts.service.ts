import { Injectable } from '@nestjs/common';
import { Actor, Clock, DataCipher } from '@vs/platform';
import { ReferralLifecycle, ReferralState } from '@vs/referrals';
import { RecordContactDto } from '../dto/casework.dto';
import { ContactView } from '../dto/casework.view';
import { CaseworkContact } from '../entities/casework-contact.entity';
import { ContactOutcome } from '../model/contact';
import { CaseworkViews } from './casework-views';
import { CaseworkWriter } from './casework-writer';
import { pastInstant } from './past-instant';

/** The contact log: every attempt and every contact made with the victim. */
@Injectable()
export class ContactsService {
  constructor(
    private readonly writer: CaseworkWriter,
    private readonly lifecycle: ReferralLifecycle,
    private readonly views: CaseworkViews,
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
  ) {}

  /**
   * Logs a contact or an attempt on an accepted referral. The first contact made moves the referral
   * to first_contact_made, at the time it happened: that is what the first-contact target measures.
   */
  record(actor: Actor, referralId: string, dto: RecordContactDto): Promise<ContactView> {
    const occurredAt = pastInstant('occurredAt', dto.occurredAt, this.clock.now());
    const states = [ReferralState.Accepted, ReferralState.FirstContactMade];
    const changedFields = ['contacts'];
    return this.writer.write(
      actor,
      referralId,
      { states, entityType: 'casework_contact', changedFields },
      async (manager, referral) => {
        const contact = manager.create(CaseworkContact, {
          referralId,
          victimId: referral.victimId,
          occurredAt,
          method: dto.method,
          outcome: dto.outcome,
          notes: dto.notes === undefined ? null : this.cipher.encrypt(dto.notes),
          recordedByUserId: actor.userId,
        });
        await manager.insert(CaseworkContact, contact);
        if (dto.outcome === ContactOutcome.Made && referral.state === ReferralState.Accepted)
          // The referral row is locked (CaseworkWriter), so the version just read is current.
          await this.lifecycle.move(manager, actor, referral, {
            to: ReferralState.FirstContactMade,
            expectedVersion: referral.version,
            columns: { firstContactAt: occurredAt },
            details: { contactId: contact.id },
          });
        return { entityId: contact.id, value: this.views.contact(contact) };
      },
    );
  }
}
