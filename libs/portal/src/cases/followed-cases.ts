/**
 * The SQL condition that a crime (`crimeIdSql`) is one the victim (`victimIdSql`) follows: they are
 * its victim and were invited to follow it (an invitation not withdrawn). Every portal query about
 * a case carries it, so a victim's id decides in SQL what they can see.
 */
export const followedBy = (victimIdSql: string, crimeIdSql: string): string =>
  `EXISTS (SELECT 1 FROM crime_victims followed_link
            JOIN portal_invitations followed_invitation
              ON followed_invitation.victim_id = followed_link.victim_id
             AND followed_invitation.crime_id = followed_link.crime_id
             AND followed_invitation.revoked_at IS NULL
           WHERE followed_link.victim_id = ${victimIdSql} AND followed_link.crime_id = ${crimeIdSql})`;
