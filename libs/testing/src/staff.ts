import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Organisation, OrganisationKind, PasswordHasher, StaffUser } from '@vs/auth';
import { Role } from '@vs/platform';
import { TestApp } from './test-app';

export const TEST_PASSWORD = 'marble otter lighthouse';

// One hash for every test user: argon2id is deliberately slow, and these users differ only in role.
let passwordHash: Promise<string> | undefined;
const hashOfTestPassword = (): Promise<string> => (passwordHash ??= new PasswordHasher().hash(TEST_PASSWORD));

export async function createOrganisation(
  dataSource: DataSource,
  kind = OrganisationKind.VictimService,
  name?: string,
): Promise<Organisation> {
  const repository = dataSource.getRepository(Organisation);
  const organisation = repository.create({ name: name ?? `Org ${randomBytes(4).toString('hex')}`, kind });
  return repository.save(organisation);
}

export interface StaffOptions {
  readonly organisationId?: string;
  readonly team?: string | null;
  readonly email?: string;
}

/** A staff user inserted directly (fast), able to sign in with TEST_PASSWORD. */
export async function createStaff(dataSource: DataSource, role: Role, options: StaffOptions = {}): Promise<StaffUser> {
  const organisationId = options.organisationId ?? (await createOrganisation(dataSource)).id;
  const repository = dataSource.getRepository(StaffUser);
  return repository.save(
    repository.create({
      email: options.email ?? `${role}.${randomBytes(4).toString('hex')}@test.vs.london`,
      displayName: `Test ${role}`,
      role,
      organisationId,
      team: options.team ?? null,
      passwordHash: await hashOfTestPassword(),
    }),
  );
}

export interface SignedIn {
  readonly user: StaffUser;
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly auth: { Authorization: string };
}

/** Signs a user in through the real login endpoint. */
export async function signIn(app: TestApp, user: StaffUser, totp?: string): Promise<SignedIn> {
  const response = await app
    .http()
    .post('/api/v1/auth/login')
    .send({ email: user.email, password: TEST_PASSWORD, ...(totp ? { totp } : {}) });
  if (response.status !== 200)
    throw new Error(`login failed with ${response.status}: ${JSON.stringify(response.body)}`);
  return {
    user,
    accessToken: response.body.accessToken,
    refreshToken: response.body.refreshToken,
    auth: { Authorization: `Bearer ${response.body.accessToken}` },
  };
}

/** Creates a user of the role and signs them in. */
export async function signInAs(app: TestApp, role: Role, options: StaffOptions = {}): Promise<SignedIn> {
  return signIn(app, await createStaff(app.dataSource, role, options));
}
