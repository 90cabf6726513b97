import { createApiApp } from '../../apps/api/src/api-app';
import { startTestApp, TestApp } from '@vs/testing';
import { caseWithVictim, createVictim, linkVictim, policeUnit, recordEvent } from '../cases/case-fixtures';

interface OutboxRow {
  victim_id: string;
  purpose: string;
  status: string;
}

/** What notifies the victim: each update they may see, written with the update itself. */
describe("case updates reach the victims' outbox in the same transaction", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(createApiApp);
  });

  afterAll(() => app?.close());

  const outboxOf = (victimId: string): Promise<OutboxRow[]> =>
    app.dataSource.query(
      'SELECT victim_id, purpose, status FROM notification_outbox WHERE victim_id = $1 ORDER BY created_at',
      [victimId],
    );

  it('writes one message per victim of the case for an update they may see', async () => {
    const { officer } = await policeUnit(app);
    const { case: recorded, victimId } = await caseWithVictim(app, officer);
    const second = await createVictim(app, officer);
    await linkVictim(app, officer, recorded.id, second).expect(201);
    await recordEvent(app, officer, recorded.id).expect(201);
    expect(await outboxOf(victimId)).toEqual([{ victim_id: victimId, purpose: 'case_update', status: 'pending' }]);
    expect(await outboxOf(second)).toEqual([{ victim_id: second, purpose: 'case_update', status: 'pending' }]);
  });

  it('writes nothing for an update hidden from the victim', async () => {
    const { officer } = await policeUnit(app);
    const { case: recorded, victimId } = await caseWithVictim(app, officer);
    await recordEvent(app, officer, recorded.id, { visibleToVictim: false, victimLine: undefined }).expect(201);
    expect(await outboxOf(victimId)).toEqual([]);
  });

  it('marks hearings and outcomes as such, so each gets its own template', async () => {
    const { officer } = await policeUnit(app);
    const { case: recorded, victimId } = await caseWithVictim(app, officer);
    const listed = await app.http().post(`/api/v1/cases/${recorded.id}/hearings`).set(officer.auth).send({
      court: 'Snaresbrook Crown Court',
      startsAt: '2026-12-01T10:00:00Z',
      type: 'trial',
      occurredAt: '2025-04-01T09:00:00Z',
      visibleToVictim: true,
      victimLine: 'Your trial is at Snaresbrook Crown Court on 1 December at 10am.',
    });
    expect(listed.status).toBe(201);
    expect((await outboxOf(victimId)).map((row) => row.purpose)).toEqual(['hearing_update']);
  });

  it('writes no message when the update itself is refused', async () => {
    const { officer } = await policeUnit(app);
    const { case: recorded, victimId } = await caseWithVictim(app, officer);
    await recordEvent(app, officer, recorded.id, { type: 'not_a_type' }).expect(400);
    expect(await outboxOf(victimId)).toEqual([]);
  });
});
