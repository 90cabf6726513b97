import { randomInt, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BlindIndex } from '@vs/platform';

const HASH_PURPOSE = 'portal_one_time_code';

/** Six-digit codes; only a keyed hash bound to its challenge is stored, so a copied table reveals none. */
@Injectable()
export class OneTimeCodes {
  constructor(private readonly keyedHash: BlindIndex) {}

  generate(): string {
    return String(randomInt(0, 1_000_000)).padStart(6, '0');
  }

  hash(challengeId: string, code: string): string {
    return this.keyedHash.of(HASH_PURPOSE, `${challengeId}:${code}`);
  }

  matches(challengeId: string, code: string, storedHash: string): boolean {
    const given = Buffer.from(this.hash(challengeId, code));
    const stored = Buffer.from(storedHash);
    return given.length === stored.length && timingSafeEqual(given, stored);
  }
}
