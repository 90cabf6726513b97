import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import supertest from 'supertest';
import { createApiApp } from '../../apps/api/src/api-app';
import { LocalService, RateLimitPolicy, Role, startLocalRedis } from '@vs/platform';
import {
  createTestDatabase,
  declaredRoutes,
  SignedIn,
  signInAs,
  startTestApp,
  TEST_DATA_DIR,
  TestApp,
  TestDatabase,
} from '@vs/testing';
import { API } from '../cases/case-fixtures';
import { invitedVictim, PORTAL, portalTokenFor } from '../portal/portal-fixtures';

const LIMIT = 5;
/** Well above the limit, sent all at once. */
const BURST = 40;
/** Longer than any burst takes, so each burst falls in one window. */
const WINDOW_SECONDS = 60;

const limits = (max: number, windowSeconds: number): Record<string, string> => ({
  RATE_LIMIT_SIGN_IN_MAX: String(max),
  RATE_LIMIT_SIGN_IN_WINDOW_SECONDS: String(windowSeconds),
  RATE_LIMIT_PORTAL_SESSION_MAX: String(max),
  RATE_LIMIT_PORTAL_SESSION_WINDOW_SECONDS: String(windowSeconds),
});

/** A client address of the documentation range (RFC 5737), different for every burst. */
let lastClient = 0;
const nextClientAddress = (): string => `203.0.113.${++lastClient}`;

type Send = (http: supertest.Agent) => supertest.Test;

/** Sends `count` requests at once, alternating between the instances; answers in sending order. */
const burst = (instances: TestApp[], count: number, send: Send): Promise<supertest.Response[]> =>
  Promise.all(Array.from({ length: count }, (_, index) => send(instances[index % instances.length].http())));

const statusCounts = (responses: supertest.Response[]): Record<number, number> =>
  responses.reduce<Record<number, number>>(
    (counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }),
    {},
  );

const expectExactlyLimitThrough = (responses: supertest.Response[], limit: number, windowSeconds: number): void => {
  const refused = responses.filter((response) => response.status === 429);
  expect({ through: responses.length - refused.length, refused: refused.length }).toEqual({
    through: limit,
    refused: responses.length - limit,
  });
  expect(responses.filter((response) => response.status >= 500)).toEqual([]);
  for (const response of refused) {
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 429, code: 'too_many_requests', title: 'Too many requests' });
    const retryAfter = Number(response.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  }
};

describe('rate limits: bursts against two API instances on one Redis', () => {
  let database: TestDatabase;
  /** An unlimited instance on the same database, to prepare accounts and victims. */
  let setup: TestApp;
  let first: TestApp;
  let second: TestApp;
  let staff: SignedIn;

  beforeAll(async () => {
    database = await createTestDatabase();
    const keepDatabase = { ...database, drop: () => Promise.resolve() };
    setup = await startTestApp(createApiApp, { database: keepDatabase });
    // The instances of one environment share their Redis key prefix; the tests call them "through a
    // proxy" on loopback so each burst can come from a client address of its own.
    const limited = {
      QUEUE_PREFIX: `vs-test-limits-${randomBytes(4).toString('hex')}`,
      TRUST_PROXY: 'loopback',
      ...limits(LIMIT, WINDOW_SECONDS),
    };
    first = await startTestApp(createApiApp, { database: keepDatabase, variables: limited });
    second = await startTestApp(createApiApp, { database: keepDatabase, variables: limited });
    staff = await signInAs(setup, Role.Advocate);
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
    await setup?.close();
    await database?.drop();
  });

  it('limits every sign-in route per client address and every victim portal route per portal session', () => {
    const routes = declaredRoutes(first.app);
    const signIn = routes.filter((route) => route.rateLimit === RateLimitPolicy.SignIn).map((route) => route.path);
    expect(signIn.sort()).toEqual(
      [
        `${API}/auth/login`,
        `${API}/auth/refresh`,
        `${API}/auth/mfa/enrol`,
        `${API}/auth/mfa/confirm`,
        `${PORTAL}/access/start`,
        `${PORTAL}/access/verify`,
      ].sort(),
    );
    const portal = routes.filter((route) => route.isPortal);
    expect(portal.length).toBeGreaterThan(10);
    expect(portal.filter((route) => route.rateLimit !== RateLimitPolicy.PortalSession)).toEqual([]);
  });

  const signInRoutes: [string, Send][] = [
    [
      'staff login',
      (http) =>
        http.post(`${API}/auth/login`).send({ email: 'nobody@test.vs.london', password: 'wrong password here' }),
    ],
    ['token refresh', (http) => http.post(`${API}/auth/refresh`).send({ refreshToken: 'not-a-refresh-token' })],
    ['MFA enrolment', (http) => http.post(`${API}/auth/mfa/enrol`).set(staff.auth)],
    ['MFA confirmation', (http) => http.post(`${API}/auth/mfa/confirm`).set(staff.auth).send({ code: '000000' })],
    [
      'portal code request',
      (http) => http.post(`${PORTAL}/access/start`).send({ crimeReference: '5212345/25', dateOfBirth: '1988-03-14' }),
    ],
    [
      'portal code exchange',
      (http) =>
        http
          .post(`${PORTAL}/access/verify`)
          .send({ challengeId: '0190a000-0000-7000-8000-000000000000', code: '000000' }),
    ],
  ];

  it.each(signInRoutes)(
    '%s: a burst from one address across both instances gets exactly the limit through',
    async (_, send) => {
      const client = nextClientAddress();
      const responses = await burst([first, second], BURST, (http) => send(http).set('X-Forwarded-For', client));
      expectExactlyLimitThrough(responses, LIMIT, WINDOW_SECONDS);
    },
  );

  it('counts each client address on its own', async () => {
    const send = signInRoutes[1][1];
    const throttled = nextClientAddress();
    await burst([first, second], BURST, (http) => send(http).set('X-Forwarded-For', throttled));
    const other = await burst([first, second], LIMIT, (http) => send(http).set('X-Forwarded-For', nextClientAddress()));
    expect(statusCounts(other)[429]).toBeUndefined();
  });

  it('counts a portal session across all portal routes and never throttles another victim for it', async () => {
    const busy = await portalTokenFor(setup, (await invitedVictim(setup)).victimId);
    const calm = await portalTokenFor(setup, (await invitedVictim(setup)).victimId);
    const paths = [`${PORTAL}/cases`, `${PORTAL}/messages`, `${PORTAL}/access-log`, `${PORTAL}/call-backs`];
    let turn = 0;
    const responses = await burst([first, second], BURST, (http) => http.get(paths[turn++ % paths.length]).set(busy));
    expectExactlyLimitThrough(responses, LIMIT, WINDOW_SECONDS);
    expect(statusCounts(responses)).toEqual({ 200: LIMIT, 429: BURST - LIMIT });

    // The same address, another victim: a full allowance of their own.
    const others = await burst([first, second], BURST, (http) => http.get(`${PORTAL}/cases`).set(calm));
    expect(statusCounts(others)).toEqual({ 200: LIMIT, 429: BURST - LIMIT });
  });
});

describe('rate limits: windows and client addresses without a trusted proxy', () => {
  const WINDOW = 3;
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(createApiApp, { variables: limits(2, WINDOW) });
  });

  afterAll(() => app?.close());

  const refresh = (forwardedFor: string) =>
    app.http().post(`${API}/auth/refresh`).set('X-Forwarded-For', forwardedFor).send({ refreshToken: 'not-a-token' });

  it('ignores X-Forwarded-For, then lets requests through again once the window has passed', async () => {
    const answers = [await refresh('198.51.100.1'), await refresh('198.51.100.2'), await refresh('198.51.100.3')];
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 429]);
    const retryAfter = Number(answers[2].headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW);

    await refresh('198.51.100.4').expect(429);
    await sleep(retryAfter * 1000 + 250);
    await refresh('198.51.100.5').expect(401);
  });
});

describe('rate limits while Redis is down', () => {
  // A Redis of this suite's own, so stopping it disturbs no other suite.
  const redisOptions = {
    dataDir: join(TEST_DATA_DIR, `rate-limit-redis-${process.env.JEST_WORKER_ID ?? '1'}`),
    port: Number(process.env.TEST_REDIS_PORT ?? 63799) + Number(process.env.JEST_WORKER_ID ?? 1),
    persistent: false,
    log: () => undefined,
  };
  let redis: LocalService;
  let app: TestApp;

  beforeAll(async () => {
    redis = await startLocalRedis(redisOptions);
    app = await startTestApp(createApiApp, { variables: limits(2, WINDOW_SECONDS), redisUrl: redis.url });
  });

  afterAll(async () => {
    await app?.close();
    await redis?.stop();
    rmSync(redisOptions.dataDir, { recursive: true, force: true });
  });

  const login = () =>
    app.http().post(`${API}/auth/login`).send({ email: 'nobody@test.vs.london', password: 'wrong password here' });

  it('lets sign-ins through uncounted (never a 500), and counts again once Redis is back', async () => {
    await redis.stop();
    const during = await Promise.all(Array.from({ length: 6 }, () => login()));
    expect(during.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401, 401]);

    redis = await startLocalRedis(redisOptions);
    const deadline = Date.now() + 20_000;
    let status = 0;
    while (status !== 429 && Date.now() < deadline) {
      status = (await login()).status;
      if (status !== 429) await sleep(200);
    }
    expect(status).toBe(429);
  });
});
