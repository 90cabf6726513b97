import { UnauthenticatedError } from '../auth.errors';
import { principalOrFail } from './principal-or-fail';

describe('principalOrFail', () => {
  it('passes the principal of a verified token on', () => {
    expect(principalOrFail(null, { userId: 'u-1' })).toEqual({ userId: 'u-1' });
  });

  it('refuses a token that failed verification as unauthenticated', () => {
    expect(() => principalOrFail(null, false)).toThrow(UnauthenticatedError);
  });

  it('lets a fault while resolving the principal through, rather than calling it unauthenticated', () => {
    const outage = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(() => principalOrFail(outage, false)).toThrow(outage);
  });
});
