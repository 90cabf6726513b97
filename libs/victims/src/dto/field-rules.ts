import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsString, Length, Matches, Min } from 'class-validator';

/** Text that must say something: 1..max characters, not only whitespace. */
export const TextRule = (max: number): PropertyDecorator =>
  applyDecorators(
    IsString(),
    Length(1, max),
    Matches(/\S/, { message: ({ property }) => `${property} must not be blank` }),
  );

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const CalendarDateRule = (): PropertyDecorator =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: ({ property }) => `${property} must be a date as YYYY-MM-DD` }),
    IsISO8601({ strict: true }, { message: ({ property }) => `${property} must be a real calendar date` }),
  );

/** An instant with its offset, e.g. 2026-03-10T14:00:00Z. */
export const InstantRule = (): PropertyDecorator =>
  applyDecorators(
    IsISO8601({ strict: true }, { message: ({ property }) => `${property} must be an ISO 8601 date-time` }),
  );

/** The version the client read; optimistic locking refuses a stale one with 409. */
export const VersionRule = (): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ description: 'The version you read; a stale version gets 409 with the current one' }),
    IsInt(),
    Min(1),
  );
