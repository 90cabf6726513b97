import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { AuditAction, auditFieldsOf, AuditService } from '@vs/audit';
import { LONDON } from '@vs/code-compliance';
import { Actor, Clock, DataCipher, NotFoundError, Role } from '@vs/platform';
import {
  ALLOCATED_STATES,
  AWAITING_FIRST_CONTACT,
  ReferralState,
  RiskLevel,
  riskRank,
  SupportService,
} from '@vs/referrals';
import { CaseloadItemView, CaseloadQueryDto, CaseloadView, DueKind, DueView } from '../dto/caseload.view';
import { MaracCriterion } from '../risk/marac-rules';

interface CaseloadRow {
  id: string;
  version: number;
  victim_id: string;
  state: ReferralState;
  service: SupportService;
  risk_level: RiskLevel;
  marac_recommended: boolean;
  received_at: Date;
  first_contact_due_at: Date;
  given_names: string;
  family_name: string;
  assessed_level: RiskLevel | null;
  marac_criteria: MaracCriterion[] | null;
  next_task_due_on: string | null;
  open_tasks: number;
  last_contact_at: Date | null;
  safety_plan_review_on: string | null;
}

/** Everything a caseload row needs, in one query whatever the caseload's size. */
const CASELOAD_SQL = `
  SELECT r.id, r.version, r.victim_id, r.state, r.service, r.risk_level, r.marac_recommended, r.received_at,
         r.first_contact_due_at, v.given_names, v.family_name,
         ra.level AS assessed_level, ra.marac_criteria::text[] AS marac_criteria,
         to_char(t.next_task_due_on, 'YYYY-MM-DD') AS next_task_due_on, t.open_tasks,
         c.last_contact_at, to_char(sp.review_on, 'YYYY-MM-DD') AS safety_plan_review_on
    FROM referrals r
    JOIN victims v ON v.id = r.victim_id
    LEFT JOIN LATERAL (SELECT level, marac_criteria FROM risk_assessments
                        WHERE referral_id = r.id ORDER BY assessed_at DESC, id DESC LIMIT 1) ra ON TRUE
    LEFT JOIN LATERAL (SELECT min(due_on) AS next_task_due_on, count(*)::int AS open_tasks FROM casework_tasks
                        WHERE referral_id = r.id AND completed_at IS NULL) t ON TRUE
    LEFT JOIN LATERAL (SELECT max(occurred_at) AS last_contact_at FROM casework_contacts
                        WHERE referral_id = r.id AND outcome = 'made') c ON TRUE
    LEFT JOIN safety_plans sp ON sp.referral_id = r.id
   WHERE r.allocated_user_id = $1 AND r.organisation_id = $2 AND r.state = ANY($3::referral_state[])`;

/** A date is due by the end of that day in London. */
const endOfLondonDay = (date: string): Date => DateTime.fromISO(date, { zone: LONDON }).endOf('day').toJSDate();

/** An advocate's open referrals, highest risk first, then whatever is due soonest. */
@Injectable()
export class CaseloadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
  ) {}

  /** The caller's own caseload; a service manager may read any advocate's of their service. */
  caseload(actor: Actor, query: CaseloadQueryDto): Promise<CaseloadView> {
    const advocateUserId = query.advocateUserId ?? actor.userId;
    if (advocateUserId !== actor.userId && actor.role !== Role.ServiceManager)
      throw new NotFoundError('Caseload', advocateUserId);
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<CaseloadRow[]>(CASELOAD_SQL, [
        advocateUserId,
        actor.organisationId,
        ALLOCATED_STATES,
      ]);
      // Names are personal data: one read record per victim shown.
      await this.audit.recordMany(
        manager,
        rows.map((row) => ({
          ...auditFieldsOf(actor),
          action: AuditAction.Read,
          entityType: 'referral',
          entityId: row.id,
          victimId: row.victim_id,
          details: { caseload: true },
        })),
      );
      const now = this.clock.now();
      const items = rows.map((row) => this.item(row, now));
      return { advocateUserId, items: items.sort(byRiskThenDue) };
    });
  }

  private item(row: CaseloadRow, now: Date): CaseloadItemView {
    const due = (what: DueKind, at: Date): DueView => ({ what, at, overdue: at < now });
    const dues = [
      AWAITING_FIRST_CONTACT.includes(row.state) ? due(DueKind.FirstContact, row.first_contact_due_at) : null,
      row.next_task_due_on === null ? null : due(DueKind.Task, endOfLondonDay(row.next_task_due_on)),
      row.safety_plan_review_on === null
        ? null
        : due(DueKind.SafetyPlanReview, endOfLondonDay(row.safety_plan_review_on)),
    ].filter((candidate): candidate is DueView => candidate !== null);
    return {
      referralId: row.id,
      referralVersion: row.version,
      victimId: row.victim_id,
      givenNames: this.cipher.decrypt(row.given_names),
      familyName: this.cipher.decrypt(row.family_name),
      state: row.state,
      service: row.service,
      risk: {
        level: row.assessed_level ?? row.risk_level,
        source: row.assessed_level === null ? 'referral' : 'risk_assessment',
        maracCriteria: row.marac_criteria ?? [],
        maracRecommended: row.marac_recommended,
      },
      nextDue: dues.sort((a, b) => a.at.getTime() - b.at.getTime())[0] ?? null,
      openTasks: row.open_tasks,
      lastContactAt: row.last_contact_at,
      receivedAt: row.received_at,
    };
  }
}

const FAR_FUTURE = Number.MAX_SAFE_INTEGER;

function byRiskThenDue(a: CaseloadItemView, b: CaseloadItemView): number {
  return (
    riskRank(b.risk.level) - riskRank(a.risk.level) ||
    (a.nextDue?.at.getTime() ?? FAR_FUTURE) - (b.nextDue?.at.getTime() ?? FAR_FUTURE) ||
    a.receivedAt.getTime() - b.receivedAt.getTime()
  );
}
