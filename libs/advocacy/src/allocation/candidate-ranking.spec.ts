import { SupportService } from '@vs/referrals';
import { AdvocateType } from '../model/advocate-type';
import { CandidateFacts, rankCandidates, ScoreComponentName } from './candidate-ranking';

const advocate = (name: string, overrides: Partial<CandidateFacts> = {}): CandidateFacts => ({
  advocateId: `id-${name}`,
  userId: `user-${name}`,
  displayName: name,
  team: null,
  type: AdvocateType.Idva,
  boroughCodes: [],
  languages: [],
  caseloadCapacity: 60,
  activeCases: 30,
  ...overrides,
});
const need = { service: SupportService.Idva, boroughCode: 'E09000022', language: 'pl' };
const pointsOf = (ranked: ReturnType<typeof rankCandidates>[number], name: ScoreComponentName) =>
  ranked.components.find((part) => part.component === name)!;

describe('ranking advocates for a referral', () => {
  it('scores each component with its reason', () => {
    const [only] = rankCandidates(need, [
      advocate('Ada', { boroughCodes: ['E09000022'], languages: ['pl'], activeCases: 15 }),
    ]);
    expect(only.components).toEqual([
      { component: 'specialism', points: 40, maximum: 40, reason: 'a idva: the specialism of the idva service' },
      { component: 'borough', points: 20, maximum: 20, reason: 'covers E09000022' },
      { component: 'language', points: 20, maximum: 20, reason: "speaks pl, the victim's language" },
      { component: 'load', points: 15, maximum: 20, reason: '15 active of 60: room for 45 more' },
    ]);
    expect(only).toMatchObject({ rank: 1, score: 95, atCapacity: false });
  });

  it('ranks the specialist above a related specialism and a caseworker', () => {
    const ranked = rankCandidates(need, [
      advocate('Cas', { type: AdvocateType.Caseworker }),
      advocate('Sam', { type: AdvocateType.StalkingAdvocate }),
      advocate('Ida'),
    ]);
    expect(ranked.map((candidate) => candidate.displayName)).toEqual(['Ida', 'Sam', 'Cas']);
    expect(pointsOf(ranked[1], ScoreComponentName.Specialism).points).toBe(20);
    expect(pointsOf(ranked[2], ScoreComponentName.Specialism).points).toBe(0);
  });

  it('prefers the borough named, then all of London, then elsewhere', () => {
    const ranked = rankCandidates(need, [
      advocate('Far', { boroughCodes: ['E09000001'] }),
      advocate('All'),
      advocate('Near', { boroughCodes: ['E09000022'] }),
    ]);
    expect(ranked.map((candidate) => candidate.displayName)).toEqual(['Near', 'All', 'Far']);
  });

  it('puts advocates at capacity last, whatever their score', () => {
    const ranked = rankCandidates(need, [
      advocate('Full', { activeCases: 60, languages: ['pl'] }),
      advocate('Free', { type: AdvocateType.Caseworker, activeCases: 0 }),
    ]);
    expect(ranked.map((candidate) => [candidate.displayName, candidate.atCapacity])).toEqual([
      ['Free', false],
      ['Full', true],
    ]);
    expect(pointsOf(ranked[1], ScoreComponentName.Load)).toMatchObject({
      points: 0,
      reason: 'at capacity: 60 active of 60',
    });
  });

  it('breaks ties by the lighter load, then by name', () => {
    const ranked = rankCandidates(need, [advocate('Bea', { activeCases: 31 }), advocate('Amy', { activeCases: 31 })]);
    expect(ranked.map((candidate) => candidate.displayName)).toEqual(['Amy', 'Bea']);
  });
});
