import { Controller, DynamicModule, Get, Module } from '@nestjs/common';
import { createApiApp } from '../../apps/api/src/api-app';
import { AuthModule } from '@vs/auth';
import { ALL_ROLES, AppConfig, createHttpApp, PlatformModule, Role, roleHasPermission } from '@vs/platform';
import { DeclaredRoute, declaredRoutes, SignedIn, signInAs, startTestApp, TestApp } from '@vs/testing';

const SOME_ID = '01900000-0000-7000-8000-000000000000';
const concrete = (path: string): string => path.replace(/:[A-Za-z]+/g, SOME_ID);

// Ending a session would spoil the role's token for the routes after it: run it last.
const byLogoutLast = (a: DeclaredRoute, b: DeclaredRoute): number =>
  Number(a.path.endsWith('/auth/logout')) - Number(b.path.endsWith('/auth/logout'));

describe('every route against every role (deny by default)', () => {
  let app: TestApp;
  let routes: DeclaredRoute[];
  const sessions = new Map<Role, SignedIn>();

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    routes = declaredRoutes(app.app).sort(byLogoutLast);
    for (const role of ALL_ROLES) sessions.set(role, await signInAs(app, role));
  });

  afterAll(() => app?.close());

  const call = (route: DeclaredRoute, headers: Record<string, string> = {}) => {
    const request = app
      .http()
      [route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'](concrete(route.path));
    return request.set(headers).send(route.method === 'GET' ? undefined : {});
  };

  it('finds the routes of every feature', () => {
    expect(routes.length).toBeGreaterThanOrEqual(15);
    expect(routes.map((route) => route.path)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/admin/users/:id']),
    );
  });

  it('has every route declare a permission, or declare itself public or a portal route', () => {
    const undeclared = routes.filter((route) => !route.isPublic && !route.isPortal && !route.permission).map((route) => route.handler);
    expect(undeclared).toEqual([]);
  });

  it('keeps the public routes to sign-in (staff and portal) and health', () => {
    const publicRoutes = routes
      .filter((route) => route.isPublic)
      .map((route) => `${route.method} ${route.path}`)
      .sort();
    expect(publicRoutes).toEqual([
      'GET /health/live',
      'GET /health/ready',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/refresh',
      'POST /api/v1/portal/access/start',
      'POST /api/v1/portal/access/verify',
    ]);
  });

  it('refuses every non-public route without a token (401)', async () => {
    for (const route of routes.filter((candidate) => !candidate.isPublic)) {
      const response = await call(route);
      expect({ route: route.handler, status: response.status }).toEqual({ route: route.handler, status: 401 });
    }
  });

  it('gives each role exactly the routes its permissions allow, and no staff token opens a portal route', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    const expectation = (route: DeclaredRoute, role: Role): string => {
      if (route.isPortal) return 'denied 401';
      return roleHasPermission(role, route.permission!) ? 'allowed' : 'denied 403';
    };
    for (const route of routes.filter((candidate) => !candidate.isPublic)) {
      for (const role of ALL_ROLES) {
        const response = await call(route, sessions.get(role)!.auth);
        outcomes.push(
          `${route.handler} ${role} ${[401, 403].includes(response.status) ? `denied ${response.status}` : 'allowed'}`,
        );
        expected.push(`${route.handler} ${role} ${expectation(route, role)}`);
      }
    }
    expect(outcomes).toEqual(expected);
  });
});

@Controller('forgotten')
class UndeclaredController {
  @Get()
  open(): string {
    return 'should never be served';
  }
}

@Module({})
class UndeclaredRouteModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: UndeclaredRouteModule,
      imports: [PlatformModule.forRoot(config, 'probe'), AuthModule],
      controllers: [UndeclaredController],
    };
  }
}

describe('a route that declares no permission', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp((config) =>
      createHttpApp(UndeclaredRouteModule.forRoot(config), config, { title: 'probe', withDocs: false }),
    );
  });

  afterAll(() => app?.close());

  it('is refused to everyone, even an administrator', async () => {
    const admin = await signInAs(app, Role.Admin);
    const response = await app.http().get('/api/v1/forgotten').set(admin.auth).expect(403);
    expect(response.body.detail).toMatch(/declares no permission/);
  });
});
