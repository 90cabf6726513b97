import { PortalSessionService } from '@vs/auth';
import { Role } from '@vs/platform';
import { BenchApp, signInBenchStaff } from './bench-app';

export const VISIBLE_EVENTS = 30;
export const HEARINGS = 3;

/**
 * A followed case with VISIBLE_EVENTS events the victim may see (crime recorded and the hearing
 * listings among them) and HEARINGS future hearings; returns the case and the victim's portal token.
 */
export async function followedBusyCase(bench: BenchApp): Promise<{ caseId: string; portalToken: string }> {
  const { userId: officerId, accessToken: token } = await signInBenchStaff(bench, Role.PoliceCaseOfficer);
  const post = async (path: string, body: unknown): Promise<{ id: string }> => {
    const response = await fetch(`${bench.url}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const { id: caseId } = await post('/cases', {
    crimeReference: `PBENCH/${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
    offence: 'Controlling or coercive behaviour',
    offenceGroup: 'domestic_abuse',
    boroughCode: 'E09000019',
    reportedAt: '2025-01-06T09:00:00Z',
    officerInCaseId: officerId,
  });
  const victim = await post('/victims', {
    givenNames: 'Portal',
    familyName: `Bench ${Date.now()}`,
    dateOfBirth: '1990-02-03',
  });
  await post(`/cases/${caseId}/victims`, { victimId: victim.id });
  await post(`/victims/${victim.id}/portal-invitations`, { caseId });
  const told = { visibleToVictim: true, victimLine: 'There is news about your case.' };
  for (let index = 0; index < HEARINGS; index++) {
    await post(`/cases/${caseId}/hearings`, {
      ...told,
      occurredAt: '2025-02-01T09:00:00Z',
      court: 'Highbury Corner Magistrates’ Court',
      startsAt: `2099-03-0${index + 1}T10:00:00Z`,
      type: 'other',
    });
  }
  for (let index = 0; index < VISIBLE_EVENTS - HEARINGS - 1; index++) {
    await post(`/cases/${caseId}/events`, {
      ...told,
      type: 'bail_changed',
      occurredAt: '2025-01-20T09:00:00Z',
      details: { outcome: 'conditional_bail' },
    });
  }
  const { tokens } = await bench.dataSource.transaction((manager) =>
    bench.app.get(PortalSessionService).start(manager, victim.id),
  );
  return { caseId, portalToken: tokens.accessToken };
}
