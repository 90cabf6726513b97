import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';

/** Whose requests a route counts, and against which configured limit. */
export enum RateLimitPolicy {
  /** Per client address and route: the sign-in routes, where the caller is not yet known. */
  SignIn = 'sign-in',
  /** Per portal session across every portal route: one victim's browser, whoever else is busy. */
  PortalSession = 'portal-session',
}

export const RATE_LIMIT_POLICY = 'vs:rate-limit-policy';

/**
 * Limits a route (or every route of a controller) under one policy; requests over the limit get a 429
 * problem with Retry-After. The throttler runs every configured policy on every limited route unless
 * told to skip, so the others are skipped here: a route counts under exactly one.
 */
export const RateLimit = (policy: RateLimitPolicy): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(RATE_LIMIT_POLICY, policy),
    SkipThrottle(Object.fromEntries(Object.values(RateLimitPolicy).map((other) => [other, other !== policy]))),
    ApiTooManyRequestsResponse({ description: 'Too many requests: wait the seconds in Retry-After' }),
  );
