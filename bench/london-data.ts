import { Client } from 'pg';
import { BOROUGH_CODES, CaseEventType, CaseStage } from '@vs/cases';
import { MOST_SERIOUS_OFFENCE_GROUPS, OffenceGroup } from '@vs/victims';
import { CRIME_REPORTED, DUTY_CATALOGUE, DUTY_CATALOGUE_VERSION } from '@vs/code-compliance';
import { BENCH_SQL_FUNCTIONS, BenchKind } from './bench-ids';
import { copyAuditTrail } from './london-audit';
import { BenchCrypto, copyVictims, loadServicesAndReferrals } from './london-people';

/**
 * How much synthetic London to generate: one victim, one crime and one case per number,
 * `dutiesPerCase` duties each; referrals of the first cases referred; a year of audit trail.
 */
export interface BenchVolume {
  readonly cases: number;
  readonly dutiesPerCase: number;
  /** Events per case besides the crime being recorded, the referral and withdrawals. */
  readonly otherEventsPerCase: number;
  readonly referrals: number;
  readonly advocatesPerService: number;
  readonly auditEvents: number;
}

/** The full London data set: a million victims and crimes, 200,000 referrals, 10 million duties, 20 million audit records. */
export const LONDON: BenchVolume = {
  cases: 1_000_000,
  dutiesPerCase: 10,
  otherEventsPerCase: 8,
  referrals: 200_000,
  advocatesPerService: 45,
  auditEvents: 20_000_000,
};

/** A smaller London of the same shape, scaled by `fraction` (for a quick run of the whole harness). */
export const scaledLondon = (fraction: number): BenchVolume => ({
  ...LONDON,
  cases: Math.round(LONDON.cases * fraction),
  referrals: Math.round(LONDON.referrals * fraction),
  auditEvents: Math.round(LONDON.auditEvents * fraction),
});

/** The tables the generator fills, largest last; their secondary indexes are built after loading. */
const LOADED_TABLES = [
  'victims',
  'crimes',
  'cases',
  'crime_victims',
  'case_events',
  'duty_instances',
  'staff_users',
  'advocates',
  'service_provisions',
  'referrals',
  'referral_transitions',
  'victim_access_grants',
  'audit_events',
] as const;

/** Weighted choices as a 1,000-slot array, so SQL picks one with `slots[1 + floor(random * 1000)]`. */
function slots(weights: Readonly<Record<string, number>>): string[] {
  const total = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  const result: string[] = [];
  for (const [choice, weight] of Object.entries(weights)) {
    for (let count = Math.round((weight / total) * 1000); count > 0; count--) result.push(choice);
  }
  while (result.length < 1000) result.push(result[result.length - 1]);
  return result.slice(0, 1000);
}

// Busier central boroughs, a quiet City: roughly the shape of London's recorded crime.
const BOROUGH_WEIGHTS: Record<string, number> = Object.fromEntries(
  BOROUGH_CODES.map((code, index) => [
    code,
    code === 'E09000001' ? 0.4 : code === 'E09000033' ? 6 : 2 + ((index * 7) % 5) * 0.5,
  ]),
);

const OFFENCE_GROUP_WEIGHTS: Record<OffenceGroup, number> = {
  [OffenceGroup.Other]: 38,
  [OffenceGroup.DomesticAbuse]: 17,
  [OffenceGroup.Fraud]: 11,
  [OffenceGroup.StalkingHarassment]: 9,
  [OffenceGroup.KnifeCrime]: 6,
  [OffenceGroup.SexualOffences]: 6,
  [OffenceGroup.HateCrime]: 4,
  [OffenceGroup.RoadDeathBereaved]: 2.5,
  [OffenceGroup.ChildSexualExploitation]: 2,
  [OffenceGroup.ModernSlavery]: 1.5,
  [OffenceGroup.AttemptedMurder]: 1.5,
  [OffenceGroup.HomicideBereaved]: 1,
  [OffenceGroup.Terrorism]: 0.5,
};

const STAGE_WEIGHTS: Partial<Record<CaseStage, number>> = {
  [CaseStage.Reported]: 3,
  [CaseStage.UnderInvestigation]: 15,
  [CaseStage.NoFurtherAction]: 25,
  [CaseStage.SuspectCharged]: 2,
  [CaseStage.AwaitingFirstHearing]: 3,
  [CaseStage.AwaitingTrial]: 6,
  [CaseStage.Trial]: 1,
  [CaseStage.Acquitted]: 2,
  [CaseStage.Convicted]: 1,
  [CaseStage.Sentenced]: 3,
  [CaseStage.PostSentence]: 4,
  [CaseStage.Closed]: 35,
};

/** Where victims who withdraw were when they did (most during the investigation). */
const WITHDRAWN_FROM_WEIGHTS: Partial<Record<CaseStage, number>> = {
  [CaseStage.Reported]: 10,
  [CaseStage.UnderInvestigation]: 50,
  [CaseStage.SuspectCharged]: 10,
  [CaseStage.AwaitingFirstHearing]: 10,
  [CaseStage.AwaitingTrial]: 15,
  [CaseStage.Trial]: 5,
};

const OTHER_EVENT_WEIGHTS: Partial<Record<CaseEventType, number>> = {
  [CaseEventType.VictimInformed]: 50,
  [CaseEventType.WrittenConfirmationSent]: 8,
  [CaseEventType.NeedsAssessmentDone]: 8,
  [CaseEventType.CompensationInformationGiven]: 6,
  [CaseEventType.SuspectArrested]: 8,
  [CaseEventType.SuspectInterviewed]: 7,
  [CaseEventType.SuspectBailed]: 4,
  [CaseEventType.DecisionToCharge]: 3,
  [CaseEventType.VictimPersonalStatementOffered]: 6,
};

const REPORT_DUTIES = DUTY_CATALOGUE.filter((duty) => duty.trigger === CRIME_REPORTED).map((duty) => duty.code);
// Later duties: investigation updates most often, court and offender updates less.
const LATER_DUTY_WEIGHTS: Record<string, number> = Object.fromEntries(
  DUTY_CATALOGUE.filter((duty) => duty.trigger !== CRIME_REPORTED).map((duty) => [
    duty.code,
    duty.right === 6 ? 10 : duty.right === 8 ? 6 : duty.right === 9 ? 4 : 2,
  ]),
);

/** One row per case: every fact the tables below derive from it. */
const CASE_FACTS_TABLE = `
  CREATE TEMP TABLE bench_case (
    n bigint PRIMARY KEY, borough_code text, offence_group text, reported_at timestamptz, recorded_at timestamptz,
    enhanced boolean, victim_n bigint, withdrawn_from text, stage text, referral_delay interval
  )
`;

const CASE_FACTS = `
  INSERT INTO bench_case
  SELECT n, borough_code, offence_group, reported_at,
         reported_at + pg_temp.bench_rand(n, 9) * interval '30 hours' AS recorded_at,
         CASE WHEN offence_group = ANY($3::text[]) THEN pg_temp.bench_rand(n, 4) < 0.9
              ELSE pg_temp.bench_rand(n, 4) < 0.15 END AS enhanced,
         CASE WHEN n > 1 AND pg_temp.bench_rand(n, 5) < 0.1 THEN n - 1 ELSE n END AS victim_n,
         withdrawn_from,
         CASE WHEN withdrawn_from IS NULL THEN ($5::text[])[1 + floor(pg_temp.bench_rand(n, 7) * 1000)::int]
              WHEN pg_temp.bench_rand(n, 7) < 0.5 THEN 'withdrawn_by_victim' ELSE 'closed' END AS stage,
         CASE WHEN pg_temp.bench_rand(n, 8) < 0.9 THEN
           -- Three referrals in four within the two working days, the rest within ten days.
           CASE WHEN pg_temp.bench_rand(n, 10) < 0.75 THEN pg_temp.bench_rand(n, 11) * interval '46 hours'
                ELSE interval '50 hours' + pg_temp.bench_rand(n, 11) * interval '190 hours' END
         END AS referral_delay
  FROM (
    SELECT n,
           ($1::text[])[1 + floor(pg_temp.bench_rand(n, 1) * 1000)::int] AS borough_code,
           ($2::text[])[1 + floor(pg_temp.bench_rand(n, 2) * 1000)::int] AS offence_group,
           timestamptz '2025-01-01T00:00:00Z' + pg_temp.bench_rand(n, 3) * interval '365 days' AS reported_at,
           CASE WHEN pg_temp.bench_rand(n, 6) < 0.06
                THEN ($4::text[])[1 + floor(pg_temp.bench_rand(n, 12) * 1000)::int] END AS withdrawn_from
    FROM generate_series(1, $6::bigint) AS n
  ) AS drawn
`;

const BENCH_ORGANISATION = `pg_temp.bench_id(${BenchKind.PoliceUnit}, 1)`;
const BENCH_USER = `pg_temp.bench_id(${BenchKind.PoliceUnit}, 2)`;

const REFERENCE_ROWS = `
  INSERT INTO organisations (id, name, kind, version)
    VALUES (${BENCH_ORGANISATION}, 'Bench report police unit', 'police_unit', 1);
  INSERT INTO staff_users (id, email, display_name, role, organisation_id, password_hash, version)
    VALUES (${BENCH_USER}, 'bench-report-officer@bench.vs.london', 'Bench officer', 'police_case_officer',
            ${BENCH_ORGANISATION}, 'not-a-password-hash', 1);
`;

const CRIMES = `
  INSERT INTO crimes (id, crime_reference, offence, offence_group, hate_crime_strand, borough_code, reported_at,
                      recorded_at, officer_in_case_id, recording_organisation_id, recorded_by_user_id)
  SELECT pg_temp.bench_id(1, n), 'BENCH/' || n, 'Synthetic offence', offence_group::offence_group,
         CASE WHEN offence_group = 'hate_crime' THEN 'race'::hate_crime_strand END, borough_code, reported_at,
         recorded_at, ${BENCH_USER}, ${BENCH_ORGANISATION}, ${BENCH_USER}
  FROM bench_case
`;

const CASES = `
  INSERT INTO cases (id, stage, stage_changed_at, version)
  SELECT pg_temp.bench_id(1, n), stage::case_stage, recorded_at + interval '30 days', 1 FROM bench_case
`;

const CRIME_VICTIMS = `
  INSERT INTO crime_victims (id, crime_id, victim_id, enhanced_rights_eligible, enhanced_rights_reasons,
                             enhanced_rights_assessed_at, repeat_victim, linked_by_user_id, linked_at)
  SELECT pg_temp.bench_id(3, n), pg_temp.bench_id(1, n), pg_temp.bench_id(2, victim_n), enhanced, '{}', recorded_at,
         victim_n <> n, ${BENCH_USER}, recorded_at
  FROM bench_case
`;

const eventColumns = `id, case_id, type, occurred_at, recorded_at, recorded_by_organisation_id, recorded_by_user_id,
                      from_stage, to_stage, visible_to_victim`;

const CASE_EVENTS = `
  INSERT INTO case_events (${eventColumns})
  SELECT pg_temp.bench_id(10, n), pg_temp.bench_id(1, n), 'crime_recorded'::case_event_type, recorded_at, recorded_at,
         ${BENCH_ORGANISATION}, ${BENCH_USER}, NULL::case_stage, NULL::case_stage, false
  FROM bench_case
  UNION ALL
  SELECT pg_temp.bench_id(11, n), pg_temp.bench_id(1, n), 'referral_sent'::case_event_type, reported_at + referral_delay,
         reported_at + referral_delay, ${BENCH_ORGANISATION}, ${BENCH_USER}, NULL, NULL, false
  FROM bench_case WHERE referral_delay IS NOT NULL
  UNION ALL
  SELECT pg_temp.bench_id(12, n), pg_temp.bench_id(1, n), 'stage_changed'::case_event_type,
         recorded_at + interval '40 days', recorded_at + interval '40 days', ${BENCH_ORGANISATION}, ${BENCH_USER},
         withdrawn_from::case_stage, 'withdrawn_by_victim'::case_stage, false
  FROM bench_case WHERE withdrawn_from IS NOT NULL
  UNION ALL
  SELECT pg_temp.bench_id(13, n), pg_temp.bench_id(1, n), 'stage_changed'::case_event_type,
         recorded_at + interval '60 days', recorded_at + interval '60 days', ${BENCH_ORGANISATION}, ${BENCH_USER},
         'withdrawn_by_victim'::case_stage, 'closed'::case_stage, false
  FROM bench_case WHERE withdrawn_from IS NOT NULL AND stage = 'closed'
  UNION ALL
  SELECT pg_temp.bench_id(20 + slot, n), pg_temp.bench_id(1, n),
         ($1::text[])[1 + floor(pg_temp.bench_rand(n * 16 + slot, 14) * 1000)::int]::case_event_type,
         reported_at + pg_temp.bench_rand(n * 16 + slot, 15) * interval '150 days',
         reported_at + pg_temp.bench_rand(n * 16 + slot, 15) * interval '150 days',
         ${BENCH_ORGANISATION}, ${BENCH_USER}, NULL, NULL, false
  FROM bench_case CROSS JOIN generate_series(1, $2::int) AS slot
`;

const DUTY_KINDS_TABLE = `
  CREATE TEMP TABLE bench_duty (code text PRIMARY KEY, "right" smallint, agency text, deadline_source text)
`;

const DUTY_KINDS = `INSERT INTO bench_duty SELECT * FROM unnest($1::text[], $2::smallint[], $3::text[], $4::text[])`;

/**
 * Duty instances: the duties owed from the report first, then later ones (updates, hearings, outcomes).
 * The referral duty follows the case's referral event; the others have a realistic status mix in which
 * most duties are met in time.
 */
const DUTY_INSTANCES = `
  INSERT INTO duty_instances (id, case_id, victim_id, duty_code, catalogue_version, "right", agency, deadline_source,
                              trigger_key, triggered_at, due_at, status, fulfilled_at, fulfilment_recorded_at,
                              enhanced, borough_code, offence_group, responsible_organisation_id)
  SELECT pg_temp.bench_id(100 + slot, n), pg_temp.bench_id(1, n), pg_temp.bench_id(2, victim_n), duty.code, $4::text,
         duty."right", duty.agency::code_agency, duty.deadline_source::code_deadline_source,
         trigger_key, triggered_at, triggered_at + interval '3 days', status::duty_status,
         CASE WHEN status IN ('met', 'met_late') THEN fulfilled_at END,
         CASE WHEN status IN ('met', 'met_late') THEN fulfilled_at END,
         enhanced, borough_code, offence_group::duty_offence_group, ${BENCH_ORGANISATION}
  FROM (
    SELECT c.*, slot, code, trigger_key, triggered_at,
           CASE WHEN code = 'R4_REFERRAL_TO_SUPPORT' THEN
                  CASE WHEN referral_delay IS NULL THEN
                         CASE WHEN pg_temp.bench_rand(n, 16) < 0.5 THEN 'waived' ELSE 'breached' END
                       WHEN referral_delay <= interval '48 hours' THEN 'met' ELSE 'met_late' END
                WHEN roll < 0.70 THEN 'met' WHEN roll < 0.81 THEN 'met_late' WHEN roll < 0.89 THEN 'breached'
                WHEN roll < 0.92 THEN 'waived' WHEN roll < 0.95 THEN 'not_applicable' ELSE 'pending' END AS status,
           CASE WHEN code = 'R4_REFERRAL_TO_SUPPORT' THEN reported_at + referral_delay
                WHEN roll < 0.70 THEN triggered_at + roll * interval '3 days'
                ELSE triggered_at + interval '3 days' + roll * interval '5 days' END AS fulfilled_at
    FROM bench_case AS c
    CROSS JOIN generate_series(1, $3::int) AS slot
    CROSS JOIN LATERAL (
      SELECT CASE WHEN slot <= cardinality($1::text[]) THEN ($1::text[])[slot]
                  ELSE ($2::text[])[1 + floor(pg_temp.bench_rand(n * 16 + slot, 21) * 1000)::int] END AS code,
             CASE WHEN slot <= cardinality($1::text[]) THEN 'reported' ELSE 'bench-' || slot END AS trigger_key,
             CASE WHEN slot <= cardinality($1::text[]) THEN c.reported_at
                  ELSE c.reported_at + pg_temp.bench_rand(n * 16 + slot, 22) * interval '150 days' END AS triggered_at,
             pg_temp.bench_rand(n * 16 + slot, 23) AS roll
    ) AS drawn
  ) AS instance
  JOIN bench_duty AS duty ON duty.code = instance.code
`;

interface DeferredIndex {
  readonly name: string;
  readonly definition: string;
}

/** Secondary indexes not backing a constraint: dropped before loading and rebuilt after, far faster. */
async function dropSecondaryIndexes(client: Client): Promise<DeferredIndex[]> {
  const { rows } = await client.query<DeferredIndex>(
    `SELECT index.relname AS name, pg_get_indexdef(index.oid) AS definition
       FROM pg_index JOIN pg_class AS index ON index.oid = pg_index.indexrelid
       JOIN pg_class AS tab ON tab.oid = pg_index.indrelid
      WHERE tab.relname = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = index.oid)`,
    [[...LOADED_TABLES]],
  );
  for (const index of rows) await client.query(`DROP INDEX "${index.name}"`);
  return rows;
}

/** Timings of each step in seconds, for the results file. */
export type LoadTimings = Record<string, number>;

/**
 * Generates the synthetic London in one transaction with triggers off, then rebuilds the indexes.
 * Rows that need the application's cryptography (victims) or that stand alone (the audit trail) are
 * streamed with COPY; rows derived from other rows (crimes, cases, events, duties, referrals, grants)
 * are made inside PostgreSQL with INSERT ... SELECT, so nothing crosses the wire for them.
 */
export async function loadBenchData(
  client: Client,
  volume: BenchVolume,
  crypto: BenchCrypto,
  passwordHash: string,
): Promise<LoadTimings> {
  const timings: LoadTimings = {};
  const timed = async (name: string, work: () => Promise<unknown>): Promise<void> => {
    const started = performance.now();
    await work();
    timings[name] = Math.round(performance.now() - started) / 1000;
  };
  const step = (name: string, sql: string, parameters: unknown[] = []): Promise<void> =>
    timed(name, () => client.query(sql, parameters));
  await client.query('BEGIN');
  try {
    // The generated rows are consistent by construction; checking 20 million foreign keys would only cost time.
    await client.query(`SET LOCAL session_replication_role = replica`);
    await client.query(`SET LOCAL maintenance_work_mem = '1GB'`);
    await client.query(`SET LOCAL work_mem = '256MB'`);
    await client.query(BENCH_SQL_FUNCTIONS);
    await client.query(CASE_FACTS_TABLE);
    await client.query(DUTY_KINDS_TABLE);
    const deferred = await dropSecondaryIndexes(client);
    await step('caseFacts', CASE_FACTS, [
      slots(BOROUGH_WEIGHTS),
      slots(OFFENCE_GROUP_WEIGHTS),
      [...MOST_SERIOUS_OFFENCE_GROUPS],
      slots(WITHDRAWN_FROM_WEIGHTS),
      slots(STAGE_WEIGHTS),
      volume.cases,
    ]);
    await step('referenceRows', REFERENCE_ROWS);
    await timed('victims', () => copyVictims(client, volume.cases, crypto));
    await step('crimes', CRIMES);
    await step('cases', CASES);
    await step('crimeVictims', CRIME_VICTIMS);
    await step('caseEvents', CASE_EVENTS, [slots(OTHER_EVENT_WEIGHTS), volume.otherEventsPerCase]);
    await step('dutyKinds', DUTY_KINDS, [
      DUTY_CATALOGUE.map((duty) => duty.code),
      DUTY_CATALOGUE.map((duty) => duty.right),
      DUTY_CATALOGUE.map((duty) => duty.owner),
      DUTY_CATALOGUE.map((duty) => duty.deadline.source),
    ]);
    await step('dutyInstances', DUTY_INSTANCES, [
      REPORT_DUTIES,
      slots(LATER_DUTY_WEIGHTS),
      volume.dutiesPerCase,
      DUTY_CATALOGUE_VERSION,
    ]);
    await loadServicesAndReferrals(client, { ...volume, passwordHash }, volume.cases, crypto, timed);
    const advocates = volume.advocatesPerService * BOROUGH_CODES.length;
    await timed('auditTrail', () =>
      copyAuditTrail(client, volume.auditEvents, volume.cases, advocates, BOROUGH_CODES.length),
    );
    const started = performance.now();
    for (const index of deferred) await client.query(index.definition);
    timings.indexes = Math.round(performance.now() - started) / 1000;
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  for (const table of LOADED_TABLES) await client.query(`VACUUM ANALYZE ${table}`);
  return timings;
}
