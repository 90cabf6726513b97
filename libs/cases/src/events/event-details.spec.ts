import { CaseEventType } from './case-event-type';
import { eventDetailsProblems } from './event-details';

describe('event details', () => {
  it('accepts the structured facts of a sentence', () => {
    expect(eventDetailsProblems(CaseEventType.Sentence, { custodialMonths: 18 })).toEqual([]);
    expect(eventDetailsProblems(CaseEventType.Sentence, { hospitalOrder: true })).toEqual([]);
  });

  it('names what does not fit, refusing unknown facts', () => {
    expect(eventDetailsProblems(CaseEventType.Sentence, { custodialMonths: -1 })).toEqual([
      'details.custodialMonths must not be less than 0',
    ]);
    expect(eventDetailsProblems(CaseEventType.Verdict, {})).toEqual([
      expect.stringMatching(/^details\.outcome must be one of/),
    ]);
    expect(eventDetailsProblems(CaseEventType.SuspectArrested, { name: 'J. Smith' })).toEqual([
      'details.property name should not exist',
    ]);
  });

  it('treats absent details as none and refuses details that are not an object', () => {
    expect(eventDetailsProblems(CaseEventType.SuspectArrested, undefined)).toEqual([]);
    expect(eventDetailsProblems(CaseEventType.Verdict, [1])).toEqual(['details must be an object']);
  });
});
