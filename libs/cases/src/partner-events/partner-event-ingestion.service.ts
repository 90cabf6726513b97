import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor } from '@vs/platform';
import { InvalidPartnerBatchError } from '../cases.errors';
import { findCaseByCrimeReference } from '../cases/case-finder';
import {
  MAX_PARTNER_BATCH,
  PartnerEventBatchView,
  PartnerEventDto,
  PartnerEventResultView,
} from '../dto/partner-event.dto';
import { CaseEvent } from '../entities/case-event.entity';
import { PartnerEventRejection } from '../entities/partner-event-rejection.entity';
import { CaseEventListeners } from '../events/case-event-listeners';
import { appendCaseEvent, changeStage, narrationOf, recorderOf } from '../events/case-event-writer';
import { transitionRefusal } from '../journey/stage-transitions';
import type { JsonValue } from '../json-value';
import { PartnerEventOutcome, PartnerEventRejectionCode } from './partner-event-outcome';
import { isPlainObject, parsePartnerEvent } from './partner-event-parsing';
import { findReceipt, insertReceipt, isReceiptKeyViolation } from './partner-event-receipts';
import { acceptedResult, batchResult, duplicateResult, rejectedResult } from './partner-event-results';

interface Refusal {
  readonly code: PartnerEventRejectionCode;
  readonly reason: string;
}

/** An item as it arrived, with the text fields a reviewer searches by. */
interface Received {
  readonly raw: JsonValue;
  readonly senderSystem: string | null;
  readonly senderEventId: string | null;
  readonly crimeReference: string | null;
}

/**
 * A batch item that arrived as JSON null is kept as the jsonb null it is: TypeORM would write a null
 * value as SQL NULL, which the payload column refuses. A function is TypeORM's raw SQL value.
 */
const JSON_NULL = (): string => `'null'::jsonb`;

/** Text from the payload worth a column of its own, if it is text that fits. */
const keptText = (value: unknown, max: number): string | null =>
  typeof value === 'string' && value.length <= max ? value : null;

/**
 * Events from partner systems. Each is handled on its own, in its own transaction: accepted onto
 * its case, or refused with a reason and kept for review. Each is idempotent by its sender's system
 * and event id: a resend gets the original result and creates nothing.
 */
@Injectable()
export class PartnerEventIngestionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly listeners: CaseEventListeners,
  ) {}

  /** One event (an object) gets one result; a batch (an array) gets a result per event, in order. */
  async ingest(actor: Actor, body: JsonValue | undefined): Promise<PartnerEventResultView | PartnerEventBatchView> {
    if (isPlainObject(body)) return this.ingestOne(actor, body, 0);
    if (!Array.isArray(body) || body.length === 0 || body.length > MAX_PARTNER_BATCH)
      throw new InvalidPartnerBatchError(MAX_PARTNER_BATCH);
    const results: PartnerEventResultView[] = [];
    for (const [index, item] of body.entries()) results.push(await this.ingestOne(actor, item, index));
    return batchResult(results);
  }

  private async ingestOne(actor: Actor, raw: JsonValue, index: number): Promise<PartnerEventResultView> {
    const parsed = parsePartnerEvent(raw);
    const fields = isPlainObject(raw) ? raw : {};
    const position = {
      index,
      senderSystem: keptText(fields.senderSystem, 100),
      senderEventId: keptText(fields.senderEventId, 200),
    };
    const received: Received = { raw, ...position, crimeReference: keptText(fields.crimeReference, 100) };
    const identity = parsed.identity;
    if (!identity) {
      const refusal = { code: PartnerEventRejectionCode.MissingSenderIdentity, reason: parsed.problems.join('; ') };
      return rejectedResult(position, await this.keepRejection(this.dataSource.manager, actor, received, refusal));
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const earlier = await findReceipt(manager, actor.organisationId, identity);
        if (earlier) return duplicateResult(position, earlier);
        const outcome = parsed.event
          ? await this.apply(manager, actor, parsed.event)
          : { code: PartnerEventRejectionCode.InvalidEvent, reason: parsed.problems.join('; ') };
        if (outcome instanceof CaseEvent) {
          await insertReceipt(manager, actor.organisationId, identity, {
            outcome: PartnerEventOutcome.Accepted,
            caseEventId: outcome.id,
          });
          return acceptedResult(position, outcome);
        }
        const rejection = await this.keepRejection(manager, actor, received, outcome);
        await insertReceipt(manager, actor.organisationId, identity, {
          outcome: PartnerEventOutcome.Rejected,
          rejectionId: rejection.id,
        });
        return rejectedResult(position, rejection);
      });
    } catch (error) {
      if (!isReceiptKeyViolation(error)) throw error;
      // A copy of the same event sent at the same moment got there first: this one is its duplicate.
      return duplicateResult(position, (await findReceipt(this.dataSource.manager, actor.organisationId, identity))!);
    }
  }

  /** Records the event on its case, or says why it cannot be. */
  private async apply(manager: EntityManager, actor: Actor, event: PartnerEventDto): Promise<CaseEvent | Refusal> {
    const found = await findCaseByCrimeReference(manager, event.crimeReference);
    if (!found)
      return {
        code: PartnerEventRejectionCode.UnknownCrimeReference,
        reason: `No crime with reference ${event.crimeReference} is recorded`,
      };
    const recorder = recorderOf(actor, event.senderSystem);
    const narration = { type: event.type, details: event.details, ...narrationOf(event) };
    let saved: CaseEvent;
    if (event.stage) {
      const refusal = transitionRefusal(found.stage, event.stage);
      if (refusal) return { code: PartnerEventRejectionCode.ImpossibleTransition, reason: refusal };
      // The case row is locked, so the version just read is current.
      saved = await changeStage(manager, found, found.version, event.stage, recorder, narration);
    } else {
      saved = await appendCaseEvent(manager, found.id, recorder, narration);
    }
    // Extension point: partner events count for the Victims' Code like any other.
    await this.listeners.eventRecorded(manager, { case: found, crime: found.crime, event: saved });
    await this.audit.recordFor(manager, actor, {
      action: AuditAction.Update,
      entityType: 'case',
      entityId: found.id,
      changedFields: event.stage ? ['events', 'stage'] : ['events'],
      details: { eventType: event.type, senderSystem: event.senderSystem },
    });
    return saved;
  }

  private async keepRejection(
    manager: EntityManager,
    actor: Actor,
    received: Received,
    refusal: Refusal,
  ): Promise<PartnerEventRejection> {
    const rejection = manager.create(PartnerEventRejection, {
      organisationId: actor.organisationId,
      receivedByUserId: actor.userId,
      senderSystem: received.senderSystem,
      senderEventId: received.senderEventId,
      crimeReference: received.crimeReference,
      reasonCode: refusal.code,
      reason: refusal.reason.slice(0, 2000),
      payload: received.raw === null ? JSON_NULL : received.raw,
    });
    await manager.insert(PartnerEventRejection, rejection);
    return rejection;
  }
}
