import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiHeader, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { BREAK_GLASS_HEADER } from './actor';
import { Permission } from './permissions';

export const REQUIRED_PERMISSION = 'vs:required-permission';

/**
 * Declares the one permission a staff route requires. The access guard authenticates the caller
 * (staff access token) and refuses any role without it; a route without this decorator or
 * `@PublicRoute()` is refused outright.
 */
export const RequirePermission = (permission: Permission): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(REQUIRED_PERMISSION, permission),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing, invalid or expired access token' }),
    ApiForbiddenResponse({ description: `Requires the ${permission} permission` }),
  );

/**
 * Documents that a route accepts a break-glass reason (X-Break-Glass-Reason): a service manager may
 * reach a record outside their scope by stating why; the access is audited and flagged for review.
 */
export const AcceptsBreakGlass = (): MethodDecorator & ClassDecorator =>
  ApiHeader({
    name: BREAK_GLASS_HEADER,
    required: false,
    description: 'Service managers only: why you must see a record outside your scope (audited, flagged for review)',
  });
