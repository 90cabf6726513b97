import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'vs:public-route';

/**
 * Declares that a route needs no authentication (health checks, login). Every other route must
 * declare a permission; the access guard denies any route that declares neither.
 */
export const PublicRoute = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);
