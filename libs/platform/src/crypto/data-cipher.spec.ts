import { AppConfig } from '../config/app-config';
import { DataCipher } from './data-cipher';

const key = (fill: number): string => Buffer.alloc(32, fill).toString('base64');
const cipherWith = (keys: string): DataCipher => new DataCipher({ dataEncryptionKeys: keys } as AppConfig);

describe('DataCipher', () => {
  it('round-trips and never repeats a ciphertext', () => {
    const cipher = cipherWith(`k1:${key(1)}`);
    const first = cipher.encrypt('07700 900123');
    expect(first).not.toContain('07700');
    expect(first).not.toBe(cipher.encrypt('07700 900123'));
    expect(cipher.decrypt(first)).toBe('07700 900123');
  });

  it('decrypts values written under an older key after rotation', () => {
    const old = cipherWith(`k1:${key(1)}`).encrypt('secret');
    const rotated = cipherWith(`k2:${key(2)},k1:${key(1)}`);
    expect(rotated.currentKeyId).toBe('k2');
    expect(rotated.decrypt(old)).toBe('secret');
  });

  it('refuses a tampered value', () => {
    const cipher = cipherWith(`k1:${key(1)}`);
    const parts = cipher.encrypt('secret').split('.');
    parts[4] = Buffer.from('other!').toString('base64');
    expect(() => cipher.decrypt(parts.join('.'))).toThrow();
  });

  it('refuses keys of the wrong length', () => {
    expect(() => cipherWith(`k1:${Buffer.alloc(16).toString('base64')}`)).toThrow(/32 bytes/);
  });
});
