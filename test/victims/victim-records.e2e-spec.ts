import { createApiApp } from '../../apps/api/src/api-app';
import { Role } from '@vs/platform';
import { SignedIn, signInAs, startTestApp, TestApp } from '@vs/testing';
import { aVictim, auditOf, victimsApi } from './victim-fixtures';

describe('victim records', () => {
  let app: TestApp;
  let officer: SignedIn;
  let api: ReturnType<typeof victimsApi>;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    officer = await signInAs(app, Role.PoliceCaseOfficer);
    api = victimsApi(app, officer);
  });

  afterAll(() => app?.close());

  it('creates, reads and updates a victim, auditing each with field names only', async () => {
    const body = aVictim({
      interpreterNeeded: true,
      supportNeeds: 'Needs step-free access',
      vulnerabilityFlags: ['intimidated'],
    });
    const created = await api.create(body).expect(201);
    expect(created.body).toMatchObject({
      givenNames: body.givenNames,
      familyName: 'Okafor',
      dateOfBirth: '1991-06-14',
      preferredLanguage: 'en',
      interpreterNeeded: true,
      supportNeeds: 'Needs step-free access',
      vulnerabilityFlags: ['intimidated'],
      enhancedRightsOverride: null,
      consents: [],
      version: 1,
    });
    expect(created.body.contactChannels).toEqual([
      expect.objectContaining({
        channel: 'phone',
        safe: true,
        codeWord: 'Bluebell',
        safeTimes: [{ days: ['monday', 'friday'], from: '09:00', to: '12:30' }],
      }),
      expect.objectContaining({ channel: 'email', safe: false, codeWord: null, notes: 'Partner reads this inbox' }),
    ]);
    const id = created.body.id as string;

    await api.get(id).expect(200);
    const updated = await api
      .patch(id, {
        familyName: 'Okafor-Bello',
        supportNeeds: null,
        equalityMonitoring: { sex: 'female', religion: 'prefer_not_to_say' },
        version: 1,
      })
      .expect(200);
    expect(updated.body).toMatchObject({
      familyName: 'Okafor-Bello',
      supportNeeds: null,
      equalityMonitoring: { sex: 'female', religion: 'prefer_not_to_say' },
      version: 2,
    });

    const trail = await auditOf(app, id);
    expect(
      trail.map(({ action, entity_type, entity_id, actor_user_id }) => ({
        action,
        entity_type,
        entity_id,
        actor_user_id,
      })),
    ).toEqual(
      ['create', 'read', 'update'].map((action) => ({
        action,
        entity_type: 'victim',
        entity_id: id,
        actor_user_id: officer.user.id,
      })),
    );
    expect(trail[0].changed_fields.sort()).toEqual(
      [
        'contactChannels',
        'dateOfBirth',
        'familyName',
        'givenNames',
        'interpreterNeeded',
        'preferredLanguage',
        'supportNeeds',
        'vulnerabilityFlags',
      ].sort(),
    );
    expect(trail[2].changed_fields.sort()).toEqual(['equalityMonitoring', 'familyName', 'supportNeeds']);
    expect(JSON.stringify(trail)).not.toMatch(/Okafor|Bluebell|female|step-free/);
  });

  it('stores no personal data in plain text', async () => {
    const body = aVictim({ supportNeeds: 'Hearing loop needed', equalityMonitoring: { ethnicity: 'black_african' } });
    const created = await api.create(body).expect(201);
    await api
      .consent(created.body.id, { subject: 'referral_to_support_services', notes: 'Agreed on the phone with PC Ahmed' })
      .expect(201);
    const tables = ['victims', 'victim_contact_channels', 'victim_consents'];
    const stored = JSON.stringify(
      await Promise.all(tables.map((table) => app.dataSource.query(`SELECT * FROM ${table}`))),
    );
    const channels = body.contactChannels as { value: string }[];
    for (const secret of [
      body.givenNames,
      'Okafor',
      channels[0].value,
      channels[0].value.replace(/\s/g, ''),
      channels[1].value,
      'Bluebell',
      'Partner reads',
      'Hearing loop',
      'black_african',
      'PC Ahmed',
    ]) {
      expect(stored).not.toContain(secret as string);
    }
    const [row] = await app.dataSource.query('SELECT given_names, family_name FROM victims WHERE id = $1', [
      created.body.id,
    ]);
    expect(row.given_names).toMatch(/^v1\.test-1\./);
  });

  it('refuses a stale version with 409 and the current version, changing nothing', async () => {
    const { body } = await api.create(aVictim()).expect(201);
    await api.patch(body.id, { preferredLanguage: 'pl', version: 1 }).expect(200);
    const stale = await api.patch(body.id, { preferredLanguage: 'fr', version: 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'stale_version', currentVersion: 2 });
    const staleChannel = await api
      .putChannel(body.id, 'sms', { value: '07700 900999', safe: true, version: 1 })
      .expect(409);
    expect(staleChannel.body.currentVersion).toBe(2);
    expect((await api.get(body.id).expect(200)).body).toMatchObject({ preferredLanguage: 'pl', version: 2 });
  });

  it('sets, replaces and removes contact channels, each a new version of the victim', async () => {
    const { body } = await api.create(aVictim({ contactChannels: [] })).expect(201);
    const added = await api
      .putChannel(body.id, 'sms', {
        value: '+44 7700 900111',
        safe: true,
        safeTimes: [{ days: ['saturday'], from: '22:00', to: '06:00' }],
        codeWord: 'Tulip',
        version: 1,
      })
      .expect(200);
    expect(added.body.contactChannels).toEqual([
      expect.objectContaining({ channel: 'sms', value: '+44 7700 900111', codeWord: 'Tulip' }),
    ]);
    const replaced = await api
      .putChannel(body.id, 'sms', { value: '07700 900222', safe: false, version: 2 })
      .expect(200);
    expect(replaced.body.contactChannels).toEqual([
      expect.objectContaining({ channel: 'sms', value: '07700 900222', safe: false, codeWord: null, safeTimes: [] }),
    ]);
    const removed = await api.deleteChannel(body.id, 'sms', 3).expect(200);
    expect(removed.body).toMatchObject({ contactChannels: [], version: 4 });
    await api.deleteChannel(body.id, 'sms', 4).expect(404);
    const trail = await auditOf(app, body.id);
    expect(trail.slice(1).map((row) => row.changed_fields)).toEqual([
      ['contactChannels.sms'],
      ['contactChannels.sms'],
      ['contactChannels.sms'],
    ]);
  });

  it('answers bad input with 400 naming the field, nested paths included', async () => {
    const bad = await api
      .create({
        givenNames: ' ',
        dateOfBirth: '1990-02-30',
        preferredLanguage: 'english',
        vulnerabilityFlags: ['under_18'],
        equalityMonitoring: { sex: 'unknown' },
        contactChannels: [
          { channel: 'pager', value: 'x', safe: 'yes', safeTimes: [{ days: ['funday'], from: '9am', to: '25:00' }] },
        ],
        shoeSize: 9,
      })
      .expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(
      [
        'contactChannels.0.channel',
        'contactChannels.0.safe',
        'contactChannels.0.safeTimes.0.days',
        'contactChannels.0.safeTimes.0.from',
        'contactChannels.0.safeTimes.0.to',
        'dateOfBirth',
        'equalityMonitoring.sex',
        'familyName',
        'givenNames',
        'preferredLanguage',
        'shoeSize',
        'vulnerabilityFlags',
      ].sort(),
    );
    const badValues = await api
      .create(
        aVictim({
          dateOfBirth: '2999-01-01',
          contactChannels: [
            { channel: 'phone', value: 'ring me', safe: true },
            { channel: 'email', value: 'not-an-email', safe: true },
          ],
        }),
      )
      .expect(400);
    expect(badValues.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'contactChannels.0.value',
      'contactChannels.1.value',
      'dateOfBirth',
    ]);
    const twice = await api
      .create(
        aVictim({
          contactChannels: [
            { channel: 'sms', value: '07700 900123', safe: true },
            { channel: 'sms', value: '07700 900124', safe: true },
          ],
        }),
      )
      .expect(400);
    expect(twice.body.errors[0].field).toBe('contactChannels');
    await api.create(aVictim({ createAnyway: true })).expect(400);
    const { body } = await api.create(aVictim()).expect(201);
    expect(
      (await api.putChannel(body.id, 'email', { value: 'nope', safe: true, version: 1 }).expect(400)).body.errors[0]
        .field,
    ).toBe('value');
    expect(
      (await api.putChannel(body.id, 'pager', { value: 'x', safe: true, version: 1 }).expect(400)).body.errors[0].field,
    ).toBe('channel');
    expect((await api.get('not-a-uuid').expect(400)).body.errors[0].field).toBe('id');
    expect((await api.patch(body.id, { givenNames: null, version: 1 }).expect(400)).body.errors[0].field).toBe(
      'givenNames',
    );
    expect((await api.override(body.id, { enhanced: true, version: 1 }).expect(400)).body.errors[0].field).toBe(
      'reason',
    );
  });

  it('derives under_18 from the date of birth instead of recording it', async () => {
    const child = await api
      .create(aVictim({ dateOfBirth: '2015-01-01', vulnerabilityFlags: ['mental_health'] }))
      .expect(201);
    expect(child.body.vulnerabilityFlags).toEqual(['under_18', 'mental_health']);
    const [row] = await app.dataSource.query('SELECT vulnerability_flags FROM victims WHERE id = $1', [child.body.id]);
    expect(row.vulnerability_flags).toEqual('{mental_health}');
  });

  it('overrides enhanced rights with a reason, and clears the override', async () => {
    const { body } = await api.create(aVictim()).expect(201);
    const set = await api
      .override(body.id, { enhanced: true, reason: 'Disclosed fear of reprisals at interview', version: 1 })
      .expect(200);
    expect(set.body.enhancedRightsOverride).toMatchObject({
      enhanced: true,
      reason: 'Disclosed fear of reprisals at interview',
      setByUserId: officer.user.id,
    });
    const cleared = await api.override(body.id, { enhanced: null, version: 2 }).expect(200);
    expect(cleared.body).toMatchObject({ enhancedRightsOverride: null, version: 3 });
    const trail = await auditOf(app, body.id);
    expect(trail.slice(1).map((row) => row.changed_fields)).toEqual([
      ['enhancedRightsOverride'],
      ['enhancedRightsOverride'],
    ]);
  });

  it('keeps every consent: withdrawal is recorded on the row, never a deletion', async () => {
    const { body } = await api.create(aVictim()).expect(201);
    const given = await api
      .consent(body.id, { subject: 'information_sharing_with_partners', givenAt: '2026-01-05T10:00:00Z' })
      .expect(201);
    expect(given.body).toMatchObject({
      subject: 'information_sharing_with_partners',
      active: true,
      recordedByUserId: officer.user.id,
      withdrawnAt: null,
    });
    const withdrawn = await api.withdraw(body.id, given.body.id, { withdrawnAt: '2026-02-01T09:00:00Z' }).expect(200);
    expect(withdrawn.body).toMatchObject({
      id: given.body.id,
      active: false,
      withdrawnAt: '2026-02-01T09:00:00.000Z',
      withdrawnByUserId: officer.user.id,
    });
    expect((await api.withdraw(body.id, given.body.id).expect(409)).body.code).toBe('consent_already_withdrawn');
    await api.consent(body.id, { subject: 'information_sharing_with_partners' }).expect(201);
    const victim = await api.get(body.id).expect(200);
    expect(victim.body.consents.map((consent: { active: boolean }) => consent.active)).toEqual([false, true]);
    expect(
      await app.dataSource.query('SELECT count(*)::int AS count FROM victim_consents WHERE victim_id = $1', [body.id]),
    ).toEqual([{ count: 2 }]);
    await api.withdraw(body.id, '01900000-0000-7000-8000-000000000000').expect(404);
    expect(
      (await api.consent(body.id, { subject: 'portal_access', givenAt: '2999-01-01T00:00:00Z' }).expect(400)).body
        .errors[0].field,
    ).toBe('givenAt');
    const trail = await auditOf(app, body.id);
    expect(trail.filter((row) => row.changed_fields.some((field) => field.startsWith('consents')))).toHaveLength(3);
  });

  it('lists victims in scope with cursor pagination and exact search by name and date of birth', async () => {
    const searcher = await signInAs(app, Role.PoliceCaseOfficer);
    const own = victimsApi(app, searcher);
    const first = await own
      .create(aVictim({ givenNames: 'Zoë', familyName: 'Brontë', dateOfBirth: '1980-01-02' }))
      .expect(201);
    await own.create(aVictim({ dateOfBirth: '1980-01-02' })).expect(201);
    await own.create(aVictim({ dateOfBirth: '1975-07-07' })).expect(201);
    const page1 = await own.list('?limit=2').expect(200);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await own.list(`?limit=2&cursor=${page1.body.nextCursor}`).expect(200);
    expect(page2.body).toMatchObject({ nextCursor: null });
    expect(page2.body.items).toHaveLength(1);
    const byName = await own.list(`?name=${encodeURIComponent('  ZOE   bronte ')}`).expect(200);
    expect(byName.body.items).toEqual([
      { id: first.body.id, givenNames: 'Zoë', familyName: 'Brontë', dateOfBirth: '1980-01-02', version: 1 },
    ]);
    expect((await own.list('?dateOfBirth=1980-01-02').expect(200)).body.items).toHaveLength(2);
    expect((await own.list('?dateOfBirth=1980-01-02&name=zoe%20bronte').expect(200)).body.items).toHaveLength(1);
    expect((await own.list('?dateOfBirth=1975-07-07&name=zoe%20bronte').expect(200)).body.items).toHaveLength(0);
    await own.list('?dateOfBirth=yesterday').expect(400);
    const listReads = await app.dataSource.query(
      "SELECT count(*)::int AS count FROM audit_events WHERE action = 'read' AND actor_user_id = $1 AND details->>'list' = 'true'",
      [searcher.user.id],
    );
    expect(listReads).toEqual([{ count: 2 + 1 + 1 + 2 + 1 }]);
  });
});
