import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, Role, StaffPrincipal } from '@vs/platform';
import { StaffAccessClaims } from './token-claims';

/** The principal plus whether the session may go beyond its own session routes. */
export interface AuthenticatedStaff extends StaffPrincipal {
  readonly mfaSatisfied: boolean;
}

interface PrincipalRow {
  role: Role;
  organisation_id: string;
  team: string | null;
  mfa_satisfied: boolean;
}

/**
 * Turns verified token claims into the caller's current authority, read from the database in one
 * indexed query: a revoked or expired session, or a disabled user, stops working at once, and a
 * changed role applies to the next request.
 */
@Injectable()
export class PrincipalResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async resolve(claims: StaffAccessClaims): Promise<AuthenticatedStaff | null> {
    const rows: PrincipalRow[] = await this.dataSource.query(
      `SELECT u.role, u.organisation_id, u.team, s.mfa_satisfied
         FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id
        WHERE s.id = $1 AND u.id = $2 AND s.revoked_at IS NULL AND s.expires_at > $3 AND u.disabled_at IS NULL`,
      [claims.sid, claims.sub, this.clock.now()],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      userId: claims.sub,
      sessionId: claims.sid,
      role: row.role,
      organisationId: row.organisation_id,
      team: row.team,
      mfaSatisfied: row.mfa_satisfied,
    };
  }
}
