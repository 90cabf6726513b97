import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor } from '@vs/platform';
import type { BoroughCode } from '../boroughs/london-boroughs';
import { casesWithCrime } from '../cases/case-finder';
import { CaseWithCrime } from '../dto/case-view.dto';
import { CaseEventListeners } from './case-event-listeners';
import { CaseEventType } from './case-event-type';
import { appendCaseEvent, recorderOf } from './case-event-writer';

/** The case a referral was recorded on, and where its crime happened (referrals route by borough). */
export interface ReferredCase {
  readonly caseId: string;
  readonly boroughCode: BoroughCode;
}

/**
 * For libs/referrals: records on the case of a reported crime that its victim was referred to
 * support (`referral_sent`, the event Victims' Code right 4 is met by), inside the referral's own
 * transaction, so the referral and its event commit together or not at all.
 */
@Injectable()
export class ReferralSentRecorder {
  constructor(
    private readonly audit: AuditService,
    private readonly listeners: CaseEventListeners,
  ) {}

  /** Null when no crime with the reference is recorded: then there is no case to note it on. */
  async record(
    manager: EntityManager,
    actor: Actor,
    crimeReference: string,
    referral: { readonly victimId: string; readonly occurredAt: Date },
  ): Promise<ReferredCase | null> {
    const found = (await casesWithCrime(manager)
      .where('cr.crime_reference = :crimeReference', { crimeReference })
      .getOne()) as CaseWithCrime | null;
    if (!found) return null;
    const crime = found.crime;
    const event = await appendCaseEvent(manager, crime.id, recorderOf(actor), {
      type: CaseEventType.ReferralSent,
      occurredAt: referral.occurredAt,
      visibleToVictim: true,
      victimLine: 'You were referred to a support service, who will get in touch with you.',
    });
    // Extension point: the referral meets Victims' Code right 4 (code compliance listens).
    await this.listeners.eventRecorded(manager, { case: found, crime, event });
    await this.audit.recordFor(manager, actor, {
      action: AuditAction.Update,
      entityType: 'case',
      entityId: crime.id,
      victimId: referral.victimId,
      changedFields: ['events'],
      details: { eventType: CaseEventType.ReferralSent },
    });
    return { caseId: crime.id, boroughCode: crime.boroughCode };
  }
}
