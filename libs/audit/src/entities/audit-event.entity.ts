import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One audited action. Rows are never changed or removed: triggers reject UPDATE, DELETE and
 * TRUNCATE, and every row is later sealed into the hash chain (see `AuditSeal`). Every column here
 * is covered by the seal hash (chain/canonical-event.ts), so a new column must be added there too.
 */
@Entity('audit_events')
@Check('audit_events_flag_follows_break_glass', `"flagged_for_review" = ("break_glass_reason" IS NOT NULL)`)
// Keyset pagination runs newest first on id, so each filter's index ends with id.
@Index('audit_events_victim_idx', ['victimId', 'id'], { where: '"victim_id" IS NOT NULL' })
@Index('audit_events_actor_idx', ['actorUserId', 'id'], { where: '"actor_user_id" IS NOT NULL' })
@Index('audit_events_entity_idx', ['entityType', 'entityId', 'id'])
@Index('audit_events_occurred_at_idx', ['occurredAt'])
@Index('audit_events_flagged_idx', ['id'], { where: '"flagged_for_review"' })
export class AuditEvent {
  /** Insertion order; bigint, so TypeORM hands it over as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  /** Set by the database (transaction time), not by an application server's clock. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  actorRole!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorOrganisationId!: string | null;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ type: 'varchar', length: 16 })
  outcome!: string;

  @Column({ type: 'varchar', length: 64 })
  entityType!: string;

  @Column({ type: 'uuid', nullable: true })
  entityId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  victimId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  purpose!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  breakGlassReason!: string | null;

  @Column({ type: 'boolean' })
  flaggedForReview!: boolean;

  @Column({ type: 'varchar', length: 64 })
  requestId!: string;

  @Column({ type: 'varchar', length: 64 })
  clientIp!: string;

  /** Names of the fields an update changed; never their values. */
  @Column({ type: 'text', array: true })
  changedFields!: string[];

  @Column({ type: 'jsonb' })
  details!: Record<string, string | number | boolean | null>;
}
