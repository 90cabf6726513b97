import { ApiProperty } from '@nestjs/swagger';
import { DataCipher } from '@vs/platform';
import { Agency, DeadlineSource } from '../catalogue/duty-definition';
import { DutyStatus } from '../catalogue/duty-evaluation';
import { DutyInstance } from '../entities/duty-instance.entity';
import { REPORTED_TRIGGER_KEY } from '../engine/duty-triggers';
import { knownDuty } from '../engine/known-duty';
import { statusAt } from '../engine/status-at';

export class DutyWaiverView {
  @ApiProperty({ description: 'The victim’s decision, as they gave it' }) reason!: string;
  @ApiProperty() recordedByUserId!: string;
  @ApiProperty() recordedAt!: Date;

  static of(instance: DutyInstance, cipher: DataCipher): DutyWaiverView | null {
    const { waiverReason, waivedByUserId, waivedAt } = instance;
    if (waiverReason === null || waivedByUserId === null || waivedAt === null) return null;
    return { reason: cipher.decrypt(waiverReason), recordedByUserId: waivedByUserId, recordedAt: waivedAt };
  }
}

/** One duty owed to one victim of the case, on one occasion. */
export class DutyView {
  @ApiProperty() id!: string;
  @ApiProperty() victimId!: string;
  @ApiProperty({ example: 'R6_SUSPECT_ARRESTED' }) dutyCode!: string;
  @ApiProperty({ minimum: 1, maximum: 12, description: 'The Victims’ Code right it serves' }) right!: number;
  @ApiProperty({ example: 'Told of an arrest' }) title!: string;
  @ApiProperty({ enum: Agency, enumName: 'CodeAgency' }) owedBy!: Agency;
  @ApiProperty({ enum: DeadlineSource, enumName: 'DeadlineSource' }) deadlineSource!: DeadlineSource;
  @ApiProperty({ nullable: true, type: String, description: 'The event that made it owed; null for the report' })
  triggerEventId!: string | null;
  @ApiProperty({ description: 'When its trigger happened' }) triggeredAt!: Date;
  @ApiProperty({ description: 'Whether the enhanced-rights deadline applies' }) enhanced!: boolean;
  @ApiProperty({ nullable: true, type: Date, description: 'Null while a duty due before an event has no such event' })
  dueAt!: Date | null;
  @ApiProperty({ enum: DutyStatus, enumName: 'DutyStatus' }) status!: DutyStatus;
  @ApiProperty({ nullable: true, type: Date, description: 'When the fulfilling event happened' })
  fulfilledAt!: Date | null;
  @ApiProperty({ nullable: true, type: Date, description: 'When the fulfilling event was recorded' })
  fulfilmentRecordedAt!: Date | null;
  @ApiProperty({ nullable: true, type: String }) fulfilledByEventId!: string | null;
  @ApiProperty({ description: 'Whether the victim may decline it' }) waivable!: boolean;
  @ApiProperty({ type: DutyWaiverView, nullable: true }) waiver!: DutyWaiverView | null;
  @ApiProperty({ nullable: true, type: String, description: 'The organisation its breach alerts go to' })
  responsibleOrganisationId!: string | null;

  static of(instance: DutyInstance, now: Date, cipher: DataCipher): DutyView {
    const duty = knownDuty(instance.dutyCode);
    return {
      id: instance.id,
      victimId: instance.victimId,
      dutyCode: instance.dutyCode,
      right: instance.right,
      title: duty.title,
      owedBy: instance.agency,
      deadlineSource: instance.deadlineSource,
      triggerEventId: instance.triggerKey === REPORTED_TRIGGER_KEY ? null : instance.triggerKey,
      triggeredAt: instance.triggeredAt,
      enhanced: instance.enhanced,
      dueAt: instance.dueAt,
      status: statusAt(instance, now),
      fulfilledAt: instance.fulfilledAt,
      fulfilmentRecordedAt: instance.fulfilmentRecordedAt,
      fulfilledByEventId: instance.fulfilledByEventId,
      waivable: duty.waivable,
      waiver: DutyWaiverView.of(instance, cipher),
      responsibleOrganisationId: instance.responsibleOrganisationId,
    };
  }
}

export class CaseDutiesView {
  @ApiProperty() caseId!: string;
  @ApiProperty({ description: 'A service manager reached the case by breaking glass (audited and flagged)' })
  breakGlass!: boolean;
  @ApiProperty({ type: [DutyView] }) duties!: DutyView[];
}
