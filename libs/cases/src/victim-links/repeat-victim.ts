import { EntityManager } from 'typeorm';

/**
 * A victim is a repeat victim on a crime when another crime against them was reported within 12
 * months of it, before or after. Linking a crime marks the victim's other links in that window too,
 * and says whether there were any, i.e. whether the new link is a repeat.
 */
export async function markRepeatVictimisation(
  manager: EntityManager,
  victimId: string,
  crime: { id: string; reportedAt: Date },
): Promise<boolean> {
  const [rows] = await manager.query<[unknown[], number]>(
    `UPDATE crime_victims link SET repeat_victim = true
       FROM crimes other
      WHERE link.victim_id = $1 AND other.id = link.crime_id AND other.id <> $2
        AND other.reported_at BETWEEN $3::timestamptz - interval '12 months' AND $3::timestamptz + interval '12 months'
     RETURNING link.id`,
    [victimId, crime.id, crime.reportedAt],
  );
  return rows.length > 0;
}
