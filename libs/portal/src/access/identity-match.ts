import { EntityManager } from 'typeorm';
import { ContactChannelKind, SafeTimeWindow } from '@vs/victims';
import { chooseChannel } from '@vs/notifications';

interface Candidate {
  victim_id: string;
  channel: ContactChannelKind;
  safe: boolean;
  safe_times: SafeTimeWindow[];
}

/**
 * The victim who gave these details and may receive a code now: linked to the crime, born on that
 * date, holding an open invitation to follow it, and reachable by a safe text channel at this moment
 * (a code that waits for a safe time would expire; one that went to an advocate would leak).
 */
export async function findVictimToChallenge(
  manager: EntityManager,
  crimeReference: string,
  dateOfBirth: string,
  now: Date,
): Promise<string | null> {
  const rows: Candidate[] = await manager.query(
    `SELECT victim.id AS victim_id, channel.channel, channel.safe, channel.safe_times
       FROM crimes crime
       JOIN crime_victims link ON link.crime_id = crime.id
       JOIN victims victim ON victim.id = link.victim_id
       JOIN victim_contact_channels channel ON channel.victim_id = victim.id AND channel.safe
      WHERE crime.crime_reference = $1 AND victim.date_of_birth = $2
        AND EXISTS (SELECT 1 FROM portal_invitations invitation
                     WHERE invitation.victim_id = victim.id AND invitation.crime_id = crime.id
                       AND invitation.revoked_at IS NULL AND invitation.accept_until > $3)
      ORDER BY victim.id`,
    [crimeReference, dateOfBirth, now],
  );
  const victimIds = [...new Set(rows.map((row) => row.victim_id))];
  // Two victims of one crime born the same day cannot be told apart: send neither a code.
  if (victimIds.length !== 1) return null;
  const options = rows.map((row) => ({ channel: row.channel, to: '', safe: row.safe, safeTimes: row.safe_times }));
  return chooseChannel(options, now).kind === 'send' ? victimIds[0] : null;
}
