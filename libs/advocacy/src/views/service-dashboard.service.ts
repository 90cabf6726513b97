import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Clock } from '@vs/platform';
import { AWAITING_FIRST_CONTACT, OPEN_STATES, ReferralState, SupportService } from '@vs/referrals';
import { advocateLoads } from '../advocates/advocate-loads';
import { AdvocateLoadView, DashboardListView, ServiceDashboardView, WaitingView } from '../dto/caseload.view';

/** A high-risk victim not reached for longer than this is a safety concern the manager must see. */
export const RECENT_CONTACT_DAYS = 7;
const LIST_LIMIT = 100;

interface DashboardRow {
  id: string;
  state: ReferralState;
  service: SupportService;
  allocated_user_id: string | null;
  first_contact_due_at: Date;
  last_contact_at: Date | null;
  total: number;
}

const listOf = (rows: DashboardRow[]): DashboardListView => ({
  count: rows[0]?.total ?? 0,
  referrals: rows.map((row) => ({
    referralId: row.id,
    state: row.state,
    service: row.service,
    allocatedUserId: row.allocated_user_id,
    firstContactDueAt: row.first_contact_due_at,
    lastContactAt: row.last_contact_at,
  })),
});

const LAST_CONTACT = `LEFT JOIN LATERAL (SELECT max(occurred_at) AS last_contact_at FROM casework_contacts
                                          WHERE referral_id = r.id AND outcome = 'made') c ON TRUE`;

/**
 * A service manager's view of their service in four queries, whatever its size: each advocate's
 * load against capacity, referrals waiting, first contacts overdue, and high-risk victims without a
 * recent contact. Ids only: no names or free text.
 */
@Injectable()
export class ServiceDashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async dashboard(actor: Actor): Promise<ServiceDashboardView> {
    const manager = this.dataSource.manager;
    const organisationId = actor.organisationId;
    const now = this.clock.now();
    const advocates = await advocateLoads(manager, organisationId, { activeOnly: true });
    const [waiting] = await manager.query<{ received: number; triaged: number; oldest: Date | null }[]>(
      `SELECT count(*) FILTER (WHERE state = 'received')::int AS received,
              count(*) FILTER (WHERE state = 'triaged')::int AS triaged, min(received_at) AS oldest
         FROM referrals WHERE organisation_id = $1 AND state IN ('received', 'triaged')`,
      [organisationId],
    );
    const overdue = await manager.query<DashboardRow[]>(
      `SELECT r.id, r.state, r.service, r.allocated_user_id, r.first_contact_due_at, c.last_contact_at,
              count(*) OVER ()::int AS total
         FROM referrals r ${LAST_CONTACT}
        WHERE r.organisation_id = $1 AND r.state = ANY($2::referral_state[]) AND r.first_contact_due_at < $3
        ORDER BY r.first_contact_due_at, r.id LIMIT ${LIST_LIMIT}`,
      [organisationId, AWAITING_FIRST_CONTACT, now],
    );
    const unreached = await manager.query<DashboardRow[]>(
      `SELECT r.id, r.state, r.service, r.allocated_user_id, r.first_contact_due_at, c.last_contact_at,
              count(*) OVER ()::int AS total
         FROM referrals r
         LEFT JOIN LATERAL (SELECT level FROM risk_assessments
                             WHERE referral_id = r.id ORDER BY assessed_at DESC, id DESC LIMIT 1) ra ON TRUE
         ${LAST_CONTACT}
        WHERE r.organisation_id = $1 AND r.state = ANY($2::referral_state[])
          AND COALESCE(ra.level, r.risk_level) = 'high'
          AND (c.last_contact_at IS NULL OR c.last_contact_at < $3::timestamptz - make_interval(days => $4))
        ORDER BY c.last_contact_at NULLS FIRST, r.received_at, r.id LIMIT ${LIST_LIMIT}`,
      [organisationId, OPEN_STATES, now, RECENT_CONTACT_DAYS],
    );
    return {
      organisationId,
      generatedAt: now,
      advocates: advocates.map((advocate): AdvocateLoadView => ({
        advocateId: advocate.id,
        userId: advocate.userId,
        displayName: advocate.displayName,
        team: advocate.team,
        type: advocate.type,
        workingHoursFraction: advocate.workingHoursFraction,
        caseloadCapacity: advocate.caseloadCapacity,
        activeCases: advocate.activeCases,
        loadRatio: Math.round((advocate.activeCases / advocate.caseloadCapacity) * 100) / 100,
        overCapacity: advocate.activeCases > advocate.caseloadCapacity,
      })),
      waiting: {
        received: waiting.received,
        triaged: waiting.triaged,
        oldestReceivedAt: waiting.oldest,
      } satisfies WaitingView,
      firstContactsOverdue: listOf(overdue),
      recentContactDays: RECENT_CONTACT_DAYS,
      highRiskWithoutRecentContact: listOf(unreached),
    };
  }
}
