import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from 'typeorm';
import { AppConfig, Clock, InjectConfig } from '@vs/platform';
import { InvalidRefreshTokenError } from '../auth.errors';
import { RefreshToken } from '../entities/refresh-token.entity';
import { StaffSession } from '../entities/staff-session.entity';
import { STAFF_AUDIENCE, StaffAccessClaims, TOKEN_ALGORITHM, TOKEN_ISSUER } from './token-claims';

/** A login lasts at most this long, however often it is refreshed. */
const SESSION_MAX_AGE_MS = 24 * 3600 * 1000;

export interface IssuedTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresIn: number;
  readonly tokenType: 'Bearer';
}

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export type RotationOutcome =
  | { readonly kind: 'rotated'; readonly session: StaffSession; readonly tokens: IssuedTokens }
  | { readonly kind: 'reused'; readonly session: StaffSession };

/** Sessions, access tokens and single-use refresh tokens, rotated within one family per login. */
@Injectable()
export class SessionService {
  constructor(
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async start(
    manager: EntityManager,
    userId: string,
    mfaSatisfied: boolean,
  ): Promise<{ session: StaffSession; tokens: IssuedTokens }> {
    const session = manager.create(StaffSession, {
      userId,
      mfaSatisfied,
      expiresAt: new Date(this.clock.now().getTime() + SESSION_MAX_AGE_MS),
      revokedAt: null,
      revokedReason: null,
    });
    await manager.insert(StaffSession, session);
    return { session, tokens: await this.issue(manager, session) };
  }

  /**
   * Exchanges a refresh token for a new pair. A token presented twice was copied: the whole
   * session (every token of the family) is revoked and the caller must sign in again.
   */
  async rotate(manager: EntityManager, presented: string): Promise<RotationOutcome> {
    const [id, secret] = presented.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) throw new InvalidRefreshTokenError();
    const token = await manager.findOne(RefreshToken, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!token || !timingSafeEqual(Buffer.from(token.secretHash), Buffer.from(sha256(secret)))) {
      throw new InvalidRefreshTokenError();
    }
    const session = await manager.findOneOrFail(StaffSession, {
      where: { id: token.sessionId },
      lock: { mode: 'pessimistic_write' },
    });
    const now = this.clock.now();
    if (session.revokedAt || session.expiresAt <= now || token.expiresAt <= now) throw new InvalidRefreshTokenError();
    if (token.usedAt) {
      await this.revoke(manager, session, 'refresh_token_reuse');
      return { kind: 'reused', session };
    }
    await manager.update(RefreshToken, { id: token.id }, { usedAt: now });
    return { kind: 'rotated', session, tokens: await this.issue(manager, session) };
  }

  async revoke(manager: EntityManager, session: StaffSession, reason: string): Promise<void> {
    if (session.revokedAt) return;
    session.revokedAt = this.clock.now();
    session.revokedReason = reason;
    await manager.update(StaffSession, { id: session.id }, { revokedAt: session.revokedAt, revokedReason: reason });
  }

  async revokeAllOf(manager: EntityManager, userId: string, reason: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(StaffSession)
      .set({ revokedAt: this.clock.now(), revokedReason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }

  private async issue(manager: EntityManager, session: StaffSession): Promise<IssuedTokens> {
    const secret = randomBytes(32).toString('base64url');
    const ttlMs = this.config.auth.refreshTokenTtlSeconds * 1000;
    const refresh = manager.create(RefreshToken, {
      sessionId: session.id,
      secretHash: sha256(secret),
      expiresAt: new Date(Math.min(this.clock.now().getTime() + ttlMs, session.expiresAt.getTime())),
      usedAt: null,
    });
    await manager.insert(RefreshToken, refresh);
    const claims: StaffAccessClaims = { sub: session.userId, sid: session.id };
    const accessToken = await this.jwt.signAsync(claims, {
      secret: this.config.auth.accessSecret,
      algorithm: TOKEN_ALGORITHM,
      audience: STAFF_AUDIENCE,
      issuer: TOKEN_ISSUER,
      expiresIn: this.config.auth.accessTokenTtlSeconds,
    });
    return {
      accessToken,
      refreshToken: `${refresh.id}.${secret}`,
      expiresIn: this.config.auth.accessTokenTtlSeconds,
      tokenType: 'Bearer',
    };
  }
}
