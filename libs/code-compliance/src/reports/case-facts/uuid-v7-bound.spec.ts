import { v7 } from 'uuid';
import { uuidV7LowerBound } from './uuid-v7-bound';

describe('the lowest UUIDv7 of an instant', () => {
  it('sorts below every id made from that millisecond on, and above those made before', () => {
    const instant = new Date('2025-06-01T12:00:00.000Z');
    const bound = uuidV7LowerBound(instant);
    const at = v7({ msecs: instant.getTime() });
    const before = v7({ msecs: instant.getTime() - 1 });
    expect([before, bound, at].sort()).toEqual([before, bound, at]);
  });

  it('starts from nothing for the beginning of time', () => {
    expect(uuidV7LowerBound(new Date(0))).toBe('00000000-0000-0000-0000-000000000000');
  });
});
