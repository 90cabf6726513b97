import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';

/** Police crime references, e.g. `5212345/25` or `CRIS-01-2025-000123`: compared upper-case. */
const CRIME_REFERENCE = /^[A-Z0-9][A-Z0-9/-]{2,39}$/;

const normalise = (value: unknown): unknown => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export const IsCrimeReference = (): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }) => normalise(value)),
    Matches(CRIME_REFERENCE, {
      message: '$property must be 3 to 40 letters, digits, "/" or "-", starting with a letter or digit',
    }),
  );
