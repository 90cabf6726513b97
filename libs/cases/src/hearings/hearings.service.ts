import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor, NotFoundError, updateVersioned } from '@vs/platform';
import { HearingNotListedError } from '../cases.errors';
import { findOwnRecordedCase } from '../cases/case-finder';
import { CancelHearingDto, HearingOutcomeDto, ListHearingDto, MoveHearingDto } from '../dto/hearing.dto';
import { CaseWithCrime, HearingView } from '../dto/case-view.dto';
import { Hearing } from '../entities/hearing.entity';
import { CaseEventListeners } from '../events/case-event-listeners';
import { CaseEventType } from '../events/case-event-type';
import { appendCaseEvent, EventNarration, narrationOf, recorderOf } from '../events/case-event-writer';
import type { EventDetails } from '../json-value';
import { HearingStatus } from './hearing-kinds';

/** Where and when a hearing sits: what the victim must be told (Victims' Code right 8). */
const factsOf = (hearing: Hearing): EventDetails => ({
  court: hearing.court,
  startsAt: hearing.startsAt.toISOString(),
  hearingType: hearing.type,
});

interface HearingChange {
  readonly type: CaseEventType;
  readonly dto: EventNarration & { readonly version: number };
  readonly changes: Partial<Pick<Hearing, 'court' | 'startsAt' | 'status' | 'outcome'>>;
  /** The event's details, from the hearing before and after the change. */
  readonly facts: (before: Hearing, after: Hearing) => EventDetails;
}

/** Listing, moving and cancelling hearings, and their outcomes: each also an event on the case. */
@Injectable()
export class HearingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly listeners: CaseEventListeners,
  ) {}

  list(actor: Actor, caseId: string, dto: ListHearingDto): Promise<HearingView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await findOwnRecordedCase(manager, actor, caseId);
      const hearing = manager.create(Hearing, {
        caseId,
        court: dto.court,
        startsAt: new Date(dto.startsAt),
        type: dto.type,
        status: HearingStatus.Listed,
        outcome: null,
      });
      await manager.insert(Hearing, hearing);
      return this.recordChange(manager, actor, found, hearing, CaseEventType.HearingListed, dto, factsOf(hearing));
    });
  }

  move(actor: Actor, caseId: string, hearingId: string, dto: MoveHearingDto): Promise<HearingView> {
    return this.change(actor, caseId, hearingId, {
      type: CaseEventType.HearingMoved,
      dto,
      changes: { court: dto.court, startsAt: new Date(dto.startsAt) },
      facts: (before, after) => ({
        ...factsOf(after),
        previousCourt: before.court,
        previousStartsAt: before.startsAt.toISOString(),
      }),
    });
  }

  cancel(actor: Actor, caseId: string, hearingId: string, dto: CancelHearingDto): Promise<HearingView> {
    return this.change(actor, caseId, hearingId, {
      type: CaseEventType.HearingCancelled,
      dto,
      changes: { status: HearingStatus.Cancelled },
      facts: factsOf,
    });
  }

  recordOutcome(actor: Actor, caseId: string, hearingId: string, dto: HearingOutcomeDto): Promise<HearingView> {
    return this.change(actor, caseId, hearingId, {
      type: CaseEventType.HearingOutcome,
      dto,
      changes: { status: HearingStatus.Held, outcome: dto.outcome },
      facts: factsOf,
    });
  }

  /** Changes a listed hearing at the version the caller read, and records the change on the case. */
  private change(actor: Actor, caseId: string, hearingId: string, change: HearingChange): Promise<HearingView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await findOwnRecordedCase(manager, actor, caseId);
      const before = await manager.findOneBy(Hearing, { id: hearingId, caseId });
      if (!before) throw new NotFoundError('Hearing', hearingId);
      if (before.status !== HearingStatus.Listed) throw new HearingNotListedError(hearingId, before.status);
      await updateVersioned(manager, Hearing, 'Hearing', hearingId, change.dto.version, change.changes);
      const after = await manager.findOneByOrFail(Hearing, { id: hearingId });
      return this.recordChange(manager, actor, found, after, change.type, change.dto, change.facts(before, after));
    });
  }

  private async recordChange(
    manager: EntityManager,
    actor: Actor,
    found: CaseWithCrime,
    hearing: Hearing,
    type: CaseEventType,
    narration: EventNarration,
    details: EventDetails,
  ): Promise<HearingView> {
    const event = await appendCaseEvent(manager, hearing.caseId, recorderOf(actor), {
      type,
      details,
      hearingId: hearing.id,
      ...narrationOf(narration),
    });
    // Extension point: e.g. code compliance owes the victim news of the hearing.
    await this.listeners.eventRecorded(manager, { case: found, crime: found.crime, event });
    await this.audit.recordFor(manager, actor, {
      action: AuditAction.Update,
      entityType: 'case',
      entityId: hearing.caseId,
      changedFields: ['hearings', 'events'],
      details: { eventType: type, hearingId: hearing.id },
    });
    return HearingView.of(hearing);
  }
}
