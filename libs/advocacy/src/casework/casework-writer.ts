import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor } from '@vs/platform';
import { findServiceReferral, Referral, ReferralState } from '@vs/referrals';
import { NotInCaseworkError } from '../advocacy.errors';

export interface CaseworkWrite {
  /** The states of the referral in which this work may be recorded. */
  readonly states: readonly ReferralState[];
  /** Create unless the work changes what exists (a plan, a task, the referral's state). */
  readonly action?: AuditAction;
  /** What the audit record names, e.g. `casework_contact`. */
  readonly entityType: string;
  readonly changedFields: string[];
}

/** What a piece of casework wrote: the id of the row for the audit record, and the answer. */
export interface CaseworkResult<T> {
  readonly entityId: string;
  readonly value: T;
}

/**
 * The one way casework is written: in a transaction, on a referral the caller works on (the
 * allocated advocate, their team, or their service manager; anyone else gets 404), locked, at a
 * stage that allows it, and audited with the victim in the same transaction.
 */
@Injectable()
export class CaseworkWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  write<T>(
    actor: Actor,
    referralId: string,
    write: CaseworkWrite,
    work: (manager: EntityManager, referral: Referral) => Promise<CaseworkResult<T>>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await findServiceReferral(manager, actor, referralId, { lock: true });
      if (!write.states.includes(referral.state)) throw new NotInCaseworkError(referral.state, write.states);
      const { entityId, value } = await work(manager, referral);
      await this.audit.recordFor(manager, actor, {
        action: write.action ?? AuditAction.Create,
        entityType: write.entityType,
        entityId,
        victimId: referral.victimId,
        changedFields: write.changedFields,
      });
      return value;
    });
  }
}
