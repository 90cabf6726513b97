import { hasAtMostDecimalPlaces } from './decimal-places';

describe('hasAtMostDecimalPlaces', () => {
  it.each([1, 0.5, 0.25, 0.29, 0.1, -0.75, 0, 150])('accepts %p with two places', (value) => {
    expect(hasAtMostDecimalPlaces(value, 2)).toBe(true);
  });

  it.each([0.125, 1e-7, 9e-323, 0.1 + 0.2, 1.001, Number.NaN, Infinity, '0.5', null])(
    'refuses %p with two places',
    (value) => {
      expect(hasAtMostDecimalPlaces(value, 2)).toBe(false);
    },
  );
});
