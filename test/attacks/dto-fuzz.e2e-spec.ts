import fc from 'fast-check';
import { createApiApp } from '../../apps/api/src/api-app';
import { ALL_ROLES, Role, roleHasPermission } from '@vs/platform';
import { DeclaredRoute, declaredRoutes, SignedIn, signInAs, startTestApp, TestApp } from '@vs/testing';
import { invitedVictim, portalTokenFor } from '../portal/portal-fixtures';
import { FuzzContext, FuzzRequest, fuzzRequests } from './support/fuzz-requests';
import { FuzzTarget, fuzzTargets } from './support/fuzz-targets';
import { OpenApiDocument } from './support/openapi';

/**
 * Override with FUZZ_SEED to try other inputs, FUZZ_RUNS to fuzz longer, FUZZ_SHRINK=1 to minimise a
 * failure, FUZZ_ROUTE=<text> to fuzz only the routes whose "METHOD path" contains the text.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_251_122);
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 30);
// Each shrinking step is another request: off by default, so a failure costs one run, not hundreds.
const SHRINK = process.env.FUZZ_SHRINK === '1';
const ONLY_ROUTES = process.env.FUZZ_ROUTE ?? '';
const PROBLEM = /^application\/problem\+json/;
const MAX_SHOWN = 600;
/** A guard against a hung request, not a speed claim. */
const FUZZ_TIMEOUT_MS = 600_000;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

describe('every request DTO, query and path parameter against generated bad input', () => {
  let app: TestApp;
  let targets: FuzzTarget[];
  let context: FuzzContext;
  const staff = new Map<Role, SignedIn>();
  let portalAuth: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    const document = (await app.http().get('/docs/openapi.json').expect(200)).body as OpenApiDocument;
    targets = fuzzTargets(document, declaredRoutes(app.app)).filter((target) =>
      `${target.route.method} ${target.route.path}`.includes(ONLY_ROUTES),
    );
    // A victim with a case followed in the portal: real ids let fuzzed requests reach past lookups.
    const victim = await invitedVictim(app);
    staff.set(Role.PoliceCaseOfficer, victim.officer);
    for (const role of ALL_ROLES.filter((candidate) => !staff.has(candidate)))
      staff.set(role, await signInAs(app, role));
    portalAuth = await portalTokenFor(app, victim.victimId);
    context = { document, knownIds: [victim.victimId, victim.caseId, victim.officer.user.id] };
  });

  afterAll(() => app?.close());

  /** Who may call the route: nobody for a public route, the victim for a portal one, else a role holding its permission. */
  function authFor(route: DeclaredRoute): Record<string, string> {
    if (route.isPublic) return {};
    if (route.isPortal) return portalAuth;
    const role = ALL_ROLES.find((candidate) => roleHasPermission(candidate, route.permission!));
    if (!role) throw new Error(`no role holds ${route.permission} (${route.handler})`);
    return staff.get(role)!.auth;
  }

  function send(route: DeclaredRoute, request: FuzzRequest) {
    const call = app.http()[route.method.toLowerCase() as Method](request.url).set(authFor(route));
    return request.body ? call.set('content-type', request.body.mediaType).send(request.body.text) : call;
  }

  /**
   * A batch endpoint documented like 207 Multi-Status (partner events) answers 200 and refuses each
   * bad item in the body: rejected, or (a resend) a duplicate of an item rejected before.
   */
  type ItemResult = { outcome?: unknown; originalOutcome?: unknown } | undefined;
  const itemRefused = (item: ItemResult): boolean =>
    item?.outcome === 'rejected' || item?.originalOutcome === 'rejected';
  const reportsItemRefusal = (body: (ItemResult & { results?: ItemResult[] }) | undefined): boolean =>
    itemRefused(body) || (Array.isArray(body?.results) && body.results.some(itemRefused));

  /** Why the answer breaks the bar (never a 5xx; a 4xx problem document for certainly invalid input), or null. */
  function fault(
    request: FuzzRequest,
    response: { status: number; headers: Record<string, string>; body: unknown },
  ): string | null {
    const { status } = response;
    if (status >= 500) return `answered ${status}`;
    const refused = (status >= 400 && status < 500) || (status === 200 && reportsItemRefusal(response.body as never));
    if (request.violations.length > 0 && !refused)
      return `answered ${status} to certainly invalid input (${request.violations.join('; ')})`;
    const contentType = response.headers['content-type'];
    if (status >= 400 && !PROBLEM.test(contentType ?? '')) return `answered ${status} without a problem document`;
    return null;
  }

  /** The error and the request, short enough to read in a list; the seed replays it. */
  function failureReport(details: fc.RunDetails<[FuzzRequest]>): string {
    const error =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    const request = JSON.stringify(details.counterexample?.[0] ?? null);
    return `${error.slice(0, MAX_SHOWN)}\n  request ${request.slice(0, MAX_SHOWN)}\n  replay: FUZZ_SEED=${details.seed} (run ${details.numRuns})`;
  }

  it(
    'never answers 5xx, and refuses certainly invalid input with a 4xx problem document',
    async () => {
      if (!ONLY_ROUTES) expect(targets.length).toBeGreaterThan(50);
      const failures: string[] = [];
      const unreached: string[] = [];
      const statuses = new Map<number, number>();
      const accepting = new Set<string>();
      for (const target of targets) {
        let reachedHandler = target.route.isPublic;
        const details = await fc.check(
          fc.asyncProperty(fuzzRequests(context, target), async (request) => {
            const response = await send(target.route, request);
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            // Access is checked before input: any other answer means the handler's pipes ran.
            if (![401, 403].includes(response.status)) reachedHandler = true;
            if (response.status < 300) accepting.add(target.route.handler);
            const why = fault(request, response);
            if (why) throw new Error(`${why}: ${JSON.stringify(response.body).slice(0, 300)}`);
          }),
          { seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: !SHRINK },
        );
        if (details.failed) failures.push(`${target.route.method} ${target.route.path}: ${failureReport(details)}`);
        if (!reachedHandler) unreached.push(target.route.handler);
      }
      const total = [...statuses.values()].reduce((sum, count) => sum + count, 0);
      process.stdout.write(
        `dto fuzz: ${targets.length} routes x ${RUNS_PER_ROUTE} runs, ${total} requests (seed ${SEED}), ${accepting.size} routes accepted some; statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`,
      );
      expect(failures).toEqual([]);
      expect(unreached).toEqual([]);
    },
    FUZZ_TIMEOUT_MS,
  );

  describe('inputs the fuzzer found answered wrongly, kept as examples', () => {
    const officerAuth = () => staff.get(Role.PoliceCaseOfficer)!.auth;
    const portalCaseId = async (): Promise<string> =>
      ((await app.http().get('/api/v1/portal/cases').set(portalAuth).expect(200)).body as { id: string }[])[0].id;

    it('answers an over-long path parameter with a 414 problem document that does not echo the path', async () => {
      const response = await app
        .http()
        .get(`/api/v1/victims/${'z'.repeat(150)}`)
        .set(officerAuth());
      expect(response.status).toBe(414);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({ status: 414, code: 'uri_too_long' });
      expect(JSON.stringify(response.body)).not.toContain('zzz');
    });

    it('answers a malformed percent-encoding in the path with a 400 problem document', async () => {
      const response = await app.http().get('/api/v1/victims/%E0%A4%A').set(officerAuth());
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body.detail).toMatch(/percent-encoding/);
    });

    it('refuses null for an optional field whose column cannot hold null, naming the field', async () => {
      for (const field of ['vulnerabilityFlags', 'disabilities', 'interpreterNeeded']) {
        const response = await app
          .http()
          .post('/api/v1/victims')
          .set(officerAuth())
          .send({ givenNames: 'Ada', familyName: 'Byron', [field]: null })
          .expect(400);
        expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
      }
    });

    it('refuses a null survey comment instead of failing to encrypt it', async () => {
      const response = await app
        .http()
        .post(`/api/v1/portal/cases/${await portalCaseId()}/survey-answers`)
        .set(portalAuth)
        .send({ point: 'after_referral', overall: 3, keptInformed: 3, treatedWithRespect: 3, comment: null })
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['comment']);
    });

    it('refuses a reader of a statement that is not one, even when the statement is not read aloud', async () => {
      const response = await app
        .http()
        .post(`/api/v1/portal/cases/${await portalCaseId()}/personal-statement`)
        .set(portalAuth)
        .send({ text: 'Statement', readAloudInCourt: false, readAloudBy: [] })
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['readAloudBy']);
    });

    it('refuses a version beyond any stored number with a 400, not a database failure', async () => {
      const admin = staff.get(Role.Admin)!.auth;
      const organisation = await app
        .http()
        .post('/api/v1/admin/organisations')
        .set(admin)
        .send({ name: 'Fuzz borough', kind: 'victim_service' })
        .expect(201);
      const response = await app
        .http()
        .patch(`/api/v1/admin/organisations/${organisation.body.id}`)
        .set(admin)
        .send({ kind: 'crown_prosecution_service', version: 2 ** 53 });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
    });

    it('refuses a field named after a prototype key that validation would silently drop', async () => {
      const response = await app
        .http()
        .post('/api/v1/portal/messages')
        .set(portalAuth)
        .send({ body: 'Hello', prototype: [] })
        .expect(400);
      expect(response.body).toMatchObject({ code: 'json_forbidden_key' });
    });

    it('refuses a fraction written with an exponent where two decimal places are allowed, naming the field', async () => {
      const manager = staff.get(Role.ServiceManager)!;
      const response = await app
        .http()
        .post('/api/v1/advocates')
        .set(manager.auth)
        .send({
          userId: manager.user.id,
          type: 'stalking_advocate',
          workingHoursFraction: 9e-323,
          caseloadCapacity: 70,
        })
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['workingHoursFraction']);
    });

    it('keeps a partner-event batch item that is JSON null as a rejection', async () => {
      const response = await app.http().post('/api/v1/partner-events').set(officerAuth()).send([null]).expect(200);
      expect(response.body).toMatchObject({ accepted: 0, rejected: 1, results: [{ index: 0, outcome: 'rejected' }] });
    });
  });
});
