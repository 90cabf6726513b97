import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { AuditAction } from '@vs/audit';
import { Actor, DataCipher } from '@vs/platform';
import {
  ALLOCATED_STATES,
  OPEN_STATES,
  ReferralLifecycle,
  ReferralState,
  ReferralView,
  ReferralViews,
} from '@vs/referrals';
import { TooFewContactAttemptsError } from '../advocacy.errors';
import { CloseCaseworkDto, VersionDto, VictimDeclinedDto } from '../dto/casework.dto';
import { CaseworkClosure } from '../entities/casework-closure.entity';
import { CaseworkContact } from '../entities/casework-contact.entity';
import { ContactOutcome, MIN_ATTEMPTS_BEFORE_UNABLE_TO_CONTACT } from '../model/contact';
import { CaseworkWriter } from './casework-writer';

const stateChange = (entityType: string, states: readonly ReferralState[] = ALLOCATED_STATES) => ({
  states,
  entityType,
  changedFields: ['state'],
  action: AuditAction.Update,
});

/**
 * How the advocate moves a referral on: accepting it, and how it ends (the victim declines, they
 * cannot be reached after recorded attempts, or support closes with an outcome). The lifecycle
 * refuses any move out of turn (409 impossible_transition) and any stale version (409).
 */
@Injectable()
export class ReferralOutcomesService {
  constructor(
    private readonly writer: CaseworkWriter,
    private readonly lifecycle: ReferralLifecycle,
    private readonly views: ReferralViews,
    private readonly cipher: DataCipher,
  ) {}

  accept(actor: Actor, referralId: string, dto: VersionDto): Promise<ReferralView> {
    return this.writer.write(actor, referralId, stateChange('referral'), async (manager, referral) => {
      const moved = await this.lifecycle.move(manager, actor, referral, {
        to: ReferralState.Accepted,
        expectedVersion: dto.version,
      });
      return { entityId: referralId, value: this.views.full(moved) };
    });
  }

  /** From any open state: a victim may say no before an advocate is even allocated. */
  victimDeclined(actor: Actor, referralId: string, dto: VictimDeclinedDto): Promise<ReferralView> {
    return this.writer.write(actor, referralId, stateChange('referral', OPEN_STATES), async (manager, referral) => {
      const moved = await this.lifecycle.move(manager, actor, referral, {
        to: ReferralState.VictimDeclined,
        expectedVersion: dto.version,
        reason: dto.reason,
      });
      return { entityId: referralId, value: this.views.full(moved) };
    });
  }

  /** Only after the recorded attempts: at least MIN_ATTEMPTS_BEFORE_UNABLE_TO_CONTACT, none reaching the victim. */
  unableToContact(actor: Actor, referralId: string, dto: VersionDto): Promise<ReferralView> {
    return this.writer.write(actor, referralId, stateChange('referral'), async (manager, referral) => {
      const attempts = await manager.countBy(CaseworkContact, { referralId, outcome: Not(ContactOutcome.Made) });
      if (attempts < MIN_ATTEMPTS_BEFORE_UNABLE_TO_CONTACT)
        throw new TooFewContactAttemptsError(attempts, MIN_ATTEMPTS_BEFORE_UNABLE_TO_CONTACT);
      const moved = await this.lifecycle.move(manager, actor, referral, {
        to: ReferralState.UnableToContact,
        expectedVersion: dto.version,
        details: { attempts },
      });
      return { entityId: referralId, value: this.views.full(moved) };
    });
  }

  close(actor: Actor, referralId: string, dto: CloseCaseworkDto): Promise<ReferralView> {
    return this.writer.write(actor, referralId, stateChange('casework_closure'), async (manager, referral) => {
      const moved = await this.lifecycle.move(manager, actor, referral, {
        to: ReferralState.Closed,
        expectedVersion: dto.version,
        details: { outcome: dto.outcome },
      });
      await manager.insert(
        CaseworkClosure,
        manager.create(CaseworkClosure, {
          referralId,
          victimId: referral.victimId,
          outcome: dto.outcome,
          summary: dto.summary === undefined ? null : this.cipher.encrypt(dto.summary),
          closedByUserId: actor.userId,
        }),
      );
      return { entityId: referralId, value: this.views.full(moved) };
    });
  }
}
