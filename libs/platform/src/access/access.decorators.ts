import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
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
