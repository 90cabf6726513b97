import { isEmail } from 'class-validator';
import { FieldProblem, ValidationFailedError } from '@vs/platform';
import { londonDate } from '../eligibility/age';
import { normalisePhone } from '../matching/normalise';
import { ContactChannelKind, PHONE_CHANNELS } from '../model/contact';

/**
 * Checks that need more than one field or the current time, which DTO decorators cannot see. Each
 * returns problems named like the validation pipe's, so a client handles both the same way.
 */

const EARLIEST_DATE_OF_BIRTH = '1900-01-01';
/** Clocks of the caller and the server may differ a little. */
const CLOCK_SKEW_MS = 5 * 60_000;

export function dateOfBirthProblems(dateOfBirth: string | null | undefined, now: Date): FieldProblem[] {
  if (dateOfBirth === null || dateOfBirth === undefined) return [];
  if (dateOfBirth > londonDate(now))
    return [{ field: 'dateOfBirth', messages: ['dateOfBirth must not be in the future'] }];
  if (dateOfBirth < EARLIEST_DATE_OF_BIRTH)
    return [{ field: 'dateOfBirth', messages: [`dateOfBirth must be on or after ${EARLIEST_DATE_OF_BIRTH}`] }];
  return [];
}

export function pastInstantProblems(field: string, instant: Date, now: Date, notBefore?: Date): FieldProblem[] {
  if (instant.getTime() > now.getTime() + CLOCK_SKEW_MS)
    return [{ field, messages: [`${field} must not be in the future`] }];
  if (notBefore && instant < notBefore)
    return [{ field, messages: [`${field} must not be before ${notBefore.toISOString()}`] }];
  return [];
}

/** Why a channel's value is not usable for that channel, or null when it is. */
export function contactValueProblem(channel: ContactChannelKind, value: string): string | null {
  if (PHONE_CHANNELS.has(channel)) {
    return normalisePhone(value) === null
      ? 'value must be a phone number: UK national (07700 900123) or international (+44 7700 900123)'
      : null;
  }
  if (channel === ContactChannelKind.Email) return isEmail(value.trim()) ? null : 'value must be an email address';
  return null;
}

export function contactValueProblems(
  channels: readonly { channel: ContactChannelKind; value: string }[],
  fieldOf: (index: number) => string,
): FieldProblem[] {
  return channels.flatMap(({ channel, value }, index) => {
    const problem = contactValueProblem(channel, value);
    return problem === null ? [] : [{ field: fieldOf(index), messages: [problem] }];
  });
}

export function throwIfAny(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new ValidationFailedError(problems);
}
