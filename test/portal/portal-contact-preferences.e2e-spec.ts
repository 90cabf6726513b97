import { createApiApp } from '../../apps/api/src/api-app';
import { startTestApp, TestApp } from '@vs/testing';
import { InvitedVictim, invitedVictim, PORTAL, portalTokenFor } from './portal-fixtures';

describe('contact preferences in the portal: a victim may close a channel, never open one', () => {
  let app: TestApp;
  let victim: InvitedVictim;
  let token: { Authorization: string };

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    victim = await invitedVictim(app, [
      { channel: 'sms', value: '07700 900321', safe: true },
      { channel: 'email', value: 'own.address@example.org', safe: true },
    ]);
    token = await portalTokenFor(app, victim.victimId);
  });

  afterAll(() => app?.close());

  it('shows the channels with their values masked', async () => {
    const response = await app.http().get(`${PORTAL}/contact-preferences`).set(token).expect(200);
    expect(response.body).toEqual([
      expect.objectContaining({ channel: 'sms', safe: true }),
      expect.objectContaining({ channel: 'email', safe: true }),
    ]);
    const text = JSON.stringify(response.body);
    expect(text).not.toContain('own.address');
    expect(text).not.toContain('900321');
    expect(response.body[0].maskedValue).toMatch(/321$/);
  });

  it('closes a channel at once, audited, so nothing is sent by it again', async () => {
    const closed = await app.http().post(`${PORTAL}/contact-preferences/sms/close`).set(token).expect(200);
    expect(closed.body.find((channel: { channel: string }) => channel.channel === 'sms')).toMatchObject({
      safe: false,
    });
    const [row] = await app.dataSource.query(
      `SELECT safe FROM victim_contact_channels WHERE victim_id = $1 AND channel = 'sms'`,
      [victim.victimId],
    );
    expect(row).toEqual({ safe: false });
    const audit = await app.dataSource.query(
      `SELECT actor_role, changed_fields FROM audit_events WHERE victim_id = $1 AND action = 'update' AND entity_type = 'victim_contact_channels'`,
      [victim.victimId],
    );
    expect(audit).toEqual([{ actor_role: 'victim', changed_fields: ['contactChannels.sms.safe'] }]);
  });

  it('has no way to open a channel or widen its times, and names an unknown channel', async () => {
    await app.http().post(`${PORTAL}/contact-preferences/sms/open`).set(token).expect(404);
    await app.http().post(`${PORTAL}/contact-preferences/voicemail/close`).set(token).expect(404);
    await app.http().post(`${PORTAL}/contact-preferences/pigeon/close`).set(token).expect(400);
  });
});
