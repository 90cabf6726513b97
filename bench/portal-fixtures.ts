import { PortalSessionService } from '@vs/auth';
import { Role } from '@vs/platform';
import { BenchApp, signInBenchStaff } from './bench-app';
import { apiAs, busyCase } from './case-fixtures';

export const VISIBLE_EVENTS = 30;
export const HEARINGS = 3;

/**
 * A followed case with VISIBLE_EVENTS events the victim may see (crime recorded and the hearing
 * listings among them) and HEARINGS future hearings; returns the case and the victim's portal token.
 */
export async function followedBusyCase(bench: BenchApp): Promise<{ caseId: string; portalToken: string }> {
  const { userId: officerId, accessToken: token } = await signInBenchStaff(bench, Role.PoliceCaseOfficer);
  const call = apiAs(bench, token);
  const { caseId, victimId } = await busyCase(call, officerId, {
    events: VISIBLE_EVENTS,
    hearings: HEARINGS,
    hearingYear: 2099,
  });
  await call('POST', `/victims/${victimId}/portal-invitations`, { caseId });
  const { tokens } = await bench.dataSource.transaction((manager) =>
    bench.app.get(PortalSessionService).start(manager, victimId),
  );
  return { caseId, portalToken: tokens.accessToken };
}
