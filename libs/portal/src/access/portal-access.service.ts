import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '@vs/audit';
import { PortalSessionService, PortalTokens } from '@vs/auth';
import { NotificationOutbox, NotificationPurpose } from '@vs/notifications';
import { Clock, newId, RequestOrigin } from '@vs/platform';
import { PortalAudit } from '../audit/portal-audit';
import { PortalChallengeView, StartPortalAccessDto, VerifyPortalAccessDto } from '../dto/portal-access.dto';
import { PortalChallenge } from '../entities/portal-challenge.entity';
import { PortalCodeRefusedError } from '../portal.errors';
import { attemptKeys, CODE_ATTEMPTS_PER_CHALLENGE, CODE_TTL_MS, PORTAL_LIMITS } from './attempt-limits';
import { AttemptCounters } from './attempt-counters';
import { findVictimToChallenge } from './identity-match';
import { OneTimeCodes } from './one-time-code';

const CHALLENGE_MESSAGE =
  'If these details match a case you were invited to follow, we have sent a code to a safe phone number or email ' +
  'address you gave us. It works for 10 minutes.';

/**
 * How a victim proves who they are: a crime reference and date of birth, then a one-time code sent
 * over a safe channel. Every step is counted per client address and per crime reference.
 */
@Injectable()
export class PortalAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly counters: AttemptCounters,
    private readonly codes: OneTimeCodes,
    private readonly outbox: NotificationOutbox,
    private readonly sessions: PortalSessionService,
    private readonly audit: PortalAudit,
    private readonly clock: Clock,
  ) {}

  /** Always the same answer; a code goes out only when everything matched and nothing is locked. */
  async start(origin: RequestOrigin, dto: StartPortalAccessDto): Promise<PortalChallengeView> {
    const challengeId = newId();
    await this.dataSource.transaction(async (manager) => {
      // Both counters count every attempt, so neither hides the other.
      const addressLocked = await this.counters.hit(
        manager,
        attemptKeys.startByAddress(origin.clientIp),
        PORTAL_LIMITS.startPerAddress,
      );
      const crimeLocked = await this.counters.hit(
        manager,
        attemptKeys.startByCrime(dto.crimeReference),
        PORTAL_LIMITS.startPerCrime,
      );
      if (addressLocked || crimeLocked) return;
      const now = this.clock.now();
      const victimId = await findVictimToChallenge(manager, dto.crimeReference, dto.dateOfBirth, now);
      if (victimId) await this.sendCode(manager, origin, challengeId, victimId, dto.crimeReference, now);
    });
    return { challengeId, expiresInSeconds: CODE_TTL_MS / 1000, message: CHALLENGE_MESSAGE };
  }

  /** A portal token for the right code; one refusal for everything else, counted after it commits. */
  async verify(origin: RequestOrigin, dto: VerifyPortalAccessDto): Promise<PortalTokens> {
    const tokens = await this.dataSource.transaction((manager) => this.redeem(manager, origin, dto));
    if (!tokens) throw new PortalCodeRefusedError();
    return tokens;
  }

  private async sendCode(
    manager: EntityManager,
    origin: RequestOrigin,
    challengeId: string,
    victimId: string,
    crimeReference: string,
    now: Date,
  ): Promise<void> {
    const code = this.codes.generate();
    await manager.insert(PortalChallenge, {
      id: challengeId,
      victimId,
      crimeReference,
      codeHash: this.codes.hash(challengeId, code),
      expiresAt: new Date(now.getTime() + CODE_TTL_MS),
      failedAttempts: 0,
      usedAt: null,
    });
    await this.outbox.enqueue(manager, [
      { victimId, purpose: NotificationPurpose.OneTimeCode, personalisation: { code } },
    ]);
    await this.audit.recordFor(manager, victimId, origin, {
      action: AuditAction.Create,
      entityType: 'portal_challenge',
      entityId: challengeId,
    });
  }

  private async redeem(
    manager: EntityManager,
    origin: RequestOrigin,
    dto: VerifyPortalAccessDto,
  ): Promise<PortalTokens | null> {
    const challenge = await manager
      .createQueryBuilder(PortalChallenge, 'challenge')
      .setLock('pessimistic_write')
      .where('challenge.id = :id', { id: dto.challengeId })
      .getOne();
    const locked =
      (await this.counters.isLocked(manager, attemptKeys.codeByAddress(origin.clientIp))) ||
      (challenge !== null &&
        (await this.counters.isLocked(manager, attemptKeys.codeByCrime(challenge.crimeReference))));
    const now = this.clock.now();
    const usable =
      !locked &&
      challenge !== null &&
      challenge.usedAt === null &&
      challenge.expiresAt > now &&
      challenge.failedAttempts < CODE_ATTEMPTS_PER_CHALLENGE;
    if (!usable || !this.codes.matches(challenge.id, dto.code, challenge.codeHash)) {
      await this.countFailure(manager, origin, challenge);
      return null;
    }
    await manager.update(PortalChallenge, { id: challenge.id }, { usedAt: now });
    await this.counters.clear(manager, attemptKeys.codeByCrime(challenge.crimeReference));
    const { session, tokens } = await this.sessions.start(manager, challenge.victimId);
    await this.audit.recordFor(manager, challenge.victimId, origin, {
      action: AuditAction.Login,
      entityType: 'portal_session',
      entityId: session.id,
    });
    return tokens;
  }

  private async countFailure(
    manager: EntityManager,
    origin: RequestOrigin,
    challenge: PortalChallenge | null,
  ): Promise<void> {
    await this.counters.hit(manager, attemptKeys.codeByAddress(origin.clientIp), PORTAL_LIMITS.failedCodesPerAddress);
    if (!challenge) return;
    await manager.increment(PortalChallenge, { id: challenge.id }, 'failedAttempts', 1);
    await this.counters.hit(
      manager,
      attemptKeys.codeByCrime(challenge.crimeReference),
      PORTAL_LIMITS.failedCodesPerCrime,
    );
  }
}
