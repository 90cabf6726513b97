import { parse } from 'csv-parse/sync';
import { createApiApp } from '../../apps/api/src/api-app';
import { ALL_ROLES, Role } from '@vs/platform';
import { createOrganisation, SignedIn, signInAs, startTestApp, TestApp } from '@vs/testing';
import {
  FixtureCase,
  insertAdvocate,
  insertCase,
  insertDuties,
  insertEvent,
  insertRequests,
  insertSurveyAnswers,
  loneHiddenCells,
  refreshSummaries,
  reportRequest,
  ReportWorld,
  reportWorld,
  rowsOf,
  smallNumbersShown,
} from './report-fixtures';

const LAMBETH = 'E09000022';
const CAMDEN = 'E09000007';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

type Row = Record<string, unknown>;
const row = (rows: Row[], key: string): Row => {
  const found = rows.find((each) => each.key === key);
  if (!found) throw new Error(`no row ${key} in ${rows.map((each) => String(each.key)).join(', ')}`);
  return found;
};

describe("the Commissioner's compliance report", () => {
  let app: TestApp;
  let world: ReportWorld;
  let commissioner: SignedIn;
  let january: FixtureCase;
  const cases: FixtureCase[] = [];

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    world = await reportWorld(app);
    commissioner = await signInAs(app, Role.Commissioner);

    // January: Lambeth, domestic abuse, enhanced rights. Nothing small.
    january = await insertCase(app, world, { boroughCode: LAMBETH, reportedAt: '2025-01-08T09:00:00Z' });
    await insertDuties(app, january, {
      dutyCode: 'R4_REFERRAL_TO_SUPPORT',
      triggeredAt: '2025-01-08T09:00:00Z',
      enhanced: true,
      statuses: { met: 40, met_late: 10, breached: 10 },
    });
    await insertDuties(app, january, {
      dutyCode: 'R2_CRIME_RECORDED',
      triggeredAt: '2025-01-20T09:00:00Z',
      enhanced: true,
      statuses: { met: 30, met_late: 6, breached: 9 },
    });
    // February: Camden, other offences, standard rights. Nothing small.
    const february = await insertCase(app, world, {
      boroughCode: CAMDEN,
      offenceGroup: 'other',
      reportedAt: '2025-02-03T09:00:00Z',
    });
    await insertDuties(app, february, {
      dutyCode: 'R6_SUSPECT_ARRESTED',
      triggeredAt: '2025-02-10T12:00:00Z',
      statuses: { met: 20, met_late: 20, pending: 7, waived: 6, not_applicable: 5 },
    });
    await insertDuties(app, february, {
      dutyCode: 'R3_WRITTEN_CONFIRMATION',
      triggeredAt: '2025-02-03T09:00:00Z',
      statuses: { met: 25, breached: 5 },
    });
    // March: small counts. And 23:30 UTC on 31 March is 00:30 on 1 April in London.
    const march = await insertCase(app, world, {
      boroughCode: CAMDEN,
      offenceGroup: 'other',
      reportedAt: '2025-03-03T09:00:00Z',
    });
    await insertDuties(app, march, {
      dutyCode: 'R8_HEARING_LISTED',
      triggeredAt: '2025-03-12T10:00:00Z',
      statuses: { met: 12, breached: 3 },
    });
    await insertDuties(app, march, {
      dutyCode: 'R2_CRIME_RECORDED',
      triggeredAt: '2025-03-03T09:00:00Z',
      statuses: { met: 50, met_late: 1 },
    });
    await insertDuties(app, march, {
      dutyCode: 'R6_SUSPECT_ARRESTED',
      triggeredAt: '2025-03-31T23:30:00Z',
      statuses: { met: 6 },
    });

    // Case measures, January (Lambeth): twelve cases, six referred after 10, 20 ... 60 hours.
    for (let index = 0; index < 12; index++) {
      const reportedAt = new Date(Date.UTC(2025, 0, 13 + index, 9));
      const fixture = await insertCase(app, world, {
        boroughCode: LAMBETH,
        reportedAt: reportedAt.toISOString(),
        repeatVictim: index < 3,
      });
      cases.push(fixture);
      if (index < 6) {
        const referredAt = new Date(reportedAt.getTime() + (index + 1) * 10 * 3_600_000);
        await insertEvent(app, world, fixture.caseId, { type: 'referral_sent', occurredAt: referredAt.toISOString() });
        // A second referral later does not change the time to the first.
        await insertEvent(app, world, fixture.caseId, {
          type: 'referral_sent',
          occurredAt: new Date(referredAt.getTime() + 100 * 3_600_000).toISOString(),
        });
      }
      // Six withdrew during the investigation and two awaiting trial (one of them then closed).
      const withdrawnFrom = index < 6 ? 'under_investigation' : index < 8 ? 'awaiting_trial' : null;
      if (withdrawnFrom) {
        await insertEvent(app, world, fixture.caseId, {
          type: 'stage_changed',
          occurredAt: '2025-03-01T10:00:00Z',
          fromStage: withdrawnFrom,
          toStage: 'withdrawn_by_victim',
        });
      }
      if (index === 7) {
        await insertEvent(app, world, fixture.caseId, {
          type: 'stage_changed',
          occurredAt: '2025-03-05T10:00:00Z',
          fromStage: 'withdrawn_by_victim',
          toStage: 'closed',
        });
      }
    }
    await refreshSummaries(app);
  });

  afterAll(() => app?.close());

  const report = async (query: Record<string, string>) =>
    (await reportRequest(app, commissioner, query).expect(200)).body;

  it('gives compliance rates of decided duties, keeping Code deadlines and local targets apart', async () => {
    const body = await report({ from: '2025-01-01', to: '2025-02-28' });
    expect(body.compliance.code.overall).toEqual({
      key: 'all',
      label: 'All duties the filter covers',
      met: 60,
      metLate: 30,
      breached: 10,
      decided: 100,
      pending: 7,
      waived: 6,
      notApplicable: 5,
      complianceRate: 0.6,
    });
    expect(body.compliance.localTarget.overall).toMatchObject({ met: 55, metLate: 6, breached: 14, decided: 75 });
    expect(body.compliance.localTarget.overall.complianceRate).toBe(0.7333);
    // Each duty is in the table of its deadline's source only.
    expect(body.compliance.code.byDuty.map((duty: Row) => duty.key)).not.toContain('R2_CRIME_RECORDED');
    expect(row(body.compliance.localTarget.byDuty, 'R2_CRIME_RECORDED')).toMatchObject({ met: 30, decided: 45 });
    expect(row(body.compliance.code.byDuty, 'R4_REFERRAL_TO_SUPPORT')).toMatchObject({
      label: 'Referral to a support service',
      complianceRate: 0.6667,
    });
  });

  it('breaks compliance down by right, agency, borough, offence group, rights level and month', async () => {
    const { code } = (await report({ from: '2025-01-01', to: '2025-02-28' })).compliance;
    expect(row(code.byRight, '4')).toMatchObject({ met: 40, metLate: 10, breached: 10, complianceRate: 0.6667 });
    expect(row(code.byRight, '6')).toMatchObject({ met: 20, decided: 40, pending: 7, waived: 6, notApplicable: 5 });
    expect(row(code.byRight, '6').label).toMatch(/^Right 6: /);
    expect(row(code.byAgency, 'police')).toMatchObject({ met: 60, decided: 100, label: 'Police' });
    expect(row(code.byAgency, 'witness_care_unit')).toMatchObject({ decided: 0, complianceRate: null });
    expect(code.byBorough).toHaveLength(33);
    expect(row(code.byBorough, LAMBETH)).toMatchObject({ label: 'Lambeth', met: 40, decided: 60 });
    expect(row(code.byBorough, CAMDEN)).toMatchObject({ label: 'Camden', met: 20, decided: 40 });
    expect(row(code.byOffenceGroup, 'domestic_abuse')).toMatchObject({ met: 40, label: 'Domestic abuse' });
    expect(row(code.byRightsLevel, 'enhanced')).toMatchObject({ met: 40, decided: 60 });
    expect(row(code.byRightsLevel, 'standard')).toMatchObject({ met: 20, decided: 40 });
    expect(code.byPeriod.map((period: Row) => [period.key, period.label, period.decided])).toEqual([
      ['2025-01-01', '2025-01', 60],
      ['2025-02-01', '2025-02', 40],
    ]);
  });

  it('groups by week from Monday when asked, within the dates given', async () => {
    const { code, localTarget } = (await report({ from: '2025-01-01', to: '2025-01-31', period: 'week' })).compliance;
    expect(code.byPeriod.map((period: Row) => [period.key, period.decided])).toEqual([
      ['2024-12-30', 0],
      ['2025-01-06', 60],
      ['2025-01-13', 0],
      ['2025-01-20', 0],
      ['2025-01-27', 0],
    ]);
    expect(row(localTarget.byPeriod, '2025-01-20')).toMatchObject({ label: 'Week from 2025-01-20', decided: 45 });
    expect(code.overall.decided).toBe(60);
  });

  it('counts a duty in the London day its trigger happened', async () => {
    const march = await report({ from: '2025-03-01', to: '2025-03-31' });
    expect(row(march.compliance.code.byRight, '6').met).toBe(0);
    const april = await report({ from: '2025-04-01', to: '2025-04-30' });
    expect(row(april.compliance.code.byRight, '6').met).toBe(6);
  });

  it('filters by borough and by offence group', async () => {
    const lambeth = await report({ from: '2025-01-01', to: '2025-02-28', boroughCode: LAMBETH });
    expect(lambeth.compliance.code.overall).toMatchObject({ met: 40, decided: 60 });
    expect(lambeth.compliance.code.byBorough.map((each: Row) => each.key)).toEqual([LAMBETH]);
    const other = await report({ from: '2025-01-01', to: '2025-02-28', offenceGroup: 'other' });
    expect(other.compliance.code.overall).toMatchObject({ met: 20, decided: 40 });
    expect(other.compliance.localTarget.overall).toMatchObject({ met: 25, breached: 5, decided: 30 });
    expect(other.attrition.casesReported).toBe('<5');
  });

  it('shows counts of 1 to 4 as "<5" and hides what would give them away, in JSON', async () => {
    const { compliance } = await report({ from: '2025-03-01', to: '2025-03-31' });
    // Hearing listed: 12 met and 3 breached. The 3 is "<5"; the 12 would give it away (15 - 12), so it is hidden.
    expect(compliance.code.overall).toMatchObject({ met: '[c]', breached: '<5', decided: 15, complianceRate: '[c]' });
    expect(row(compliance.code.byDuty, 'R8_HEARING_LISTED')).toMatchObject({ met: '[c]', breached: '<5' });
    expect(compliance.localTarget.overall).toMatchObject({ met: '[c]', metLate: '<5', decided: 51 });
    for (const table of [compliance.code, compliance.localTarget]) {
      expect(smallNumbersShown(table)).toEqual([]);
      expect(loneHiddenCells(table)).toEqual([]);
      expect(
        rowsOf(table)
          .filter((each) => each.met === '[c]')
          .every((each) => each.complianceRate === '[c]'),
      ).toBe(true);
    }
  });

  it('suppresses the same cells in CSV, one value a line', async () => {
    const response = await reportRequest(app, commissioner, { from: '2025-03-01', to: '2025-03-31', format: 'csv' })
      .expect(200)
      .expect('content-type', /text\/csv/)
      .expect('content-disposition', 'attachment; filename="compliance-report-2025-03-01-to-2025-03-31.csv"');
    const lines = parse<Record<string, string>>(response.text, { columns: true });
    const value = (source: string, breakdown: string, key: string, measure: string): string | undefined =>
      lines.find(
        (line) =>
          line.section === 'compliance' &&
          line.deadline_source === source &&
          line.breakdown === breakdown &&
          line.key === key &&
          line.measure === measure,
      )?.value;
    expect(value('code', 'overall', 'all', 'breached')).toBe('<5');
    expect(value('code', 'overall', 'all', 'met')).toBe('[c]');
    expect(value('code', 'overall', 'all', 'decided')).toBe('15');
    expect(value('code', 'overall', 'all', 'compliance_rate')).toBe('[c]');
    expect(value('code', 'duty', 'R8_HEARING_LISTED', 'breached')).toBe('<5');
    expect(value('local_target', 'overall', 'all', 'met_late')).toBe('<5');
    const counts = lines.filter((line) => line.section === 'compliance' && line.measure !== 'compliance_rate');
    expect(counts.filter((line) => /^[1-4]$/.test(line.value))).toEqual([]);
  });

  it('measures the time from report to first referral, attrition by stage and repeat victimisation', async () => {
    const body = await report({ from: '2025-01-01', to: '2025-02-28' });
    expect(body.timeToReferral).toEqual({ referredCases: 6, medianHours: 35, ninetiethPercentileHours: 55 });
    expect(body.attrition).toMatchObject({ casesReported: 14, withdrawn: '[c]', withdrawalRate: '[c]' });
    expect(body.attrition.byStage).toEqual(
      expect.arrayContaining([
        { stage: 'under_investigation', label: 'Under investigation', withdrawn: 6 },
        { stage: 'awaiting_trial', label: 'Awaiting trial', withdrawn: '<5' },
        { stage: 'trial', label: 'Trial', withdrawn: 0 },
      ]),
    );
    expect(body.repeatVictimisation).toEqual({ victimLinks: 14, repeatVictimLinks: '<5', repeatShare: '[c]' });
    expect(body.caseMeasuresAsOf).toEqual(expect.any(String));
  });

  it('hides a median of fewer than five cases', async () => {
    const [only] = cases;
    const body = await report({ from: '2025-01-13', to: '2025-01-13', boroughCode: only.boroughCode });
    expect(body.timeToReferral).toEqual({ referredCases: '<5', medianHours: '[c]', ninetiethPercentileHours: '[c]' });
  });

  it('carries no ids, names or references, in JSON or CSV', async () => {
    const json = (await reportRequest(app, commissioner, { from: '2025-01-01', to: '2025-03-31' }).expect(200)).text;
    const csv = (await reportRequest(app, commissioner, { from: '2025-01-01', to: '2025-03-31', format: 'csv' })).text;
    for (const text of [json, csv]) {
      expect(text).not.toMatch(UUID);
      expect(text).not.toMatch(/Fixturegiven|Fixturefamily|RPT\//);
    }
  });

  it('answers a range over the inline limit with where to ask for an export', async () => {
    const response = await reportRequest(app, commissioner, { from: '2025-01-01', to: '2025-04-03' }).expect(422);
    expect(response.body).toMatchObject({ code: 'export_required', maxDays: 92 });
    expect(response.body.detail).toMatch(/POST \/api\/v1\/compliance-reports\/exports/);
  });

  it('refuses impossible filters, naming them', async () => {
    const response = await reportRequest(app, commissioner, {
      from: '2025-02-30',
      to: '2025-01-01',
      boroughCode: 'E09000099',
      period: 'fortnight',
    }).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'boroughCode',
      'from',
      'period',
      'to',
    ]);
  });

  it('audits each report read, and a CSV as an export, recording its filters', async () => {
    const rows = await app.dataSource.query(
      `SELECT action, details FROM audit_events WHERE entity_type = 'compliance_report' AND actor_user_id = $1`,
      [commissioner.user.id],
    );
    expect(rows.map((each: { action: string }) => each.action)).toEqual(expect.arrayContaining(['read', 'export']));
    expect(rows[0].details).toMatchObject({ from: expect.any(String), to: expect.any(String), format: 'json' });
  });

  it('is for the commissioner alone: every other role is refused at the route', async () => {
    for (const role of ALL_ROLES.filter((each) => each !== Role.Commissioner)) {
      const someone = await signInAs(app, role);
      await reportRequest(app, someone, { from: '2025-01-01', to: '2025-01-31' }).expect(403);
      await app.http().post('/api/v1/compliance-reports/exports').set(someone.auth).send({}).expect(403);
    }
    await app.http().get('/api/v1/compliance-reports').query({ from: '2025-01-01', to: '2025-01-31' }).expect(401);
  });
  describe('complaints, satisfaction and advocate load (read from the portal and advocacy)', () => {
    const APRIL = { from: '2025-04-01', to: '2025-04-30' };
    let service: { id: string; name: string };

    beforeAll(async () => {
      service = await createOrganisation(app.dataSource);
      const lambeth = await insertCase(app, world, { boroughCode: LAMBETH, reportedAt: '2025-04-02T09:00:00Z' });
      const camden = await insertCase(app, world, {
        boroughCode: CAMDEN,
        offenceGroup: 'other',
        reportedAt: '2025-04-02T09:00:00Z',
      });
      // Lambeth: 24 complaints about the police; Camden: 2 review requests of a CPS decision.
      const complaint = { kind: 'complaint', agency: 'police', receivedAt: '2025-04-03T10:00:00Z' } as const;
      await insertRequests(app, lambeth, {
        ...complaint,
        acknowledgedOnTime: true,
        answeredOnTime: true,
        outcome: 'upheld',
        count: 10,
      });
      await insertRequests(app, lambeth, {
        ...complaint,
        acknowledgedOnTime: false,
        answeredOnTime: false,
        outcome: 'not_upheld',
        count: 6,
      });
      await insertRequests(app, lambeth, { ...complaint, count: 8 });
      await insertRequests(app, camden, {
        kind: 'right_to_review',
        agency: 'crown_prosecution_service',
        receivedAt: '2025-04-10T10:00:00Z',
        acknowledgedOnTime: true,
        answeredOnTime: true,
        outcome: 'decision_overturned',
        count: 2,
      });
      // Received at 23:30 UTC on 30 April: 1 May in London, outside April.
      await insertRequests(app, lambeth, { ...complaint, receivedAt: '2025-04-30T23:30:00Z', count: 5 });

      // Satisfaction: twelve adults in Lambeth (nine satisfied), two disabled children in Camden.
      const adult = { organisationId: service.id, answeredAt: '2025-04-20T12:00:00Z', dateOfBirth: '1995-01-01' };
      await insertSurveyAnswers(app, world, lambeth, { ...adult, overall: 5, count: 9 });
      await insertSurveyAnswers(app, world, lambeth, { ...adult, overall: 2, count: 3 });
      await insertSurveyAnswers(app, world, camden, {
        organisationId: service.id,
        answeredAt: '2025-04-21T12:00:00Z',
        dateOfBirth: '2010-06-01',
        disabilities: ['mobility'],
        overall: 1,
        count: 2,
      });

      // Eight active IDVAs with capacity 5: two carry 7 cases, six carry 2. An inactive one is left out.
      for (let index = 0; index < 8; index++) {
        await insertAdvocate(app, lambeth.victimId, {
          organisationId: service.id,
          type: 'idva',
          capacity: 5,
          activeCases: index < 2 ? 7 : 2,
        });
      }
      await insertAdvocate(app, lambeth.victimId, {
        organisationId: service.id,
        type: 'isva',
        capacity: 9,
        activeCases: 3,
        active: false,
      });
      await refreshSummaries(app);
    });

    it('counts complaints and their outcomes by kind and agency, filtered by the case borough', async () => {
      const { body } = await reportRequest(app, commissioner, { ...APRIL, boroughCode: LAMBETH }).expect(200);
      expect(body.complaints.available).toBe(true);
      expect(body.complaints.overall).toMatchObject({
        received: 24,
        acknowledgedOnTime: 10,
        answered: 16,
        answeredOnTime: 10,
        pending: 8,
        upheld: 10,
        notUpheld: 6,
        partlyUpheld: 0,
        decisionOverturned: 0,
        acknowledgedOnTimeRate: 0.4167,
        answeredOnTimeRate: 0.625,
      });
      expect(row(body.complaints.byAgency, 'police')).toMatchObject({ received: 24, label: 'Police' });
    });

    it('hides small complaint counts and what would give them away', async () => {
      const { body } = await reportRequest(app, commissioner, APRIL).expect(200);
      const review = row(body.complaints.byKind, 'right_to_review');
      expect(review).toMatchObject({ received: '<5', answered: '<5', decisionOverturned: '<5', answeredOnTimeRate: '[c]' });
      const rows: Row[] = [body.complaints.overall, ...body.complaints.byKind, ...body.complaints.byAgency];
      const counts = ['received', 'acknowledgedOnTime', 'answered', 'answeredOnTime', 'pending', 'decisionOverturned'];
      for (const each of rows) {
        for (const column of counts) {
          const value = each[column];
          if (typeof value === 'number') expect(value === 0 || value >= 5).toBe(true);
        }
      }
      // Each column of each breakdown with its total: never exactly one hidden cell.
      for (const breakdown of [body.complaints.byKind, body.complaints.byAgency] as Row[][]) {
        for (const column of ['received', 'answered', 'pending', 'upheld', 'decisionOverturned']) {
          const hidden = [body.complaints.overall, ...breakdown].filter((each) => typeof each[column] === 'string');
          expect(hidden.length).not.toBe(1);
        }
      }
    });

    it('reports satisfaction by service, age band and disability, with means and rates', async () => {
      const lambeth = (await reportRequest(app, commissioner, { ...APRIL, boroughCode: LAMBETH }).expect(200)).body;
      expect(lambeth.victimSatisfaction.overall).toMatchObject({
        answers: 12,
        satisfied: 9,
        satisfiedRate: 0.75,
        meanOverall: 4.25,
        keptInformedWell: 12,
        keptInformedRate: 1,
      });
      expect(row(lambeth.victimSatisfaction.byService, 'victim_service')).toMatchObject({ answers: 12 });
      expect(row(lambeth.victimSatisfaction.byAgeBand, '25_34')).toMatchObject({ answers: 12, label: '25 to 34' });
      expect(row(lambeth.victimSatisfaction.byDisability, 'none_recorded')).toMatchObject({ answers: 12 });
      expect(lambeth.victimSatisfaction.notReportable).toMatch(/encrypted/);

      const all = (await reportRequest(app, commissioner, APRIL).expect(200)).body;
      expect(row(all.victimSatisfaction.byAgeBand, 'under_18')).toMatchObject({
        answers: '<5',
        meanOverall: '[c]',
        satisfiedRate: '[c]',
      });
      expect(row(all.victimSatisfaction.byDisability, 'disabled').answers).toBe('<5');
      expect(row(all.victimSatisfaction.byAgeBand, '25_34').answers).toBe('[c]');
    });

    it('reports advocate load against capacity of active advocates, small counts hidden', async () => {
      const { body } = await reportRequest(app, commissioner, APRIL).expect(200);
      expect(body.advocateLoad.overall).toMatchObject({
        advocates: 8,
        activeCases: 26,
        capacity: 40,
        loadRatio: 0.65,
        overCapacity: '<5',
        overCapacityShare: '[c]',
      });
      expect(row(body.advocateLoad.byAdvocateType, 'idva')).toMatchObject({ advocates: 8, activeCases: 26 });
      expect(body.advocateLoad.note).toMatch(/cannot be filtered/);
    });

    it('renders the three sections in CSV, and nothing personal in JSON or CSV', async () => {
      const json = (await reportRequest(app, commissioner, APRIL).expect(200)).text;
      const csv = (await reportRequest(app, commissioner, { ...APRIL, format: 'csv' }).expect(200)).text;
      const lines: Record<string, string>[] = parse(csv, { columns: true });
      const value = (section: string, breakdown: string, key: string, measure: string) =>
        lines.find(
          (each) =>
            each.section === section && each.breakdown === breakdown && each.key === key && each.measure === measure,
        )?.value;
      expect(value('complaints', 'kind', 'right_to_review', 'received')).toBe('<5');
      expect(value('victim_satisfaction', 'age_band', 'under_18', 'answers')).toBe('<5');
      expect(value('advocate_load', 'overall', 'all', 'active_cases')).toBe('26');
      expect(value('advocate_load', 'overall', 'all', 'load_ratio')).toBe('0.65');
      for (const text of [json, csv]) {
        expect(text).not.toMatch(UUID);
        expect(text).not.toMatch(/Fixture|RPT\//);
        expect(text).not.toContain(service.name);
        expect(text).not.toMatch(/1995-01-01|2010-06-01/);
      }
    });
  });
});
