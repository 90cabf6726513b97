/** The audiences that keep staff and victim portal tokens apart: neither is accepted for the other. */
export const STAFF_AUDIENCE = 'vs-staff';
export const PORTAL_AUDIENCE = 'vs-portal';
export const TOKEN_ISSUER = 'london-victim-services';
export const TOKEN_ALGORITHM = 'HS256';

/** What a staff access token carries: just enough to find the session; authority is read from the database. */
export interface StaffAccessClaims {
  readonly sub: string;
  readonly sid: string;
}
