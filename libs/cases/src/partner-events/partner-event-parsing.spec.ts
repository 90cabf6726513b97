import { parsePartnerEvent } from './partner-event-parsing';

const valid = {
  senderSystem: 'wcu-case-manager',
  senderEventId: 'evt-1',
  crimeReference: ' 5212345/25 ',
  type: 'sentence',
  occurredAt: '2025-03-01T10:00:00Z',
  visibleToVictim: true,
  victimLine: 'The offender was sentenced to 18 months in prison.',
  details: { custodialMonths: 18 },
};

describe('parsing a partner event', () => {
  it('accepts a valid event, normalising its crime reference', () => {
    const parsed = parsePartnerEvent(valid);
    expect(parsed.problems).toEqual([]);
    expect(parsed.identity).toEqual({ senderSystem: 'wcu-case-manager', senderEventId: 'evt-1' });
    expect(parsed.event?.crimeReference).toBe('5212345/25');
  });

  it('keeps the identity of an invalid event, so a resend is still recognised', () => {
    const parsed = parsePartnerEvent({ ...valid, details: { custodialMonths: 'lots' }, colour: 'red' });
    expect(parsed.event).toBeNull();
    expect(parsed.identity).toEqual({ senderSystem: 'wcu-case-manager', senderEventId: 'evt-1' });
    expect(parsed.problems).toEqual(
      expect.arrayContaining(['property colour should not exist', expect.stringMatching(/^details\.custodialMonths/)]),
    );
  });

  it('has no identity without a usable sender system and event id', () => {
    expect(parsePartnerEvent({ ...valid, senderEventId: '' }).identity).toBeNull();
    expect(parsePartnerEvent({ ...valid, senderSystem: 'has spaces' }).identity).toBeNull();
    expect(parsePartnerEvent(['not', 'an', 'object'])).toEqual({
      identity: null,
      event: null,
      problems: ['an event must be a JSON object'],
    });
  });

  it('refuses system-only event types and stage changes without a stage', () => {
    expect(parsePartnerEvent({ ...valid, type: 'hearing_listed', details: {} }).problems).toEqual([
      expect.stringMatching(/^type must be one of/),
    ]);
    expect(parsePartnerEvent({ ...valid, type: 'stage_changed', details: {} }).problems).toEqual([
      expect.stringMatching(/^stage must be one of/),
    ]);
  });
});
