import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '../config/app-config';

/**
 * Keyed hashes (HMAC-SHA256) of normalised personal data, so equal values can be found with an
 * index without storing or decrypting them. The purpose is part of the input, so a phone number's
 * index can never be compared with an email's.
 */
@Injectable()
export class BlindIndex {
  private readonly key: Buffer;

  constructor(@InjectConfig() config: AppConfig) {
    this.key = Buffer.from(config.blindIndexKey, 'base64');
    if (this.key.length !== 32) throw new Error('BLIND_INDEX_KEY must be base64 of 32 bytes');
  }

  of(purpose: string, normalisedValue: string): string {
    return createHmac('sha256', this.key).update(`${purpose}\u0000${normalisedValue}`).digest('hex');
  }
}
