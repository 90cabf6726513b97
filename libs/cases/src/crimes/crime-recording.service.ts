import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { StaffUser } from '@vs/auth';
import { Actor, Clock, Role, ValidationFailedError } from '@vs/platform';
import { DuplicateCrimeReferenceError } from '../cases.errors';
import { RecordCrimeDto } from '../dto/case.dto';
import { CaseSummaryView } from '../dto/case-view.dto';
import { Case } from '../entities/case.entity';
import { Crime } from '../entities/crime.entity';
import { CaseEventListeners } from '../events/case-event-listeners';
import { CaseEventType } from '../events/case-event-type';
import { appendCaseEvent, recorderOf } from '../events/case-event-writer';
import { INITIAL_STAGE } from '../journey/case-stage';
import { crimeProblems } from './crime-rules';

/** Recording a crime opens its case at `reported`, with the crime_recorded event the Code counts from. */
@Injectable()
export class CrimeRecordingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly listeners: CaseEventListeners,
  ) {}

  record(actor: Actor, dto: RecordCrimeDto): Promise<CaseSummaryView> {
    const reportedAt = new Date(dto.reportedAt);
    const recordedAt = dto.recordedAt ? new Date(dto.recordedAt) : this.clock.now();
    const problems = crimeProblems({ ...dto, reportedAt, recordedAt });
    if (problems.length > 0) throw new ValidationFailedError(problems);
    return this.dataSource.transaction(async (manager) => {
      await this.requireOfficerOfOwnOrganisation(manager, actor, dto.officerInCaseId);
      if (await manager.existsBy(Crime, { crimeReference: dto.crimeReference }))
        throw new DuplicateCrimeReferenceError(dto.crimeReference);
      const crime = manager.create(Crime, {
        crimeReference: dto.crimeReference,
        offence: dto.offence,
        offenceGroup: dto.offenceGroup,
        hateCrimeStrand: dto.hateCrimeStrand ?? null,
        boroughCode: dto.boroughCode,
        reportedAt,
        recordedAt,
        officerInCaseId: dto.officerInCaseId,
        recordingOrganisationId: actor.organisationId,
        recordedByUserId: actor.userId,
      });
      await manager.insert(Crime, crime);
      const journey = manager.create(Case, { id: crime.id, stage: INITIAL_STAGE, stageChangedAt: reportedAt });
      await manager.insert(Case, journey);
      const event = await appendCaseEvent(manager, crime.id, recorderOf(actor), {
        type: CaseEventType.CrimeRecorded,
        occurredAt: recordedAt,
        visibleToVictim: true,
        victimLine: `The police recorded the crime you reported. Your crime reference is ${crime.crimeReference}.`,
      });
      // Extension point: listeners hear of every event, this first one included.
      await this.listeners.eventRecorded(manager, { case: journey, crime, event });
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Create,
        entityType: 'case',
        entityId: crime.id,
        changedFields: Object.keys(dto),
      });
      return CaseSummaryView.of({ ...journey, crime });
    });
  }

  private async requireOfficerOfOwnOrganisation(manager: EntityManager, actor: Actor, userId: string): Promise<void> {
    const isOfficer = await manager.existsBy(StaffUser, {
      id: userId,
      organisationId: actor.organisationId,
      role: Role.PoliceCaseOfficer,
      disabledAt: IsNull(),
    });
    if (!isOfficer) {
      throw new ValidationFailedError([
        {
          field: 'officerInCaseId',
          messages: ['officerInCaseId must be an active police case officer of your organisation'],
        },
      ]);
    }
  }
}
