import { Client } from 'pg';
import { BOROUGH_CODES } from '@vs/cases';
import { benchId, BenchKind } from './bench-ids';
import { copyRows } from './copy';

/** What the generator needs to write personal data as the application would: encrypted, with blind indexes. */
export interface BenchCrypto {
  encrypt(plaintext: string): string;
  nameIndex(givenNames: string, familyName: string): string;
}

/** Who the generated staff are and how many. */
export interface BenchPeople {
  /** Advocates per victim service; each borough has one service. */
  readonly advocatesPerService: number;
  readonly referrals: number;
  /** The argon2 hash of the one password every generated member of staff has (hashing is slow: once). */
  readonly passwordHash: string;
}

export const BENCH_PASSWORD = 'bench marble otter lighthouse';
export const benchAdvocateEmail = (n: number): string => `bench-advocate-${n}@bench.vs.london`;
export const BENCH_COMMISSIONER_EMAIL = 'bench-commissioner@bench.vs.london';

const GIVEN_NAMES = [
  'Amara',
  'Ben',
  'Chloe',
  'Dev',
  'Efua',
  'Finn',
  'Grace',
  'Hassan',
  'Ines',
  'Jamal',
  'Kasia',
  'Leon',
];
const FAMILY_NAMES = ['Adeyemi', 'Brown', 'Chowdhury', 'Davies', 'Evans', 'Fernandes', 'Green', 'Hussain', 'Ibrahim'];

/**
 * One million victims streamed with COPY: their names encrypted and indexed by the application's own
 * cipher and blind index, so every read path (decrypting names, matching duplicates) works on them.
 */
export function copyVictims(client: Client, count: number, crypto: BenchCrypto): Promise<number> {
  const recordedBy = benchId(BenchKind.PoliceUnit, 2);
  const recordingUnit = benchId(BenchKind.PoliceUnit, 1);
  return copyRows(
    client,
    'victims',
    [
      'id',
      'given_names',
      'family_name',
      'name_index',
      'date_of_birth',
      'created_by_user_id',
      'created_by_organisation_id',
      'version',
    ],
    count,
    (n) => {
      const givenNames = GIVEN_NAMES[n % GIVEN_NAMES.length];
      const familyName = `${FAMILY_NAMES[Math.floor(n / GIVEN_NAMES.length) % FAMILY_NAMES.length]}-${n.toString(36)}`;
      const born = new Date(Date.UTC(1940, 0, 1) + (n % 25_000) * 86_400_000).toISOString().slice(0, 10);
      return [
        benchId(BenchKind.Victim, n),
        crypto.encrypt(givenNames),
        crypto.encrypt(familyName),
        crypto.nameIndex(givenNames, familyName),
        born,
        recordedBy,
        recordingUnit,
        1,
      ];
    },
  );
}

/** One victim service per borough, offering the four advocacy services there. */
const SERVICES = `
  CREATE TEMP TABLE bench_service AS
    SELECT ordinality AS i, borough_code, pg_temp.bench_id(${BenchKind.ServiceOrganisation}, ordinality) AS org_id
      FROM unnest($1::text[]) WITH ORDINALITY AS borough_code
`;
const SERVICE_ORGANISATIONS = `
  INSERT INTO organisations (id, name, kind, version)
    SELECT org_id, 'Bench victim service ' || borough_code, 'victim_service', 1 FROM bench_service
`;
const SERVICE_PROVISIONS = `
  INSERT INTO service_provisions (id, organisation_id, service, borough_codes, first_contact_target_working_days, version)
    SELECT pg_temp.bench_id(${BenchKind.ServiceProvision}, i * 10 + k), org_id,
           (ARRAY['idva', 'isva', 'hcva', 'general_victim_support'])[k]::support_service, ARRAY[borough_code], 2, 1
      FROM bench_service CROSS JOIN generate_series(1, 4) AS k
`;
/** Advocate number a works for service ((a - 1) mod services) + 1. */
const ADVOCATE_NUMBERS = `
  CREATE TEMP TABLE bench_advocate AS
    SELECT j * $2::int + i AS a, i, org_id, borough_code
      FROM bench_service CROSS JOIN generate_series(0, $1::int - 1) AS j
`;
const ADVOCATE_USERS = `
  INSERT INTO staff_users (id, email, display_name, role, organisation_id, password_hash, version)
    SELECT pg_temp.bench_id(${BenchKind.Advocate}, a), 'bench-advocate-' || a || '@bench.vs.london',
           'Bench advocate ' || a, 'advocate', org_id, $1, 1
      FROM bench_advocate
`;
const ADVOCATE_PROFILES = `
  INSERT INTO advocates (id, user_id, organisation_id, type, borough_codes, working_hours_fraction, caseload_capacity,
                         version)
    SELECT pg_temp.bench_id(${BenchKind.AdvocateProfile}, a), pg_temp.bench_id(${BenchKind.Advocate}, a), org_id,
           (ARRAY['idva', 'isva', 'hcva', 'caseworker'])[1 + a % 4]::advocate_type, ARRAY[borough_code], 1.0, 45, 1
      FROM bench_advocate
`;
const SERVICE_MANAGERS = `
  INSERT INTO staff_users (id, email, display_name, role, organisation_id, password_hash, version)
    SELECT pg_temp.bench_id(${BenchKind.ServiceManager}, i), 'bench-manager-' || i || '@bench.vs.london',
           'Bench manager ' || i, 'service_manager', org_id, $1, 1
      FROM bench_service
`;
const COMMISSIONER = `
  WITH office AS (
    INSERT INTO organisations (id, name, kind, version)
    VALUES (pg_temp.bench_id(${BenchKind.Commissioner}, 1), 'Bench Victims'' Commissioner', 'commissioner_office', 1)
    RETURNING id
  )
  INSERT INTO staff_users (id, email, display_name, role, organisation_id, password_hash, version)
    SELECT pg_temp.bench_id(${BenchKind.Commissioner}, 2), '${BENCH_COMMISSIONER_EMAIL}', 'Bench commissioner',
           'commissioner', id, $1, 1
      FROM office
`;

/**
 * Police referrals of the first cases referred, sent to the service of the case's borough for the
 * service its offence needs; most are closed, about a third are with an advocate now (about forty
 * each, a full caseload), the rest waiting or declined.
 */
const REFERRALS = `
  INSERT INTO referrals (id, source, referred_by_user_id, referred_by_organisation_id, victim_id, crime_reference,
                         case_id, borough_code, reason, concerns, reported_risk_level, risk_level, under18,
                         circumstances, consent_given, proposed_service, also_refer, marac_recommended, triage_rule_id,
                         triage_rules_version, triage_reasons, service, organisation_id, state, state_changed_at,
                         received_at, first_contact_target_working_days, first_contact_due_at, first_contact_at,
                         allocated_user_id, allocated_at, version)
  SELECT pg_temp.bench_id(${BenchKind.Referral}, n), 'police', $1::uuid, $2::uuid, pg_temp.bench_id(${BenchKind.Victim}, victim_n),
         'BENCH/' || n, pg_temp.bench_id(${BenchKind.Crime}, n), c.borough_code, $3, concerns, risk::risk_level,
         risk::risk_level, false, '{}', true, service::support_service, '{}', risk = 'high', 'bench', 'bench',
         ARRAY['Generated for the benchmark'], service::support_service, s.org_id, state::referral_state,
         received_at + interval '3 days', received_at, 2, received_at + interval '2 days',
         CASE WHEN state IN ('first_contact_made', 'closed') THEN received_at + interval '1 day' END,
         CASE WHEN state IN ('allocated', 'accepted', 'first_contact_made', 'closed')
              THEN pg_temp.bench_id(${BenchKind.Advocate}, floor(pg_temp.bench_rand(n, 33) * $4::int)::int * $5::int + s.i) END,
         CASE WHEN state IN ('allocated', 'accepted', 'first_contact_made', 'closed') THEN received_at + interval '1 day' END,
         1
  FROM (
    SELECT c.*, reported_at + referral_delay AS received_at,
           CASE offence_group WHEN 'domestic_abuse' THEN 'idva' WHEN 'sexual_offences' THEN 'isva'
                WHEN 'child_sexual_exploitation' THEN 'isva' WHEN 'hate_crime' THEN 'hcva'
                ELSE 'general_victim_support' END AS service,
           CASE offence_group WHEN 'domestic_abuse' THEN ARRAY['domestic_abuse']
                WHEN 'sexual_offences' THEN ARRAY['sexual_violence'] WHEN 'hate_crime' THEN ARRAY['hate_crime']
                WHEN 'stalking_harassment' THEN ARRAY['stalking'] ELSE ARRAY[]::text[] END::referral_concern[] AS concerns,
           (ARRAY['standard', 'medium', 'medium', 'high'])[1 + floor(pg_temp.bench_rand(n, 31) * 4)::int] AS risk,
           CASE WHEN roll < 0.55 THEN 'closed' WHEN roll < 0.58 THEN 'declined' WHEN roll < 0.61 THEN 'victim_declined'
                WHEN roll < 0.64 THEN 'unable_to_contact' WHEN roll < 0.67 THEN 'received' WHEN roll < 0.70 THEN 'triaged'
                WHEN roll < 0.75 THEN 'allocated' WHEN roll < 0.80 THEN 'accepted' ELSE 'first_contact_made' END AS state
      FROM (SELECT *, pg_temp.bench_rand(n, 32) AS roll FROM bench_case
             WHERE referral_delay IS NOT NULL ORDER BY n LIMIT $6) AS c
  ) AS c
  JOIN bench_service AS s ON s.borough_code = c.borough_code
`;

const REFERRAL_TRANSITIONS = `
  INSERT INTO referral_transitions (id, referral_id, from_state, to_state, actor_user_id, actor_organisation_id,
                                    occurred_at)
  SELECT pg_temp.bench_id(${BenchKind.ReferralTransition}, n), id, NULL, 'received', $1::uuid, $2::uuid, received_at
    FROM bench_referral
`;

/**
 * Who may see which victim: the recording police unit sees every victim it recorded; for each
 * referral the referrer, the receiving service and, once allocated, the advocate by name.
 */
const ACCESS_GRANTS = `
  INSERT INTO victim_access_grants (id, victim_id, organisation_id, user_id, basis, granted_at)
  SELECT pg_temp.bench_id(${BenchKind.RecordedGrant}, n), pg_temp.bench_id(${BenchKind.Victim}, n), $1::uuid, NULL,
         'recorded'::victim_access_basis, timestamptz '2025-01-01T00:00:00Z'
    FROM generate_series(1, $3::bigint) AS n
  UNION ALL
  SELECT pg_temp.bench_id(${BenchKind.ReferredGrant}, r.n), victim_id, referred_by_organisation_id, $2::uuid,
         'referred', received_at
    FROM bench_referral AS r
  UNION ALL
  SELECT pg_temp.bench_id(${BenchKind.SupportingGrant}, r.n), victim_id, organisation_id, NULL, 'supporting', received_at
    FROM bench_referral AS r
  UNION ALL
  SELECT pg_temp.bench_id(${BenchKind.AllocatedGrant}, r.n), victim_id, organisation_id, allocated_user_id,
         'supporting', allocated_at
    FROM bench_referral AS r WHERE allocated_user_id IS NOT NULL
`;

const REFERRAL_NUMBERS = `
  CREATE TEMP TABLE bench_referral AS
    SELECT row_number() OVER (ORDER BY id) AS n, id, victim_id, referred_by_organisation_id, organisation_id,
           allocated_user_id, allocated_at, received_at
      FROM referrals WHERE triage_rule_id = 'bench'
`;

/** Services, staff, referrals, their history and the access grants, all derived inside PostgreSQL. */
export async function loadServicesAndReferrals(
  client: Client,
  people: BenchPeople,
  victims: number,
  crypto: BenchCrypto,
  step: (name: string, work: () => Promise<unknown>) => Promise<void>,
): Promise<void> {
  const services = BOROUGH_CODES.length;
  await step('servicesAndStaff', async () => {
    await client.query(SERVICES, [[...BOROUGH_CODES]]);
    await client.query(SERVICE_ORGANISATIONS);
    await client.query(SERVICE_PROVISIONS);
    await client.query(ADVOCATE_NUMBERS, [people.advocatesPerService, services]);
    await client.query(ADVOCATE_USERS, [people.passwordHash]);
    await client.query(ADVOCATE_PROFILES);
    await client.query(SERVICE_MANAGERS, [people.passwordHash]);
    await client.query(COMMISSIONER, [people.passwordHash]);
  });
  const referrer = [benchId(BenchKind.PoliceUnit, 2), benchId(BenchKind.PoliceUnit, 1)];
  await step('referrals', () =>
    client.query(REFERRALS, [
      ...referrer,
      crypto.encrypt('Reported to police; would like support.'),
      people.advocatesPerService,
      services,
      people.referrals,
    ]),
  );
  await client.query(REFERRAL_NUMBERS);
  await step('referralTransitions', () => client.query(REFERRAL_TRANSITIONS, referrer));
  await step('accessGrants', () => client.query(ACCESS_GRANTS, [referrer[1], referrer[0], victims]));
}
