/**
 * The generated data's ids: `kind` says what the row is, `n` which one. The same formula as the SQL
 * function pg_temp.bench_id, so rows streamed from here and rows made in SQL point at each other.
 */
export function benchId(kind: number, n: number): string {
  return `${kind.toString(16).padStart(8, '0')}-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** The SQL side of benchId and a deterministic random number in [0, 1) per (n, salt), for INSERT ... SELECT. */
export const BENCH_SQL_FUNCTIONS = `
  CREATE FUNCTION pg_temp.bench_rand(n bigint, salt bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (hashint8extended(n, salt) & 2147483647)::float8 / 2147483648 $$;
  CREATE FUNCTION pg_temp.bench_id(kind int, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (lpad(to_hex(kind), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$;
`;

/** Kinds of generated ids (the first block of the uuid). */
export const BenchKind = {
  Crime: 1,
  Victim: 2,
  CrimeVictim: 3,
  ServiceOrganisation: 4,
  ServiceProvision: 5,
  Advocate: 6,
  AdvocateProfile: 7,
  ServiceManager: 8,
  Commissioner: 9,
  Referral: 40,
  ReferralTransition: 41,
  RecordedGrant: 42,
  ReferredGrant: 43,
  SupportingGrant: 44,
  AllocatedGrant: 45,
  PoliceUnit: 1000,
} as const;
