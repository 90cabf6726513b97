import { DataSource } from 'typeorm';
import { NotifyStub } from '@vs/testing';
import { AppProcess, callApi, check, FaultCheck, signedInOfficer } from './fault-harness';

/** A case with victims who each take text messages, and the officer who records its updates. */
export interface NotifiedCase {
  readonly caseId: string;
  readonly victimIds: readonly string[];
  readonly token: string;
}

/** Letters only: a victim is matched by name, and names with digits could normalise alike. */
const letters = (n: number): string =>
  String.fromCharCode(97 + (n % 26)) + String.fromCharCode(97 + Math.floor(n / 26));

async function created(request: Promise<{ status: number; body: Record<string, unknown> }>, what: string) {
  const answer = await request;
  if (answer.status !== 201) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return String(answer.body.id);
}

/** Records, through the API, a case and `victims` victims linked to it, each with a safe mobile number. */
export async function caseWithTextedVictims(
  dataSource: DataSource,
  api: AppProcess,
  victims: number,
): Promise<NotifiedCase> {
  const { token, userId } = await signedInOfficer(dataSource, api);
  const caseId = await created(
    callApi(api, token, 'POST', '/cases', {
      crimeReference: `T${Date.now().toString(16).toUpperCase().padStart(10, '0').slice(-10)}/25`,
      offence: 'Assault occasioning actual bodily harm',
      offenceGroup: 'domestic_abuse',
      boroughCode: 'E09000022',
      reportedAt: '2025-03-01T09:00:00Z',
      officerInCaseId: userId,
    }),
    'recording a case',
  );
  const victimIds: string[] = [];
  for (let n = 0; n < victims; n++) {
    const victimId = await created(
      callApi(api, token, 'POST', '/victims', {
        givenNames: 'Fault',
        familyName: `Notified ${letters(n)}`,
        dateOfBirth: '1988-03-14',
        contactChannels: [{ channel: 'sms', value: `07700 900${String(100 + n)}`, safe: true }],
      }),
      'recording a victim',
    );
    await created(callApi(api, token, 'POST', `/cases/${caseId}/victims`, { victimId }), 'linking a victim');
    victimIds.push(victimId);
  }
  return { caseId, victimIds, token };
}

/**
 * Records `count` updates the victims may see, one after another; answers the ids of those the
 * API acknowledged (201) and how many it did not.
 */
export async function recordVisibleUpdates(
  api: AppProcess,
  notified: NotifiedCase,
  count: number,
): Promise<{ acknowledged: string[]; unacknowledged: number }> {
  const acknowledged: string[] = [];
  for (let n = 0; n < count; n++) {
    const answer = await callApi(api, notified.token, 'POST', `/cases/${notified.caseId}/events`, {
      type: 'suspect_arrested',
      occurredAt: '2025-03-02T10:00:00Z',
      visibleToVictim: true,
      victimLine: 'A suspect has been arrested.',
    }).catch(() => null);
    if (answer?.status === 201) acknowledged.push(String(answer.body.id));
  }
  return { acknowledged, unacknowledged: count - acknowledged.length };
}

export interface OutboxTally {
  readonly messages: number;
  readonly sent: number;
  /** Messages Notify received more than once, and sends that match no message. */
  readonly sentTwice: number;
  readonly strangers: number;
}

/** The victims' outbox as the database has it, against what the Notify stub received. */
export async function tallyOutbox(
  dataSource: DataSource,
  notified: NotifiedCase,
  stub: NotifyStub,
): Promise<OutboxTally> {
  const rows = await dataSource.query<{ id: string; status: string }[]>(
    'SELECT id, status FROM notification_outbox WHERE victim_id = ANY($1::uuid[])',
    [notified.victimIds],
  );
  const ids = new Set(rows.map((row) => row.id));
  return {
    messages: rows.length,
    sent: rows.filter((row) => row.status === 'sent').length,
    sentTwice: rows.filter((row) => stub.sentWithReference(row.id).length > 1).length,
    strangers: stub.sent.filter((notification) => !ids.has(notification.reference)).length,
  };
}

/** The checks both notification faults end with: nothing acknowledged lost, everything sent once. */
export async function deliveredExactlyOnce(
  dataSource: DataSource,
  notified: NotifiedCase,
  stub: NotifyStub,
  acknowledgedEvents: readonly string[],
): Promise<FaultCheck[]> {
  const [{ stored }] = await dataSource.query<{ stored: number }[]>(
    'SELECT count(*)::int AS stored FROM case_events WHERE id = ANY($1::uuid[])',
    [acknowledgedEvents],
  );
  const tally = await tallyOutbox(dataSource, notified, stub);
  const expected = acknowledgedEvents.length * notified.victimIds.length;
  return [
    check('every acknowledged case update is stored', stored === acknowledgedEvents.length),
    check('each acknowledged update caused one message per victim', tally.messages === expected),
    check('every message is marked sent', tally.sent === tally.messages),
    check(
      'Notify received every message exactly once, and nothing else',
      tally.sentTwice === 0 && tally.strangers === 0 && stub.sent.length === tally.messages,
    ),
  ];
}
