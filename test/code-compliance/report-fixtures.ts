import { randomBytes } from 'node:crypto';
import { OrganisationKind } from '@vs/auth';
import { CaseReportFactsRefresher, dutyDefinition, rebuildDutyComplianceRollup } from '@vs/code-compliance';
import { newId, Role } from '@vs/platform';
import { createOrganisation, createStaff, SignedIn, TestApp } from '@vs/testing';
import { API } from '../cases/case-fixtures';

/** Rows inserted straight into the tables the reports read, so a test states exact counts. */
export interface ReportWorld {
  readonly organisationId: string;
  readonly officerId: string;
}

export async function reportWorld(app: TestApp): Promise<ReportWorld> {
  const organisation = await createOrganisation(app.dataSource, OrganisationKind.PoliceUnit);
  const officer = await createStaff(app.dataSource, Role.PoliceCaseOfficer, { organisationId: organisation.id });
  return { organisationId: organisation.id, officerId: officer.id };
}

export interface FixtureCase {
  readonly caseId: string;
  readonly victimId: string;
  readonly crimeReference: string;
  readonly boroughCode: string;
  readonly offenceGroup: string;
}

export interface CaseOptions {
  readonly boroughCode?: string;
  readonly offenceGroup?: string;
  readonly reportedAt?: string;
  readonly repeatVictim?: boolean;
}

/** A crime, its case and one linked victim (names are placeholders a test can look for). */
export async function insertCase(app: TestApp, world: ReportWorld, options: CaseOptions = {}): Promise<FixtureCase> {
  const fixture = {
    caseId: newId(),
    victimId: newId(),
    crimeReference: `RPT/${randomBytes(5).toString('hex').toUpperCase()}`,
    boroughCode: options.boroughCode ?? 'E09000022',
    offenceGroup: options.offenceGroup ?? 'domestic_abuse',
  };
  const reportedAt = options.reportedAt ?? '2025-01-10T09:00:00Z';
  await app.dataSource.query(
    `INSERT INTO victims (id, given_names, family_name, name_index, created_by_user_id, created_by_organisation_id, version)
     VALUES ($1, 'Fixturegiven', 'Fixturefamily', $2, $3, $4, 1)`,
    [fixture.victimId, randomBytes(16).toString('hex'), world.officerId, world.organisationId],
  );
  await app.dataSource.query(
    `INSERT INTO crimes (id, crime_reference, offence, offence_group, hate_crime_strand, borough_code, reported_at,
                         recorded_at, officer_in_case_id, recording_organisation_id, recorded_by_user_id)
     VALUES ($1, $2, 'Fixture offence', $3::offence_group,
             CASE WHEN $3::offence_group = 'hate_crime' THEN 'race'::hate_crime_strand END, $4, $5, $5,
             $6, $7, $6)`,
    [
      fixture.caseId,
      fixture.crimeReference,
      fixture.offenceGroup,
      fixture.boroughCode,
      reportedAt,
      world.officerId,
      world.organisationId,
    ],
  );
  await app.dataSource.query(
    `INSERT INTO cases (id, stage, stage_changed_at, version) VALUES ($1, 'reported', $2, 1)`,
    [fixture.caseId, reportedAt],
  );
  await app.dataSource.query(
    `INSERT INTO crime_victims (id, crime_id, victim_id, enhanced_rights_eligible, enhanced_rights_reasons,
                                enhanced_rights_assessed_at, repeat_victim, linked_by_user_id)
     VALUES ($1, $2, $3, true, '{}', $4, $5, $6)`,
    [newId(), fixture.caseId, fixture.victimId, reportedAt, options.repeatVictim ?? false, world.officerId],
  );
  return fixture;
}

export interface EventOptions {
  readonly type: string;
  readonly occurredAt: string;
  readonly fromStage?: string;
  readonly toStage?: string;
}

export async function insertEvent(app: TestApp, world: ReportWorld, caseId: string, event: EventOptions) {
  await app.dataSource.query(
    `INSERT INTO case_events (id, case_id, type, occurred_at, recorded_by_organisation_id, recorded_by_user_id,
                              from_stage, to_stage, visible_to_victim)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false)`,
    [
      newId(),
      caseId,
      event.type,
      event.occurredAt,
      world.organisationId,
      world.officerId,
      event.fromStage ?? null,
      event.toStage ?? null,
    ],
  );
}

export interface DutyCounts {
  readonly dutyCode: string;
  readonly triggeredAt: string;
  readonly enhanced?: boolean;
  /** How many instances of each status. */
  readonly statuses: Partial<Record<'met' | 'met_late' | 'breached' | 'pending' | 'waived' | 'not_applicable', number>>;
}

/** Duty instances of the case's victim, as many of each status as asked, right and agency from the catalogue. */
export async function insertDuties(app: TestApp, fixture: FixtureCase, duties: DutyCounts) {
  const duty = dutyDefinition(duties.dutyCode);
  if (!duty) throw new Error(`no duty ${duties.dutyCode}`);
  for (const [status, count] of Object.entries(duties.statuses)) {
    await app.dataSource.query(
      `INSERT INTO duty_instances (id, case_id, victim_id, duty_code, catalogue_version, "right", agency, deadline_source,
                                   trigger_key, triggered_at, due_at, status, enhanced, borough_code, offence_group)
       SELECT gen_random_uuid(), $1, $2, $3, 'test', $4, $5, $6, 'fixture-' || gen_random_uuid(), $7,
              $7::timestamptz + interval '2 days', $8, $9, $10, $11
         FROM generate_series(1, $12)`,
      [
        fixture.caseId,
        fixture.victimId,
        duty.code,
        duty.right,
        duty.owner,
        duty.deadline.source,
        duties.triggeredAt,
        status,
        duties.enhanced ?? false,
        fixture.boroughCode,
        fixture.offenceGroup,
        count,
      ],
    );
  }
}

/** What the worker keeps up to date: the compliance rollup (recounted) and the case facts. */
export async function refreshSummaries(app: TestApp): Promise<void> {
  await rebuildDutyComplianceRollup(app.dataSource);
  await new CaseReportFactsRefresher(app.dataSource).refresh();
}

export const reportRequest = (app: TestApp, who: SignedIn, query: Record<string, string>) =>
  app.http().get(`${API}/compliance-reports`).query(query).set(who.auth);

type Row = Record<string, unknown>;

/** Every breakdown row of a compliance table, overall first. */
export const rowsOf = (table: Record<string, Row | Row[]>): Row[] =>
  Object.values(table).flatMap((rows) => (Array.isArray(rows) ? rows : [rows]));

const COLUMNS = ['met', 'metLate', 'breached', 'decided', 'pending', 'waived', 'notApplicable'];
const hidden = (value: unknown): boolean => typeof value === 'string';

/**
 * The relations a reader could subtract along, each holding no hidden cell or at least two: a row's
 * decided and its parts; each column of each breakdown and its London total.
 */
export function loneHiddenCells(table: Record<string, Row | Row[]>): string[] {
  const lone: string[] = [];
  for (const row of rowsOf(table)) {
    const cells = ['met', 'metLate', 'breached', 'decided'].filter((column) => hidden(row[column]));
    if (cells.length === 1) lone.push(`row ${String(row.key)}: ${cells[0]}`);
  }
  const overall = table.overall as Row;
  for (const [name, rows] of Object.entries(table)) {
    if (!Array.isArray(rows)) continue;
    for (const column of COLUMNS) {
      const count = rows.filter((row) => hidden(row[column])).length + (hidden(overall[column]) ? 1 : 0);
      if (count === 1) lone.push(`${name} column ${column}`);
    }
  }
  return lone;
}

/** Counts shown as numbers that suppression should have hidden. */
export const smallNumbersShown = (table: Record<string, Row | Row[]>): string[] =>
  rowsOf(table).flatMap((row) =>
    COLUMNS.filter((column) => {
      const value = row[column];
      return typeof value === 'number' && value > 0 && value < 5;
    }).map((column) => `${String(row.key)}.${column}`),
  );

export interface RequestOptions {
  readonly kind: 'complaint' | 'right_to_review';
  readonly agency: string;
  readonly receivedAt: string;
  /** Acknowledged within its day (true), a week late (false), or not yet (undefined). */
  readonly acknowledgedOnTime?: boolean;
  /** Answered within its 20 days (true), late (false), or not yet (undefined). */
  readonly answeredOnTime?: boolean;
  readonly outcome?: string;
  readonly count: number;
}

/** Portal complaints or review requests about a case, by its victim (details are placeholders). */
export async function insertRequests(app: TestApp, fixture: FixtureCase, options: RequestOptions) {
  const ack = options.acknowledgedOnTime === undefined ? null : options.acknowledgedOnTime ? '1 hour' : '7 days';
  const answer = options.answeredOnTime === undefined ? null : options.answeredOnTime ? '10 days' : '30 days';
  await app.dataSource.query(
    `INSERT INTO portal_requests (id, victim_id, case_id, kind, agency, decision, details, received_at, acknowledge_by,
                                  answer_by, acknowledged_at, answered_at, answer, outcome)
     SELECT gen_random_uuid(), $1, $2, $3::portal_request_kind, $4::portal_request_agency,
            CASE WHEN $3 = 'right_to_review' THEN 'not_to_charge'::portal_reviewed_decision END, 'Fixturedetails',
            $5::timestamptz, $5::timestamptz + interval '1 day', $5::timestamptz + interval '20 days',
            $5::timestamptz + $6::interval, $5::timestamptz + $7::interval,
            CASE WHEN $7::interval IS NOT NULL THEN 'Fixtureanswer' END, $8::portal_request_outcome
       FROM generate_series(1, $9)`,
    [
      fixture.victimId,
      fixture.caseId,
      options.kind,
      options.agency,
      options.receivedAt,
      ack,
      answer,
      options.outcome ?? null,
      options.count,
    ],
  );
}

export interface SurveyOptions {
  readonly organisationId: string | null;
  readonly answeredAt: string;
  readonly dateOfBirth: string | null;
  readonly disabilities?: string[];
  readonly overall: number;
  readonly count: number;
}

/** Survey answers about a case, each by a victim of its own with the date of birth and disabilities given. */
export async function insertSurveyAnswers(app: TestApp, world: ReportWorld, fixture: FixtureCase, options: SurveyOptions) {
  for (let index = 0; index < options.count; index++) {
    const victimId = newId();
    await app.dataSource.query(
      `INSERT INTO victims (id, given_names, family_name, name_index, date_of_birth, disabilities,
                            created_by_user_id, created_by_organisation_id, version)
       VALUES ($1, 'Fixturegiven', 'Fixturefamily', $2, $3, $4::victim_disability_kind[], $5, $6, 1)`,
      [
        victimId,
        randomBytes(16).toString('hex'),
        options.dateOfBirth,
        options.disabilities ?? [],
        world.officerId,
        world.organisationId,
      ],
    );
    await app.dataSource.query(
      `INSERT INTO portal_survey_answers (id, victim_id, case_id, point, organisation_id, overall, kept_informed,
                                          treated_with_respect, comment, answered_at)
       VALUES ($1, $2, $3, 'after_referral', $4, $5, 4, 4, 'Fixturecomment', $6)`,
      [newId(), victimId, fixture.caseId, options.organisationId, options.overall, options.answeredAt],
    );
  }
}

export interface AdvocateOptions {
  readonly organisationId: string;
  readonly type: string;
  readonly capacity: number;
  readonly activeCases: number;
  readonly active?: boolean;
}

/** An advocate with as many open referrals allocated to them as asked (and one closed, which does not count). */
export async function insertAdvocate(app: TestApp, victimId: string, options: AdvocateOptions) {
  const user = await createStaff(app.dataSource, Role.Advocate, { organisationId: options.organisationId });
  await app.dataSource.query(
    `INSERT INTO advocates (id, user_id, organisation_id, type, working_hours_fraction, caseload_capacity, active, version)
     VALUES ($1, $2, $3, $4::advocate_type, 1, $5, $6, 1)`,
    [newId(), user.id, options.organisationId, options.type, options.capacity, options.active ?? true],
  );
  for (const [state, count] of [
    ['allocated', options.activeCases],
    ['closed', 1],
  ] as const) {
    await app.dataSource.query(
      `INSERT INTO referrals (id, source, referred_by_user_id, referred_by_organisation_id, victim_id, reason, concerns,
                              reported_risk_level, risk_level, under18, circumstances, consent_given, proposed_service,
                              also_refer, marac_recommended, triage_rule_id, triage_rules_version, triage_reasons,
                              service, organisation_id, state, state_changed_at, received_at,
                              first_contact_target_working_days, first_contact_due_at, allocated_user_id, allocated_at,
                              version)
       SELECT gen_random_uuid(), 'police', $1, $2, $3, 'Fixturereason', '{}', 'standard', 'standard', false, '{}', true,
              'idva', '{}', false, 'fixture', '1', '{}', 'idva', $2, $4::referral_state, now(), now(), 2, now(), $1,
              now(), 1
         FROM generate_series(1, $5)`,
      [user.id, options.organisationId, victimId, state, count],
    );
  }
}
