import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationOutbox, NotificationPurpose } from '@vs/notifications';
import { CrimeVictim } from '../entities/crime-victim.entity';
import { CaseEventType } from './case-event-type';
import { CaseEventListener, CaseEventListeners, RecordedEventContext } from './case-event-listeners';

const HEARING_EVENTS: ReadonlySet<CaseEventType> = new Set([
  CaseEventType.HearingListed,
  CaseEventType.HearingMoved,
  CaseEventType.HearingCancelled,
  CaseEventType.RequiredToGiveEvidence,
]);
const OUTCOME_EVENTS: ReadonlySet<CaseEventType> = new Set([
  CaseEventType.Verdict,
  CaseEventType.Sentence,
  CaseEventType.AppealOutcome,
  CaseEventType.HearingOutcome,
]);

export function purposeOf(type: CaseEventType): NotificationPurpose {
  if (HEARING_EVENTS.has(type)) return NotificationPurpose.HearingUpdate;
  if (OUTCOME_EVENTS.has(type)) return NotificationPurpose.CaseOutcome;
  return NotificationPurpose.CaseUpdate;
}

/**
 * Tells every victim of a case about each update they may see (a hearing listed or changed, an
 * outcome, any other visible update), by writing to the notifications outbox in the transaction
 * that records the event: the message exists exactly when the update does. The message carries
 * only the plain-language line the victim may see and the crime reference.
 */
@Injectable()
export class VictimUpdateNotifier implements CaseEventListener, OnModuleInit {
  constructor(
    private readonly listeners: CaseEventListeners,
    private readonly outbox: NotificationOutbox,
  ) {}

  onModuleInit(): void {
    this.listeners.register(this);
  }

  async onEventRecorded(manager: EntityManager, { crime, event }: RecordedEventContext): Promise<void> {
    const line = event.victimLine;
    if (!event.visibleToVictim || !line) return;
    const links = await manager.find(CrimeVictim, { where: { crimeId: crime.id }, select: { victimId: true } });
    await this.outbox.enqueue(
      manager,
      links.map((link) => ({
        victimId: link.victimId,
        purpose: purposeOf(event.type),
        personalisation: { crime_reference: crime.crimeReference, update: line },
      })),
    );
  }

  onVictimLinked(): Promise<void> {
    return Promise.resolve();
  }

  onEnhancedRightsAssessed(): Promise<void> {
    return Promise.resolve();
  }
}
