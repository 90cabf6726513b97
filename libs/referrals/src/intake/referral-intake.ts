import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditService, auditFieldsOf } from '@vs/audit';
import { ReferralSentRecorder } from '@vs/cases';
import {
  Actor,
  Clock,
  CombinedRead,
  DataCipher,
  holdAdvisoryLocks,
  NotFoundError,
  ValidationFailedError,
  WriteBatch,
} from '@vs/platform';
import {
  CreateVictimDto,
  Victim,
  VictimAccessBasis,
  VictimAccessGrantRequest,
  VictimAccessService,
  VictimRecording,
  VictimsService,
} from '@vs/victims';
import { CreateReferralDto } from '../dto/create-referral.dto';
import { ReferralTransition } from '../entities/referral-transition.entity';
import { Referral } from '../entities/referral.entity';
import { ReferralLifecycle } from '../lifecycle/referral-lifecycle.service';
import { ReferralSource } from '../model/referral-source';
import { ReferralState } from '../model/referral-state';
import { SupportService } from '../model/support-service';
import { ProviderFinder, ServiceProvider } from '../providers/provider-finder';
import { NoServiceProviderError } from '../referrals.errors';
import { proposeRoute } from '../triage/triage';
import { TriageFacts, TriageProposal } from '../triage/triage-rule';
import { TRIAGE_RULES } from '../triage/triage-rules';
import { firstContactDeadline } from './first-contact-deadline';
import { effectiveRisk, triageFactsOf } from './intake-rules';
import { earlierReferralIn, idempotencyLockKey } from './idempotency';
import { requestFingerprint } from './request-fingerprint';

export interface IntakeResult {
  readonly referral: Referral;
  /** A resend of a referral already made: nothing was created. */
  readonly replayed: boolean;
}

/** Fields of the request that are about the request, not the referral. */
const REQUEST_FIELDS = new Set(['idempotencyKey']);

/** A police referral for a crime is noted on the crime's case, which may tell the borough. */
const notesOnCase = (dto: CreateReferralDto): boolean =>
  dto.crimeReference !== undefined && dto.source === ReferralSource.Police;

/** The proposed service first; the general service when no one provides it: a referral is never left with no one. */
const servicesFor = (proposal: TriageProposal): SupportService[] => [
  proposal.service,
  SupportService.GeneralVictimSupport,
];

/**
 * Takes one referral in, inside the caller's transaction: the victim (recorded or matched), the
 * `referral_sent` event on the case of a police referral, the proposal of the triage rules, the
 * service's first-contact deadline, access for the referrer and the service, the history and the
 * audit record. Everything or nothing commits, which is what keeps a CSV row whole.
 *
 * For a new victim it costs four statements: the locks, one read (an earlier referral with the key,
 * possible duplicates of the victim and, when the borough is known, the provider), one write of
 * every row, and the audit records.
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
    const receivedAt = this.clock.now();
    const recording = dto.victim === undefined ? null : this.startRecording(actor, dto.victim);
    // Copies of one referral sent at once queue on its key, and two records of one person on the
    // person's match keys; each later one then reads what the first wrote.
    await holdAdvisoryLocks(manager, [idempotencyLockKey(actor.organisationId, key), ...(recording?.lockKeys ?? [])]);
    const read = new CombinedRead();
    const earlier = earlierReferralIn(read, actor.organisationId, key, fingerprint);
    recording?.readMatchesIn(read);
    // Routing needs the victim's date of birth and the borough: for a new victim with the borough
    // in hand both are known already, so the provider is found by the same read.
    const boroughNow = dto.boroughCode ?? (notesOnCase(dto) ? undefined : null);
    const early =
      recording === null || boroughNow === undefined
        ? null
        : this.routeIn(read, triageFactsOf(dto, recording.dateOfBirth, receivedAt), boroughNow);
    await read.run(manager);
    const earlierId = earlier();
    if (earlierId !== null)
      return { referral: await manager.findOneByOrFail(Referral, { id: earlierId }), replayed: true };
    await recording?.refuseIfLikelyDuplicate(manager);

    const victim = recording ?? (await this.recordedVictim(manager, actor, dto.victimId!));
    const noted = notesOnCase(dto)
      ? await this.referralSent.record(manager, actor, dto.crimeReference!, {
          victimId: victim.id,
          occurredAt: receivedAt,
        })
      : null;
    const boroughCode = dto.boroughCode ?? noted?.boroughCode ?? null;
    const route = early ?? (await this.route(manager, triageFactsOf(dto, victim.dateOfBirth, receivedAt), boroughCode));
    const { proposal, facts } = route;
    const provider = route.provider();
    if (!provider) throw new NoServiceProviderError(proposal.service);
    const referral = Object.assign(new Referral(), {
      ...this.statedColumns(actor, dto, key, fingerprint),
      victimId: victim.id,
      caseId: noted?.caseId ?? null,
      boroughCode,
      under18: facts.under18,
      ...routedColumns(proposal, provider, receivedAt),
      ...UNTOUCHED_COLUMNS,
    });

    const writes = new WriteBatch(manager);
    writes.insert(Referral, [referral]);
    writes.insert(ReferralTransition, [this.lifecycle.arrival(actor, referral, { service: provider.service })]);
    const grants = this.accessFor(actor, referral);
    if (recording) recording.writeIn(writes, grants);
    else this.victimAccess.grantAllIn(writes, grants);
    await writes.run();
    await this.audit.recordMany(manager, [
      ...(recording ? [recording.auditEntry()] : []),
      {
        ...auditFieldsOf(actor),
        action: AuditAction.Create,
        entityType: 'referral',
        entityId: referral.id,
        victimId: victim.id,
        changedFields: Object.keys(dto).filter((field) => !REQUEST_FIELDS.has(field)),
        details: { source: dto.source, service: provider.service, triageRule: proposal.ruleId },
      },
    ]);
    // As stored: every column is set above (none left to a database default), so a first answer
    // and a replay of it, read back, are the same document.
    return { referral, replayed: false };
  }

  /** Triage's proposal for the facts, and the search for its provider added to `read`. */
  private routeIn(read: CombinedRead, facts: TriageFacts, boroughCode: string | null): Route {
    const proposal = proposeRoute(TRIAGE_RULES, facts);
    return { facts, proposal, provider: this.providers.firstCoveringIn(read, servicesFor(proposal), boroughCode) };
  }

  private async route(manager: EntityManager, facts: TriageFacts, boroughCode: string | null): Promise<Route> {
    const read = new CombinedRead();
    const route = this.routeIn(read, facts, boroughCode);
    await read.run(manager);
    return route;
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

  /** A victim the caller may see (never by breaking glass), with their date of birth. */
  private async recordedVictim(
    manager: EntityManager,
    actor: Actor,
    victimId: string,
  ): Promise<Pick<Victim, 'id' | 'dateOfBirth'>> {
    if ((await this.victimAccess.assertCanAccess(manager, actor, victimId)).breakGlass)
      throw new NotFoundError('Victim', victimId);
    return manager.findOneOrFail(Victim, { where: { id: victimId }, select: { id: true, dateOfBirth: true } });
  }

  /** The new victim, checked and ready to record; its own checks name fields under `victim`. */
  private startRecording(actor: Actor, dto: CreateVictimDto): VictimRecording {
    try {
      return this.victims.startRecording(actor, dto);
    } catch (error) {
      if (!(error instanceof ValidationFailedError)) throw error;
      throw new ValidationFailedError(
        error.fields.map((problem) => ({ ...problem, field: `victim.${problem.field}` })),
      );
    }
  }

  /**
   * The referrer keeps sight of the victim they referred; the receiving service sees them so its
   * manager can triage (advocates only once allocated: their scope needs a grant naming them).
   */
  private accessFor(actor: Actor, referral: Referral): VictimAccessGrantRequest[] {
    return [
      {
        victimId: referral.victimId,
        organisationId: actor.organisationId,
        userId: actor.userId,
        basis: VictimAccessBasis.Referred,
      },
      { victimId: referral.victimId, organisationId: referral.organisationId, basis: VictimAccessBasis.Supporting },
    ];
  }
}

/** Triage's view of a referral and the provider found for it (once its read has run). */
interface Route {
  readonly facts: TriageFacts;
  readonly proposal: TriageProposal;
  readonly provider: () => ServiceProvider | null;
}

/** Columns of a new referral that only later steps of its life set. */
const UNTOUCHED_COLUMNS = {
  firstContactAt: null,
  allocatedUserId: null,
  allocatedTeam: null,
  allocatedAt: null,
  redirectedFromReferralId: null,
  version: 1,
} satisfies Partial<Referral>;

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
    firstContactDueAt: firstContactDeadline(receivedAt, provider.firstContactTargetWorkingDays),
  };
}
