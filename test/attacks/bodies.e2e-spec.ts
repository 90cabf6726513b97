import { Readable } from 'node:stream';
import { createApiApp } from '../../apps/api/src/api-app';
import { MAX_JSON_DEPTH, Role } from '@vs/platform';
import { SignedIn, signInAs, startTestApp, TestApp } from '@vs/testing';

const VICTIMS = '/api/v1/victims';
const LOGIN = '/api/v1/auth/login';
const PROBLEM = /^application\/problem\+json/;

const nestedArrays = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedObjects = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('hostile request bodies', () => {
  let app: TestApp;
  let referrer: SignedIn;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    referrer = await signInAs(app, Role.Referrer);
  });

  afterAll(() => app?.close());

  const postJson = (path: string, text: string, auth: Record<string, string> = referrer.auth) =>
    app.http().post(path).set(auth).set('content-type', 'application/json').send(text);

  /** The process still serves: it is alive and a valid write goes through. */
  async function expectHealthy(): Promise<void> {
    await app.http().get('/health/live').expect(200);
    await app.http().post(VICTIMS).set(referrer.auth).send({ givenNames: 'Ada', familyName: 'Byron' }).expect(201);
  }

  describe('size', () => {
    it('answers 413 with a problem document to a body over the limit', async () => {
      const response = await postJson(
        VICTIMS,
        JSON.stringify({ givenNames: 'x'.repeat(app.config.http.bodyLimitBytes) }),
      );
      expect(response.status).toBe(413);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ status: 413, code: 'payload_too_large' });
      await expectHealthy();
    });

    it('answers 413 to a streamed body without a length once it passes the limit', async () => {
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const chunks = Math.ceil(app.config.http.bodyLimitBytes / chunk.length) + 1;
      const response = await app.app.inject({
        method: 'POST',
        url: VICTIMS,
        headers: { ...referrer.auth, 'content-type': 'application/json' },
        payload: Readable.from(Array.from({ length: chunks }, () => chunk)),
      });
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ status: 413, code: 'payload_too_large' });
    });
  });

  describe('depth', () => {
    it.each([
      ['arrays', nestedArrays(10_000)],
      ['objects', nestedObjects(10_000)],
      ['arrays inside a field', `{"givenNames":${nestedArrays(10_000)},"familyName":"B"}`],
    ])('refuses 10,000 levels of %s with a 400 naming the problem, and keeps serving', async (_kind, text) => {
      const response = await postJson(VICTIMS, text);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ status: 400, code: 'json_too_deep' });
      expect(response.body.detail).toContain(`deeper than ${MAX_JSON_DEPTH} levels`);
      await expectHealthy();
    });

    it('refuses deep bodies before authentication, on protected and public routes alike', async () => {
      const unauthenticated = await postJson(VICTIMS, nestedArrays(10_000), {});
      expect(unauthenticated.body).toMatchObject({ status: 400, code: 'json_too_deep' });
      const login = await postJson(LOGIN, nestedObjects(10_000), {});
      expect(login.body).toMatchObject({ status: 400, code: 'json_too_deep' });
    });

    it('lets nesting within the limit reach validation, which names the field', async () => {
      const response = await postJson(VICTIMS, `{"givenNames":${nestedArrays(MAX_JSON_DEPTH - 1)},"familyName":"B"}`);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['givenNames']);
    });
  });

  describe('syntax and media type', () => {
    it.each(['{"givenNames": ', '{"givenNames":"A",}', "{'givenNames':'A'}", '{"givenNames":"A"} trailing', 'NaN'])(
      'answers 400 to malformed JSON %p',
      async (text) => {
        const response = await postJson(VICTIMS, text);
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toMatch(PROBLEM);
        expect(response.body.detail).toMatch(/not valid JSON/);
      },
    );

    it('answers 400 to an empty JSON body', async () => {
      const response = await postJson(VICTIMS, '');
      expect(response.status).toBe(400);
      expect(response.body.detail).toMatch(/empty/i);
    });

    it.each(['[]', '"Ada"', 'null', '42', 'true', '[{"givenNames":"Ada","familyName":"Byron"}]'])(
      'answers 400 to JSON that is not an object: %s',
      async (text) => {
        const response = await postJson(VICTIMS, text);
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toMatch(PROBLEM);
      },
    );

    it.each([
      ['text/plain', '{"givenNames":"Ada","familyName":"Byron"}'],
      ['application/x-www-form-urlencoded', 'givenNames=Ada&familyName=Byron'],
      ['application/xml', '<victim><givenNames>Ada</givenNames></victim>'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="givenNames"\r\n\r\nAda\r\n--x--',
      ],
    ])('answers 415 to a %s body', async (contentType, text) => {
      const response = await app.http().post(VICTIMS).set(referrer.auth).set('content-type', contentType).send(text);
      expect(response.status).toBe(415);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ status: 415 });
    });
  });

  describe('keys', () => {
    it('refuses a key repeated in one object, naming it (parsers disagree on which value wins)', async () => {
      const response = await postJson(VICTIMS, '{"givenNames":"Ada","familyName":"Byron","familyName":"King"}');
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'json_duplicate_key' });
      expect(response.body.detail).toContain('"familyName"');
    });

    it('refuses a NUL character, which PostgreSQL cannot store, before it reaches the database', async () => {
      const response = await postJson(VICTIMS, '{"givenNames":"Ada\\u0000","familyName":"Byron"}');
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'json_nul_character' });
      await expectHealthy();
    });

    it.each([
      ['__proto__ at the top', '{"givenNames":"Ada","familyName":"Byron","__proto__":{"polluted":true}}', '__proto__'],
      [
        '__proto__ nested',
        '{"givenNames":"Ada","familyName":"Byron","equalityMonitoring":{"__proto__":{"polluted":true}}}',
        '__proto__',
      ],
      [
        'constructor.prototype',
        '{"givenNames":"Ada","familyName":"Byron","constructor":{"prototype":{"polluted":true}}}',
        'constructor',
      ],
      // class-transformer would drop it silently, where any other unknown field is refused.
      ['a plain constructor field', '{"givenNames":"Ada","familyName":"Byron","constructor":"x"}', 'constructor'],
    ])('refuses prototype pollution through %s and pollutes nothing', async (_where, text, key) => {
      const response = await postJson(VICTIMS, text);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'json_forbidden_key' });
      expect(response.body.detail).toContain(`"${key}"`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});
