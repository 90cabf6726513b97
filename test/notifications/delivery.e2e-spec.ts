import { INestApplicationContext } from '@nestjs/common';
import { createApiApp } from '../../apps/api/src/api-app';
import { OutboxDelivery } from '@vs/notifications';
import { Role } from '@vs/platform';
import { NotifyStub, signInAs, startTestApp, TestApp } from '@vs/testing';
import {
  enqueueUpdate,
  markQueued,
  notifyVariables,
  outboxRow,
  startDeliveryContext,
  victimWithChannels,
} from './notifications-fixtures';

const ALL_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const londonWeekday = (): string =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'Europe/London' }).format(new Date()).toLowerCase();

describe('delivering messages to victims over safe channels (Notify stub)', () => {
  const stub = new NotifyStub();
  let app: TestApp;
  let context: INestApplicationContext;
  let delivery: OutboxDelivery;

  beforeAll(async () => {
    await stub.start();
    app = await startTestApp(createApiApp, { variables: notifyVariables(stub) });
    context = await startDeliveryContext(app.config);
    delivery = context.get(OutboxDelivery);
  });

  afterAll(async () => {
    await context?.close();
    await app?.close();
    await stub.stop();
  });

  it('writes the message only if the change commits', async () => {
    const victimId = await victimWithChannels(app, [{ channel: 'sms', value: '07700 900001', safe: true }]);
    await expect(
      app.dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO notification_outbox (id, victim_id, purpose, personalisation, status, not_before)
          VALUES ('01900000-0000-7000-8000-0000000000aa', $1, 'case_update', 'x', 'pending', now())`,
          [victimId],
        );
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await app.dataSource.query(`SELECT 1 FROM notification_outbox WHERE victim_id = $1`, [victimId])).toEqual(
      [],
    );
  });

  it('sends by a safe channel with the outbox id as the Notify reference, and the configured template', async () => {
    const victimId = await victimWithChannels(app, [
      { channel: 'sms', value: '07700 900002', safe: false },
      { channel: 'email', value: 'safe.address@example.org', safe: true },
    ]);
    const id = await enqueueUpdate(app, victimId, 'A hearing has been listed');
    await markQueued(app, id);
    expect(await delivery.deliver(id)).toBe('sent');
    expect(stub.sentWithReference(id)).toEqual([
      expect.objectContaining({
        type: 'email',
        to: 'safe.address@example.org',
        templateId: '11111111-1111-4111-8111-111111111111',
        personalisation: { update: 'A hearing has been listed' },
      }),
    ]);
    expect(await outboxRow(app, id)).toMatchObject({ status: 'sent', outcome: 'email', attempts: 1 });
    // A second delivery of the same message (a job run twice) sends nothing more.
    expect(await delivery.deliver(id)).toBe('not_pending');
    expect(stub.sentWithReference(id)).toHaveLength(1);
  });

  it('never uses an unsafe channel: with none safe the message goes to the advocate instead', async () => {
    const victimId = await victimWithChannels(app, [
      { channel: 'sms', value: '07700 900003', safe: false },
      { channel: 'phone', value: '07700 900004', safe: true },
    ]);
    const id = await enqueueUpdate(app, victimId, 'Your advocate will call you');
    await markQueued(app, id);
    expect(await delivery.deliver(id)).toBe('diverted');
    expect(stub.sentWithReference(id)).toEqual([]);
    expect(stub.sent.some((item) => item.to.includes('900003') || item.to.includes('900004'))).toBe(false);

    const manager = await signInAs(app, Role.ServiceManager);
    const officer = await app.dataSource.query(
      `SELECT organisation_id FROM victim_access_grants WHERE victim_id = $1`,
      [victimId],
    );
    await app.dataSource.query(
      `INSERT INTO victim_access_grants (id, victim_id, organisation_id, basis, granted_at) VALUES (gen_random_uuid(), $1, $2, 'supporting', now())`,
      [victimId, manager.user.organisationId],
    );
    expect(officer).toHaveLength(1);
    const diverted = await app.http().get('/api/v1/notifications/diverted').set(manager.auth).expect(200);
    expect(diverted.body.items).toEqual([
      expect.objectContaining({ id, victimId, content: { update: 'Your advocate will call you' } }),
    ]);
    const outsider = await signInAs(app, Role.ServiceManager);
    const none = await app.http().get('/api/v1/notifications/diverted').set(outsider.auth).expect(200);
    expect(none.body.items).toEqual([]);
  });

  it('waits for the safe time instead of sending outside it', async () => {
    const otherDays = ALL_DAYS.filter((day) => day !== londonWeekday());
    const victimId = await victimWithChannels(app, [
      {
        channel: 'sms',
        value: '07700 900005',
        safe: true,
        safeTimes: [{ days: otherDays, from: '00:00', to: '23:59' }],
      },
    ]);
    const id = await enqueueUpdate(app, victimId);
    await markQueued(app, id);
    expect(await delivery.deliver(id)).toBe('rescheduled');
    const row = await outboxRow(app, id);
    expect(row).toMatchObject({ status: 'pending' });
    expect((row.not_before as Date).getTime()).toBeGreaterThan(Date.now());
    expect(stub.sentWithReference(id)).toEqual([]);
  });

  it('never sends twice when Notify took the message but the response was lost', async () => {
    const victimId = await victimWithChannels(app, [{ channel: 'sms', value: '07700 900006', safe: true }]);
    const id = await enqueueUpdate(app, victimId);
    await markQueued(app, id);
    stub.loseNextResponses = 1;
    await expect(delivery.deliver(id)).rejects.toThrow();
    expect(stub.sentWithReference(id)).toHaveLength(1);
    expect(await delivery.deliver(id)).toBe('already_sent');
    expect(stub.sentWithReference(id)).toHaveLength(1);
    expect(await outboxRow(app, id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('makes a dead letter of a message whose retries ran out, which an administrator can retry', async () => {
    const victimId = await victimWithChannels(app, [{ channel: 'sms', value: '07700 900007', safe: true }]);
    const id = await enqueueUpdate(app, victimId, 'The trial starts on Monday at Snaresbrook');
    await markQueued(app, id);
    stub.failNext = 1;
    const failure = await delivery.deliver(id).catch((error: unknown) => error);
    await delivery.recordFailure(id, failure, true);
    const admin = await signInAs(app, Role.Admin);
    const dead = await app.http().get('/api/v1/admin/notifications/dead-letters').set(admin.auth).expect(200);
    expect(dead.body.items).toEqual([expect.objectContaining({ id, status: 'dead', attempts: 1 })]);
    expect(JSON.stringify(dead.body)).not.toContain('Snaresbrook');
    await app.http().post(`/api/v1/admin/notifications/dead-letters/${id}/retry`).set(admin.auth).expect(200);
    expect(await outboxRow(app, id)).toMatchObject({ status: 'pending', attempts: 0 });
    await app.http().post(`/api/v1/admin/notifications/dead-letters/${id}/retry`).set(admin.auth).expect(404);
  });
});
