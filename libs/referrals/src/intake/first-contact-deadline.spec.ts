import { workingDayDeadline } from '@vs/code-compliance';
import { firstContactDeadline } from './first-contact-deadline';

describe('firstContactDeadline', () => {
  it('answers as workingDayDeadline does, across London days, bank holidays and targets', () => {
    const instants = [
      '2026-12-23T10:00:00Z',
      '2026-12-23T23:30:00Z',
      '2026-12-24T00:30:00Z',
      '2026-12-23T12:00:00Z',
      '2026-03-29T00:59:00Z',
      '2026-03-29T01:01:00Z',
      '2026-10-24T23:30:00Z',
    ].map((text) => new Date(text));
    for (const instant of instants)
      for (const days of [1, 2, 5, 10, 2])
        expect(firstContactDeadline(instant, days)).toEqual(workingDayDeadline(instant, days));
  });

  it('gives each caller a Date of its own', () => {
    const instant = new Date('2026-06-01T09:00:00Z');
    const first = firstContactDeadline(instant, 3);
    first.setTime(0);
    expect(firstContactDeadline(instant, 3)).toEqual(workingDayDeadline(instant, 3));
  });
});
