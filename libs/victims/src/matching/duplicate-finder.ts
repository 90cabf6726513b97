import { Injectable } from '@nestjs/common';
import { CombinedRead } from '@vs/platform';
import { ContactChannelKind } from '../model/contact';
import { MatchKey, matchKeyOf } from './match-keys';

/** The blind indexes of a victim about to be recorded. */
export interface MatchProbe {
  readonly nameIndex: string;
  readonly dateOfBirth: string | null;
  readonly contactIndexes: readonly string[];
}

export interface PossibleDuplicate {
  readonly victimId: string;
  readonly matchedOn: MatchKey[];
}

const KEY_ORDER = Object.values(MatchKey);

/** Same name and date of birth, or a same phone or email: each hit names the victim and the channel, if any. */
const MATCHES_SQL = `SELECT coalesce(json_agg(json_build_object('victimId', hit.victim_id, 'channel', hit.channel)), '[]')
  FROM (SELECT id AS victim_id, NULL::text AS channel FROM victims WHERE name_index = $1 AND date_of_birth = $2
        UNION ALL
        SELECT victim_id, channel::text FROM victim_contact_channels WHERE match_index = ANY($3::text[])) hit`;

interface MatchHit {
  readonly victimId: string;
  readonly channel: ContactChannelKind | null;
}

/** Finds recorded victims who may be the same person: same name and date of birth, same phone, or same email. */
@Injectable()
export class DuplicateFinder {
  /**
   * Two requests recording the same person at once would each find no match: holding these keys'
   * advisory locks (sorted, before the matches are read) makes the second wait for the first and
   * then see it.
   */
  lockKeys(probe: MatchProbe): string[] {
    return [probe.dateOfBirth === null ? null : `${probe.nameIndex}:${probe.dateOfBirth}`, ...probe.contactIndexes]
      .filter((key): key is string => key !== null)
      .sort();
  }

  /** Adds the search to `read`; the getter gives the matches once it has run. */
  matchesIn(read: CombinedRead, probe: MatchProbe): () => PossibleDuplicate[] {
    const hits = read.value<MatchHit[]>({
      sql: MATCHES_SQL,
      params: [probe.nameIndex, probe.dateOfBirth, probe.contactIndexes],
    });
    return () => {
      const found = new Map<string, Set<MatchKey>>();
      for (const hit of hits()) {
        const key = hit.channel === null ? MatchKey.NameAndDateOfBirth : matchKeyOf(hit.channel)!;
        found.set(hit.victimId, (found.get(hit.victimId) ?? new Set()).add(key));
      }
      return [...found].map(([victimId, keys]) => ({ victimId, matchedOn: KEY_ORDER.filter((key) => keys.has(key)) }));
    };
  }
}
