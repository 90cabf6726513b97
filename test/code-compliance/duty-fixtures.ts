import { Clock } from '@vs/platform';
import { SignedIn, TestApp } from '@vs/testing';
import { API } from '../cases/case-fixtures';

/** Every service reads "now" from the one Clock: fixing it puts the whole API at that instant. */
export const fixClock = (app: TestApp, at: string): void => {
  jest.spyOn(app.app.get(Clock), 'now').mockImplementation(() => new Date(at));
};

export interface DutyBody {
  readonly id: string;
  readonly victimId: string;
  readonly dutyCode: string;
  readonly triggerEventId: string | null;
  readonly status: string;
  readonly dueAt: string | null;
  readonly enhanced: boolean;
  readonly [field: string]: unknown;
}

export const dutiesRequest = (app: TestApp, who: SignedIn, caseId: string, headers: Record<string, string> = {}) =>
  app.http().get(`${API}/cases/${caseId}/duties`).set(who.auth).set(headers);

export async function dutiesOf(app: TestApp, who: SignedIn, caseId: string): Promise<DutyBody[]> {
  return (await dutiesRequest(app, who, caseId).expect(200)).body.duties as DutyBody[];
}

/** The one duty of that code for that victim (and, for duties owed per event, that event). */
export function dutyIn(duties: DutyBody[], dutyCode: string, victimId: string, triggerEventId: string | null = null) {
  const found = duties.filter(
    (duty) => duty.dutyCode === dutyCode && duty.victimId === victimId && duty.triggerEventId === triggerEventId,
  );
  if (found.length !== 1) throw new Error(`expected one ${dutyCode} for ${victimId}, found ${found.length}`);
  return found[0];
}

export const waive = (
  app: TestApp,
  who: SignedIn,
  caseId: string,
  dutyId: string,
  reason = 'She does not want this.',
) => app.http().post(`${API}/cases/${caseId}/duties/${dutyId}/waiver`).set(who.auth).send({ reason });
