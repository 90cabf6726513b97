import { EntityManager } from 'typeorm';
import { AuditAction, AuditEntry } from '@vs/audit';
import { Actor, CombinedRead, WriteBatch } from '@vs/platform';
import { creatorGrant, VictimAccessGrantRequest } from '../access/creator-grant';
import { VictimAccessService } from '../access/victim-access.service';
import { VictimContactChannel } from '../entities/victim-contact-channel.entity';
import { Victim } from '../entities/victim.entity';
import { DuplicateFinder, MatchProbe, PossibleDuplicate } from '../matching/duplicate-finder';
import { PossibleDuplicateError } from '../victims.errors';
import { VictimAudit } from './victim-audit';

/** What a recording needs of the victims feature's services. */
export interface VictimRecordingServices {
  readonly duplicates: DuplicateFinder;
  readonly access: VictimAccessService;
  readonly audit: VictimAudit;
}

/** The new victim's rows and how the request asked for them, built before anything is read. */
export interface NewVictimRows {
  readonly victim: Victim;
  readonly channels: readonly VictimContactChannel[];
  readonly createAnyway: boolean;
  /** Names of the fields the request set, for the audit record. */
  readonly changedFields: string[];
}

/**
 * A victim being recorded inside the caller's transaction, in steps the caller can fold into its
 * own statements, in this order: hold `lockKeys`, `readMatchesIn` a read, `refuseIfLikelyDuplicate`,
 * `writeIn` a batch, then write `auditEntry()`. So recording a victim costs a referral no round
 * trips of its own, and two requests recording one person at once still find each other.
 */
export class VictimRecording {
  private matches: (() => PossibleDuplicate[]) | null = null;

  constructor(
    private readonly actor: Actor,
    private readonly rows: NewVictimRows,
    private readonly services: VictimRecordingServices,
  ) {}

  get id(): string {
    return this.rows.victim.id;
  }

  get dateOfBirth(): string | null {
    return this.rows.victim.dateOfBirth ?? null;
  }

  /** Advisory lock keys; take them before the read, so it sees whoever held them before. */
  get lockKeys(): string[] {
    return this.services.duplicates.lockKeys(this.probe());
  }

  readMatchesIn(read: CombinedRead): void {
    this.matches = this.services.duplicates.matchesIn(read, this.probe());
  }

  /** Refuses a possible duplicate unless the request said to record it anyway. */
  async refuseIfLikelyDuplicate(manager: EntityManager): Promise<void> {
    const matches = this.readMatches();
    if (matches.length === 0 || this.rows.createAnyway) return;
    const visible = await this.services.access.visibleAmong(
      manager,
      this.actor,
      matches.map((match) => match.victimId),
    );
    throw new PossibleDuplicateError(
      matches.filter((match) => visible.has(match.victimId)),
      matches.some((match) => !visible.has(match.victimId)),
    );
  }

  /** The victim, its contact channels and its creator's grant, with `grants` of the caller's in the same insert. */
  writeIn(batch: WriteBatch, grants: readonly VictimAccessGrantRequest[] = []): void {
    batch.insert(Victim, [this.rows.victim]).insert(VictimContactChannel, this.rows.channels);
    this.services.access.grantAllIn(batch, [creatorGrant(this.actor, this.id), ...grants]);
  }

  auditEntry(): AuditEntry {
    const matches = this.readMatches();
    const matchedOn = [...new Set(matches.flatMap((match) => match.matchedOn))].join(',');
    return this.services.audit.entry(this.actor, this.id, AuditAction.Create, {
      changedFields: this.rows.changedFields,
      details: this.rows.createAnyway ? { createAnyway: true, possibleDuplicates: matches.length, matchedOn } : {},
    });
  }

  private probe(): MatchProbe {
    return {
      nameIndex: this.rows.victim.nameIndex,
      dateOfBirth: this.dateOfBirth,
      contactIndexes: this.rows.channels.flatMap((row) => (row.matchIndex === null ? [] : [row.matchIndex])),
    };
  }

  private readMatches(): PossibleDuplicate[] {
    if (this.matches === null) throw new Error('VictimRecording: the matches were not read');
    return this.matches();
  }
}
