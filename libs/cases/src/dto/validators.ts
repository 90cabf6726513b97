import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches, registerDecorator, ValidationArguments } from 'class-validator';
import { CaseEventType } from '../events/case-event-type';
import { eventDetailsProblems } from '../events/event-details';

/** A date-time that states its offset: without one, "09:00" in London would be ambiguous. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export const IsInstant = (): PropertyDecorator =>
  applyDecorators(
    IsISO8601({ strict: true }),
    Matches(INSTANT, { message: '$property must be an ISO 8601 date-time with an offset, e.g. 2025-03-01T09:00:00Z' }),
  );

/** Clocks of partner systems drift a little; anything further ahead is a mistake. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** The time something happened (or was reported) cannot lie in the future. */
export const NotInFuture = (): PropertyDecorator => (target, property) =>
  registerDecorator({
    name: 'notInFuture',
    target: target.constructor,
    propertyName: String(property),
    options: { message: '$property cannot be in the future' },
    validator: {
      validate: (value: unknown) =>
        typeof value !== 'string' || !(Date.parse(value) > Date.now() + FUTURE_TOLERANCE_MS),
    },
  });

/** Either a plain-language line the victim may read, or an explicit `visibleToVictim: false` and no line. */
export const FollowsVictimVisibility = (): PropertyDecorator => (target, property) =>
  registerDecorator({
    name: 'followsVictimVisibility',
    target: target.constructor,
    propertyName: String(property),
    options: {
      message:
        '$property is required (1 to 1000 characters) when visibleToVictim is true, and must be left out when it is false',
    },
    validator: {
      validate: (value: unknown, args: ValidationArguments) => {
        if ((args.object as { visibleToVictim?: unknown }).visibleToVictim !== true)
          return value === undefined || value === null;
        return typeof value === 'string' && value.trim().length > 0 && value.length <= 1000;
      },
    },
  });

/** `details` must hold exactly the structured facts of the event's `type`. */
export const FitsEventType = (): PropertyDecorator => (target, property) => {
  const problems = (args: ValidationArguments): string[] => {
    const type = (args.object as { type?: unknown }).type;
    // An unknown type is reported by the type's own validator.
    return Object.values<unknown>(CaseEventType).includes(type)
      ? eventDetailsProblems(type as CaseEventType, args.value)
      : [];
  };
  registerDecorator({
    name: 'fitsEventType',
    target: target.constructor,
    propertyName: String(property),
    validator: {
      validate: (_: unknown, args: ValidationArguments) => problems(args).length === 0,
      defaultMessage: (args?: ValidationArguments) =>
        args ? problems(args).join('; ') : 'details do not fit the event type',
    },
  });
};
