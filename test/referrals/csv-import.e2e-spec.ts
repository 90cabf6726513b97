import { createApiApp } from '../../apps/api/src/api-app';
import { DataCipher } from '@vs/platform';
import { SupportService } from '@vs/referrals';
import { startTestApp, TestApp } from '@vs/testing';
import { policeUnit, PoliceUnit, randomWord, recordCase } from '../cases/case-fixtures';
import { API, newKey, victimService } from './referral-fixtures';

const HEADER =
  'idempotency_key,source,given_names,family_name,date_of_birth,crime_reference,reason,risk_level,concerns,consent_given';

/** One row of HEADER's columns. */
const row = (cells: Partial<Record<string, string>>): string =>
  HEADER.split(',')
    .map((column) => {
      const cell = cells[column] ?? '';
      return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
    })
    .join(',');

const goodRow = (overrides: Partial<Record<string, string>> = {}): Record<string, string> => ({
  idempotency_key: newKey(),
  source: 'police',
  given_names: `Csv ${randomWord()}`,
  family_name: randomWord(),
  date_of_birth: '1988-08-08',
  reason: 'Threatened by ex-partner, "again"',
  risk_level: 'high',
  concerns: 'domestic_abuse',
  consent_given: 'yes',
  ...overrides,
});

/**
 * A file with good rows and bad ones: the bad are reported with reasons, the good imported whole,
 * nothing half-imported. Only an IDVA service exists here, so a row that is not high-risk domestic
 * abuse finds no service only after its victim was recorded, and must leave no victim behind.
 */
describe('importing referrals from a CSV file', () => {
  let app: TestApp;
  let unit: PoliceUnit;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    unit = await policeUnit(app);
    await victimService(app, [SupportService.Idva]);
  });

  afterAll(() => app?.close());

  const upload = (csv: string, type = 'text/csv') =>
    app.http().post(`${API}/referrals/imports`).set(unit.officer.auth).set('Content-Type', type).send(csv);
  const victimsNamed = async (familyName: string): Promise<number> => {
    const rows: { family_name: string }[] = await app.dataSource.query('SELECT family_name FROM victims');
    const cipher = app.app.get(DataCipher);
    return rows.filter((victim) => cipher.decrypt(victim.family_name) === familyName).length;
  };

  it('imports the good rows whole and reports each bad one with its reasons', async () => {
    const recorded = await recordCase(app, unit.officer);
    const good = [goodRow({ crime_reference: recorded.crimeReference }), goodRow(), goodRow()];
    const noService = goodRow({ risk_level: 'standard' });
    const rows = [
      good[0],
      goodRow({ risk_level: 'extreme', date_of_birth: 'yesterday' }),
      good[1],
      goodRow({ idempotency_key: '' }),
      noService,
      goodRow({ consent_given: 'no' }),
      good[2],
    ];
    const response = await upload([HEADER, ...rows.map(row)].join('\n'));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ rows: 7, imported: 3, duplicates: 0, rejected: 4 });
    const results = response.body.results;
    expect(results.map((result: { status: string }) => result.status)).toEqual([
      'imported',
      'rejected',
      'imported',
      'rejected',
      'rejected',
      'rejected',
      'imported',
    ]);
    expect(results[1]).toMatchObject({ line: 3, referralId: null });
    expect(results[1].reasons).toEqual(
      expect.arrayContaining([expect.stringMatching(/^risk\.level/), expect.stringMatching(/^victim\.dateOfBirth/)]),
    );
    expect(results[3].reasons).toEqual(['idempotency_key: every row needs its own key']);
    expect(results[4].reasons).toEqual([expect.stringMatching(/^no_service_provider/)]);
    expect(results[5].reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^consent\.lawfulBasis/)]));

    // Nothing of the refused row that got as far as recording its victim remains.
    expect(await victimsNamed(noService.family_name)).toBe(0);
    for (const imported of good) expect(await victimsNamed(imported.family_name)).toBe(1);
    const referralIds = [results[0], results[2], results[6]].map((result: { referralId: string }) => result.referralId);
    const stored = await app.dataSource.query(
      `SELECT r.id, r.service, r.reason, g.basis FROM referrals r
         JOIN victim_access_grants g ON g.victim_id = r.victim_id AND g.organisation_id = r.organisation_id
        WHERE r.id = ANY($1) ORDER BY r.id`,
      [referralIds],
    );
    expect(stored).toHaveLength(3);
    expect(stored.every((referral: { service: string }) => referral.service === 'idva')).toBe(true);
    const event = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND type = 'referral_sent'`,
      [recorded.id],
    );
    expect(event).toEqual([{ n: 1 }]);
  });

  it('reports a resent file as duplicates and imports nothing twice', async () => {
    const csv = [HEADER, row(goodRow()), row(goodRow())].join('\r\n');
    const first = await upload(csv).expect(200);
    expect(first.body).toMatchObject({ imported: 2, duplicates: 0 });
    const again = await upload(csv).expect(200);
    expect(again.body).toMatchObject({ imported: 0, duplicates: 2, rejected: 0 });
    expect(again.body.results.map((result: { referralId: string }) => result.referralId)).toEqual(
      first.body.results.map((result: { referralId: string }) => result.referralId),
    );
  });

  it('treats the same person twice in one file as a possible duplicate', async () => {
    const person = goodRow();
    const response = await upload([HEADER, row(person), row({ ...person, idempotency_key: newKey() })].join('\n'));
    expect(response.body).toMatchObject({ imported: 1, rejected: 1 });
    expect(response.body.results[1].reasons).toEqual([expect.stringMatching(/^possible_duplicate/)]);
  });

  it('refuses a row with the wrong number of fields, alone', async () => {
    const response = await upload([HEADER, `${row(goodRow())},surplus`, row(goodRow())].join('\n')).expect(200);
    expect(response.body.results.map((result: { status: string }) => result.status)).toEqual(['rejected', 'imported']);
  });

  it('refuses unknown columns, other media types and broken quoting', async () => {
    const unknown = await upload(`${HEADER},favourite_colour\n`).expect(400);
    expect(unknown.body).toMatchObject({ code: 'malformed_csv', detail: expect.stringMatching(/favourite_colour/) });
    await app.http().post(`${API}/referrals/imports`).set(unit.officer.auth).send({ rows: [] }).expect(415);
    const broken = await upload(`${HEADER}\n"unclosed,police\n`).expect(400);
    expect(broken.body.code).toBe('malformed_csv');
  });
});
