/**
 * Normal forms of personal data for matching: two spellings of the same person, number or
 * address normalise to the same string, so their blind indexes are equal.
 */

/** Lower case, accents stripped, whitespace collapsed: "  José   O'NEILL " -> "jose o'neill". */
export function normaliseText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The full name, given names then family name, in normal form. */
export const normaliseFullName = (givenNames: string, familyName: string): string =>
  normaliseText(`${givenNames} ${familyName}`);

const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/;
const MIN_PHONE_DIGITS = 7;
/** E.164 allows at most 15 digits. */
const MAX_PHONE_DIGITS = 15;

/**
 * A phone number as E.164 digits without the plus: UK national numbers (leading 0) become 44...,
 * international ones keep their country code (`+` or `00`). Null when it is not a phone number.
 * "07700 900123", "+44 7700 900123" and "0044 (0)7700-900123" all give "447700900123".
 */
export function normalisePhone(value: string): string | null {
  const trimmed = value.trim();
  if (!PHONE_CHARACTERS.test(trimmed)) return null;
  // "+44 (0)20 ..." writes the national trunk 0 in brackets; it is not dialled internationally.
  let digits = trimmed.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (!trimmed.startsWith('+')) {
    if (digits.startsWith('00')) digits = digits.slice(2);
    else if (digits.startsWith('0')) digits = `44${digits.slice(1)}`;
    // Without a prefix only a number that already starts with the UK code is unambiguous.
    else if (!digits.startsWith('44')) return null;
  }
  // "+44 07700 ..." repeats the national trunk 0 after the country code.
  if (digits.startsWith('440')) digits = `44${digits.slice(3)}`;
  return digits.length >= MIN_PHONE_DIGITS && digits.length <= MAX_PHONE_DIGITS ? digits : null;
}

/** Lower case and trimmed: mailbox names are case-insensitive in practice everywhere that matters here. */
export const normaliseEmail = (value: string): string => value.trim().toLowerCase();
