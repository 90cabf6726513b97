import { createApiApp } from '../../apps/api/src/api-app';
import { Role } from '@vs/platform';
import { signInAs, startTestApp, TestApp } from '@vs/testing';
import { VictimAccessBasis } from '@vs/victims';
import {
  API,
  crimeBody,
  createVictim,
  grantAccess,
  linkVictim,
  PoliceUnit,
  policeUnit,
  recordCase,
} from './case-fixtures';

describe('recording crimes and their victims', () => {
  let app: TestApp;
  let unit: PoliceUnit;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    unit = await policeUnit(app);
  });

  afterAll(() => app?.close());

  const post = (body: Record<string, unknown>) => app.http().post(`${API}/cases`).set(unit.officer.auth).send(body);
  const fieldsOf = (body: { errors: { field: string }[] }): string[] => body.errors.map((error) => error.field).sort();

  describe('a crime', () => {
    it('is recorded for the caller’s organisation with its borough named, and audited', async () => {
      const created = await post(
        crimeBody(unit.officer, { crimeReference: ' ab/100200/25 ', boroughCode: 'E09000001' }),
      ).expect(201);
      expect(created.body).toMatchObject({
        crimeReference: 'AB/100200/25',
        offenceGroup: 'domestic_abuse',
        hateCrimeStrand: null,
        boroughCode: 'E09000001',
        boroughName: 'City of London',
        reportedAt: '2025-03-01T09:00:00.000Z',
        officerInCaseId: unit.officer.user.id,
        recordingOrganisationId: unit.organisationId,
        stage: 'reported',
        version: 1,
      });
      const trail = await app.dataSource.query(
        "SELECT action FROM audit_events WHERE entity_type = 'case' AND entity_id = $1",
        [created.body.id],
      );
      expect(trail).toEqual([{ action: 'create' }]);
    });

    it('refuses a duplicate crime reference with 409, whatever its case', async () => {
      const first = await recordCase(app, unit.officer);
      const duplicate = await post(
        crimeBody(unit.officer, { crimeReference: first.crimeReference.toLowerCase() }),
      ).expect(409);
      expect(duplicate.body.code).toBe('duplicate_crime_reference');
    });

    it('requires a hate-crime strand exactly for hate crime', async () => {
      const hate = await post(
        crimeBody(unit.officer, { offenceGroup: 'hate_crime', hateCrimeStrand: 'religion' }),
      ).expect(201);
      expect(hate.body.hateCrimeStrand).toBe('religion');
      expect(fieldsOf((await post(crimeBody(unit.officer, { offenceGroup: 'hate_crime' })).expect(400)).body)).toEqual([
        'hateCrimeStrand',
      ]);
      expect(fieldsOf((await post(crimeBody(unit.officer, { hateCrimeStrand: 'race' })).expect(400)).body)).toEqual([
        'hateCrimeStrand',
      ]);
      expect(
        fieldsOf(
          (await post(crimeBody(unit.officer, { offenceGroup: 'hate_crime', hateCrimeStrand: 'football' })).expect(400))
            .body,
        ),
      ).toEqual(['hateCrimeStrand']);
    });

    it('takes only London boroughs by their ONS codes', async () => {
      for (const boroughCode of ['E09000034', 'E08000001', 'Lambeth', 'e09000022']) {
        const refused = await post(crimeBody(unit.officer, { boroughCode })).expect(400);
        expect(fieldsOf(refused.body)).toEqual(['boroughCode']);
      }
      const westminster = await post(crimeBody(unit.officer, { boroughCode: 'E09000033' })).expect(201);
      expect(westminster.body.boroughName).toBe('Westminster');
    });

    it('validates times, references, offence groups and unknown fields', async () => {
      const bad = await post(
        crimeBody(unit.officer, {
          crimeReference: 'x',
          offenceGroup: 'burglary',
          reportedAt: '2025-03-01',
          recordedAt: 'soon',
          colour: 'red',
        }),
      ).expect(400);
      expect(fieldsOf(bad.body)).toEqual(['colour', 'crimeReference', 'offenceGroup', 'recordedAt', 'reportedAt']);
      const backwards = await post(
        crimeBody(unit.officer, { reportedAt: '2025-03-02T09:00:00Z', recordedAt: '2025-03-01T09:00:00Z' }),
      ).expect(400);
      expect(fieldsOf(backwards.body)).toEqual(['recordedAt']);
    });

    it('needs an officer in the case who is a police case officer of the same organisation', async () => {
      const advocate = await signInAs(app, Role.Advocate, { organisationId: unit.organisationId });
      const elsewhere = await policeUnit(app);
      for (const officerInCaseId of [advocate.user.id, elsewhere.officer.user.id]) {
        const refused = await post(crimeBody(unit.officer, { officerInCaseId })).expect(400);
        expect(fieldsOf(refused.body)).toEqual(['officerInCaseId']);
      }
    });
  });

  describe('a victim of a crime', () => {
    it('gets enhanced rights from the offence group, assessed at link time', async () => {
      const recorded = await recordCase(app, unit.officer, { offenceGroup: 'sexual_offences' });
      const victimId = await createVictim(app, unit.officer, { dateOfBirth: '1980-05-01' });
      const linked = await linkVictim(app, unit.officer, recorded.id, victimId).expect(201);
      expect(linked.body).toMatchObject({
        victimId,
        enhancedRights: { eligible: true, reasons: ['offence_group:sexual_offences'] },
        repeatVictim: false,
      });
      expect(Math.abs(new Date(linked.body.enhancedRights.assessedAt).getTime() - Date.now())).toBeLessThan(60_000);
    });

    it('gets enhanced rights from age or vulnerability where the offence does not give them', async () => {
      const fraud = await recordCase(app, unit.officer, { offenceGroup: 'fraud', reportedAt: '2025-03-01T09:00:00Z' });
      const adult = await createVictim(app, unit.officer, { dateOfBirth: '1970-01-01' });
      const child = await createVictim(app, unit.officer, { dateOfBirth: '2010-06-01' });
      const intimidated = await createVictim(app, unit.officer, { vulnerabilityFlags: ['intimidated'] });
      const statusOf = async (victimId: string) =>
        (await linkVictim(app, unit.officer, fraud.id, victimId).expect(201)).body.enhancedRights;
      expect(await statusOf(adult)).toMatchObject({ eligible: false, reasons: [] });
      expect(await statusOf(child)).toMatchObject({ eligible: true, reasons: ['under_18'] });
      expect(await statusOf(intimidated)).toMatchObject({ eligible: true, reasons: ['intimidated'] });
    });

    it('is re-assessed on request, e.g. after an override, and the new status is stored', async () => {
      const fraud = await recordCase(app, unit.officer, { offenceGroup: 'fraud' });
      const victimId = await createVictim(app, unit.officer, { dateOfBirth: '1970-01-01' });
      await linkVictim(app, unit.officer, fraud.id, victimId).expect(201);
      const victim = await app.http().get(`${API}/victims/${victimId}`).set(unit.officer.auth).expect(200);
      await app
        .http()
        .put(`${API}/victims/${victimId}/enhanced-rights-override`)
        .set(unit.officer.auth)
        .send({ enhanced: true, reason: 'Targeted by the same fraudster repeatedly', version: victim.body.version })
        .expect(200);
      const reassessed = await app
        .http()
        .post(`${API}/cases/${fraud.id}/victims/${victimId}/enhanced-rights-assessment`)
        .set(unit.officer.auth)
        .expect(200);
      expect(reassessed.body.enhancedRights).toMatchObject({ eligible: true, reasons: ['override:enhanced'] });
      const detail = await app.http().get(`${API}/cases/${fraud.id}`).set(unit.officer.auth).expect(200);
      expect(detail.body.victims).toEqual([
        expect.objectContaining({ victimId, enhancedRights: expect.objectContaining({ eligible: true }) }),
      ]);
    });

    it('is a repeat victim when another crime against them was reported within 12 months, either way', async () => {
      const victimId = await createVictim(app, unit.officer);
      const first = await recordCase(app, unit.officer, { reportedAt: '2024-01-10T09:00:00Z' });
      const distant = await recordCase(app, unit.officer, { reportedAt: '2022-01-10T09:00:00Z' });
      const second = await recordCase(app, unit.officer, { reportedAt: '2024-11-20T09:00:00Z' });
      expect((await linkVictim(app, unit.officer, first.id, victimId).expect(201)).body.repeatVictim).toBe(false);
      expect((await linkVictim(app, unit.officer, distant.id, victimId).expect(201)).body.repeatVictim).toBe(false);
      expect((await linkVictim(app, unit.officer, second.id, victimId).expect(201)).body.repeatVictim).toBe(true);
      const flags = await app.dataSource.query(
        'SELECT crime_id, repeat_victim FROM crime_victims WHERE victim_id = $1',
        [victimId],
      );
      expect(
        Object.fromEntries(
          flags.map((row: { crime_id: string; repeat_victim: boolean }) => [row.crime_id, row.repeat_victim]),
        ),
      ).toEqual({
        [first.id]: true,
        [second.id]: true,
        [distant.id]: false,
      });
    });

    it('can be several victims of one crime, each linked once', async () => {
      const recorded = await recordCase(app, unit.officer);
      const [one, two] = [await createVictim(app, unit.officer), await createVictim(app, unit.officer)];
      await linkVictim(app, unit.officer, recorded.id, one).expect(201);
      await linkVictim(app, unit.officer, recorded.id, two).expect(201);
      const again = await linkVictim(app, unit.officer, recorded.id, one).expect(409);
      expect(again.body.code).toBe('victim_already_linked');
      const detail = await app.http().get(`${API}/cases/${recorded.id}`).set(unit.officer.auth).expect(200);
      expect(detail.body.victims.map((victim: { victimId: string }) => victim.victimId).sort()).toEqual(
        [one, two].sort(),
      );
    });

    it('must be a victim the officer can see, and linking grants the recording organisation access', async () => {
      const recorded = await recordCase(app, unit.officer);
      const referrer = await signInAs(app, Role.Referrer);
      const victimId = await createVictim(app, referrer);
      await linkVictim(app, unit.officer, recorded.id, victimId).expect(404);
      await linkVictim(app, unit.officer, recorded.id, '01900000-0000-7000-8000-000000000000').expect(404);

      // The unit sees the victim through a referral it made, not (yet) through a crime it recorded.
      await grantAccess(app, { victimId, organisationId: unit.organisationId, basis: VictimAccessBasis.Referred });
      await linkVictim(app, unit.officer, recorded.id, victimId).expect(201);
      const grants = await app.dataSource.query(
        'SELECT basis FROM victim_access_grants WHERE victim_id = $1 AND organisation_id = $2 AND revoked_at IS NULL ORDER BY basis',
        [victimId, unit.organisationId],
      );
      expect(grants).toEqual([{ basis: 'recorded' }, { basis: 'referred' }]);
    });
  });
});
