import { ApiProperty } from '@nestjs/swagger';
import { OffenceGroup } from '@vs/victims';
import { boroughName, BOROUGH_CODES, BoroughCode } from '../boroughs/london-boroughs';
import { HateCrimeStrand } from '../crimes/hate-crime-strand';
import { Case } from '../entities/case.entity';
import { CaseEvent } from '../entities/case-event.entity';
import { Crime } from '../entities/crime.entity';
import { CrimeVictim } from '../entities/crime-victim.entity';
import { Hearing } from '../entities/hearing.entity';
import { CaseEventType } from '../events/case-event-type';
import { HearingStatus, HearingType } from '../hearings/hearing-kinds';
import { CaseStage } from '../journey/case-stage';
import type { EventDetails } from '../json-value';

/** A case with its crime loaded. */
export type CaseWithCrime = Case & { crime: Crime };

export class CaseSummaryView {
  @ApiProperty({ description: 'The id of the case and of its crime' }) id!: string;
  @ApiProperty() crimeReference!: string;
  @ApiProperty() offence!: string;
  @ApiProperty({ enum: OffenceGroup, enumName: 'OffenceGroup' }) offenceGroup!: OffenceGroup;
  @ApiProperty({ enum: HateCrimeStrand, enumName: 'HateCrimeStrand', nullable: true })
  hateCrimeStrand!: HateCrimeStrand | null;
  @ApiProperty({ enum: BOROUGH_CODES }) boroughCode!: BoroughCode;
  @ApiProperty({ example: 'Lambeth' }) boroughName!: string;
  @ApiProperty() reportedAt!: Date;
  @ApiProperty() recordedAt!: Date;
  @ApiProperty() officerInCaseId!: string;
  @ApiProperty() recordingOrganisationId!: string;
  @ApiProperty({ enum: CaseStage, enumName: 'CaseStage' }) stage!: CaseStage;
  @ApiProperty() stageChangedAt!: Date;
  @ApiProperty({ description: 'Send it back with a stage change; a stale one gets 409' }) version!: number;

  static of({ crime, ...journey }: CaseWithCrime): CaseSummaryView {
    return {
      id: journey.id,
      crimeReference: crime.crimeReference,
      offence: crime.offence,
      offenceGroup: crime.offenceGroup,
      hateCrimeStrand: crime.hateCrimeStrand,
      boroughCode: crime.boroughCode,
      boroughName: boroughName(crime.boroughCode),
      reportedAt: crime.reportedAt,
      recordedAt: crime.recordedAt,
      officerInCaseId: crime.officerInCaseId,
      recordingOrganisationId: crime.recordingOrganisationId,
      stage: journey.stage,
      stageChangedAt: journey.stageChangedAt,
      version: journey.version,
    };
  }
}

export class CasePage {
  @ApiProperty({ type: [CaseSummaryView] }) items!: CaseSummaryView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class EnhancedRightsView {
  @ApiProperty() eligible!: boolean;
  @ApiProperty({ type: [String], example: ['offence_group:domestic_abuse', 'under_18'] }) reasons!: string[];
  @ApiProperty() assessedAt!: Date;
}

/** A victim of the case: ids and flags only, no personal data. */
export class CaseVictimView {
  @ApiProperty() victimId!: string;
  @ApiProperty({ type: EnhancedRightsView }) enhancedRights!: EnhancedRightsView;
  @ApiProperty({ description: 'Another crime against this victim was reported within 12 months' })
  repeatVictim!: boolean;
  @ApiProperty() linkedAt!: Date;

  static of(link: CrimeVictim): CaseVictimView {
    return {
      victimId: link.victimId,
      enhancedRights: {
        eligible: link.enhancedRightsEligible,
        reasons: link.enhancedRightsReasons,
        assessedAt: link.enhancedRightsAssessedAt,
      },
      repeatVictim: link.repeatVictim,
      linkedAt: link.linkedAt,
    };
  }
}

export class CaseEventView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: CaseEventType, enumName: 'CaseEventType' }) type!: CaseEventType;
  @ApiProperty({ description: 'When it happened' }) occurredAt!: Date;
  @ApiProperty({ description: 'When it was recorded here' }) recordedAt!: Date;
  @ApiProperty() recordedByOrganisationId!: string;
  @ApiProperty() recordedByUserId!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The partner system that sent it' }) senderSystem!:
    string | null;
  @ApiProperty({ enum: CaseStage, enumName: 'CaseStage', nullable: true }) fromStage!: CaseStage | null;
  @ApiProperty({ enum: CaseStage, enumName: 'CaseStage', nullable: true }) toStage!: CaseStage | null;
  @ApiProperty({ nullable: true, type: String }) hearingId!: string | null;
  @ApiProperty() visibleToVictim!: boolean;
  @ApiProperty({ nullable: true, type: String }) victimLine!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: EventDetails;

  static of(event: CaseEvent): CaseEventView {
    const { id, type, occurredAt, recordedAt, recordedByOrganisationId, recordedByUserId, senderSystem } = event;
    const { fromStage, toStage, hearingId, visibleToVictim, victimLine, details } = event;
    return {
      id,
      type,
      occurredAt,
      recordedAt,
      recordedByOrganisationId,
      recordedByUserId,
      senderSystem,
      fromStage,
      toStage,
      hearingId,
      visibleToVictim,
      victimLine,
      details,
    };
  }
}

export class HearingView {
  @ApiProperty() id!: string;
  @ApiProperty() court!: string;
  @ApiProperty() startsAt!: Date;
  @ApiProperty({ enum: HearingType, enumName: 'HearingType' }) type!: HearingType;
  @ApiProperty({ enum: HearingStatus, enumName: 'HearingStatus' }) status!: HearingStatus;
  @ApiProperty({ nullable: true, type: String }) outcome!: string | null;
  @ApiProperty({ description: 'Send it back to move, cancel or record the outcome' }) version!: number;

  static of({ id, court, startsAt, type, status, outcome, version }: Hearing): HearingView {
    return { id, court, startsAt, type, status, outcome, version };
  }
}

export class CaseDetailView extends CaseSummaryView {
  @ApiProperty({ description: 'True when read out of scope under a break-glass reason (audited and flagged)' })
  breakGlass!: boolean;
  @ApiProperty({ type: [CaseVictimView] }) victims!: CaseVictimView[];
  @ApiProperty({ type: [CaseEventView], description: 'In the order they happened' }) events!: CaseEventView[];
  @ApiProperty({ type: [HearingView], description: 'In date order' }) hearings!: HearingView[];
}

/** A newly recorded event, with the case's stage and version after it. */
export class RecordedCaseEventView extends CaseEventView {
  @ApiProperty({ enum: CaseStage, enumName: 'CaseStage' }) caseStage!: CaseStage;
  @ApiProperty({ description: 'Send this with the next stage change' }) caseVersion!: number;
}
