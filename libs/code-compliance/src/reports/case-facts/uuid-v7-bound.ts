/**
 * The smallest UUIDv7 of an instant: every id made at or after it sorts at or above it (a UUIDv7
 * starts with its millisecond timestamp), so `id >= bound` finds what was created since, through
 * the primary key index.
 */
export function uuidV7LowerBound(instant: Date): string {
  const hex = Math.max(0, instant.getTime()).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}
