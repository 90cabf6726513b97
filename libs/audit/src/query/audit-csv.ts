import { Readable, pipeline } from 'node:stream';
import { stringify } from 'csv-stringify';
import { AuditEvent } from '../entities/audit-event.entity';

const CSV_FIELDS: readonly (readonly [header: string, value: (event: AuditEvent) => string | null])[] = [
  ['id', (event) => event.id],
  ['occurred_at', (event) => event.occurredAt.toISOString()],
  ['actor_user_id', (event) => event.actorUserId],
  ['actor_role', (event) => event.actorRole],
  ['actor_organisation_id', (event) => event.actorOrganisationId],
  ['action', (event) => event.action],
  ['outcome', (event) => event.outcome],
  ['entity_type', (event) => event.entityType],
  ['entity_id', (event) => event.entityId],
  ['victim_id', (event) => event.victimId],
  ['purpose', (event) => event.purpose],
  ['break_glass_reason', (event) => event.breakGlassReason],
  ['flagged_for_review', (event) => String(event.flaggedForReview)],
  ['request_id', (event) => event.requestId],
  ['client_ip', (event) => event.clientIp],
  ['changed_fields', (event) => event.changedFields.join(' ')],
  ['details', (event) => JSON.stringify(event.details)],
];

export const AUDIT_CSV_HEADER: readonly string[] = CSV_FIELDS.map(([header]) => header);

/**
 * A spreadsheet runs a cell that starts with one of these as a formula; free text such as a
 * break-glass reason comes from callers, so such cells are quoted as text (OWASP CSV injection).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsvRow(event: AuditEvent): string[] {
  return CSV_FIELDS.map(([, value]) => neutraliseFormula(value(event) ?? ''));
}

async function* csvRows(events: AsyncIterable<AuditEvent>): AsyncGenerator<string[]> {
  for await (const event of events) yield toCsvRow(event);
}

/** Streams events as CSV with a header row; rows are produced only as fast as the reader takes them. */
export function auditEventsCsv(events: AsyncIterable<AuditEvent>): Readable {
  const csv = stringify({ header: true, columns: [...AUDIT_CSV_HEADER] });
  // A failure while reading destroys `csv` with the error, which is how the reader learns of it.
  pipeline(Readable.from(csvRows(events)), csv, () => undefined);
  return csv;
}
