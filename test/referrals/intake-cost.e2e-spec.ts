import { createApiApp } from '../../apps/api/src/api-app';
import { SupportService } from '@vs/referrals';
import { countQueries, startTestApp, TestApp } from '@vs/testing';
import { policeUnit, PoliceUnit } from '../cases/case-fixtures';
import { newKey, newVictim, refer, referralBody, victimService } from './referral-fixtures';

/**
 * The statements of a whole POST /referrals for a new victim, the access guard's session check
 * included: the transaction (2), the locks, one read (earlier referral, possible duplicates,
 * provider), one write of every row, and the audit records.
 */
const MAX_NEW_VICTIM_REFERRAL_QUERIES = 7;

describe('what a referral of a new victim costs the database', () => {
  let app: TestApp;
  let unit: PoliceUnit;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    unit = await policeUnit(app);
    await victimService(app, [SupportService.GeneralVictimSupport, SupportService.Idva]);
  });

  afterAll(() => app?.close());

  const count = async (table: string): Promise<number> =>
    Number((await app.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('takes the same few statements with or without contact channels and a borough', async () => {
    const bare = await countQueries(app.dataSource, () => refer(app, unit.officer, referralBody()).expect(201));
    const channels = [
      { channel: 'phone', value: '07700 900111', safe: true },
      { channel: 'email', value: `${newKey()}@example.org`, safe: false },
    ];
    const full = await countQueries(app.dataSource, () =>
      refer(
        app,
        unit.officer,
        referralBody({
          victim: newVictim({ contactChannels: channels }),
          boroughCode: 'E09000012',
          risk: { level: 'high', concerns: ['domestic_abuse'] },
        }),
      ).expect(201),
    );
    expect(bare).toBeGreaterThan(0);
    expect(full).toBe(bare);
    expect(full).toBeLessThanOrEqual(MAX_NEW_VICTIM_REFERRAL_QUERIES);
  });

  it('records one person referred twice at the same moment once, and tells the other of the match', async () => {
    const person = newVictim();
    const victims = await count('victims');
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => refer(app, unit.officer, referralBody({ victim: { ...person } }))),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const created = answers.find((answer) => answer.status === 201)!;
    for (const refused of answers.filter((answer) => answer.status === 409))
      expect(refused.body).toMatchObject({
        code: 'possible_duplicate',
        matches: [{ victimId: created.body.victimId, matchedOn: ['name_and_date_of_birth'] }],
      });
    expect(await count('victims')).toBe(victims + 1);
  });
});
