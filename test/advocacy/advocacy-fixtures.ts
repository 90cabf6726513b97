import { Role } from '@vs/platform';
import { SignedIn, signInAs, TestApp } from '@vs/testing';
import { API, getReferral, triage, VictimService } from '../referrals/referral-fixtures';

export interface Advocate {
  readonly advocateId: string;
  readonly session: SignedIn;
}

/** An advocate of the service, signed in, with a profile the service manager created. */
export async function advocateOf(
  app: TestApp,
  service: VictimService,
  profile: Record<string, unknown> = {},
  team: string | null = null,
): Promise<Advocate> {
  const session = await signInAs(app, Role.Advocate, { organisationId: service.organisationId, team });
  const response = await app
    .http()
    .post(`${API}/advocates`)
    .set(service.manager.auth)
    .send({ userId: session.user.id, type: 'idva', workingHoursFraction: 1, caseloadCapacity: 60, ...profile });
  if (response.status !== 201)
    throw new Error(`creating an advocate failed with ${response.status}: ${JSON.stringify(response.body)}`);
  return { advocateId: response.body.id, session };
}

/** The referral's current version, as its receiving service sees it. */
export const versionOf = async (app: TestApp, service: VictimService, referralId: string): Promise<number> =>
  (await getReferral(app, service.manager, referralId).expect(200)).body.version;

/** Allocates at the referral's current version, expecting `status`. */
export const allocate = async (
  app: TestApp,
  service: VictimService,
  referralId: string,
  advocateId: string,
  status = 200,
) =>
  app
    .http()
    .post(`${API}/referrals/${referralId}/allocation`)
    .set(service.manager.auth)
    .send({ advocateId, version: await versionOf(app, service, referralId) })
    .expect(status);

export const casework = (app: TestApp, who: SignedIn, referralId: string) => ({
  get: () => app.http().get(`${API}/casework/${referralId}`).set(who.auth),
  post: (path: string, body: Record<string, unknown>) =>
    app.http().post(`${API}/casework/${referralId}/${path}`).set(who.auth).send(body),
  put: (path: string, body: Record<string, unknown>) =>
    app.http().put(`${API}/casework/${referralId}/${path}`).set(who.auth).send(body),
});

/** Takes a received referral to accepted by `advocate`: triaged, allocated, accepted. */
export async function acceptedBy(
  app: TestApp,
  service: VictimService,
  referralId: string,
  advocate: Advocate,
): Promise<number> {
  await triage(app, service.manager, referralId, {
    decision: 'accept',
    version: await versionOf(app, service, referralId),
  }).expect(200);
  const allocated = await allocate(app, service, referralId, advocate.advocateId);
  const accepted = await casework(app, advocate.session, referralId)
    .post('acceptance', { version: allocated.body.version })
    .expect(200);
  return accepted.body.version as number;
}
