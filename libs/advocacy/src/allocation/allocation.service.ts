import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor, Clock, ValidationFailedError } from '@vs/platform';
import {
  ALLOCATED_STATES,
  findServiceReferral,
  Referral,
  ReferralLifecycle,
  ReferralState,
  ReferralView,
  ReferralViews,
} from '@vs/referrals';
import { Victim } from '@vs/victims';
import { advocateLoads } from '../advocates/advocate-loads';
import { AdvocateView } from '../dto/advocate.dto';
import {
  AllocateDto,
  AllocationCandidatesView,
  LeadAdvocateView,
  LeadTransferView,
  TransferLeadDto,
} from '../dto/allocation.dto';
import { CandidateFacts, rankCandidates } from './candidate-ranking';
import { LeadAdvocates } from './lead-advocates';

const candidateOf = (advocate: AdvocateView): CandidateFacts => ({
  advocateId: advocate.id,
  userId: advocate.userId,
  displayName: advocate.displayName,
  team: advocate.team,
  type: advocate.type,
  boroughCodes: advocate.boroughCodes,
  languages: advocate.languages,
  caseloadCapacity: advocate.caseloadCapacity,
  activeCases: advocate.activeCases,
});

/** The service manager's allocation of referrals to advocates, and transfers of a victim's lead. */
@Injectable()
export class AllocationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly leads: LeadAdvocates,
    private readonly lifecycle: ReferralLifecycle,
    private readonly views: ReferralViews,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The service's active advocates, best suited first, each with the reasons for their place. */
  candidates(actor: Actor, referralId: string): Promise<AllocationCandidatesView> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await findServiceReferral(manager, actor, referralId);
      const victim = await manager.findOneOrFail(Victim, {
        where: { id: referral.victimId },
        select: { id: true, preferredLanguage: true },
      });
      const advocates = await advocateLoads(manager, actor.organisationId, { activeOnly: true });
      const lead = await this.leads.current(manager, referral.victimId, actor.organisationId);
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Read,
        entityType: 'referral',
        entityId: referral.id,
        victimId: referral.victimId,
        details: { allocationCandidates: true },
      });
      const need = { service: referral.service, boroughCode: referral.boroughCode, language: victim.preferredLanguage };
      return {
        referralId: referral.id,
        ...need,
        currentLeadAdvocateId: lead?.advocateId ?? null,
        candidates: rankCandidates(need, advocates.map(candidateOf)),
      };
    });
  }

  /** Allocates a triaged referral; the advocate becomes (or already is) the victim's lead in the service. */
  allocate(actor: Actor, referralId: string, dto: AllocateDto): Promise<ReferralView> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await findServiceReferral(manager, actor, referralId);
      const advocate = await this.activeAdvocate(manager, actor, dto.advocateId, 'advocateId');
      await this.leads.lead(manager, actor, referral.victimId, advocate);
      const allocated = await this.lifecycle.move(manager, actor, referral, {
        to: ReferralState.Allocated,
        expectedVersion: dto.version,
        columns: { allocatedUserId: advocate.userId, allocatedTeam: advocate.team, allocatedAt: this.clock.now() },
        details: { advocateId: advocate.id, allocatedUserId: advocate.userId },
      });
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Update,
        entityType: 'referral',
        entityId: referral.id,
        victimId: referral.victimId,
        changedFields: ['state', 'allocation'],
        details: { advocateId: advocate.id },
      });
      return this.views.full(allocated);
    });
  }

  /** Every lead the victim has had in the caller's service. */
  leadHistory(actor: Actor, victimId: string): Promise<LeadAdvocateView[]> {
    return this.dataSource.transaction(async (manager) => {
      const history = await this.leads.history(manager, victimId, actor.organisationId);
      if (history.length > 0)
        await this.audit.recordFor(manager, actor, { action: AuditAction.Read, entityType: 'lead_advocate', victimId });
      return history.map((lead) => this.leads.view(lead));
    });
  }

  /** Moves the victim's lead, and with it their open referrals in the service, to another advocate. */
  transfer(actor: Actor, victimId: string, dto: TransferLeadDto): Promise<LeadTransferView> {
    return this.dataSource.transaction(async (manager) => {
      const to = await this.activeAdvocate(manager, actor, dto.toAdvocateId, 'toAdvocateId');
      const { previous, current } = await this.leads.transfer(manager, actor, victimId, to, dto.reason);
      const open = await manager.findBy(Referral, {
        victimId,
        organisationId: actor.organisationId,
        state: In(ALLOCATED_STATES),
      });
      for (const referral of open) await this.lifecycle.reassign(manager, actor, referral, to, dto.reason);
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Update,
        entityType: 'lead_advocate',
        entityId: current.id,
        victimId,
        changedFields: ['advocateId'],
        details: { fromAdvocateId: previous.advocateId, toAdvocateId: to.id, referralsReassigned: open.length },
      });
      return {
        previous: this.leads.view(previous),
        current: this.leads.view(current),
        referralsReassigned: open.length,
        victimNotificationPending: true,
      };
    });
  }

  private async activeAdvocate(
    manager: EntityManager,
    actor: Actor,
    advocateId: string,
    field: string,
  ): Promise<AdvocateView> {
    const [advocate] = await advocateLoads(manager, actor.organisationId, { advocateId, activeOnly: true });
    if (!advocate)
      throw new ValidationFailedError([{ field, messages: [`${field} must be an active advocate of your service`] }]);
    return advocate;
  }
}
