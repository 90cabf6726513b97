import type { FieldProblem } from '@vs/platform';
import { OffenceGroup } from '@vs/victims';
import type { HateCrimeStrand } from './hate-crime-strand';

export interface CrimeFacts {
  readonly offenceGroup: OffenceGroup;
  readonly hateCrimeStrand?: HateCrimeStrand | null;
  readonly reportedAt: Date;
  readonly recordedAt: Date;
}

/** Rules that tie a crime's fields together: a strand exactly for hate crime, recorded after reported. */
export function crimeProblems(crime: CrimeFacts): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const isHateCrime = crime.offenceGroup === OffenceGroup.HateCrime;
  const hasStrand = crime.hateCrimeStrand !== undefined && crime.hateCrimeStrand !== null;
  if (isHateCrime && !hasStrand)
    problems.push({ field: 'hateCrimeStrand', messages: ['hateCrimeStrand is required for a hate crime'] });
  if (!isHateCrime && hasStrand)
    problems.push({ field: 'hateCrimeStrand', messages: ['hateCrimeStrand applies only to a hate crime'] });
  if (crime.recordedAt < crime.reportedAt)
    problems.push({ field: 'recordedAt', messages: ['recordedAt cannot be before reportedAt'] });
  return problems;
}
