import { createApiApp } from '../../apps/api/src/api-app';
import { SupportService } from '@vs/referrals';
import { startTestApp, TestApp } from '@vs/testing';
import { policeUnit, PoliceUnit } from '../cases/case-fixtures';
import { getReferral, referred, victimService, VictimService } from '../referrals/referral-fixtures';
import { acceptedBy, Advocate, advocateOf, casework } from './advocacy-fixtures';

const dash = (yes: number): string[] => [...Array<string>(yes).fill('yes'), ...Array<string>(24 - yes).fill('no')];

describe('casework', () => {
  let app: TestApp;
  let unit: PoliceUnit;
  let service: VictimService;
  let advocate: Advocate;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
    unit = await policeUnit(app);
    service = await victimService(app, [SupportService.Idva]);
    advocate = await advocateOf(app, service);
  });

  afterAll(() => app?.close());

  /** A high-risk domestic abuse referral, accepted by the advocate; its casework API and version. */
  const acceptedReferral = async (victim?: Record<string, unknown>) => {
    const referral = await referred(app, unit.officer, {
      risk: { level: 'high', concerns: ['domestic_abuse'] },
      ...(victim ? { victim: undefined, ...victim } : {}),
    });
    const version = await acceptedBy(app, service, referral.id, advocate);
    return { referral, version, api: casework(app, advocate.session, referral.id) };
  };

  describe('DASH risk assessment', () => {
    const assess = (body: Record<string, unknown>) =>
      acceptedReferral().then(({ api }) => api.post('risk-assessments', { incidentsInLast12Months: 1, ...body }));

    it('scores the count of "yes" answers in the local bands', async () => {
      const bands = [
        [9, 'standard'],
        [10, 'medium'],
        [13, 'medium'],
        [14, 'high'],
      ] as const;
      for (const [yes, level] of bands) {
        const response = await assess({ answers: dash(yes) });
        expect(response.status).toBe(201);
        expect(response.body).toMatchObject({ yesCount: yes, countLevel: level, level, professionalJudgement: false });
      }
    });

    it('allows an uplift by professional judgement, with its reason', async () => {
      const response = await assess({ answers: dash(8), level: 'high', upliftReason: 'Strangulation disclosed' });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        yesCount: 8,
        countLevel: 'standard',
        level: 'high',
        professionalJudgement: true,
        upliftReason: 'Strangulation disclosed',
      });
      const missing = await assess({ answers: dash(8), level: 'high' });
      expect(missing.status).toBe(400);
      expect(missing.body.errors[0].field).toBe('upliftReason');
    });

    it('refuses a downgrade below what the count gives', async () => {
      const response = await assess({ answers: dash(16), level: 'medium', upliftReason: 'She seems calmer' });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'risk_downgrade_refused', yesCount: 16, countLevel: 'high' });
    });

    it('keeps the answers encrypted at rest', async () => {
      const response = await assess({ answers: dash(3) });
      const [row] = await app.dataSource.query('SELECT answers FROM risk_assessments WHERE id = $1', [
        response.body.id,
      ]);
      expect(row.answers).not.toContain('yes');
    });
  });

  describe('MARAC referral criteria', () => {
    const criteriaOf = async (body: Record<string, unknown>, api?: ReturnType<typeof casework>) => {
      const target = api ?? (await acceptedReferral()).api;
      const response = await target
        .post('risk-assessments', { answers: dash(5), incidentsInLast12Months: 0, ...body })
        .expect(201);
      return { criteria: response.body.maracCriteria, required: response.body.maracReferralRequired };
    };

    it('flags visible high risk', async () => {
      expect(await criteriaOf({ answers: dash(14) })).toEqual({ criteria: ['visible_high_risk'], required: true });
    });

    it('flags professional judgement', async () => {
      expect(await criteriaOf({ level: 'high', upliftReason: 'Threats to kill' })).toEqual({
        criteria: ['professional_judgement'],
        required: true,
      });
    });

    it('flags potential escalation: 3 incidents in 12 months', async () => {
      expect(await criteriaOf({ incidentsInLast12Months: 3 })).toEqual({
        criteria: ['potential_escalation'],
        required: true,
      });
      expect(await criteriaOf({ incidentsInLast12Months: 2 })).toEqual({ criteria: [], required: false });
    });

    it('flags a repeat: a new incident within 12 months of the victim’s last MARAC referral', async () => {
      const { api, referral } = await acceptedReferral();
      await api.post('marac-referrals', { referredOn: '2025-01-15', criteria: ['visible_high_risk'] }).expect(201);
      expect(await criteriaOf({ latestIncidentOn: '2025-06-01' }, api)).toEqual({
        criteria: ['repeat'],
        required: true,
      });
      expect(await criteriaOf({ latestIncidentOn: '2026-02-01' }, api)).toEqual({ criteria: [], required: false });
      // The rule follows the victim into another referral.
      const later = await acceptedReferral({ victimId: referral.victimId });
      expect(await criteriaOf({ latestIncidentOn: '2025-12-01' }, later.api)).toEqual({
        criteria: ['repeat'],
        required: true,
      });
    });
  });

  describe('contacts and how a referral ends', () => {
    it('moves an accepted referral to first_contact_made at the first contact made', async () => {
      const { api, referral } = await acceptedReferral();
      await api
        .post('contacts', { occurredAt: '2025-05-01T09:00:00Z', method: 'phone', outcome: 'no_answer' })
        .expect(201);
      expect((await getReferral(app, service.manager, referral.id)).body.state).toBe('accepted');
      await api
        .post('contacts', {
          occurredAt: '2025-05-01T15:00:00Z',
          method: 'phone',
          outcome: 'made',
          notes: 'Safe to talk',
        })
        .expect(201);
      const reached = (await getReferral(app, service.manager, referral.id)).body;
      expect(reached).toMatchObject({
        state: 'first_contact_made',
        firstContact: { madeAt: '2025-05-01T15:00:00.000Z' },
      });
      const future = new Date(Date.now() + 3600_000).toISOString();
      await api.post('contacts', { occurredAt: future, method: 'phone', outcome: 'made' }).expect(400);
    });

    it('ends as unable_to_contact only after three recorded attempts', async () => {
      const { api, version } = await acceptedReferral();
      const attempt = (outcome: string) =>
        api.post('contacts', { occurredAt: '2025-05-02T10:00:00Z', method: 'phone', outcome }).expect(201);
      await attempt('no_answer');
      await attempt('message_left');
      const early = await api.post('unable-to-contact', { version }).expect(409);
      expect(early.body).toMatchObject({ code: 'too_few_contact_attempts', attempts: 2, required: 3 });
      await attempt('unsafe_to_talk');
      const ended = await api.post('unable-to-contact', { version }).expect(200);
      expect(ended.body.state).toBe('unable_to_contact');
      await api.post('contacts', { occurredAt: '2025-05-03T10:00:00Z', method: 'sms', outcome: 'made' }).expect(409);
    });

    it('closes only after first contact, with an outcome', async () => {
      const { api, version, referral } = await acceptedReferral();
      const early = await api.post('closure', { version, outcome: 'support_completed' }).expect(409);
      expect(early.body).toMatchObject({ code: 'impossible_transition', currentState: 'accepted' });
      await api
        .post('contacts', { occurredAt: '2025-05-01T09:00:00Z', method: 'in_person', outcome: 'made' })
        .expect(201);
      const current = (await getReferral(app, service.manager, referral.id)).body.version;
      const closed = await api.post('closure', { version: current, outcome: 'support_completed', summary: 'Rehoused' });
      expect(closed.status).toBe(200);
      expect(closed.body.state).toBe('closed');
      const detail = await api.get().expect(200);
      expect(detail.body.closure).toMatchObject({ outcome: 'support_completed', summary: 'Rehoused' });
      await api.post('notes', { text: 'Too late' }).expect(409);
    });

    it('records the victim declining, with what they said', async () => {
      const { api, version, referral } = await acceptedReferral();
      await api.post('victim-declined', { version, reason: 'Has support from family' }).expect(200);
      const history = (await getReferral(app, service.manager, referral.id)).body.history;
      expect(history.at(-1)).toMatchObject({ toState: 'victim_declined', reason: 'Has support from family' });
    });
  });

  it('lets the manager record a victim declining before any allocation', async () => {
    const referral = await referred(app, unit.officer, { risk: { level: 'high', concerns: ['domestic_abuse'] } });
    const declined = await casework(app, service.manager, referral.id)
      .post('victim-declined', { version: referral.version, reason: 'Does not want support now' })
      .expect(200);
    expect(declined.body.state).toBe('victim_declined');
  });

  describe('safety plan, needs, notes and tasks', () => {
    it('keeps them encrypted, versioned where they change, and audited with the victim', async () => {
      const { api, referral } = await acceptedReferral();
      const plan = await api.put('safety-plan', {
        plan: 'Code word with sister: "blue kettle"',
        reviewOn: '2025-06-01',
      });
      expect(plan.status).toBe(200);
      expect(plan.body).toMatchObject({ version: 1, reviewOn: '2025-06-01' });
      await api.put('safety-plan', { plan: 'Changed without reading' }).expect(400);
      await api.put('safety-plan', { plan: 'Stale', version: 7 }).expect(409);
      await api.put('safety-plan', { plan: 'Moved to refuge', version: 1 }).expect(200);
      await api.put('needs/housing', { status: 'identified', notes: 'Needs a refuge space' }).expect(200);
      await api.put('needs/housing', { status: 'in_progress', version: 1 }).expect(200);
      await api.put('needs/pets', { status: 'identified' }).expect(400);
      await api.post('notes', { text: 'Partner released on bail today' }).expect(201);
      const task = await api.post('tasks', { title: 'Chase refuge referral', dueOn: '2025-05-09' }).expect(201);
      await api.post(`tasks/${task.body.id}/completion`, { version: task.body.version }).expect(200);
      await api.post(`tasks/${task.body.id}/completion`, { version: task.body.version + 1 }).expect(409);

      const detail = (await api.get().expect(200)).body;
      expect(detail.safetyPlan).toMatchObject({ plan: 'Moved to refuge', version: 2 });
      expect(detail.needs).toEqual([expect.objectContaining({ area: 'housing', status: 'in_progress', version: 2 })]);
      expect(detail.notes).toEqual([expect.objectContaining({ text: 'Partner released on bail today' })]);
      expect(detail.tasks[0]).toMatchObject({ title: 'Chase refuge referral', completedAt: expect.any(String) });

      const [stored] = await app.dataSource.query('SELECT text FROM casework_notes WHERE referral_id = $1', [
        referral.id,
      ]);
      expect(stored.text).not.toContain('bail');
      const audited = await app.dataSource.query(
        `SELECT DISTINCT entity_type FROM audit_events WHERE victim_id = $1 ORDER BY entity_type`,
        [referral.victimId],
      );
      expect(audited.map((row: { entity_type: string }) => row.entity_type)).toEqual(
        expect.arrayContaining([
          'casework',
          'casework_note',
          'casework_task',
          'safety_plan',
          'support_need',
          'referral',
        ]),
      );
    });
  });
});
