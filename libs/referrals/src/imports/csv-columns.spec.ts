import { referralBodyOf, unknownColumns } from './csv-columns';

describe('a referrals CSV row as a request body', () => {
  it('maps cells to the fields of POST /referrals, leaving empty ones out', () => {
    expect(
      referralBodyOf({
        idempotency_key: 'row-1',
        source: 'police',
        given_names: 'Amara',
        family_name: 'Okafor',
        date_of_birth: '1991-06-14',
        phone: '07700 900123',
        phone_safe: 'yes',
        reason: 'Assault by partner',
        risk_level: 'high',
        dash_score: '15',
        concerns: 'domestic_abuse; stalking',
        consent_given: 'false',
        lawful_basis: 'vital_interests',
        lawful_basis_justification: 'Threats to kill',
      }),
    ).toEqual({
      idempotencyKey: 'row-1',
      source: 'police',
      victim: {
        givenNames: 'Amara',
        familyName: 'Okafor',
        dateOfBirth: '1991-06-14',
        contactChannels: [{ channel: 'phone', value: '07700 900123', safe: true }],
      },
      reason: 'Assault by partner',
      risk: { level: 'high', dashScore: 15, concerns: ['domestic_abuse', 'stalking'] },
      consent: { given: false, lawfulBasis: 'vital_interests', justification: 'Threats to kill' },
    });
  });

  it('links a recorded victim by victim_id instead of recording one', () => {
    const body = referralBodyOf({ victim_id: '01900000-0000-7000-8000-000000000000', given_names: 'Ignored' });
    expect(body.victimId).toBe('01900000-0000-7000-8000-000000000000');
    expect(body.victim).toBeUndefined();
  });

  it('keeps values that are not booleans or numbers as text, for validation to refuse', () => {
    const body = referralBodyOf({ consent_given: 'perhaps', dash_score: 'fifteen' });
    expect(body.consent).toEqual({ given: 'perhaps' });
    expect(body.risk).toEqual({ dashScore: 'fifteen', concerns: [] });
  });

  it('names columns it does not know', () => {
    expect(unknownColumns(['idempotency_key', 'reason', 'favourite_colour'])).toEqual(['favourite_colour']);
  });
});
