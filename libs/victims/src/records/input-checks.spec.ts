import { ValidationFailedError } from '@vs/platform';
import { ContactChannelKind } from '../model/contact';
import {
  contactValueProblem,
  contactValueProblems,
  dateOfBirthProblems,
  pastInstantProblems,
  throwIfAny,
} from './input-checks';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('input checks beyond the DTOs', () => {
  it('refuses a date of birth in the future or implausibly long ago', () => {
    expect(dateOfBirthProblems('2026-03-10', NOW)).toEqual([]);
    expect(dateOfBirthProblems(null, NOW)).toEqual([]);
    expect(dateOfBirthProblems('2026-03-11', NOW)[0]?.field).toBe('dateOfBirth');
    expect(dateOfBirthProblems('1899-12-31', NOW)[0]?.messages[0]).toMatch(/1900/);
  });

  it('refuses instants in the future (beyond clock skew) or before a given one', () => {
    expect(pastInstantProblems('givenAt', new Date('2026-03-10T12:04:00Z'), NOW)).toEqual([]);
    expect(pastInstantProblems('givenAt', new Date('2026-03-10T12:06:00Z'), NOW)[0]?.field).toBe('givenAt');
    expect(
      pastInstantProblems('withdrawnAt', new Date('2026-03-01T00:00:00Z'), NOW, new Date('2026-03-02T00:00:00Z')),
    ).toHaveLength(1);
  });

  it('checks a value against its channel', () => {
    expect(contactValueProblem(ContactChannelKind.Sms, '07700 900123')).toBeNull();
    expect(contactValueProblem(ContactChannelKind.Voicemail, 'call me')).toMatch(/phone number/);
    expect(contactValueProblem(ContactChannelKind.Email, ' Jane@Example.org ')).toBeNull();
    expect(contactValueProblem(ContactChannelKind.Email, 'jane at example')).toMatch(/email/);
    expect(contactValueProblem(ContactChannelKind.Letter, '1 High Street, London E1 1AA')).toBeNull();
  });

  it('names each bad channel value by its path', () => {
    const problems = contactValueProblems(
      [
        { channel: ContactChannelKind.Phone, value: '07700 900123' },
        { channel: ContactChannelKind.Email, value: 'nope' },
      ],
      (index) => `contactChannels.${index}.value`,
    );
    expect(problems).toEqual([{ field: 'contactChannels.1.value', messages: ['value must be an email address'] }]);
    expect(() => throwIfAny(problems)).toThrow(ValidationFailedError);
    expect(() => throwIfAny([])).not.toThrow();
  });
});
