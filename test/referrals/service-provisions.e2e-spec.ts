import { createApiApp } from '../../apps/api/src/api-app';
import { OrganisationKind } from '@vs/auth';
import { Role } from '@vs/platform';
import { createOrganisation, SignedIn, signInAs, startTestApp, TestApp } from '@vs/testing';
import { API, victimService, VictimService } from './referral-fixtures';

describe('which organisations provide which services', () => {
  let app: TestApp;
  let admin: SignedIn;
  let service: VictimService;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    admin = await signInAs(app, Role.Admin);
    service = await victimService(app, []);
  });

  afterAll(() => app?.close());

  const put = (organisationId: string, provided: string, body: Record<string, unknown> = {}) =>
    app.http().put(`${API}/admin/organisations/${organisationId}/services/${provided}`).set(admin.auth).send(body);

  it('lets an administrator set a provision, with the service type’s default target, and replace it', async () => {
    const created = await put(service.organisationId, 'isva').expect(200);
    expect(created.body).toMatchObject({ service: 'isva', boroughCodes: [], firstContactTargetWorkingDays: 2 });
    const replaced = await put(service.organisationId, 'isva', {
      boroughCodes: ['E09000005'],
      firstContactTargetWorkingDays: 3,
    });
    expect(replaced.body).toMatchObject({ boroughCodes: ['E09000005'], firstContactTargetWorkingDays: 3 });
    const listed = await app.http().get(`${API}/referrals/services?service=isva`).set(service.manager.auth).expect(200);
    expect(listed.body).toEqual([expect.objectContaining({ organisationId: service.organisationId, service: 'isva' })]);
    await app
      .http()
      .delete(`${API}/admin/organisations/${service.organisationId}/services/isva`)
      .set(admin.auth)
      .expect(204);
    await app.http().get(`${API}/referrals/services?service=isva`).set(service.manager.auth).expect(200, []);
  });

  it('refuses organisations that are not victim services, unknown boroughs and services', async () => {
    const police = await createOrganisation(app.dataSource, OrganisationKind.PoliceUnit);
    const refused = await put(police.id, 'idva').expect(400);
    expect(refused.body.errors[0].field).toBe('organisationId');
    await put(service.organisationId, 'idva', { boroughCodes: ['E99999999'] }).expect(400);
    await put(service.organisationId, 'counselling').expect(400);
  });
});
