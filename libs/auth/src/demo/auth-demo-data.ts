import { DataSource } from 'typeorm';
import { DemoDataSeeder, DemoLogin, Role } from '@vs/platform';
import { Organisation, OrganisationKind } from '../entities/organisation.entity';
import { StaffUser } from '../entities/staff-user.entity';
import { PasswordHasher } from '../passwords/password-hasher';

const POLICE = 'Metropolitan Police — Central West BCU';
const IDVA_SERVICE = 'Solace IDVA Service';
const COMMISSIONER = "Office of the Victims' Commissioner";
const GOVERNANCE = 'Information Governance';

const DEMO_ORGANISATIONS: ReadonlyArray<{ name: string; kind: OrganisationKind }> = [
  { name: POLICE, kind: OrganisationKind.PoliceUnit },
  { name: IDVA_SERVICE, kind: OrganisationKind.VictimService },
  { name: COMMISSIONER, kind: OrganisationKind.CommissionerOffice },
  { name: GOVERNANCE, kind: OrganisationKind.SystemAdministration },
];

interface DemoUser extends DemoLogin {
  readonly role: Role;
  readonly displayName: string;
  readonly organisation: string;
  readonly team: string | null;
}

// Local demo only: passphrases that pass the password policy, printed by the quickstart.
const DEMO_USERS: readonly DemoUser[] = [
  {
    role: Role.Referrer,
    email: 'referrer@demo.vs.london',
    password: 'harbour lantern violet',
    displayName: 'PC Dan Referrer',
    organisation: POLICE,
    team: null,
  },
  {
    role: Role.PoliceCaseOfficer,
    email: 'officer@demo.vs.london',
    password: 'granite meadow whistle',
    displayName: 'DC Priya Officer',
    organisation: POLICE,
    team: null,
  },
  {
    role: Role.Advocate,
    email: 'advocate@demo.vs.london',
    password: 'copper willow sunrise',
    displayName: 'Amara Advocate (IDVA)',
    organisation: IDVA_SERVICE,
    team: 'North IDVA team',
  },
  {
    role: Role.ServiceManager,
    email: 'manager@demo.vs.london',
    password: 'velvet compass river',
    displayName: 'Grace Manager',
    organisation: IDVA_SERVICE,
    team: 'North IDVA team',
  },
  {
    role: Role.Commissioner,
    email: 'commissioner@demo.vs.london',
    password: 'amber falcon teapot',
    displayName: 'Commissioner Analyst',
    organisation: COMMISSIONER,
    team: null,
  },
  {
    role: Role.Auditor,
    email: 'auditor@demo.vs.london',
    password: 'silent ledger maple',
    displayName: 'Ian Auditor',
    organisation: GOVERNANCE,
    team: null,
  },
  {
    role: Role.Admin,
    email: 'admin@demo.vs.london',
    password: 'orbit pebble thunder',
    displayName: 'Sam Admin',
    organisation: GOVERNANCE,
    team: null,
  },
];

export const AUTH_DEMO_LOGINS: readonly DemoLogin[] = DEMO_USERS.map(({ role, email, password }) => ({
  role,
  email,
  password,
}));

/** Demo organisations and one user per staff role. */
export const AUTH_DEMO_SEEDER: DemoDataSeeder = {
  name: 'staff users and organisations',
  async seed(dataSource: DataSource): Promise<void> {
    const hasher = new PasswordHasher();
    await dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(Organisation)
        .values(DEMO_ORGANISATIONS.map((o) => manager.create(Organisation, o)))
        .orIgnore()
        .execute();
      const organisations = await manager.find(Organisation);
      const idOf = (name: string): string => organisations.find((o) => o.name === name)!.id;
      const existing = new Set((await manager.find(StaffUser, { select: { email: true } })).map((user) => user.email));
      for (const user of DEMO_USERS.filter((candidate) => !existing.has(candidate.email))) {
        await manager.insert(
          StaffUser,
          manager.create(StaffUser, {
            email: user.email,
            displayName: user.displayName,
            role: user.role,
            organisationId: idOf(user.organisation),
            team: user.team,
            passwordHash: await hasher.hash(user.password),
          }),
        );
      }
    });
  },
};
