/**
 * The 32 London boroughs and the City of London, keyed by their ONS local authority district code.
 * Crimes are filed by borough so the Commissioner can report compliance per borough.
 */
export const LONDON_BOROUGHS = {
  E09000001: 'City of London',
  E09000002: 'Barking and Dagenham',
  E09000003: 'Barnet',
  E09000004: 'Bexley',
  E09000005: 'Brent',
  E09000006: 'Bromley',
  E09000007: 'Camden',
  E09000008: 'Croydon',
  E09000009: 'Ealing',
  E09000010: 'Enfield',
  E09000011: 'Greenwich',
  E09000012: 'Hackney',
  E09000013: 'Hammersmith and Fulham',
  E09000014: 'Haringey',
  E09000015: 'Harrow',
  E09000016: 'Havering',
  E09000017: 'Hillingdon',
  E09000018: 'Hounslow',
  E09000019: 'Islington',
  E09000020: 'Kensington and Chelsea',
  E09000021: 'Kingston upon Thames',
  E09000022: 'Lambeth',
  E09000023: 'Lewisham',
  E09000024: 'Merton',
  E09000025: 'Newham',
  E09000026: 'Redbridge',
  E09000027: 'Richmond upon Thames',
  E09000028: 'Southwark',
  E09000029: 'Sutton',
  E09000030: 'Tower Hamlets',
  E09000031: 'Waltham Forest',
  E09000032: 'Wandsworth',
  E09000033: 'Westminster',
} as const;

export type BoroughCode = keyof typeof LONDON_BOROUGHS;

export const BOROUGH_CODES = Object.keys(LONDON_BOROUGHS) as BoroughCode[];

export const isBoroughCode = (value: unknown): value is BoroughCode =>
  typeof value === 'string' && Object.hasOwn(LONDON_BOROUGHS, value);

export const boroughName = (code: BoroughCode): string => LONDON_BOROUGHS[code];
