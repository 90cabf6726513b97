import { AppConfig, DataCipher } from '@vs/platform';
import { decryptJson, decryptOptional, encryptJson, encryptOptional } from './optional-encryption';

const cipher = new DataCipher({ dataEncryptionKeys: `k1:${Buffer.alloc(32, 3).toString('base64')}` } as AppConfig);

describe('encrypting optional personal data', () => {
  it('keeps absent values null rather than encrypting them', () => {
    expect(encryptOptional(cipher, null)).toBeNull();
    expect(encryptOptional(cipher, undefined)).toBeNull();
    expect(decryptOptional(cipher, null)).toBeNull();
    expect(encryptJson(cipher, undefined)).toBeNull();
    expect(decryptJson(cipher, null)).toBeNull();
  });

  it('round-trips text under the current key without the plaintext showing', () => {
    const payload = encryptOptional(cipher, 'Bluebell')!;
    expect(payload).toMatch(/^v1\.k1\./);
    expect(payload).not.toContain('Bluebell');
    expect(decryptOptional(cipher, payload)).toBe('Bluebell');
  });

  it('round-trips structured answers as JSON', () => {
    const answers = { sex: 'female', religion: 'prefer_not_to_say' };
    const payload = encryptJson(cipher, answers)!;
    expect(payload).not.toContain('female');
    expect(decryptJson(cipher, payload)).toEqual(answers);
  });
});
