import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The position of one audit event in the tamper-evident chain: `hash` is SHA-256 over the
 * previous seal's hash and the event's canonical serialisation. Append-only, like the events.
 */
@Entity('audit_seals')
export class AuditSeal {
  /** Chain position, 1-based and gapless; assigned by the sealer under an advisory lock. */
  @PrimaryColumn({ type: 'bigint' })
  seq!: string;

  @Column({ type: 'bigint', unique: true })
  auditEventId!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;

  @Column({ type: 'varchar', length: 64 })
  previousHash!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  sealedAt!: Date;
}
