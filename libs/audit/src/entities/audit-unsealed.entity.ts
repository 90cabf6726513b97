import { Entity, PrimaryColumn } from 'typeorm';

/**
 * The sealer's work queue: a trigger adds every new audit event here and the sealer removes it once
 * sealed, so sealing costs what is pending rather than the size of the whole trail. A trigger
 * refuses to remove an event that has no seal.
 */
@Entity('audit_unsealed')
export class AuditUnsealed {
  @PrimaryColumn({ type: 'bigint' })
  auditEventId!: string;
}
