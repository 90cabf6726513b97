import { INestApplicationContext } from '@nestjs/common';
import { PortalSessionService } from '@vs/auth';
import { OutboxDelivery } from '@vs/notifications';
import { NotifyStub, SignedIn, TestApp } from '@vs/testing';
import { API, policeUnit, randomWord, recordCase } from '../cases/case-fixtures';
import { ChannelSpec, markQueued } from '../notifications/notifications-fixtures';

export const PORTAL = `${API}/portal`;

/**
 * A valid body for each portal route that takes one (by declared path), so the isolation probe
 * reaches the service's own-data check instead of stopping at validation.
 */
export const PORTAL_PROBE_BODIES: Readonly<Record<string, Record<string, unknown>>> = {
  [`${PORTAL}/messages`]: { body: 'probe' },
  [`${PORTAL}/cases/:id/personal-statement`]: { text: 'probe', readAloudInCourt: false },
  [`${PORTAL}/cases/:id/complaints`]: { agency: 'police', details: 'probe' },
  [`${PORTAL}/cases/:id/reviews`]: { agency: 'police', decision: 'not_to_charge', details: 'probe' },
  [`${PORTAL}/call-backs`]: { date: '2099-01-05', from: '10:00', to: '11:00' },
  [`${PORTAL}/cases/:id/survey-answers`]: {
    point: 'after_referral',
    overall: 3,
    keptInformed: 3,
    treatedWithRespect: 3,
  },
};
export const DATE_OF_BIRTH = '1988-03-14';

export const portalNotifyVariables = (stub: { url: string; apiKey: string }): Record<string, string> => ({
  NOTIFY_API_KEY: stub.apiKey,
  NOTIFY_BASE_URL: stub.url,
  NOTIFY_TEMPLATE_IDS:
    'one_time_code=33333333-3333-4333-8333-333333333333,advocate_message=44444444-4444-4444-8444-444444444444',
});

const uniqueDigits = (): string => String(Math.floor(Math.random() * 100_000)).padStart(5, '0');

/** An unsafe SMS number and a safe email address, unique so victims are never taken for duplicates. */
export const safeEmailOnly = (): ChannelSpec[] => [
  { channel: 'sms', value: `07700 9${uniqueDigits()}`, safe: false },
  { channel: 'email', value: `safe.${randomWord()}@example.org`, safe: true },
];

/** A victim of a crime recorded by a police unit, invited to follow it in the portal. */
export interface InvitedVictim {
  readonly victimId: string;
  readonly caseId: string;
  readonly crimeReference: string;
  readonly officer: SignedIn;
  readonly channels: ChannelSpec[];
}

export async function invitedVictim(app: TestApp, channels: ChannelSpec[] = safeEmailOnly()): Promise<InvitedVictim> {
  const { officer } = await policeUnit(app);
  const victim = await app
    .http()
    .post(`${API}/victims`)
    .set(officer.auth)
    .send({ givenNames: randomWord(), familyName: randomWord(), dateOfBirth: DATE_OF_BIRTH, contactChannels: channels })
    .expect(201);
  const recorded = await recordCase(app, officer);
  await app
    .http()
    .post(`${API}/cases/${recorded.id}/victims`)
    .set(officer.auth)
    .send({ victimId: victim.body.id })
    .expect(201);
  await app
    .http()
    .post(`${API}/victims/${victim.body.id}/portal-invitations`)
    .set(officer.auth)
    .send({ caseId: recorded.id })
    .expect(201);
  return {
    victimId: victim.body.id as string,
    caseId: recorded.id,
    crimeReference: recorded.crimeReference,
    officer,
    channels,
  };
}

export const startAccess = (app: TestApp, crimeReference: string, dateOfBirth = DATE_OF_BIRTH) =>
  app.http().post(`${PORTAL}/access/start`).send({ crimeReference, dateOfBirth });

export const verifyAccess = (app: TestApp, challengeId: string, code: string) =>
  app.http().post(`${PORTAL}/access/verify`).send({ challengeId, code });

export const codesQueuedFor = async (app: TestApp, victimId: string): Promise<string[]> =>
  (
    await app.dataSource.query<{ id: string }[]>(
      `SELECT id FROM notification_outbox WHERE victim_id = $1 AND purpose = 'one_time_code' ORDER BY id`,
      [victimId],
    )
  ).map((row) => row.id);

/** Delivers the victim's latest code through the real delivery service and reads it off the Notify stub. */
export async function deliveredCode(
  app: TestApp,
  delivery: INestApplicationContext,
  stub: NotifyStub,
  victimId: string,
): Promise<string> {
  const outboxId = (await codesQueuedFor(app, victimId)).at(-1)!;
  await markQueued(app, outboxId);
  await delivery.get(OutboxDelivery).deliver(outboxId);
  const [sent] = stub.sentWithReference(outboxId);
  if (!sent) throw new Error('no code reached the Notify stub');
  return sent.personalisation.code;
}

/** A portal token without the code dance, for tests about what a signed-in victim may see. */
export async function portalTokenFor(app: TestApp, victimId: string): Promise<{ Authorization: string }> {
  const { tokens } = await app.dataSource.transaction((manager) =>
    app.app.get(PortalSessionService).start(manager, victimId),
  );
  return { Authorization: `Bearer ${tokens.accessToken}` };
}
