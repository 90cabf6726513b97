import { createHash } from 'node:crypto';
import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { RATE_LIMIT_POLICY, RateLimitPolicy } from './rate-limit.decorator';

/**
 * Counts the requests of routes declared with `@RateLimit(...)` and leaves every other route alone.
 * It must run after the access guard: the portal-session policy counts by the session that guard
 * authenticated.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override shouldSkip(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RateLimitPolicy | undefined>(RATE_LIMIT_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    return Promise.resolve(policy === undefined);
  }

  /** One plain Retry-After (the throttler's own headers carry the policy's name) and a detail that says when. */
  protected override throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const { res } = this.getRequestResponse(context);
    const seconds = Math.max(1, detail.timeToBlockExpire);
    this.setResponseHeader(res, 'Retry-After', seconds);
    return Promise.reject(new ThrottlerException(`Too many requests; try again in ${seconds} seconds`));
  }
}

/** A Redis key that names the policy but not the caller (client addresses are personal data). */
export const rateLimitKey = (prefix: string, policy: RateLimitPolicy, ...parts: string[]): string =>
  `${prefix}:rate-limit:${policy}:${createHash('sha256').update(parts.join('\u0000')).digest('hex')}`;
