import { randomInt, randomUUID } from 'node:crypto';
import { OrganisationKind } from '@vs/auth';
import { Role } from '@vs/platform';
import { ReferralView, ServiceProvision, SupportService } from '@vs/referrals';
import { createOrganisation, SignedIn, signInAs, TestApp } from '@vs/testing';

export const API = '/api/v1';

/** A victim-service organisation providing `services`, with a signed-in service manager. */
export interface VictimService {
  readonly organisationId: string;
  readonly name: string;
  readonly manager: SignedIn;
}

export async function victimService(
  app: TestApp,
  services: readonly SupportService[],
  options: { boroughCodes?: string[]; name?: string; firstContactTargetWorkingDays?: number } = {},
): Promise<VictimService> {
  const organisation = await createOrganisation(app.dataSource, OrganisationKind.VictimService, options.name);
  const provisions = app.dataSource.getRepository(ServiceProvision);
  for (const service of services)
    await provisions.save(
      provisions.create({
        organisationId: organisation.id,
        service,
        boroughCodes: options.boroughCodes ?? [],
        firstContactTargetWorkingDays: options.firstContactTargetWorkingDays ?? 2,
      }),
    );
  return {
    organisationId: organisation.id,
    name: organisation.name,
    manager: await signInAs(app, Role.ServiceManager, { organisationId: organisation.id }),
  };
}

/** Letters only, so two people's names never normalise alike. */
const letters = (length = 10): string => Array.from({ length }, () => String.fromCharCode(97 + randomInt(26))).join('');

/** A new person each call. */
export const newVictim = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  givenNames: `Amara ${letters()}`,
  familyName: letters(),
  dateOfBirth: '1990-04-21',
  preferredLanguage: 'en',
  ...overrides,
});

/** A valid referral of a new victim: standard risk, no concerns, consent given. */
export const referralBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  source: 'police',
  victim: newVictim(),
  reason: 'Assaulted on the way home; wants support.',
  risk: { level: 'standard', concerns: [] },
  consent: { given: true },
  ...overrides,
});

export const newKey = (): string => `key-${randomUUID()}`;

export const refer = (app: TestApp, who: SignedIn, body: Record<string, unknown>, key: string = newKey()) =>
  app.http().post(`${API}/referrals`).set(who.auth).set('Idempotency-Key', key).send(body);

/** Refers and expects it to be created; returns the referral. */
export async function referred(
  app: TestApp,
  who: SignedIn,
  overrides: Record<string, unknown> = {},
): Promise<ReferralView> {
  const response = await refer(app, who, referralBody(overrides));
  if (response.status !== 201)
    throw new Error(`referring failed with ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body as ReferralView;
}

export const triage = (app: TestApp, manager: SignedIn, referralId: string, body: Record<string, unknown>) =>
  app.http().post(`${API}/referrals/${referralId}/triage`).set(manager.auth).send(body);

export const getReferral = (app: TestApp, who: SignedIn, referralId: string, headers: Record<string, string> = {}) =>
  app.http().get(`${API}/referrals/${referralId}`).set(who.auth).set(headers);
