type Render = (column: string) => string;

const asText: Render = (column) => `${column}::text`;
const utcMicroseconds: Render = (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const jsonArray: Render = (column) => `array_to_json(${column})::text`;

/**
 * The seal hash covers every column of an audit event, in this fixed order, each rendered to text
 * by PostgreSQL itself so that the rendering depends neither on the driver nor on JavaScript's
 * types (timestamps keep their microseconds; jsonb has one canonical text form). Changing this list
 * or its order invalidates every existing seal: it is a stored format, not a refactoring target.
 */
const CANONICAL_COLUMNS = [
  ['id', asText],
  ['occurred_at', utcMicroseconds],
  ['actor_user_id', asText],
  ['actor_role', asText],
  ['actor_organisation_id', asText],
  ['action', asText],
  ['outcome', asText],
  ['entity_type', asText],
  ['entity_id', asText],
  ['victim_id', asText],
  ['purpose', asText],
  ['break_glass_reason', asText],
  ['flagged_for_review', asText],
  ['request_id', asText],
  ['client_ip', asText],
  ['changed_fields', jsonArray],
  ['details', asText],
] as const satisfies readonly (readonly [string, Render])[];

export type CanonicalColumn = (typeof CANONICAL_COLUMNS)[number][0];

export const CANONICAL_COLUMN_NAMES: readonly CanonicalColumn[] = CANONICAL_COLUMNS.map(([name]) => name);

/** An audit event as `canonicalSelectList` returns it: every column as text (or null). */
export type CanonicalEventRow = Record<CanonicalColumn, string | null>;

/** The SQL select list that yields a `CanonicalEventRow` from `audit_events` aliased as `alias`. */
export function canonicalSelectList(alias: string): string {
  return CANONICAL_COLUMNS.map(([name, render]) => `${render(`${alias}.${name}`)} AS ${name}`).join(', ');
}

/**
 * The text the hash covers: name/value pairs in the fixed order, as JSON, so every value is
 * escaped and null stays distinct from the text "null".
 */
export function canonicalSerialisation(row: CanonicalEventRow): string {
  return JSON.stringify(CANONICAL_COLUMN_NAMES.map((name) => [name, row[name] ?? null]));
}
