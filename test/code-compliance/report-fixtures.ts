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
