import { BenchApp } from './bench-app';

export type Call = <T = { id: string }>(method: string, path: string, body?: unknown) => Promise<T>;

/** Calls the API as the holder of `token` (none: anonymously), failing on any error answer. */
export const apiAs =
  (bench: Pick<BenchApp, 'url'>, token: string | null): Call =>
  async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${bench.url}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };

export interface BusyCaseShape {
  /** Events the victim may see, crime recorded and the hearing listings included. */
  readonly events: number;
  readonly hearings: number;
  /** The year the hearings start in: past hearings for a case's history, future ones for what is next. */
  readonly hearingYear: number;
}

/** A case recorded by `officerId` with one victim, `shape.events` events and `shape.hearings` hearings. */
export async function busyCase(
  call: Call,
  officerId: string,
  shape: BusyCaseShape,
): Promise<{ caseId: string; victimId: string }> {
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const { id: caseId } = await call('POST', '/cases', {
    crimeReference: `BENCH/${unique}`,
    offence: 'Controlling or coercive behaviour',
    offenceGroup: 'domestic_abuse',
    boroughCode: 'E09000019',
    reportedAt: '2025-01-06T09:00:00Z',
    officerInCaseId: officerId,
  });
  const { id: victimId } = await call('POST', '/victims', {
    givenNames: 'Bench',
    familyName: `Victim ${unique}`,
    dateOfBirth: '1990-02-03',
  });
  await call('POST', `/cases/${caseId}/victims`, { victimId });
  const told = { visibleToVictim: true, victimLine: 'There is news about your case.' };
  for (let index = 0; index < shape.hearings; index++) {
    await call('POST', `/cases/${caseId}/hearings`, {
      ...told,
      occurredAt: '2025-02-01T09:00:00Z',
      court: 'Highbury Corner Magistrates’ Court',
      startsAt: `${shape.hearingYear}-03-0${index + 1}T10:00:00Z`,
      type: 'other',
    });
  }
  for (let index = 0; index < shape.events - shape.hearings - 1; index++) {
    await call('POST', `/cases/${caseId}/events`, {
      ...told,
      type: 'bail_changed',
      occurredAt: '2025-01-20T09:00:00Z',
      details: { outcome: 'conditional_bail' },
    });
  }
  return { caseId, victimId };
}
