import fc from 'fast-check';
import { MALFORMED_DATES } from './contract';

/** Texts that have broken parsers, validators, databases or logs somewhere. */
const SPECIAL_TEXTS: readonly string[] = [
  '',
  ' ',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '1.5',
  '1e309',
  '0x1F',
  '99999999999999999999999',
  'true',
  '[]',
  '{}',
  '[object Object]',
  'not-a-uuid',
  '01900000-0000-7000-8000-00000000000g',
  '01900000-0000-7000-8000-0000000000000',
  '{01900000-0000-7000-8000-000000000000}',
  ...MALFORMED_DATES,
  '2025-02-30',
  '2025-02-30T25:61:61Z',
  '0000-00-00',
  '+275760-09-13T00:00:00.001Z',
  '\u0000',
  'a\u0000b',
  '\u202Eevil',
  '\uD800',
  '\uFEFF',
  '\r\nX-Injected: 1',
  "x'; DROP TABLE victims;--",
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧',
  'İstanbul ß ﬁ',
];

/** Hostile text short enough for a URL (a long one only meets the server's header size limit). */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_TEXTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 200, maxLength: 600 }) },
);

/** Path segments sent as they are, not percent-encoded: broken escapes and dot segments. */
export const rawPathSegments: fc.Arbitrary<string> = fc.constantFrom(
  '%',
  '%ZZ',
  '%E0%A4%A',
  '%00',
  '..',
  '.',
  ';',
  '%2F',
);

const hostileBodyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((length) => 'x'.repeat(length)) },
);

const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, 0, -0, 0.5, 1.5, -1.5, 2 ** 31, 2 ** 53, 2 ** 53 + 2, 1e21, 1e308, -1e308, 5e-324),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
);

/** Any JSON value a careless or malicious client might put where a field goes. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  hostileNumber,
  hostileBodyText,
  fc.constantFrom([], {}, [null], [[]], [{}], { length: 1 }),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);

/** Names that are no field of the request, some of them inherited by every JavaScript object. */
export const unknownKey = (known: Readonly<Record<string, unknown>>): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'toString',
        'hasOwnProperty',
        'valueOf',
        'isAdmin',
        'role',
        'organisationId',
        'id',
        'createdAt',
        'version',
        '',
        '\u0000',
        'x'.repeat(300),
      ),
      fc.string({ maxLength: 10 }),
    )
    .filter((key) => !Object.hasOwn(known, key));

/** Comma-separated junk for the CSV upload. */
export const hostileCsv: fc.Arbitrary<string> = fc.oneof(
  hostileBodyText,
  fc
    .array(fc.array(hostileText, { maxLength: 6 }), { maxLength: 6 })
    .map((rows) => rows.map((row) => row.join(',')).join('\n')),
);
