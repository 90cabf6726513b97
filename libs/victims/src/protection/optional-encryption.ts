import { DataCipher } from '@vs/platform';

/** Encrypts a value that may be absent; absent stays null, so "no code word" is not a ciphertext. */
export const encryptOptional = (cipher: DataCipher, value: string | null | undefined): string | null =>
  value === null || value === undefined ? null : cipher.encrypt(value);

export const decryptOptional = (cipher: DataCipher, payload: string | null): string | null =>
  payload === null ? null : cipher.decrypt(payload);

/** Structured data (answers to several questions) as one encrypted JSON value. */
export const encryptJson = (cipher: DataCipher, value: object | null | undefined): string | null =>
  value === null || value === undefined ? null : cipher.encrypt(JSON.stringify(value));

export const decryptJson = <T>(cipher: DataCipher, payload: string | null): T | null =>
  payload === null ? null : (JSON.parse(cipher.decrypt(payload)) as T);
