import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { NotificationOutbox, NotificationPurpose } from '@vs/notifications';
import { Actor, Clock, DataCipher, NotFoundError } from '@vs/platform';
import { VictimAccessBasis, VictimAccessService } from '@vs/victims';
import { LeadAdvocateExistsError, SameAdvocateError } from '../advocacy.errors';
import { AdvocateView } from '../dto/advocate.dto';
import { LeadAdvocateView } from '../dto/allocation.dto';
import { LeadAdvocate } from '../entities/lead-advocate.entity';

/**
 * The victim's single point of contact in a service. Leading is what gives the advocate (and their
 * team) sight of the victim: a grant with basis `supporting`, revoked when the lead passes on.
 */
@Injectable()
export class LeadAdvocates {
  constructor(
    private readonly victimAccess: VictimAccessService,
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
    private readonly outbox: NotificationOutbox,
  ) {}

  current(manager: EntityManager, victimId: string, organisationId: string): Promise<LeadAdvocate | null> {
    return manager.findOneBy(LeadAdvocate, { victimId, organisationId, endedAt: IsNull() });
  }

  /** Every lead the victim has had in the service, the first first. */
  history(manager: EntityManager, victimId: string, organisationId: string): Promise<LeadAdvocate[]> {
    return manager.find(LeadAdvocate, { where: { victimId, organisationId }, order: { startedAt: 'ASC', id: 'ASC' } });
  }

  /** Makes `advocate` the lead if the victim has none in the service; another lead must be transferred first. */
  async lead(manager: EntityManager, actor: Actor, victimId: string, advocate: AdvocateView): Promise<LeadAdvocate> {
    const current = await this.current(manager, victimId, advocate.organisationId);
    if (!current) return this.start(manager, actor, victimId, advocate);
    if (current.advocateId !== advocate.id) throw new LeadAdvocateExistsError(current.advocateId);
    return current;
  }

  /**
   * Ends the current lead (kept, with the reason) and its access, makes `to` the lead, and records
   * that the victim must be told who their new contact is.
   */
  async transfer(
    manager: EntityManager,
    actor: Actor,
    victimId: string,
    to: AdvocateView,
    reason: string,
  ): Promise<{ previous: LeadAdvocate; current: LeadAdvocate }> {
    const previous = await this.current(manager, victimId, to.organisationId);
    if (!previous) throw new NotFoundError('Lead advocate of victim', victimId);
    if (previous.advocateId === to.id) throw new SameAdvocateError();
    const ended = { endedAt: this.clock.now(), endedByUserId: actor.userId, endReason: this.cipher.encrypt(reason) };
    await manager.update(LeadAdvocate, { id: previous.id }, ended);
    await this.victimAccess.revoke(manager, previous.grantId);
    const current = await this.start(manager, actor, victimId, to);
    await manager.update(LeadAdvocate, { id: previous.id }, { succeededById: current.id });
    // The victim is told who their new contact is, over a safe channel, by the outbox.
    await this.outbox.enqueue(manager, [
      { victimId, purpose: NotificationPurpose.NewContactPerson, personalisation: { advocate_name: to.displayName } },
    ]);
    return { previous: { ...previous, ...ended, succeededById: current.id }, current };
  }

  view(lead: LeadAdvocate): LeadAdvocateView {
    return {
      id: lead.id,
      victimId: lead.victimId,
      organisationId: lead.organisationId,
      advocateId: lead.advocateId,
      startedAt: lead.startedAt,
      endedAt: lead.endedAt,
      endReason: lead.endReason === null ? null : this.cipher.decrypt(lead.endReason),
      succeededById: lead.succeededById,
    };
  }

  private async start(
    manager: EntityManager,
    actor: Actor,
    victimId: string,
    advocate: AdvocateView,
  ): Promise<LeadAdvocate> {
    const grant = await this.victimAccess.grant(manager, {
      victimId,
      organisationId: advocate.organisationId,
      userId: advocate.userId,
      team: advocate.team,
      basis: VictimAccessBasis.Supporting,
    });
    const lead = manager.create(LeadAdvocate, {
      victimId,
      organisationId: advocate.organisationId,
      advocateId: advocate.id,
      grantId: grant.id,
      startedByUserId: actor.userId,
      startedAt: this.clock.now(),
      endedAt: null,
      endedByUserId: null,
      endReason: null,
      succeededById: null,
    });
    await manager.insert(LeadAdvocate, lead);
    return lead;
  }
}
