import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor } from '@vs/platform';
import { findOwnRecordedCase } from '../cases/case-finder';
import { RecordCaseEventDto } from '../dto/case-event.dto';
import { CaseEventView, RecordedCaseEventView } from '../dto/case-view.dto';
import { CaseEventListeners } from './case-event-listeners';
import { appendCaseEvent, changeStage, narrationOf, recorderOf } from './case-event-writer';

/** Staff recording milestones of their organisation's cases. */
@Injectable()
export class CaseEventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly listeners: CaseEventListeners,
  ) {}

  record(actor: Actor, caseId: string, dto: RecordCaseEventDto): Promise<RecordedCaseEventView> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOwnRecordedCase(manager, actor, caseId);
      const event = { type: dto.type, details: dto.details, ...narrationOf(dto) };
      const recorder = recorderOf(actor);
      // A stage always comes with a version (RecordCaseEventDto).
      const saved = dto.stage
        ? await changeStage(manager, current, dto.version!, dto.stage, recorder, event)
        : await appendCaseEvent(manager, caseId, recorder, event);
      // Extension point: e.g. code compliance updates the Victims' Code duties in this transaction.
      await this.listeners.eventRecorded(manager, { case: current, crime: current.crime, event: saved });
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Update,
        entityType: 'case',
        entityId: caseId,
        changedFields: dto.stage ? ['events', 'stage'] : ['events'],
        details: { eventType: dto.type },
      });
      const [caseStage, caseVersion] = dto.stage ? [dto.stage, dto.version! + 1] : [current.stage, current.version];
      return { ...CaseEventView.of(saved), caseStage, caseVersion };
    });
  }
}
