import { createApiApp } from '../../apps/api/src/api-app';
import { OrganisationKind } from '@vs/auth';
import { BREAK_GLASS_HEADER, Role } from '@vs/platform';
import { createOrganisation, SignedIn, signInAs, startTestApp, TestApp } from '@vs/testing';
import { VictimAccessBasis, VictimAccessService } from '@vs/victims';
import { aVictim, auditOf, victimsApi } from './victim-fixtures';

describe('who may see a victim', () => {
  let app: TestApp;
  let grants: VictimAccessService;
  let serviceId: string;
  let otherServiceId: string;
  let policeUnitId: string;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    grants = app.app.get(VictimAccessService);
    serviceId = (await createOrganisation(app.dataSource, OrganisationKind.VictimService)).id;
    otherServiceId = (await createOrganisation(app.dataSource, OrganisationKind.VictimService)).id;
    policeUnitId = (await createOrganisation(app.dataSource, OrganisationKind.PoliceUnit)).id;
  });

  afterAll(() => app?.close());

  const as = (role: Role, organisationId: string, team: string | null = null) =>
    signInAs(app, role, { organisationId, team });
  const createdBy = async (session: SignedIn): Promise<string> =>
    (await victimsApi(app, session).create(aVictim()).expect(201)).body.id;
  const allocate = (victimId: string, organisationId: string, holder: { userId?: string; team?: string }) =>
    app.dataSource.transaction((manager) =>
      grants.grant(manager, { victimId, organisationId, basis: VictimAccessBasis.Supporting, ...holder }),
    );

  it('lets a police unit see the victims it recorded, and no other unit', async () => {
    const officer = await as(Role.PoliceCaseOfficer, policeUnitId);
    const colleague = await as(Role.PoliceCaseOfficer, policeUnitId);
    const otherUnit = await as(
      Role.PoliceCaseOfficer,
      (await createOrganisation(app.dataSource, OrganisationKind.PoliceUnit)).id,
    );
    const victimId = await createdBy(officer);
    await victimsApi(app, colleague).get(victimId).expect(200);
    await victimsApi(app, otherUnit).get(victimId).expect(404);
    await victimsApi(app, otherUnit).patch(victimId, { preferredLanguage: 'cy', version: 1 }).expect(404);
    expect((await victimsApi(app, otherUnit).list().expect(200)).body.items).toEqual([]);
  });

  it('lets a referrer see only the victims they referred', async () => {
    const referrer = await as(Role.Referrer, serviceId);
    const sameOrganisation = await as(Role.Referrer, serviceId);
    const victimId = await createdBy(referrer);
    await victimsApi(app, referrer).get(victimId).expect(200);
    await victimsApi(app, sameOrganisation).get(victimId).expect(404);
    expect(
      (await victimsApi(app, referrer).list().expect(200)).body.items.map((item: { id: string }) => item.id),
    ).toEqual([victimId]);
  });

  it('lets an advocate see victims allocated to them or their team, in their organisation only', async () => {
    const officer = await as(Role.PoliceCaseOfficer, policeUnitId);
    const victimId = await createdBy(officer);
    const allocated = await as(Role.Advocate, serviceId, 'North IDVA');
    const teammate = await as(Role.Advocate, serviceId, 'North IDVA');
    const otherTeam = await as(Role.Advocate, serviceId, 'South IDVA');
    const noTeam = await as(Role.Advocate, serviceId);
    const sameTeamNameElsewhere = await as(Role.Advocate, otherServiceId, 'North IDVA');
    await victimsApi(app, allocated).get(victimId).expect(404);

    const grant = await allocate(victimId, serviceId, { userId: allocated.user.id, team: 'North IDVA' });
    await victimsApi(app, allocated).get(victimId).expect(200);
    await victimsApi(app, teammate).get(victimId).expect(200);
    for (const outsider of [otherTeam, noTeam, sameTeamNameElsewhere])
      await victimsApi(app, outsider).get(victimId).expect(404);

    await app.dataSource.transaction((manager) => grants.revoke(manager, grant.id));
    await victimsApi(app, allocated).get(victimId).expect(404);
    const [kept] = await app.dataSource.query('SELECT revoked_at FROM victim_access_grants WHERE id = $1', [grant.id]);
    expect(kept.revoked_at).toBeInstanceOf(Date);
  });

  it('gives an advocate who creates a record a supporting grant for them and their team', async () => {
    const advocate = await as(Role.Advocate, serviceId, 'Hate Crime');
    const teammate = await as(Role.Advocate, serviceId, 'Hate Crime');
    const victimId = await createdBy(advocate);
    await victimsApi(app, teammate).get(victimId).expect(200);
  });

  it('repeats no identical grant', async () => {
    const officer = await as(Role.PoliceCaseOfficer, policeUnitId);
    const victimId = await createdBy(officer);
    const first = await allocate(victimId, serviceId, { team: 'West' });
    const second = await allocate(victimId, serviceId, { team: 'West' });
    expect(second.id).toBe(first.id);
  });

  it('refuses the victim routes to roles without victim permissions (403 at the route)', async () => {
    const officer = await as(Role.PoliceCaseOfficer, policeUnitId);
    const victimId = await createdBy(officer);
    for (const role of [Role.Commissioner, Role.Auditor, Role.Admin]) {
      const session = await as(role, serviceId);
      await victimsApi(app, session).get(victimId).expect(403);
      await victimsApi(app, session).list().expect(403);
      await victimsApi(app, session).create(aVictim()).expect(403);
    }
    const referrer = await as(Role.Referrer, serviceId);
    await victimsApi(app, referrer).patch(victimId, { version: 1 }).expect(403);
  });

  it("lets a service manager see their organisation's victims, and others only by breaking glass, flagged for review", async () => {
    const officer = await as(Role.PoliceCaseOfficer, policeUnitId);
    const victimId = await createdBy(officer);
    const manager = await as(Role.ServiceManager, serviceId);
    const managerApi = victimsApi(app, manager);
    await managerApi.get(victimId).expect(404);

    const reason = 'Victim at immediate risk; allocated advocate unreachable';
    const broken = await managerApi.get(victimId, { [BREAK_GLASS_HEADER]: reason }).expect(200);
    expect(broken.body.id).toBe(victimId);
    const [read] = (await auditOf(app, victimId)).filter((row) => row.actor_user_id === manager.user.id);
    expect(read).toMatchObject({
      action: 'read',
      break_glass_reason: reason,
      flagged_for_review: true,
    });

    const advocate = await as(Role.Advocate, serviceId, 'North IDVA');
    await victimsApi(app, advocate)
      .get(victimId, { [BREAK_GLASS_HEADER]: reason })
      .expect(404);
    await managerApi.get('01900000-0000-7000-8000-000000000000', { [BREAK_GLASS_HEADER]: reason }).expect(404);

    await allocate(victimId, serviceId, { team: 'North IDVA' });
    await managerApi.get(victimId).expect(200);
    // Once in scope, a reason sent anyway breaks no glass: the read is not flagged.
    await managerApi.get(victimId, { [BREAK_GLASS_HEADER]: reason }).expect(200);
    const reads = (await auditOf(app, victimId)).filter((row) => row.actor_user_id === manager.user.id);
    expect(reads.at(-1)).toMatchObject({ break_glass_reason: null, flagged_for_review: false });
  });
});
