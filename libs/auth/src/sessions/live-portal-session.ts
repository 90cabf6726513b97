/**
 * The SQL condition that a portal session (`sessionIdSql`) of the victim (`victimIdSql`) is live at
 * `nowSql`: not revoked, not expired. The guard's own check and a route's single statement (see
 * `LiveSessionCheckedInQuery`) both use it, so "sign out everywhere" ends every kind of request alike.
 */
export const livePortalSession = (sessionIdSql: string, victimIdSql: string, nowSql: string): string =>
  `EXISTS (SELECT 1 FROM portal_sessions live_session
            WHERE live_session.id = ${sessionIdSql} AND live_session.victim_id = ${victimIdSql}
              AND live_session.revoked_at IS NULL AND live_session.expires_at > ${nowSql})`;
