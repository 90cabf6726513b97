import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Permission, PUBLIC_ROUTE, REQUIRED_PERMISSION, roleHasPermission } from '@vs/platform';
import { MfaEnrolmentRequiredError, PermissionDeniedError, UnauthenticatedError } from '../auth.errors';
import { AuthenticatedStaff } from '../sessions/principal.resolver';

/**
 * The one global guard. Deny by default: a route is reachable only if it is declared public or
 * declares a permission that the caller's role holds. A route that declares neither is refused.
 */
@Injectable()
export class AccessGuard extends AuthGuard('staff-jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    if (!permission) throw new PermissionDeniedError('This route declares no permission, so no one may call it');
    await super.canActivate(context);
    const staff = context.switchToHttp().getRequest<FastifyRequest & { user: AuthenticatedStaff }>().user;
    if (!staff.mfaSatisfied && permission !== Permission.OwnSession) throw new MfaEnrolmentRequiredError();
    if (!roleHasPermission(staff.role, permission)) throw new PermissionDeniedError();
    return true;
  }

  override handleRequest<T>(error: unknown, user: T | false): T {
    if (error || !user) throw new UnauthenticatedError();
    return user;
  }
}
