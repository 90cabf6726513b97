import { Actor, Role } from '@vs/platform';
import { referralScope, serviceScope } from './referral-scope';

const actor = (role: Role, team: string | null = null): Actor => ({
  userId: 'user-1',
  role,
  organisationId: 'org-1',
  team,
  sessionId: 'session-1',
  requestId: 'request-1',
  clientIp: '127.0.0.1',
  breakGlassReason: null,
  purpose: null,
});

describe('referral scopes', () => {
  it('lets a service manager work on every referral sent to their organisation', () => {
    expect(serviceScope(actor(Role.ServiceManager), 'r')).toEqual({
      sql: 'r.organisation_id = :rs_organisation_id',
      params: { rs_organisation_id: 'org-1' },
    });
  });

  it('lets an advocate work on referrals allocated to them, or to their team when they have one', () => {
    expect(serviceScope(actor(Role.Advocate), 'r').sql).toBe(
      'r.organisation_id = :rs_organisation_id AND r.allocated_user_id = :rs_user_id',
    );
    expect(serviceScope(actor(Role.Advocate, 'North'), 'r').sql).toContain('r.allocated_team = :rs_team');
  });

  it('lets referrers read what they referred, and police officers what their unit referred', () => {
    expect(referralScope(actor(Role.Referrer), 'r').sql).toBe('(r.referred_by_user_id = :rr_user_id OR (FALSE))');
    expect(referralScope(actor(Role.PoliceCaseOfficer), 'r').params).toEqual({
      rr_user_id: 'user-1',
      rr_organisation_id: 'org-1',
    });
  });

  it.each([Role.Commissioner, Role.Auditor, Role.Admin])('gives a %s no service work', (role) => {
    expect(serviceScope(actor(role), 'r').sql).toBe('FALSE');
  });
});
