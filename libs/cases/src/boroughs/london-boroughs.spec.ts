import { BOROUGH_CODES, boroughName, isBoroughCode, LONDON_BOROUGHS } from './london-boroughs';

describe('London boroughs', () => {
  it('holds the 32 boroughs and the City of London, E09000001 to E09000033 without gaps', () => {
    const expected = Array.from({ length: 33 }, (_, index) => `E090000${String(index + 1).padStart(2, '0')}`);
    expect(BOROUGH_CODES).toEqual(expected);
  });

  it('names every borough once', () => {
    const names = Object.values(LONDON_BOROUGHS);
    expect(new Set(names).size).toBe(33);
    expect(boroughName('E09000001')).toBe('City of London');
    expect(boroughName('E09000030')).toBe('Tower Hamlets');
    expect(boroughName('E09000033')).toBe('Westminster');
  });

  it('accepts only known codes', () => {
    expect(isBoroughCode('E09000022')).toBe(true);
    for (const value of [
      'E09000000',
      'E09000034',
      'e09000001',
      'E08000001',
      'Lambeth',
      '',
      'toString',
      'constructor',
      42,
      null,
    ]) {
      expect(isBoroughCode(value)).toBe(false);
    }
  });
});
