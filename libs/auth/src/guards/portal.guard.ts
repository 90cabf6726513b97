import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { UnauthenticatedError } from '../auth.errors';
import { PortalSessionService } from '../sessions/portal-session.service';
import { LIVE_SESSION_CHECKED_IN_QUERY } from './live-session-checked-in-query';
import { principalOrFail } from './principal-or-fail';

type PortalRequest = FastifyRequest & { user: { victimId: string; portalSessionId: string } };

/**
 * Authenticates a portal token, then checks that its session is live, unless the route declares
 * that its own statement does (@LiveSessionCheckedInQuery); used by AccessGuard for @PortalRoute()s.
 */
@Injectable()
export class PortalTokenGuard extends AuthGuard('portal-jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: PortalSessionService,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    await super.canActivate(context);
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(LIVE_SESSION_CHECKED_IN_QUERY, targets)) return true;
    const { victimId, portalSessionId } = context.switchToHttp().getRequest<PortalRequest>().user;
    if (!(await this.sessions.isLive(this.dataSource.manager, { sub: victimId, sid: portalSessionId }))) {
      throw new UnauthenticatedError();
    }
    return true;
  }

  override handleRequest<T>(error: unknown, user: T | false): T {
    return principalOrFail(error, user);
  }
}
