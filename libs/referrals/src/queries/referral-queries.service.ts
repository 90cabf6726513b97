import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor, Clock, DEFAULT_PAGE_SIZE, NotFoundError, Page, Role, toPage } from '@vs/platform';
import { ReferralQueryDto } from '../dto/referral-query.dto';
import { ReferralDetailView, ReferralSummaryView } from '../dto/referral.view';
import { ReferralTransition } from '../entities/referral-transition.entity';
import { Referral } from '../entities/referral.entity';
import { AWAITING_FIRST_CONTACT } from '../model/referral-state';
import { findReadableReferral } from './referral-finder';
import { referralScope } from './referral-scope';
import { ReferralViews } from './referral-views';

/** Reading referrals within the caller's scope: a list in one query, a detail in a constant few. */
@Injectable()
export class ReferralQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly views: ReferralViews,
    private readonly clock: Clock,
  ) {}

  /** Newest first; summaries only, without free text. */
  async list(actor: Actor, query: ReferralQueryDto): Promise<Page<ReferralSummaryView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const scope = referralScope(actor, 'r');
    const select = this.dataSource.manager.createQueryBuilder(Referral, 'r').where(scope.sql, scope.params);
    if (query.state !== undefined) select.andWhere('r.state = :state', { state: query.state });
    if (query.service !== undefined) select.andWhere('r.service = :service', { service: query.service });
    if (query.overdue !== undefined) {
      const overdue = 'r.state IN (:...awaiting) AND r.first_contact_due_at < :now';
      select.andWhere(query.overdue ? overdue : `NOT (${overdue})`, {
        awaiting: AWAITING_FIRST_CONTACT,
        now: this.clock.now(),
      });
    }
    if (query.cursor !== undefined) select.andWhere('r.id < :cursor', { cursor: query.cursor });
    const rows = await select
      .orderBy('r.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    return toPage(rows, limit, (row) => this.views.summary(row));
  }

  /**
   * One referral with its history. Out of scope it is "not found", unless a service manager breaks
   * glass with a stated reason; every read is audited with the victim, in the read's transaction.
   */
  detail(actor: Actor, id: string): Promise<ReferralDetailView> {
    return this.dataSource.transaction(async (manager) => {
      const { referral, breakGlass } = await this.readable(manager, actor, id);
      const history = await manager.find(ReferralTransition, { where: { referralId: id }, order: { id: 'ASC' } });
      const redirectedTo = await manager.findOne(Referral, {
        where: { redirectedFromReferralId: id },
        select: { id: true },
      });
      await this.audit.recordFor(
        manager,
        actor,
        { action: AuditAction.Read, entityType: 'referral', entityId: id, victimId: referral.victimId },
        { breakGlass },
      );
      return this.views.detail(referral, history, redirectedTo?.id ?? null, breakGlass);
    });
  }

  private async readable(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<{ referral: Referral; breakGlass: boolean }> {
    const inScope = await findReadableReferral(manager, actor, id);
    if (inScope) return { referral: inScope, breakGlass: false };
    const mayBreakGlass = actor.role === Role.ServiceManager && actor.breakGlassReason !== null;
    const referral = mayBreakGlass ? await manager.findOneBy(Referral, { id }) : null;
    if (!referral) throw new NotFoundError('Referral', id);
    return { referral, breakGlass: true };
  }
}
