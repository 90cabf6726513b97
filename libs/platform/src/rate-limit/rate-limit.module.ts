import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule, ThrottlerModuleOptions } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RateLimitPolicy } from './rate-limit.decorator';
import { RateLimitGuard, rateLimitKey } from './rate-limit.guard';
import { RateLimitStore } from './rate-limit.store';

@Module({ providers: [RateLimitStore], exports: [RateLimitStore] })
class RateLimitStoreModule {}

type PortalRequest = FastifyRequest & { user?: { portalSessionId?: string } };

const portalSessionOf = (request: PortalRequest): string => {
  const session = request.user?.portalSessionId;
  if (!session) throw new Error('the portal-session rate limit is declared on a route without a portal session');
  return session;
};

function throttlerOptions(config: AppConfig, storage: RateLimitStore): ThrottlerModuleOptions {
  const { signIn, portalSession } = config.rateLimits;
  return {
    storage,
    // RateLimitGuard sends one plain Retry-After instead of headers suffixed with the policy name.
    setHeaders: false,
    throttlers: [
      {
        name: RateLimitPolicy.SignIn,
        limit: signIn.max,
        ttl: signIn.windowSeconds * 1000,
        // The tracker is the throttler's default: request.ip (the socket's address unless TRUST_PROXY).
        generateKey: (context, clientIp) =>
          rateLimitKey(
            config.queuePrefix,
            RateLimitPolicy.SignIn,
            context.getClass().name,
            context.getHandler().name,
            clientIp,
          ),
      },
      {
        name: RateLimitPolicy.PortalSession,
        limit: portalSession.max,
        ttl: portalSession.windowSeconds * 1000,
        getTracker: (request) => portalSessionOf(request as PortalRequest),
        // One budget per session across all portal routes: it is one victim's browser.
        generateKey: (_context, sessionId) =>
          rateLimitKey(config.queuePrefix, RateLimitPolicy.PortalSession, sessionId),
      },
    ],
  };
}

/**
 * Rate limits shared by every API instance through the app's Redis (keys under QUEUE_PREFIX, which
 * the instances of one environment share). Import it after the module of the access guard: global
 * guards run in the order their modules are imported, and the portal-session policy needs the session.
 */
@Module({})
export class RateLimitModule {
  static forRoot(): DynamicModule {
    return {
      module: RateLimitModule,
      imports: [
        ThrottlerModule.forRootAsync({
          imports: [RateLimitStoreModule],
          inject: [APP_CONFIG, RateLimitStore],
          useFactory: throttlerOptions,
        }),
      ],
      providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
    };
  }
}
