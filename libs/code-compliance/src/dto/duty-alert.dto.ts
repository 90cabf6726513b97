import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CursorQueryDto } from '@vs/platform';
import { DutyAlert } from '../entities/duty-alert.entity';
import { knownDuty } from '../engine/known-duty';

export const ALERT_STATES = ['open', 'all'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export class DutyAlertQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ enum: ALERT_STATES, default: 'open', description: 'open: not yet acknowledged' })
  @IsOptional()
  @IsIn(ALERT_STATES)
  state?: AlertState;
}

/** A breached duty your organisation answers for: ids and codes only. */
export class DutyAlertView {
  @ApiProperty() id!: string;
  @ApiProperty() dutyInstanceId!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty() victimId!: string;
  @ApiProperty({ example: 'R4_REFERRAL_TO_SUPPORT' }) dutyCode!: string;
  @ApiProperty({ example: 'Referral to a support service' }) title!: string;
  @ApiProperty() dueAt!: Date;
  @ApiProperty({ description: 'When the breach was noticed' }) raisedAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) readAt!: Date | null;
  @ApiProperty({ nullable: true, type: String }) readByUserId!: string | null;
  @ApiProperty({ nullable: true, type: Date }) acknowledgedAt!: Date | null;
  @ApiProperty({ nullable: true, type: String }) acknowledgedByUserId!: string | null;

  static of(alert: DutyAlert): DutyAlertView {
    const { id, dutyInstanceId, caseId, victimId, dutyCode, dueAt, raisedAt } = alert;
    const { readAt, readByUserId, acknowledgedAt, acknowledgedByUserId } = alert;
    return {
      id,
      dutyInstanceId,
      caseId,
      victimId,
      dutyCode,
      title: knownDuty(dutyCode).title,
      dueAt,
      raisedAt,
      readAt,
      readByUserId,
      acknowledgedAt,
      acknowledgedByUserId,
    };
  }
}

export class DutyAlertPage {
  @ApiProperty({ type: [DutyAlertView] }) items!: DutyAlertView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
