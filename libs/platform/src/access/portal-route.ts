import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

export const PORTAL_ROUTE = 'vs:portal-route';

/** Who a victim portal token says the caller is: a victim, never a member of staff. */
export interface VictimPrincipal {
  readonly victimId: string;
  readonly portalSessionId: string;
  readonly requestId: string;
  readonly clientIp: string;
}

/**
 * Declares a route of the victim portal: only a portal token (its own audience and key) opens it,
 * and staff tokens never do. Data scoping to the victim's own records is the route's service's job.
 */
export const PortalRoute = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(PORTAL_ROUTE, true),
    ApiBearerAuth('portal'),
    ApiUnauthorizedResponse({ description: 'Missing, invalid or expired portal token' }),
  );

type PortalRequest = FastifyRequest & { user?: { victimId: string; portalSessionId: string } };

/** Injects the authenticated `VictimPrincipal` into a portal controller method. */
export const CurrentVictim = createParamDecorator((_: unknown, context: ExecutionContext): VictimPrincipal => {
  const request = context.switchToHttp().getRequest<PortalRequest>();
  if (!request.user) throw new Error('CurrentVictim used on a route without an authenticated portal principal');
  return {
    victimId: request.user.victimId,
    portalSessionId: request.user.portalSessionId,
    requestId: String(request.id),
    clientIp: request.ip,
  };
});
