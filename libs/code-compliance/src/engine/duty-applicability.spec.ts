import { OffenceGroup } from '@vs/victims';
import { qualifiesForVictimContactScheme, VIOLENT_OR_SEXUAL_OFFENCE_GROUPS } from './duty-applicability';

describe('the Victim Contact Scheme condition', () => {
  it('needs 12 months of immediate custody, or a hospital order', () => {
    const group = OffenceGroup.DomesticAbuse;
    expect(qualifiesForVictimContactScheme(group, { custodialMonths: 12 })).toBe(true);
    expect(qualifiesForVictimContactScheme(group, { custodialMonths: 11 })).toBe(false);
    expect(qualifiesForVictimContactScheme(group, { custodialMonths: 24, suspended: true })).toBe(false);
    expect(qualifiesForVictimContactScheme(group, { hospitalOrder: true })).toBe(true);
    expect(qualifiesForVictimContactScheme(group, {})).toBe(false);
  });

  it('needs a violent or sexual offence group: never fraud, and not "other", which says nothing', () => {
    expect(VIOLENT_OR_SEXUAL_OFFENCE_GROUPS.has(OffenceGroup.SexualOffences)).toBe(true);
    expect(VIOLENT_OR_SEXUAL_OFFENCE_GROUPS.has(OffenceGroup.RoadDeathBereaved)).toBe(true);
    for (const group of [OffenceGroup.Fraud, OffenceGroup.Other])
      expect(qualifiesForVictimContactScheme(group, { custodialMonths: 60 })).toBe(false);
  });
});
