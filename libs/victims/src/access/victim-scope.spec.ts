import { Actor, Role } from '@vs/platform';
import { VictimAccessBasis } from './access-basis';
import { creatorGrant } from './creator-grant';
import { victimScope } from './victim-scope';

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

describe('victimScope', () => {
  it('is an EXISTS over active grants on the given victim id expression', () => {
    const { sql } = victimScope(actor(Role.PoliceCaseOfficer), 'crime.victim_id');
    expect(sql).toMatch(
      /^EXISTS \(SELECT 1 FROM victim_access_grants vs_grant WHERE vs_grant\.victim_id = crime\.victim_id /,
    );
    expect(sql).toContain('vs_grant.revoked_at IS NULL');
  });

  it('scopes police officers and service managers to their organisation', () => {
    for (const role of [Role.PoliceCaseOfficer, Role.ServiceManager]) {
      const scope = victimScope(actor(role), 'v.id');
      expect(scope.sql).toContain('vs_grant.organisation_id = :vs_scope_organisation_id');
      expect(scope.params).toEqual({ vs_scope_organisation_id: 'org-1' });
    }
  });

  it('scopes referrers to the victims they referred', () => {
    const scope = victimScope(actor(Role.Referrer), 'v.id');
    expect(scope.sql).toContain('vs_grant.user_id = :vs_scope_user_id');
    expect(scope.sql).not.toContain('organisation_id');
    expect(scope.params).toEqual({ vs_scope_user_id: 'user-1' });
  });

  it('scopes advocates to supporting grants for them, or for their team when they have one', () => {
    const teamed = victimScope(actor(Role.Advocate, 'North'), 'v.id');
    expect(teamed.sql).toContain(`vs_grant.basis = 'supporting'`);
    expect(teamed.sql).toContain('(vs_grant.user_id = :vs_scope_user_id OR vs_grant.team = :vs_scope_team)');
    expect(teamed.params).toEqual({
      vs_scope_organisation_id: 'org-1',
      vs_scope_user_id: 'user-1',
      vs_scope_team: 'North',
    });
    expect(victimScope(actor(Role.Advocate), 'v.id').sql).not.toContain('vs_grant.team');
  });

  it.each([Role.Commissioner, Role.Auditor, Role.Admin])('gives a %s no victims at all', (role) => {
    expect(victimScope(actor(role), 'v.id')).toEqual({ sql: 'FALSE', params: {} });
  });
});

describe('creatorGrant', () => {
  it('keeps the creator in scope of the record they made, by role', () => {
    expect(creatorGrant(actor(Role.PoliceCaseOfficer), 'victim-1')).toEqual({
      victimId: 'victim-1',
      organisationId: 'org-1',
      basis: VictimAccessBasis.Recorded,
    });
    expect(creatorGrant(actor(Role.Referrer), 'victim-1')).toMatchObject({
      userId: 'user-1',
      basis: VictimAccessBasis.Referred,
    });
    expect(creatorGrant(actor(Role.Advocate, 'North'), 'victim-1')).toMatchObject({
      userId: 'user-1',
      team: 'North',
      basis: VictimAccessBasis.Supporting,
    });
    expect(creatorGrant(actor(Role.ServiceManager), 'victim-1')).toEqual({
      victimId: 'victim-1',
      organisationId: 'org-1',
      basis: VictimAccessBasis.Supporting,
    });
    expect(() => creatorGrant(actor(Role.Commissioner), 'victim-1')).toThrow();
  });
});
