import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '../config/app-config';

const ALGORITHM = 'aes-256-gcm';
const FORMAT = 'v1';

interface DataKey {
  readonly id: string;
  readonly key: Buffer;
}

/** Parses `keyId:base64key,keyId:base64key`; the first key encrypts, every key decrypts. */
export function parseDataKeys(spec: string): DataKey[] {
  const keys = spec.split(',').map((entry) => {
    const [id, encoded] = entry.trim().split(':');
    const key = Buffer.from(encoded ?? '', 'base64');
    if (!id || key.length !== 32) throw new Error(`Data encryption key "${id ?? ''}" must be keyId:<32 bytes base64>`);
    return { id, key };
  });
  if (keys.length === 0) throw new Error('At least one data encryption key is required');
  return keys;
}

/**
 * Encrypts personal data at rest with AES-256-GCM. The key id travels with each value
 * (`v1.<keyId>.<iv>.<tag>.<ciphertext>`), so keys can be rotated and old values re-encrypted.
 */
@Injectable()
export class DataCipher {
  private readonly keys: DataKey[];

  constructor(@InjectConfig() config: AppConfig) {
    this.keys = parseDataKeys(config.dataEncryptionKeys);
  }

  get currentKeyId(): string {
    return this.keys[0].id;
  }

  encrypt(plaintext: string): string {
    const { id, key } = this.keys[0];
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      FORMAT,
      id,
      iv.toString('base64'),
      cipher.getAuthTag().toString('base64'),
      ciphertext.toString('base64'),
    ].join('.');
  }

  decrypt(payload: string): string {
    const [format, keyId, iv, tag, ciphertext] = payload.split('.');
    if (format !== FORMAT || !keyId || !iv || !tag || ciphertext === undefined)
      throw new Error('Not an encrypted value');
    const key = this.keys.find((candidate) => candidate.id === keyId);
    if (!key) throw new Error(`Unknown data encryption key "${keyId}"`);
    const decipher = createDecipheriv(ALGORITHM, key.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
  }
}
