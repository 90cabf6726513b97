import { createApiApp } from '../../apps/api/src/api-app';
import { Role } from '@vs/platform';
import { SignedIn, signInAs, startTestApp, TestApp } from '@vs/testing';
import { aVictim, auditOf, victimsApi } from './victim-fixtures';

describe('matching possible duplicates when a victim is recorded', () => {
  let app: TestApp;
  let officer: SignedIn;
  let api: ReturnType<typeof victimsApi>;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    officer = await signInAs(app, Role.PoliceCaseOfficer);
    api = victimsApi(app, officer);
  });

  afterAll(() => app?.close());

  const onlyChannel = (channel: string, value: string) => ({ contactChannels: [{ channel, value, safe: true }] });

  it('matches the same name and date of birth however the name is typed', async () => {
    const first = await api
      .create(aVictim({ givenNames: 'José  María', familyName: 'Núñez', contactChannels: [] }))
      .expect(201);
    const again = await api
      .create(aVictim({ givenNames: 'jose maria', familyName: ' NUNEZ ', contactChannels: [] }))
      .expect(409);
    expect(again.body).toMatchObject({
      code: 'possible_duplicate',
      matches: [{ victimId: first.body.id, matchedOn: ['name_and_date_of_birth'] }],
      matchesOutsideYourScope: false,
    });
    await api
      .create(
        aVictim({ givenNames: 'José María', familyName: 'Núñez', dateOfBirth: '1992-06-14', contactChannels: [] }),
      )
      .expect(201);
  });

  it('matches a phone number written in another format, on any phone channel', async () => {
    const first = await api.create(aVictim(onlyChannel('phone', '07700 900321'))).expect(201);
    const again = await api.create(aVictim(onlyChannel('sms', '+44 (0)7700-900321'))).expect(409);
    expect(again.body.matches).toEqual([{ victimId: first.body.id, matchedOn: ['phone'] }]);
  });

  it('matches an email address in another case', async () => {
    const first = await api.create(aVictim(onlyChannel('email', 'Sam.Jones@Example.org'))).expect(201);
    const again = await api.create(aVictim(onlyChannel('email', '  sam.jones@EXAMPLE.ORG'))).expect(409);
    expect(again.body.matches).toEqual([{ victimId: first.body.id, matchedOn: ['email'] }]);
  });

  it('lists every key a record matched on', async () => {
    const body = aVictim({ familyName: 'Adeyemi', ...onlyChannel('email', 'adeyemi.t@example.org') });
    const first = await api.create(body).expect(201);
    const again = await api.create(body).expect(409);
    expect(again.body.matches).toEqual([{ victimId: first.body.id, matchedOn: ['name_and_date_of_birth', 'email'] }]);
  });

  it('creates anyway with a reason, and the audit record says so', async () => {
    const body = aVictim({ familyName: 'Walker', ...onlyChannel('phone', '07700 900654') });
    await api.create(body).expect(201);
    await api.create({ ...body, createAnyway: true }).expect(400);
    const created = await api
      .create({ ...body, createAnyway: true, reason: 'Father and son share name and number; DOB differs in PNC' })
      .expect(201);
    const [creation] = await auditOf(app, created.body.id);
    expect(creation).toMatchObject({
      action: 'create',
      details: { createAnyway: true, possibleDuplicates: 1, matchedOn: 'name_and_date_of_birth,phone' },
    });
    expect(creation.changed_fields).not.toContain('reason');
    const [row] = await app.dataSource.query('SELECT create_anyway_reason FROM victims WHERE id = $1', [
      created.body.id,
    ]);
    expect(row.create_anyway_reason).toMatch(/^v1\./);
  });

  it('names only matches the caller may see; of others says only that one exists elsewhere', async () => {
    const elsewhere = await signInAs(app, Role.PoliceCaseOfficer);
    const hidden = aVictim({ familyName: 'Hidden', ...onlyChannel('email', 'hidden.person@example.org') });
    const hiddenVictim = await victimsApi(app, elsewhere).create(hidden).expect(201);
    const visible = await api.create(aVictim(onlyChannel('email', 'hidden.person@example.org'))).expect(409);
    expect(visible.body).toMatchObject({ code: 'possible_duplicate', matches: [], matchesOutsideYourScope: true });
    expect(visible.body.detail).toMatch(/service manager/);
    expect(JSON.stringify(visible.body)).not.toContain(hiddenVictim.body.id);

    const mine = await api.create(aVictim({ ...hidden, contactChannels: [] })).expect(409);
    expect(mine.body).toMatchObject({ matches: [], matchesOutsideYourScope: true });
    const created = await api
      .create({ ...hidden, createAnyway: true, reason: 'Not linked yet: asked the service manager' })
      .expect(201);
    const both = await api.create(hidden).expect(409);
    expect(both.body).toMatchObject({
      matches: [{ victimId: created.body.id, matchedOn: ['name_and_date_of_birth', 'email'] }],
      matchesOutsideYourScope: true,
    });
  });
});
