import { createHash } from 'node:crypto';
import { CreateReferralDto } from '../dto/create-referral.dto';

/** The same value with object keys in order and absent fields dropped, so equal requests print alike. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, field]) => field !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(entries.map(([key, field]) => [key, canonical(field)]));
}

/** SHA-256 of a referral request without its key: a resend matches it, a different referral does not. */
export function requestFingerprint(dto: CreateReferralDto): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical({ ...dto, idempotencyKey: undefined })))
    .digest('hex');
}
