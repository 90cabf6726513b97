import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { INestApplication } from '@nestjs/common';
import {
  API_PREFIX,
  Permission,
  PORTAL_ROUTE,
  PUBLIC_ROUTE,
  RATE_LIMIT_POLICY,
  RateLimitPolicy,
  REQUIRED_PERMISSION,
} from '@vs/platform';

export interface DeclaredRoute {
  readonly method: string;
  /** The full path with `:params`, e.g. /api/v1/admin/users/:id */
  readonly path: string;
  readonly handler: string;
  readonly isPublic: boolean;
  /** A victim portal route: only portal tokens open it. */
  readonly isPortal: boolean;
  readonly permission: Permission | undefined;
  /** Whose requests the route counts against a rate limit, if it is limited. */
  readonly rateLimit: RateLimitPolicy | undefined;
}

const UNPREFIXED = ['/health/live', '/health/ready'];

const joinPath = (...parts: string[]): string =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter((part) => part.length > 0)
    .join('/')}`;

/** Every controller route of a running Nest application, with what it declares about access. */
export function declaredRoutes(app: INestApplication): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!controller) continue;
      const base = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const local = joinPath(base, (Reflect.getMetadata(PATH_METADATA, handler) as string | undefined) ?? '');
        const path = UNPREFIXED.includes(local) ? local : joinPath(API_PREFIX, local);
        const read = <T>(key: string): T | undefined =>
          (Reflect.getMetadata(key, handler) as T | undefined) ??
          (Reflect.getMetadata(key, controller) as T | undefined);
        routes.push({
          method: RequestMethod[method],
          path,
          handler: `${controller.name}.${name}`,
          isPublic: read<boolean>(PUBLIC_ROUTE) === true,
          isPortal: read<boolean>(PORTAL_ROUTE) === true,
          permission: read<Permission>(REQUIRED_PERMISSION),
          rateLimit: read<RateLimitPolicy>(RATE_LIMIT_POLICY),
        });
      }
    }
  }
  return routes;
}
