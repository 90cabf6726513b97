import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager, IsNull } from 'typeorm';
import { AppConfig, Clock, InjectConfig } from '@vs/platform';
import { PortalSession } from '../entities/portal-session.entity';
import { livePortalSession } from './live-portal-session';
import { PORTAL_AUDIENCE, TOKEN_ALGORITHM, TOKEN_ISSUER } from './token-claims';

/** A portal session lasts a working day at most; the victim proves who they are again after it. */
const PORTAL_SESSION_MS = 8 * 3600 * 1000;

export interface PortalAccessClaims {
  readonly sub: string;
  readonly sid: string;
}

export interface PortalTokens {
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly tokenType: 'Bearer';
}

/**
 * Victim portal sessions and their tokens: signed with the portal key for the portal audience, so
 * neither a staff token on a portal route nor a portal token on a staff route is ever accepted.
 */
@Injectable()
export class PortalSessionService {
  constructor(
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Starts a session for a victim who has proved who they are (the portal decides how). */
  async start(manager: EntityManager, victimId: string): Promise<{ session: PortalSession; tokens: PortalTokens }> {
    const session = manager.create(PortalSession, {
      victimId,
      expiresAt: new Date(this.clock.now().getTime() + PORTAL_SESSION_MS),
      revokedAt: null,
    });
    await manager.insert(PortalSession, session);
    const claims: PortalAccessClaims = { sub: victimId, sid: session.id };
    const expiresIn = Math.floor(PORTAL_SESSION_MS / 1000);
    const accessToken = await this.jwt.signAsync(claims, {
      secret: this.config.auth.portalSecret,
      algorithm: TOKEN_ALGORITHM,
      audience: PORTAL_AUDIENCE,
      issuer: TOKEN_ISSUER,
      expiresIn,
    });
    return { session, tokens: { accessToken, expiresIn, tokenType: 'Bearer' } };
  }

  /** Ends every portal session of the victim ("sign out everywhere"); returns how many. */
  async endAll(manager: EntityManager, victimId: string): Promise<number> {
    const result = await manager.update(
      PortalSession,
      { victimId, revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
    return result.affected ?? 0;
  }

  /** True while the session is live. */
  async isLive(manager: EntityManager, claims: PortalAccessClaims): Promise<boolean> {
    const [row] = await manager.query<{ live: boolean }[]>(`SELECT ${livePortalSession('$1', '$2', '$3')} AS live`, [
      claims.sid,
      claims.sub,
      this.clock.now(),
    ]);
    return row?.live === true;
  }
}
