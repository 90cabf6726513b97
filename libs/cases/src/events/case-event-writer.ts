import { EntityManager } from 'typeorm';
import { Actor, updateVersioned } from '@vs/platform';
import { ImpossibleTransitionError } from '../cases.errors';
import { Case } from '../entities/case.entity';
import { CaseEvent } from '../entities/case-event.entity';
import { CaseStage } from '../journey/case-stage';
import { canMove } from '../journey/stage-transitions';
import type { EventDetails } from '../json-value';
import { CaseEventType } from './case-event-type';

/** Who records an event: a member of staff, or a partner system's service account. */
export interface EventRecorder {
  readonly userId: string;
  readonly organisationId: string;
  /** The partner system that sent the event, if one did. */
  readonly senderSystem: string | null;
}

export const recorderOf = (actor: Actor, senderSystem: string | null = null): EventRecorder => ({
  userId: actor.userId,
  organisationId: actor.organisationId,
  senderSystem,
});

export interface NewCaseEvent {
  readonly type: CaseEventType;
  readonly occurredAt: Date;
  readonly visibleToVictim: boolean;
  readonly victimLine?: string | null;
  readonly details?: EventDetails;
  readonly hearingId?: string | null;
}

/** The event fields shared by every DTO that describes one. */
export interface EventNarration {
  readonly occurredAt: string;
  readonly visibleToVictim: boolean;
  readonly victimLine?: string;
}

export const narrationOf = ({ occurredAt, visibleToVictim, victimLine }: EventNarration) => ({
  occurredAt: new Date(occurredAt),
  visibleToVictim,
  victimLine: visibleToVictim ? (victimLine ?? null) : null,
});

async function insertEvent(
  manager: EntityManager,
  caseId: string,
  recorder: EventRecorder,
  event: NewCaseEvent,
  stages: { fromStage: CaseStage; toStage: CaseStage } | null,
): Promise<CaseEvent> {
  const row = manager.create(CaseEvent, {
    caseId,
    type: event.type,
    occurredAt: event.occurredAt,
    recordedByOrganisationId: recorder.organisationId,
    recordedByUserId: recorder.userId,
    senderSystem: recorder.senderSystem,
    fromStage: stages?.fromStage ?? null,
    toStage: stages?.toStage ?? null,
    hearingId: event.hearingId ?? null,
    visibleToVictim: event.visibleToVictim,
    victimLine: event.victimLine ?? null,
    details: event.details ?? {},
  });
  // RETURNING brings back recorded_at, the database's transaction time.
  await manager.insert(CaseEvent, row);
  return row;
}

/** Records an event that leaves the stage as it is. */
export function appendCaseEvent(
  manager: EntityManager,
  caseId: string,
  recorder: EventRecorder,
  event: NewCaseEvent,
): Promise<CaseEvent> {
  return insertEvent(manager, caseId, recorder, event, null);
}

/**
 * Moves the case to `to` and records the event that moved it, if the case is still at
 * `expectedVersion` and the transition is allowed. `current` must have been read in this transaction.
 */
export async function changeStage(
  manager: EntityManager,
  current: Case,
  expectedVersion: number,
  to: CaseStage,
  recorder: EventRecorder,
  event: NewCaseEvent,
): Promise<CaseEvent> {
  // The versioned write goes first so a stale caller is told to reload before anything else; a
  // refused transition below rolls it back with the transaction.
  await updateVersioned(manager, Case, 'Case', current.id, expectedVersion, {
    stage: to,
    stageChangedAt: event.occurredAt,
  });
  if (!canMove(current.stage, to)) throw new ImpossibleTransitionError(current.stage, to);
  return insertEvent(manager, current.id, recorder, event, { fromStage: current.stage, toStage: to });
}
