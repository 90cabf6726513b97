import { AppConfig } from '../config/app-config';
import { BlindIndex } from './blind-index';

const withKey = (fill: number): BlindIndex =>
  new BlindIndex({ blindIndexKey: Buffer.alloc(32, fill).toString('base64') } as AppConfig);

describe('BlindIndex', () => {
  it('gives equal values equal indexes and hides the value', () => {
    const index = withKey(1);
    expect(index.of('phone', '447700900123')).toBe(index.of('phone', '447700900123'));
    expect(index.of('phone', '447700900123')).not.toContain('447700900123');
  });

  it('separates purposes and keys', () => {
    expect(withKey(1).of('phone', 'x')).not.toBe(withKey(1).of('email', 'x'));
    expect(withKey(1).of('phone', 'x')).not.toBe(withKey(2).of('phone', 'x'));
  });

  it('refuses a key of the wrong size', () => {
    expect(() => new BlindIndex({ blindIndexKey: 'c2hvcnQ=' } as AppConfig)).toThrow(/32 bytes/);
  });
});
