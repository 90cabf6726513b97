import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig, InjectConfig } from '@vs/platform';
import { PortalAccessClaims } from '../sessions/portal-session.service';
import { PORTAL_AUDIENCE, TOKEN_ALGORITHM, TOKEN_ISSUER } from '../sessions/token-claims';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Verifies victim portal tokens: the portal key and audience only, HS256 only. Whether the session
 * is still live is PortalTokenGuard's question.
 */
@Injectable()
export class PortalJwtStrategy extends PassportStrategy(Strategy, 'portal-jwt') {
  constructor(@InjectConfig() config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject for the reason given in StaffJwtStrategy.
      secretOrKey: createSecretKey(Buffer.from(config.auth.portalSecret)) as unknown as Buffer,
      algorithms: [TOKEN_ALGORITHM],
      audience: PORTAL_AUDIENCE,
      issuer: TOKEN_ISSUER,
      ignoreExpiration: false,
    });
  }

  validate(claims: PortalAccessClaims): { victimId: string; portalSessionId: string } | false {
    if (
      typeof claims.sub !== 'string' ||
      typeof claims.sid !== 'string' ||
      !UUID.test(claims.sub) ||
      !UUID.test(claims.sid)
    ) {
      return false;
    }
    return { victimId: claims.sub, portalSessionId: claims.sid };
  }
}
