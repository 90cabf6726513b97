import { SupportService } from '@vs/referrals';
import { AdvocateType, SUITED_ADVOCATES } from '../model/advocate-type';

/** What allocation knows of one advocate. */
export interface CandidateFacts {
  readonly advocateId: string;
  readonly userId: string;
  readonly displayName: string;
  readonly team: string | null;
  readonly type: AdvocateType;
  readonly boroughCodes: readonly string[];
  readonly languages: readonly string[];
  readonly caseloadCapacity: number;
  readonly activeCases: number;
}

/** What the referral asks of an advocate. */
export interface AllocationNeed {
  readonly service: SupportService;
  readonly boroughCode: string | null;
  /** The victim's preferred language (ISO 639-1), when recorded. */
  readonly language: string | null;
}

export enum ScoreComponentName {
  Specialism = 'specialism',
  Borough = 'borough',
  Language = 'language',
  Load = 'load',
}

export interface ScoreComponent {
  readonly component: ScoreComponentName;
  readonly points: number;
  readonly maximum: number;
  readonly reason: string;
}

export interface RankedCandidate extends CandidateFacts {
  readonly rank: number;
  readonly score: number;
  readonly atCapacity: boolean;
  readonly components: ScoreComponent[];
}

/** Points per component: specialism weighs most, because the wrong specialist is the costliest mistake. */
export const MAXIMUM_POINTS: Readonly<Record<ScoreComponentName, number>> = {
  [ScoreComponentName.Specialism]: 40,
  [ScoreComponentName.Borough]: 20,
  [ScoreComponentName.Language]: 20,
  [ScoreComponentName.Load]: 20,
};
const RELATED_SPECIALISM_POINTS = 20;
const LONDON_WIDE_POINTS = 15;
/** Every advocate works in English; other languages are listed on their profile. */
const ENGLISH = 'en';

const component = (name: ScoreComponentName, points: number, reason: string): ScoreComponent => ({
  component: name,
  points,
  maximum: MAXIMUM_POINTS[name],
  reason,
});

function specialism(candidate: CandidateFacts, need: AllocationNeed): ScoreComponent {
  const suited = SUITED_ADVOCATES[need.service];
  const name = ScoreComponentName.Specialism;
  if (suited.specialists.includes(candidate.type))
    return component(name, MAXIMUM_POINTS[name], `a ${candidate.type}: the specialism of the ${need.service} service`);
  if (suited.related.includes(candidate.type))
    return component(name, RELATED_SPECIALISM_POINTS, `a ${candidate.type}: a related specialism to ${need.service}`);
  return component(name, 0, `a ${candidate.type}: not a specialism of the ${need.service} service`);
}

function borough(candidate: CandidateFacts, need: AllocationNeed): ScoreComponent {
  const name = ScoreComponentName.Borough;
  if (need.boroughCode === null) return component(name, 0, 'the referral names no borough');
  if (candidate.boroughCodes.includes(need.boroughCode))
    return component(name, MAXIMUM_POINTS[name], `covers ${need.boroughCode}`);
  if (candidate.boroughCodes.length === 0) return component(name, LONDON_WIDE_POINTS, 'covers all of London');
  return component(name, 0, `does not cover ${need.boroughCode}`);
}

function language(candidate: CandidateFacts, need: AllocationNeed): ScoreComponent {
  const name = ScoreComponentName.Language;
  if (need.language === null) return component(name, 0, "the victim's language is not recorded");
  if (need.language === ENGLISH || candidate.languages.includes(need.language))
    return component(name, MAXIMUM_POINTS[name], `speaks ${need.language}, the victim's language`);
  return component(name, 0, `does not speak ${need.language}: an interpreter would be needed`);
}

function load(candidate: CandidateFacts): ScoreComponent {
  const name = ScoreComponentName.Load;
  const { activeCases, caseloadCapacity } = candidate;
  const spare = Math.max(0, caseloadCapacity - activeCases);
  const points = Math.round((MAXIMUM_POINTS[name] * spare) / caseloadCapacity);
  const reason =
    spare === 0
      ? `at capacity: ${activeCases} active of ${caseloadCapacity}`
      : `${activeCases} active of ${caseloadCapacity}: room for ${spare} more`;
  return component(name, points, reason);
}

/**
 * Ranks advocates for a referral and says why: each score is the sum of its components, each with
 * its reason. Advocates with room come before those at capacity, whatever their score: the manager
 * may still allocate to a full caseload, but should see it is one. Ties go to the lighter load, then
 * the name, so the order is repeatable.
 */
export function rankCandidates(need: AllocationNeed, candidates: readonly CandidateFacts[]): RankedCandidate[] {
  return candidates
    .map((candidate) => {
      const components = [
        specialism(candidate, need),
        borough(candidate, need),
        language(candidate, need),
        load(candidate),
      ];
      return {
        ...candidate,
        score: components.reduce((total, part) => total + part.points, 0),
        atCapacity: candidate.activeCases >= candidate.caseloadCapacity,
        components,
      };
    })
    .sort(
      (a, b) =>
        Number(a.atCapacity) - Number(b.atCapacity) ||
        b.score - a.score ||
        a.activeCases / a.caseloadCapacity - b.activeCases / b.caseloadCapacity ||
        a.displayName.localeCompare(b.displayName),
    )
    .map((candidate, index) => ({ ...candidate, rank: index + 1 }));
}
