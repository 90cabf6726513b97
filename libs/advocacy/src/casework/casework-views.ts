import { Injectable } from '@nestjs/common';
import { DataCipher } from '@vs/platform';
import {
  ClosureView,
  ContactView,
  MaracReferralView,
  NeedView,
  NoteView,
  RiskAssessmentView,
  SafetyPlanView,
  TaskView,
} from '../dto/casework.view';
import { CaseworkClosure } from '../entities/casework-closure.entity';
import { CaseworkContact } from '../entities/casework-contact.entity';
import { CaseworkNote } from '../entities/casework-note.entity';
import { CaseworkTask } from '../entities/casework-task.entity';
import { MaracReferral } from '../entities/marac-referral.entity';
import { RiskAssessment } from '../entities/risk-assessment.entity';
import { SafetyPlan } from '../entities/safety-plan.entity';
import { SupportNeed } from '../entities/support-need.entity';
import { DashAnswer } from '../risk/dash';

/** Stored casework as the advocate sees it: free text and answers decrypted. */
@Injectable()
export class CaseworkViews {
  constructor(private readonly cipher: DataCipher) {}

  private optional(value: string | null): string | null {
    return value === null ? null : this.cipher.decrypt(value);
  }

  contact(row: CaseworkContact): ContactView {
    const { id, occurredAt, method, outcome, recordedByUserId, recordedAt } = row;
    return { id, occurredAt, method, outcome, notes: this.optional(row.notes), recordedByUserId, recordedAt };
  }

  riskAssessment(row: RiskAssessment): RiskAssessmentView {
    return {
      id: row.id,
      assessedAt: row.assessedAt,
      answers: JSON.parse(this.cipher.decrypt(row.answers)) as DashAnswer[],
      yesCount: row.yesCount,
      countLevel: row.countLevel,
      level: row.level,
      professionalJudgement: row.professionalJudgement,
      upliftReason: this.optional(row.upliftReason),
      incidentsInLast12Months: row.incidentsInLast12Months,
      latestIncidentOn: row.latestIncidentOn,
      maracCriteria: row.maracCriteria,
      maracReferralRequired: row.maracCriteria.length > 0,
    };
  }

  maracReferral(row: MaracReferral): MaracReferralView {
    const { id, referralId, referredOn, criteria } = row;
    return { id, referralId, referredOn, criteria };
  }

  safetyPlan(row: SafetyPlan): SafetyPlanView {
    return {
      plan: this.cipher.decrypt(row.plan),
      reviewOn: row.reviewOn,
      updatedAt: row.updatedAt,
      version: row.version,
    };
  }

  need(row: SupportNeed): NeedView {
    const { area, status, updatedAt, version } = row;
    return { area, status, notes: this.optional(row.notes), updatedAt, version };
  }

  note(row: CaseworkNote): NoteView {
    return {
      id: row.id,
      text: this.cipher.decrypt(row.text),
      authorUserId: row.authorUserId,
      createdAt: row.createdAt,
    };
  }

  task(row: CaseworkTask): TaskView {
    const { id, dueOn, completedAt, version } = row;
    return { id, title: this.cipher.decrypt(row.title), dueOn, completedAt, version };
  }

  closure(row: CaseworkClosure): ClosureView {
    const { outcome, closedByUserId, closedAt } = row;
    return { outcome, summary: this.optional(row.summary), closedByUserId, closedAt };
  }
}
