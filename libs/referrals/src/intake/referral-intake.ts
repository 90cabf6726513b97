import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { ReferralSentRecorder } from '@vs/cases';
import { workingDayDeadline } from '@vs/code-compliance';
import { Actor, Clock, DataCipher, NotFoundError, ValidationFailedError } from '@vs/platform';
import { Victim, VictimAccessBasis, VictimAccessService, VictimsService } from '@vs/victims';
import { CreateReferralDto } from '../dto/create-referral.dto';
import { Referral } from '../entities/referral.entity';
import { ReferralLifecycle } from '../lifecycle/referral-lifecycle.service';
import { ReferralSource } from '../model/referral-source';
import { ReferralState } from '../model/referral-state';
import { SupportService } from '../model/support-service';
import { ProviderFinder, ServiceProvider } from '../providers/provider-finder';
import { NoServiceProviderError } from '../referrals.errors';
import { proposeRoute } from '../triage/triage';
import { TriageProposal } from '../triage/triage-rule';
import { TRIAGE_RULES } from '../triage/triage-rules';
import { effectiveRisk, triageFactsOf } from './intake-rules';
import { findByKey, lockKey } from './idempotency';
import { requestFingerprint } from './request-fingerprint';

export interface IntakeResult {
  readonly referral: Referral;
  /** A resend of a referral already made: nothing was created. */
  readonly replayed: boolean;
}

/** Fields of the request that are about the request, not the referral. */
const REQUEST_FIELDS = new Set(['idempotencyKey']);

/**
 * Takes one referral in, inside the caller's transaction: the victim (recorded or matched), the
 * `referral_sent` event on the case of a police referral, the proposal of the triage rules, the
 * service's first-contact deadline, access for the referrer and the service, the history and the
 * audit record. Everything or nothing commits, which is what keeps a CSV row whole.
 */
@Injectable()
export class ReferralIntake {
  constructor(
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
    private readonly victims: VictimsService,
    private readonly victimAccess: VictimAccessService,
    private readonly referralSent: ReferralSentRecorder,
    private readonly providers: ProviderFinder,
    private readonly lifecycle: ReferralLifecycle,
    private readonly audit: AuditService,
  ) {}

  async takeIn(manager: EntityManager, actor: Actor, dto: CreateReferralDto, key: string): Promise<IntakeResult> {
    const fingerprint = requestFingerprint(dto);
    // Copies of one referral sent at once queue here; each later one then finds the first.
    await lockKey(manager, actor.organisationId, key);
    const earlier = await findByKey(manager, actor.organisationId, key, fingerprint);
    if (earlier) return { referral: earlier, replayed: true };
    const receivedAt = this.clock.now();
    const victim = await this.victimFor(manager, actor, dto);
    const noted =
      dto.crimeReference !== undefined && dto.source === ReferralSource.Police
        ? await this.referralSent.record(manager, actor, dto.crimeReference, {
            victimId: victim.id,
            occurredAt: receivedAt,
          })
        : null;
    const boroughCode = dto.boroughCode ?? noted?.boroughCode ?? null;
    const facts = triageFactsOf(dto, victim.dateOfBirth, receivedAt);
    const proposal = proposeRoute(TRIAGE_RULES, facts);
    const provider = await this.providerFor(manager, proposal, boroughCode);
    const referral = manager.create(Referral, {
      ...this.statedColumns(actor, dto, key, fingerprint),
      victimId: victim.id,
      caseId: noted?.caseId ?? null,
      boroughCode,
      under18: facts.under18,
      ...routedColumns(proposal, provider, receivedAt),
    });
    await manager.insert(Referral, referral);
    await this.lifecycle.recordArrival(manager, actor, referral, { service: provider.service });
    await this.grantAccess(manager, actor, referral);
    await this.audit.recordFor(manager, actor, {
      action: AuditAction.Create,
      entityType: 'referral',
      entityId: referral.id,
      victimId: victim.id,
      changedFields: Object.keys(dto).filter((field) => !REQUEST_FIELDS.has(field)),
      details: { source: dto.source, service: provider.service, triageRule: proposal.ruleId },
    });
    // Read back as stored, so a first answer and a replay of it are the same document.
    return { referral: await manager.findOneByOrFail(Referral, { id: referral.id }), replayed: false };
  }

  /** What the referrer said, free text encrypted. */
  private statedColumns(actor: Actor, dto: CreateReferralDto, key: string, fingerprint: string): Partial<Referral> {
    const encrypt = (value: string | undefined): string | null =>
      value === undefined ? null : this.cipher.encrypt(value);
    return {
      idempotencyKey: key,
      requestFingerprint: fingerprint,
      source: dto.source,
      referredByUserId: actor.userId,
      referredByOrganisationId: actor.organisationId,
      crimeReference: dto.crimeReference ?? null,
      reason: this.cipher.encrypt(dto.reason),
      concerns: dto.risk.concerns,
      reportedRiskLevel: dto.risk.level,
      dashScore: dto.risk.dashScore ?? null,
      riskLevel: effectiveRisk(dto.risk),
      riskSummary: encrypt(dto.risk.summary),
      circumstances: dto.circumstances ?? [],
      consentGiven: dto.consent.given,
      lawfulBasis: dto.consent.given ? null : dto.consent.lawfulBasis!,
      lawfulBasisReason: dto.consent.given ? null : encrypt(dto.consent.justification),
      safeContactNotes: encrypt(dto.safeContactNotes),
    };
  }

  /** A recorded victim the caller may see (never by breaking glass), or a new one recorded now. */
  private async victimFor(
    manager: EntityManager,
    actor: Actor,
    dto: CreateReferralDto,
  ): Promise<Pick<Victim, 'id' | 'dateOfBirth'>> {
    if (dto.victimId !== undefined) {
      if ((await this.victimAccess.assertCanAccess(manager, actor, dto.victimId)).breakGlass)
        throw new NotFoundError('Victim', dto.victimId);
      return manager.findOneOrFail(Victim, { where: { id: dto.victimId }, select: { id: true, dateOfBirth: true } });
    }
    try {
      const id = await this.victims.createWithin(manager, actor, dto.victim!);
      return { id, dateOfBirth: dto.victim!.dateOfBirth ?? null };
    } catch (error) {
      // The victim's own checks name fields of the victim; here they sit under `victim`.
      if (!(error instanceof ValidationFailedError)) throw error;
      throw new ValidationFailedError(
        error.fields.map((problem) => ({ ...problem, field: `victim.${problem.field}` })),
      );
    }
  }

  /** The proposed service's provider, else the general service's: a referral is never left with no one. */
  private async providerFor(
    manager: EntityManager,
    proposal: TriageProposal,
    boroughCode: string | null,
  ): Promise<ServiceProvider> {
    const provider =
      (await this.providers.covering(manager, proposal.service, boroughCode)) ??
      (await this.providers.covering(manager, SupportService.GeneralVictimSupport, boroughCode));
    if (!provider) throw new NoServiceProviderError(proposal.service);
    return provider;
  }

  /**
   * The referrer keeps sight of the victim they referred; the receiving service sees them so its
   * manager can triage (advocates only once allocated: their scope needs a grant naming them).
   */
  private async grantAccess(manager: EntityManager, actor: Actor, referral: Referral): Promise<void> {
    await this.victimAccess.grant(manager, {
      victimId: referral.victimId,
      organisationId: actor.organisationId,
      userId: actor.userId,
      basis: VictimAccessBasis.Referred,
    });
    await this.victimAccess.grant(manager, {
      victimId: referral.victimId,
      organisationId: referral.organisationId,
      basis: VictimAccessBasis.Supporting,
    });
  }
}

const fallbackReason = (proposal: TriageProposal): string =>
  `No organisation provides the ${proposal.service} service here: sent to the general victim and witness service`;

/** What triage made of the referral: the proposal as proposed, the service it went to, its first-contact deadline. */
function routedColumns(proposal: TriageProposal, provider: ServiceProvider, receivedAt: Date): Partial<Referral> {
  return {
    proposedService: proposal.service,
    alsoRefer: proposal.alsoRefer,
    maracRecommended: proposal.maracReferral,
    triageRuleId: proposal.ruleId,
    triageRulesVersion: proposal.rulesVersion,
    triageReasons:
      provider.service === proposal.service ? proposal.reasons : [...proposal.reasons, fallbackReason(proposal)],
    service: provider.service,
    organisationId: provider.organisationId,
    state: ReferralState.Received,
    stateChangedAt: receivedAt,
    receivedAt,
    firstContactTargetWorkingDays: provider.firstContactTargetWorkingDays,
    firstContactDueAt: workingDayDeadline(receivedAt, provider.firstContactTargetWorkingDays),
  };
}
