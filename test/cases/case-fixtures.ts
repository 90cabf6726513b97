import { randomBytes } from 'node:crypto';
import { OrganisationKind } from '@vs/auth';
import { Role } from '@vs/platform';
import { createOrganisation, SignedIn, signInAs, TestApp } from '@vs/testing';
import { VictimAccessGrantRequest, VictimAccessService } from '@vs/victims';

export const API = '/api/v1';

/** Letters only: names with digits could normalise alike and be taken for duplicates of each other. */
export const randomWord = (length = 8): string =>
  Array.from(randomBytes(length), (byte) => String.fromCharCode(97 + (byte % 26))).join('');

export const newCrimeReference = (): string => `T${randomBytes(5).toString('hex').toUpperCase()}/25`;

/** A police unit with one signed-in officer. */
export interface PoliceUnit {
  readonly organisationId: string;
  readonly officer: SignedIn;
}

export async function policeUnit(app: TestApp): Promise<PoliceUnit> {
  const organisation = await createOrganisation(app.dataSource, OrganisationKind.PoliceUnit);
  return {
    organisationId: organisation.id,
    officer: await signInAs(app, Role.PoliceCaseOfficer, { organisationId: organisation.id }),
  };
}

export const crimeBody = (officer: SignedIn, overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  crimeReference: newCrimeReference(),
  offence: 'Assault occasioning actual bodily harm',
  offenceGroup: 'domestic_abuse',
  boroughCode: 'E09000022',
  reportedAt: '2025-03-01T09:00:00Z',
  officerInCaseId: officer.user.id,
  ...overrides,
});

export interface RecordedCase {
  readonly id: string;
  readonly crimeReference: string;
  readonly version: number;
  readonly stage: string;
}

export async function recordCase(
  app: TestApp,
  officer: SignedIn,
  overrides: Record<string, unknown> = {},
): Promise<RecordedCase> {
  const response = await app.http().post(`${API}/cases`).set(officer.auth).send(crimeBody(officer, overrides));
  if (response.status !== 201)
    throw new Error(`recording a crime failed with ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body as RecordedCase;
}

/** A victim recorded through the victims API by `creator`, who keeps access to them. */
export async function createVictim(
  app: TestApp,
  creator: SignedIn,
  details: Record<string, unknown> = {},
): Promise<string> {
  const response = await app
    .http()
    .post(`${API}/victims`)
    .set(creator.auth)
    .send({ givenNames: randomWord(), familyName: randomWord(), ...details });
  if (response.status !== 201)
    throw new Error(`creating a victim failed with ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}

export const linkVictim = (app: TestApp, officer: SignedIn, caseId: string, victimId: string) =>
  app.http().post(`${API}/cases/${caseId}/victims`).set(officer.auth).send({ victimId });

/** A case of the officer's unit with one victim linked. */
export async function caseWithVictim(
  app: TestApp,
  officer: SignedIn,
  crime: Record<string, unknown> = {},
  victim: Record<string, unknown> = {},
): Promise<{ case: RecordedCase; victimId: string }> {
  const recorded = await recordCase(app, officer, crime);
  const victimId = await createVictim(app, officer, victim);
  await linkVictim(app, officer, recorded.id, victimId).expect(201);
  return { case: recorded, victimId };
}

export const eventBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'suspect_arrested',
  occurredAt: '2025-03-02T10:00:00Z',
  visibleToVictim: true,
  victimLine: 'A suspect has been arrested.',
  ...overrides,
});

export const recordEvent = (app: TestApp, officer: SignedIn, caseId: string, overrides: Record<string, unknown> = {}) =>
  app.http().post(`${API}/cases/${caseId}/events`).set(officer.auth).send(eventBody(overrides));

/** Access the victims API offers no route for yet (support allocation arrives with advocacy). */
export const grantAccess = (app: TestApp, request: VictimAccessGrantRequest) =>
  app.app.get(VictimAccessService).grant(app.dataSource.manager, request);
