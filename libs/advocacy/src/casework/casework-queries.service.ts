import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor } from '@vs/platform';
import { findServiceReferral, ReferralViews } from '@vs/referrals';
import { LeadAdvocates } from '../allocation/lead-advocates';
import { CaseworkView } from '../dto/casework.view';
import { CaseworkClosure } from '../entities/casework-closure.entity';
import { CaseworkContact } from '../entities/casework-contact.entity';
import { CaseworkNote } from '../entities/casework-note.entity';
import { CaseworkTask } from '../entities/casework-task.entity';
import { MaracReferral } from '../entities/marac-referral.entity';
import { RiskAssessment } from '../entities/risk-assessment.entity';
import { SafetyPlan } from '../entities/safety-plan.entity';
import { SupportNeed } from '../entities/support-need.entity';
import { CaseworkViews } from './casework-views';

/** The whole casework of one referral, in a constant number of queries, audited with the victim. */
@Injectable()
export class CaseworkQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly leads: LeadAdvocates,
    private readonly referralViews: ReferralViews,
    private readonly views: CaseworkViews,
  ) {}

  detail(actor: Actor, referralId: string): Promise<CaseworkView> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await findServiceReferral(manager, actor, referralId);
      const where = { referralId };
      // One after another: the transaction has one connection, and pg deprecates overlapping queries on it.
      const contacts = await manager.find(CaseworkContact, { where, order: { occurredAt: 'ASC', id: 'ASC' } });
      const assessments = await manager.find(RiskAssessment, { where, order: { assessedAt: 'DESC', id: 'DESC' } });
      const maracReferrals = await manager.find(MaracReferral, {
        where: { victimId: referral.victimId },
        order: { referredOn: 'DESC' },
      });
      const safetyPlan = await manager.findOneBy(SafetyPlan, where);
      const needs = await manager.find(SupportNeed, { where, order: { area: 'ASC' } });
      const tasks = await manager.find(CaseworkTask, { where, order: { dueOn: 'ASC', id: 'ASC' } });
      const notes = await manager.find(CaseworkNote, { where, order: { id: 'ASC' } });
      const closure = await manager.findOneBy(CaseworkClosure, where);
      const lead = await this.leads.current(manager, referral.victimId, referral.organisationId);
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Read,
        entityType: 'casework',
        entityId: referralId,
        victimId: referral.victimId,
      });
      return {
        referral: this.referralViews.full(referral),
        lead: lead === null ? null : this.leads.view(lead),
        contacts: contacts.map((row) => this.views.contact(row)),
        riskAssessments: assessments.map((row) => this.views.riskAssessment(row)),
        maracReferrals: maracReferrals.map((row) => this.views.maracReferral(row)),
        safetyPlan: safetyPlan === null ? null : this.views.safetyPlan(safetyPlan),
        needs: needs.map((row) => this.views.need(row)),
        // Open tasks first, each group by due date.
        tasks: [...tasks.filter((task) => !task.completedAt), ...tasks.filter((task) => task.completedAt)].map((row) =>
          this.views.task(row),
        ),
        notes: notes.map((row) => this.views.note(row)),
        closure: closure === null ? null : this.views.closure(closure),
      };
    });
  }
}
