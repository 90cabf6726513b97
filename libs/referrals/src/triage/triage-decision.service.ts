import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { workingDayDeadline } from '@vs/code-compliance';
import { Actor, Clock, newId, ValidationFailedError } from '@vs/platform';
import { VictimAccessBasis, VictimAccessService } from '@vs/victims';
import { TriageDecision, TriageDecisionDto } from '../dto/triage-decision.dto';
import { ReferralView } from '../dto/referral.view';
import { Referral } from '../entities/referral.entity';
import { ReferralLifecycle } from '../lifecycle/referral-lifecycle.service';
import { ReferralState } from '../model/referral-state';
import { ProviderFinder, ServiceProvider } from '../providers/provider-finder';
import { findServiceReferral } from '../queries/referral-finder';
import { ReferralViews } from '../queries/referral-views';
import { NoServiceProviderError, NotAProviderError } from '../referrals.errors';

/** A service manager's answer to triage's proposal: accept it, or redirect the referral with a reason. */
@Injectable()
export class TriageDecisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: ReferralLifecycle,
    private readonly providers: ProviderFinder,
    private readonly victimAccess: VictimAccessService,
    private readonly audit: AuditService,
    private readonly views: ReferralViews,
    private readonly clock: Clock,
  ) {}

  decide(actor: Actor, id: string, dto: TriageDecisionDto): Promise<ReferralView> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await findServiceReferral(manager, actor, id);
      const decided =
        dto.decision === TriageDecision.Accept
          ? await this.lifecycle.move(manager, actor, referral, {
              to: ReferralState.Triaged,
              expectedVersion: dto.version,
              reason: dto.reason ?? null,
            })
          : await this.redirect(manager, actor, referral, dto);
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Update,
        entityType: 'referral',
        entityId: id,
        victimId: referral.victimId,
        changedFields: ['state'],
        details: { decision: dto.decision, state: decided.state },
      });
      return this.views.full(decided);
    });
  }

  /** Declines this referral and sends a new one, with the same facts, to the service that should have it. */
  private async redirect(
    manager: EntityManager,
    actor: Actor,
    referral: Referral,
    dto: TriageDecisionDto,
  ): Promise<Referral> {
    const target = await this.target(manager, referral, dto);
    const now = this.clock.now();
    const redirected = manager.create(Referral, {
      ...referral,
      id: newId(),
      // The key stays with the referral the referrer made: their resend finds that one.
      idempotencyKey: null,
      requestFingerprint: null,
      service: target.service,
      organisationId: target.organisationId,
      triageReasons: [...referral.triageReasons, `Redirected to the ${target.service} service by a service manager`],
      state: ReferralState.Received,
      stateChangedAt: now,
      receivedAt: now,
      firstContactTargetWorkingDays: target.firstContactTargetWorkingDays,
      firstContactDueAt: workingDayDeadline(now, target.firstContactTargetWorkingDays),
      redirectedFromReferralId: referral.id,
      createdAt: undefined,
      updatedAt: undefined,
      version: undefined,
    });
    await manager.insert(Referral, redirected);
    await this.lifecycle.recordArrival(manager, actor, redirected, { redirectedFromReferralId: referral.id });
    await this.victimAccess.grant(manager, {
      victimId: referral.victimId,
      organisationId: target.organisationId,
      basis: VictimAccessBasis.Supporting,
    });
    await this.audit.recordFor(manager, actor, {
      action: AuditAction.Create,
      entityType: 'referral',
      entityId: redirected.id,
      victimId: referral.victimId,
      changedFields: ['service', 'organisationId'],
      details: { redirectedFromReferralId: referral.id },
    });
    return this.lifecycle.move(manager, actor, referral, {
      to: ReferralState.Declined,
      expectedVersion: dto.version,
      reason: dto.reason!,
      details: {
        redirectedToReferralId: redirected.id,
        service: target.service,
        organisationId: target.organisationId,
      },
    });
  }

  private async target(manager: EntityManager, referral: Referral, dto: TriageDecisionDto): Promise<ServiceProvider> {
    const service = dto.service!;
    const provider =
      dto.organisationId === undefined
        ? await this.providers.covering(manager, service, referral.boroughCode)
        : await this.providers.ofOrganisation(manager, dto.organisationId, service);
    if (!provider)
      throw dto.organisationId === undefined
        ? new NoServiceProviderError(service)
        : new NotAProviderError(dto.organisationId, service);
    if (provider.organisationId === referral.organisationId && provider.service === referral.service)
      throw new ValidationFailedError([
        { field: 'service', messages: ['a redirect must send the referral to another service'] },
      ]);
    return provider;
  }
}
