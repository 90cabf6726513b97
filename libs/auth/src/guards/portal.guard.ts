import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { UnauthenticatedError } from '../auth.errors';

/** Authenticates a portal token; used by AccessGuard for routes declared with @PortalRoute(). */
@Injectable()
export class PortalTokenGuard extends AuthGuard('portal-jwt') {
  override handleRequest<T>(error: unknown, user: T | false): T {
    if (error || !user) throw new UnauthenticatedError();
    return user;
  }
}
