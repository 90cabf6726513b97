import { OffenceGroup } from '@vs/victims';
import { crimeProblems } from './crime-rules';
import { HateCrimeStrand } from './hate-crime-strand';

const at = (iso: string): Date => new Date(iso);
const base = { reportedAt: at('2025-03-01T09:00:00Z'), recordedAt: at('2025-03-01T10:00:00Z') };

describe('crime rules', () => {
  it('requires a strand for a hate crime and refuses one for anything else', () => {
    expect(
      crimeProblems({ ...base, offenceGroup: OffenceGroup.HateCrime, hateCrimeStrand: HateCrimeStrand.Religion }),
    ).toEqual([]);
    expect(crimeProblems({ ...base, offenceGroup: OffenceGroup.HateCrime })).toEqual([
      { field: 'hateCrimeStrand', messages: ['hateCrimeStrand is required for a hate crime'] },
    ]);
    expect(crimeProblems({ ...base, offenceGroup: OffenceGroup.Fraud, hateCrimeStrand: HateCrimeStrand.Race })).toEqual(
      [{ field: 'hateCrimeStrand', messages: ['hateCrimeStrand applies only to a hate crime'] }],
    );
    expect(crimeProblems({ ...base, offenceGroup: OffenceGroup.Fraud, hateCrimeStrand: null })).toEqual([]);
  });

  it('refuses a crime recorded before it was reported', () => {
    expect(
      crimeProblems({ offenceGroup: OffenceGroup.Other, reportedAt: base.recordedAt, recordedAt: base.reportedAt }),
    ).toEqual([{ field: 'recordedAt', messages: ['recordedAt cannot be before reportedAt'] }]);
  });
});
