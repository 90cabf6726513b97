import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig, InjectConfig } from '@vs/platform';
import { AuthenticatedStaff, PrincipalResolver } from '../sessions/principal.resolver';
import { STAFF_AUDIENCE, StaffAccessClaims, TOKEN_ALGORITHM, TOKEN_ISSUER } from '../sessions/token-claims';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Verifies staff access tokens: HS256 only (so `alg: none` and algorithm swaps fail), the staff
 * audience only (portal tokens fail), the issuer, the signature and the expiry.
 */
@Injectable()
export class StaffJwtStrategy extends PassportStrategy(Strategy, 'staff-jwt') {
  constructor(
    @InjectConfig() config: AppConfig,
    private readonly principals: PrincipalResolver,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A ready KeyObject: given a string, jsonwebtoken first tries (and fails) to parse it as a
      // public key on every request, which cost about an eighth of a request's CPU. (The typings
      // say string or Buffer; passport-jwt hands the value to jsonwebtoken, which takes a KeyObject.)
      secretOrKey: createSecretKey(Buffer.from(config.auth.accessSecret)) as unknown as Buffer,
      algorithms: [TOKEN_ALGORITHM],
      audience: STAFF_AUDIENCE,
      issuer: TOKEN_ISSUER,
      ignoreExpiration: false,
    });
  }

  async validate(claims: StaffAccessClaims): Promise<AuthenticatedStaff | false> {
    if (
      typeof claims.sub !== 'string' ||
      typeof claims.sid !== 'string' ||
      !UUID.test(claims.sub) ||
      !UUID.test(claims.sid)
    ) {
      return false;
    }
    return (await this.principals.resolve(claims)) ?? false;
  }
}
