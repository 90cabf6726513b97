import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * Whether a finite number has at most `places` decimal places: it is the number its decimal
 * rounding reads back as (0.29 is; 0.125, 1e-7 and 0.1 + 0.2 are not).
 */
export function hasAtMostDecimalPlaces(value: unknown, places: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value;
}

/**
 * A number with at most `places` decimal places. Use it instead of class-validator's
 * IsNumber({ maxDecimalPlaces }), which throws (a 500) on a fraction JavaScript writes with an
 * exponent and no decimal point, such as 1e-7.
 */
export const MaxDecimalPlaces = (places: number, options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'maxDecimalPlaces',
      constraints: [places],
      validator: {
        validate: (value) => hasAtMostDecimalPlaces(value, places),
        defaultMessage: () => `$property must be a number with at most ${places} decimal places`,
      },
    },
    options,
  );
