import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Permission, PORTAL_ROUTE, PUBLIC_ROUTE, REQUIRED_PERMISSION, roleHasPermission } from '@vs/platform';
import { MfaEnrolmentRequiredError, PermissionDeniedError } from '../auth.errors';
import { principalOrFail } from './principal-or-fail';
import { AuthenticatedStaff } from '../sessions/principal.resolver';
import { PortalTokenGuard } from './portal.guard';

/**
 * The one global guard. Deny by default: a route is reachable only if it is declared public, a
 * victim portal route (portal token only), or declares a permission that the caller's staff role
 * holds. A route that declares none of these is refused.
 */
@Injectable()
export class AccessGuard extends AuthGuard('staff-jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly portalTokens: PortalTokenGuard,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    if (this.reflector.getAllAndOverride<boolean>(PORTAL_ROUTE, targets))
      return this.portalTokens.canActivate(context);
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    if (!permission) throw new PermissionDeniedError('This route declares no permission, so no one may call it');
    await super.canActivate(context);
    const staff = context.switchToHttp().getRequest<FastifyRequest & { user: AuthenticatedStaff }>().user;
    if (!staff.mfaSatisfied && permission !== Permission.OwnSession) throw new MfaEnrolmentRequiredError();
    if (!roleHasPermission(staff.role, permission)) throw new PermissionDeniedError();
    return true;
  }

  override handleRequest<T>(error: unknown, user: T | false): T {
    return principalOrFail(error, user);
  }
}
