/**
 * The columns of a referrals CSV file (header row required, any order, case-insensitive) and how
 * each becomes a field of the POST /referrals body, so a row is validated exactly like a request.
 * Lists (concerns, circumstances) are separated by ";". Empty cells are left out.
 */
type Cell = string | undefined;
type Row = Readonly<Record<string, Cell>>;

const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = {
  true: true,
  yes: true,
  y: true,
  '1': true,
  false: false,
  no: false,
  n: false,
  '0': false,
};

/** Booleans and whole numbers as JSON has them; anything else stays text for validation to refuse. */
const asBoolean = (cell: Cell): unknown =>
  cell === undefined ? undefined : (BOOLEAN_WORDS[cell.toLowerCase()] ?? cell);
const asInteger = (cell: Cell): unknown => (cell !== undefined && /^\d{1,6}$/.test(cell) ? Number(cell) : cell);
const asList = (cell: Cell): unknown =>
  cell
    ?.split(';')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

export const CSV_COLUMNS = [
  'idempotency_key',
  'source',
  'victim_id',
  'given_names',
  'family_name',
  'date_of_birth',
  'preferred_language',
  'phone',
  'phone_safe',
  'email',
  'email_safe',
  'create_anyway',
  'create_anyway_reason',
  'crime_reference',
  'borough_code',
  'reason',
  'risk_level',
  'dash_score',
  'concerns',
  'under_18',
  'risk_summary',
  'circumstances',
  'consent_given',
  'lawful_basis',
  'lawful_basis_justification',
  'safe_contact_notes',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns a file names that this importer does not know (a typo would otherwise drop data silently). */
export const unknownColumns = (header: readonly string[]): string[] =>
  header.filter((column) => !(CSV_COLUMNS as readonly string[]).includes(column));

/** Leaves out absent values, so a missing optional column is the same as an absent JSON field. */
const defined = (fields: Record<string, unknown>): Record<string, unknown> | undefined => {
  const present = Object.entries(fields).filter(([, value]) => value !== undefined);
  return present.length === 0 ? undefined : Object.fromEntries(present);
};

function contactChannels(row: Row): unknown {
  const channels = [
    row.phone === undefined
      ? undefined
      : { channel: 'phone', value: row.phone, safe: asBoolean(row.phone_safe) ?? false },
    row.email === undefined
      ? undefined
      : { channel: 'email', value: row.email, safe: asBoolean(row.email_safe) ?? false },
  ].filter((channel) => channel !== undefined);
  return channels.length === 0 ? undefined : channels;
}

/** A new victim, unless the row names a recorded one by victim_id. */
function victim(row: Row): unknown {
  if (row.victim_id !== undefined) return undefined;
  return (
    defined({
      givenNames: row.given_names,
      familyName: row.family_name,
      dateOfBirth: row.date_of_birth,
      preferredLanguage: row.preferred_language,
      contactChannels: contactChannels(row),
      createAnyway: asBoolean(row.create_anyway),
      reason: row.create_anyway_reason,
    }) ?? {}
  );
}

/** The body of POST /referrals that a CSV row stands for. */
export function referralBodyOf(row: Row): Record<string, unknown> {
  return defined({
    idempotencyKey: row.idempotency_key,
    source: row.source,
    victimId: row.victim_id,
    victim: victim(row),
    crimeReference: row.crime_reference,
    boroughCode: row.borough_code,
    reason: row.reason,
    risk: defined({
      level: row.risk_level,
      dashScore: asInteger(row.dash_score),
      concerns: asList(row.concerns) ?? [],
      under18: asBoolean(row.under_18),
      summary: row.risk_summary,
    }),
    circumstances: asList(row.circumstances),
    consent: defined({
      given: asBoolean(row.consent_given),
      lawfulBasis: row.lawful_basis,
      justification: row.lawful_basis_justification,
    }),
    safeContactNotes: row.safe_contact_notes,
  })!;
}
