import { normaliseEmail, normaliseFullName, normalisePhone, normaliseText } from './normalise';

describe('normalising personal data for matching', () => {
  it('lower-cases names, strips accents and collapses whitespace', () => {
    expect(normaliseText('  José   Ångström-Núñez ')).toBe('jose angstrom-nunez');
    expect(normaliseText('ZOË\tBRONTË')).toBe('zoe bronte');
  });

  it('joins given and family names so spacing between them does not matter', () => {
    expect(normaliseFullName('Mary  Anne', ' Smith')).toBe('mary anne smith');
    expect(normaliseFullName('MARY ANNE ', 'SMITH')).toBe(normaliseFullName('mary anne', 'smith'));
  });

  it.each([
    '07700 900123',
    '07700900123',
    '+44 7700 900123',
    '+44 (0)7700 900123',
    '+44 07700 900123',
    '0044 7700 900123',
    '447700900123',
    '(07700) 900-123',
  ])('reads the UK number %s as 447700900123', (input) => {
    expect(normalisePhone(input)).toBe('447700900123');
  });

  it('keeps the country code of international numbers', () => {
    expect(normalisePhone('+353 1 234 5678')).toBe('35312345678');
    expect(normalisePhone('00 33 1 23 45 67 89')).toBe('33123456789');
  });

  it.each(['not a number', '12345', '7700900123', '+44 7700 900123 ext 4', '+1234567890123456', ''])(
    'refuses %j',
    (input) => {
      expect(normalisePhone(input)).toBeNull();
    },
  );

  it('lower-cases and trims email addresses', () => {
    expect(normaliseEmail('  Jane.Doe@Example.ORG ')).toBe('jane.doe@example.org');
  });
});
