import { createApiApp } from '../../apps/api/src/api-app';
import { seedDemoData } from '../../apps/cli/src/demo-data';
import { startTestApp, TEST_SECRETS, TestApp } from '@vs/testing';
import { API } from '../referrals/referral-fixtures';

describe('the demo data for the quickstart', () => {
  let app: TestApp;
  let managerAuth: { Authorization: string };

  const keptEnv = { ...process.env };

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    // The seeder encrypts with the keys the CLI would use: here, the test app's.
    process.env.DATA_ENCRYPTION_KEYS = TEST_SECRETS.dataEncryptionKeys;
    process.env.BLIND_INDEX_KEY = TEST_SECRETS.blindIndexKey;
    await seedDemoData(app.dataSource);
    const login = await app
      .http()
      .post(`${API}/auth/login`)
      .send({ email: 'manager@demo.vs.london', password: 'velvet compass river' })
      .expect(200);
    managerAuth = { Authorization: `Bearer ${login.body.accessToken}` };
  });

  afterAll(async () => {
    process.env = keptEnv;
    await app?.close();
  });

  it('gives the demo service manager referrals in every state, loads and alerts to look at', async () => {
    const referrals = (await app.http().get(`${API}/referrals`).set(managerAuth).expect(200)).body.items;
    expect(new Set(referrals.map((referral: { state: string }) => referral.state))).toEqual(
      new Set(['received', 'triaged', 'allocated', 'accepted', 'first_contact_made', 'closed', 'declined']),
    );
    const dashboard = (await app.http().get(`${API}/service-dashboard`).set(managerAuth).expect(200)).body;
    expect(dashboard.advocates).toHaveLength(3);
    expect(dashboard.firstContactsOverdue.count).toBeGreaterThanOrEqual(1);
    expect(dashboard.highRiskWithoutRecentContact.count).toBeGreaterThanOrEqual(1);
  });

  it('changes nothing when run again', async () => {
    const before = await app.dataSource.query('SELECT count(*)::int AS n FROM referrals');
    await seedDemoData(app.dataSource);
    expect(await app.dataSource.query('SELECT count(*)::int AS n FROM referrals')).toEqual(before);
  });
});
