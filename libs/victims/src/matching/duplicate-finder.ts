import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { VictimContactChannel } from '../entities/victim-contact-channel.entity';
import { Victim } from '../entities/victim.entity';
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

/** Finds recorded victims who may be the same person: same name and date of birth, same phone, or same email. */
@Injectable()
export class DuplicateFinder {
  async find(manager: EntityManager, probe: MatchProbe): Promise<PossibleDuplicate[]> {
    await this.serialiseOn(manager, probe);
    const found = new Map<string, Set<MatchKey>>();
    const note = (victimId: string, key: MatchKey): void =>
      void found.set(victimId, (found.get(victimId) ?? new Set()).add(key));
    if (probe.dateOfBirth !== null) {
      const sameNameAndBirth = await manager.find(Victim, {
        select: { id: true },
        where: { nameIndex: probe.nameIndex, dateOfBirth: probe.dateOfBirth },
      });
      for (const victim of sameNameAndBirth) note(victim.id, MatchKey.NameAndDateOfBirth);
    }
    if (probe.contactIndexes.length > 0) {
      const sameContact = await manager.find(VictimContactChannel, {
        select: { victimId: true, channel: true },
        where: { matchIndex: In([...probe.contactIndexes]) },
      });
      for (const channel of sameContact) note(channel.victimId, matchKeyOf(channel.channel)!);
    }
    return [...found].map(([victimId, keys]) => ({ victimId, matchedOn: KEY_ORDER.filter((key) => keys.has(key)) }));
  }

  /**
   * Two requests recording the same person at once would each find no match; a transaction lock
   * per match key makes the second wait for the first and then see it.
   */
  private async serialiseOn(manager: EntityManager, probe: MatchProbe): Promise<void> {
    const keys = [
      probe.dateOfBirth === null ? null : `${probe.nameIndex}:${probe.dateOfBirth}`,
      ...probe.contactIndexes,
    ]
      .filter((key): key is string => key !== null)
      .sort();
    for (const key of keys) await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
  }
}
