import { createHmac } from 'node:crypto';
import { Controller, DynamicModule, Get, Module } from '@nestjs/common';
import { createApiApp } from '../../apps/api/src/api-app';
import { AuthModule, PORTAL_AUDIENCE, PortalSessionService, STAFF_AUDIENCE, TOKEN_ISSUER } from '@vs/auth';
import { AppConfig, createHttpApp, CurrentVictim, newId, PlatformModule, PortalRoute, Role, VictimPrincipal } from '@vs/platform';
import { SignedIn, signInAs, startTestApp, TEST_SECRETS, TestApp } from '@vs/testing';

const base64url = (value: object | string): string =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function sign(header: object, payload: object, secret: string): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

const decode = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());

describe('forged and misused access tokens are refused with 401', () => {
  let app: TestApp;
  let admin: SignedIn;
  let claims: Record<string, unknown>;
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    admin = await signInAs(app, Role.Admin);
    claims = decode(admin.accessToken);
  });

  afterAll(() => app?.close());

  const me = (token: string) => app.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);

  it('accepts the genuine token (the baseline the attacks start from)', async () => {
    await me(admin.accessToken).expect(200);
    const resigned = sign({ alg: 'HS256', typ: 'JWT' }, claims, TEST_SECRETS.jwtAccessSecret);
    await me(resigned).expect(200);
  });

  it('refuses alg "none"', async () => {
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
    await me(unsigned).expect(401);
  });

  it('refuses a token signed with the wrong key', async () => {
    await me(sign({ alg: 'HS256', typ: 'JWT' }, claims, 'an attacker guessed this secret value!!')).expect(401);
  });

  it('refuses an expired token', async () => {
    await me(
      sign(
        { alg: 'HS256', typ: 'JWT' },
        { ...claims, iat: now() - 3600, exp: now() - 60 },
        TEST_SECRETS.jwtAccessSecret,
      ),
    ).expect(401);
  });

  it('refuses a victim portal token on a staff route, even signed with the staff key', async () => {
    await me(
      sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, aud: PORTAL_AUDIENCE }, TEST_SECRETS.jwtAccessSecret),
    ).expect(401);
    await me(
      sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, aud: PORTAL_AUDIENCE }, TEST_SECRETS.jwtPortalSecret),
    ).expect(401);
  });

  it('refuses a tampered payload that keeps the original signature', async () => {
    const [header, , signature] = admin.accessToken.split('.');
    const otherUser = '01900000-0000-7000-8000-000000000001';
    await me(`${header}.${base64url({ ...claims, sub: otherUser })}.${signature}`).expect(401);
  });

  it('refuses an HS256/RS256 algorithm swap and a wrong issuer', async () => {
    await me(sign({ alg: 'HS512', typ: 'JWT' }, claims, TEST_SECRETS.jwtAccessSecret)).expect(401);
    await me(
      sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, iss: 'someone-else' }, TEST_SECRETS.jwtAccessSecret),
    ).expect(401);
    expect(claims).toMatchObject({ aud: STAFF_AUDIENCE, iss: TOKEN_ISSUER });
  });

  it('refuses garbage, a missing scheme and an empty bearer', async () => {
    await me('not.a.token').expect(401);
    await app.http().get('/api/v1/auth/me').set('Authorization', admin.accessToken).expect(401);
    await app.http().get('/api/v1/auth/me').set('Authorization', 'Bearer ').expect(401);
  });
});

@Controller('portal-probe')
class PortalProbeController {
  @Get()
  @PortalRoute()
  whoAmI(@CurrentVictim() victim: VictimPrincipal): { victimId: string } {
    return { victimId: victim.victimId };
  }
}

@Module({})
class PortalProbeModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: PortalProbeModule, imports: [PlatformModule.forRoot(config, 'probe'), AuthModule], controllers: [PortalProbeController] };
  }
}

describe('victim portal tokens and staff tokens never open each other\'s routes', () => {
  let app: TestApp;
  let portalToken: string;
  let victimId: string;

  beforeAll(async () => {
    app = await startTestApp((config) => createHttpApp(PortalProbeModule.forRoot(config), config, { title: 'probe', withDocs: false }));
    victimId = newId();
    const started = await app.dataSource.transaction((manager) => app.app.get(PortalSessionService).start(manager, victimId));
    portalToken = started.tokens.accessToken;
  });

  afterAll(() => app?.close());

  it('opens a portal route with a portal token, naming the victim', async () => {
    const response = await app.http().get('/api/v1/portal-probe').set('Authorization', `Bearer ${portalToken}`).expect(200);
    expect(response.body).toEqual({ victimId });
  });

  it('refuses a staff token on a portal route and a portal token on a staff route', async () => {
    const staff = await signInAs(app, Role.Advocate);
    await app.http().get('/api/v1/portal-probe').set(staff.auth).expect(401);
    await app.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${portalToken}`).expect(401);
  });

  it('refuses a portal-shaped token signed with the staff key, and any token after "sign out everywhere"', async () => {
    const forged = sign({ alg: 'HS256', typ: 'JWT' }, { ...decode(portalToken) }, TEST_SECRETS.jwtAccessSecret);
    await app.http().get('/api/v1/portal-probe').set('Authorization', `Bearer ${forged}`).expect(401);
    await app.dataSource.transaction((manager) => app.app.get(PortalSessionService).endAll(manager, victimId));
    await app.http().get('/api/v1/portal-probe').set('Authorization', `Bearer ${portalToken}`).expect(401);
  });
});
