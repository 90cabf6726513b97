import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Role } from './roles';

/** Who an authenticated staff access token says the caller is. */
export interface StaffPrincipal {
  readonly userId: string;
  readonly role: Role;
  readonly organisationId: string;
  /** The advocate team within the organisation, when the user belongs to one. */
  readonly team: string | null;
  /** The refresh-token family of the login that produced this token. */
  readonly sessionId: string;
}

/**
 * The principal of a request plus what the audit trail records about the request itself. Services
 * take it explicitly, so every use case knows who acts and why.
 */
export interface Actor extends StaffPrincipal {
  readonly requestId: string;
  readonly clientIp: string;
  /** A stated reason to reach records outside the caller's scope ("break glass"); audited and flagged. */
  readonly breakGlassReason: string | null;
  /** The declared purpose of the access, when the caller gives one. */
  readonly purpose: string | null;
}

export const BREAK_GLASS_HEADER = 'x-break-glass-reason';
export const PURPOSE_HEADER = 'x-access-purpose';

type RequestWithPrincipal = FastifyRequest & { user?: StaffPrincipal };

const headerText = (request: FastifyRequest, name: string, max: number): string | null => {
  const value = request.headers[name];
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed.length === 0 ? null : trimmed.slice(0, max);
};

/** The context of a request with no principal (login, token refresh). */
export interface RequestOrigin {
  readonly requestId: string;
  readonly clientIp: string;
}

export const requestOrigin = (request: FastifyRequest): RequestOrigin => ({
  requestId: String(request.id),
  clientIp: request.ip,
});

export function actorFromRequest(request: RequestWithPrincipal): Actor {
  if (!request.user) throw new Error('actorFromRequest used on a route without an authenticated staff principal');
  return {
    ...request.user,
    ...requestOrigin(request),
    breakGlassReason: headerText(request, BREAK_GLASS_HEADER, 500),
    purpose: headerText(request, PURPOSE_HEADER, 200),
  };
}

/** Injects the authenticated `Actor` into a controller method. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor =>
  actorFromRequest(context.switchToHttp().getRequest<RequestWithPrincipal>()),
);

/** Injects the request's id and client address (for public routes such as login). */
export const CurrentOrigin = createParamDecorator((_: unknown, context: ExecutionContext): RequestOrigin =>
  requestOrigin(context.switchToHttp().getRequest<FastifyRequest>()),
);
