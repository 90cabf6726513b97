import { FieldProblem, ValidationFailedError } from '@vs/platform';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

const KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * The referrer's key, from the Idempotency-Key header or the body (both may come, if they agree).
 * Every referral needs one: without it a resend after a lost answer would refer the victim twice.
 */
export function idempotencyKeyOf(headerValue: string | undefined, bodyValue: string | undefined): string {
  const problem = (message: string): FieldProblem[] => [{ field: 'idempotencyKey', messages: [message] }];
  if (headerValue !== undefined && bodyValue !== undefined && headerValue !== bodyValue)
    throw new ValidationFailedError(problem('the Idempotency-Key header and idempotencyKey differ'));
  const key = headerValue ?? bodyValue;
  if (key === undefined)
    throw new ValidationFailedError(problem('send an Idempotency-Key header (or idempotencyKey): your own unique key'));
  if (!KEY.test(key))
    throw new ValidationFailedError(problem('the idempotency key must be 1 to 200 printable characters, no spaces'));
  return key;
}
