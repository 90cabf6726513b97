import { plainToInstance } from 'class-transformer';
import { CreateReferralDto } from '../dto/create-referral.dto';
import { requestFingerprint } from './request-fingerprint';

const dto = (body: object): CreateReferralDto => plainToInstance(CreateReferralDto, body);

describe('requestFingerprint', () => {
  const body = { source: 'police', reason: 'Assault', risk: { level: 'high', concerns: ['domestic_abuse'] } };

  it('is the same for the same request, whatever the key order or the key itself', () => {
    const reordered = { risk: { concerns: ['domestic_abuse'], level: 'high' }, reason: 'Assault', source: 'police' };
    expect(requestFingerprint(dto({ ...body, idempotencyKey: 'a' }))).toBe(
      requestFingerprint(dto({ ...reordered, idempotencyKey: 'b' })),
    );
  });

  it('differs for a different referral', () => {
    expect(requestFingerprint(dto(body))).not.toBe(requestFingerprint(dto({ ...body, reason: 'Burglary' })));
  });
});
