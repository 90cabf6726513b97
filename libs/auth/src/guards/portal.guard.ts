import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { principalOrFail } from './principal-or-fail';

/** Authenticates a portal token; used by AccessGuard for routes declared with @PortalRoute(). */
@Injectable()
export class PortalTokenGuard extends AuthGuard('portal-jwt') {
  override handleRequest<T>(error: unknown, user: T | false): T {
    return principalOrFail(error, user);
  }
}
