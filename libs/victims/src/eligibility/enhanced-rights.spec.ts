import { OffenceGroup } from '../offence-group';
import { VulnerabilityFlag } from '../model/vulnerability-flag';
import { EligibilityReason, enhancedRightsEligibility, EnhancedRightsInput } from './enhanced-rights';

const adult: EnhancedRightsInput = { dateOfBirth: '1980-05-01', vulnerabilityFlags: [], override: null };
const NOW = new Date('2026-03-10T12:00:00Z');

describe('enhancedRightsEligibility', () => {
  it('gives a standard adult victim of a non-qualifying crime standard rights', () => {
    expect(enhancedRightsEligibility(adult, OffenceGroup.Fraud, NOW)).toEqual({ eligible: false, reasons: [] });
    expect(enhancedRightsEligibility(adult, null, NOW)).toEqual({ eligible: false, reasons: [] });
  });

  it.each([
    OffenceGroup.DomesticAbuse,
    OffenceGroup.SexualOffences,
    OffenceGroup.HateCrime,
    OffenceGroup.StalkingHarassment,
    OffenceGroup.ChildSexualExploitation,
    OffenceGroup.ModernSlavery,
    OffenceGroup.HomicideBereaved,
    OffenceGroup.AttemptedMurder,
    OffenceGroup.Terrorism,
    OffenceGroup.RoadDeathBereaved,
  ])('treats %s as the most serious crime', (group) => {
    expect(enhancedRightsEligibility(adult, group, NOW)).toEqual({
      eligible: true,
      reasons: [EligibilityReason.offenceGroup(group)],
    });
  });

  it.each([OffenceGroup.KnifeCrime, OffenceGroup.Fraud, OffenceGroup.Other])(
    'does not treat %s as the most serious crime by itself',
    (group) => {
      expect(enhancedRightsEligibility(adult, group, NOW).eligible).toBe(false);
    },
  );

  describe('under 18 at the time asked (London calendar)', () => {
    const child = { ...adult, dateOfBirth: '2008-03-10' };

    it('is vulnerable until the day before the 18th birthday', () => {
      const lastDayAt17 = new Date('2026-03-09T23:59:59Z');
      expect(enhancedRightsEligibility(child, null, lastDayAt17)).toEqual({
        eligible: true,
        reasons: [EligibilityReason.under18],
      });
    });

    it('is no longer under 18 from the first moment of the birthday', () => {
      expect(enhancedRightsEligibility(child, null, new Date('2026-03-10T00:00:00Z'))).toEqual({
        eligible: false,
        reasons: [],
      });
    });

    it('uses London time, not UTC, across British Summer Time', () => {
      const summerChild = { ...adult, dateOfBirth: '2008-07-15' };
      // 23:30 UTC on 14 July is 00:30 on 15 July in London: already 18.
      expect(enhancedRightsEligibility(summerChild, null, new Date('2026-07-14T23:30:00Z')).eligible).toBe(false);
      expect(enhancedRightsEligibility(summerChild, null, new Date('2026-07-14T22:30:00Z')).eligible).toBe(true);
    });

    it('turns 18 on 1 March in a common year for someone born on 29 February', () => {
      const leapling = { ...adult, dateOfBirth: '2008-02-29' };
      expect(enhancedRightsEligibility(leapling, null, new Date('2026-02-28T12:00:00Z')).eligible).toBe(true);
      expect(enhancedRightsEligibility(leapling, null, new Date('2026-03-01T00:00:00Z')).eligible).toBe(false);
    });

    it('ignores a copied under_18 flag once the victim is an adult', () => {
      const staleFlag = { ...adult, vulnerabilityFlags: [VulnerabilityFlag.Under18] };
      expect(enhancedRightsEligibility(staleFlag, null, NOW)).toEqual({ eligible: false, reasons: [] });
    });

    it('cannot tell the age of a victim whose date of birth is unknown', () => {
      expect(enhancedRightsEligibility({ ...adult, dateOfBirth: null }, null, NOW).eligible).toBe(false);
    });
  });

  it.each([
    [VulnerabilityFlag.Intimidated, EligibilityReason.intimidated],
    [VulnerabilityFlag.PersistentlyTargeted, EligibilityReason.persistentlyTargeted],
    [VulnerabilityFlag.Disability, 'vulnerable:disability'],
    [VulnerabilityFlag.MentalHealth, 'vulnerable:mental_health'],
    [VulnerabilityFlag.LearningDisability, 'vulnerable:learning_disability'],
    [VulnerabilityFlag.PhysicalDisability, 'vulnerable:physical_disability'],
  ])('makes a victim flagged %s eligible', (flag, reason) => {
    expect(enhancedRightsEligibility({ ...adult, vulnerabilityFlags: [flag] }, null, NOW)).toEqual({
      eligible: true,
      reasons: [reason],
    });
  });

  it('lists every reason that applies, once each', () => {
    const victim = {
      dateOfBirth: '2012-01-01',
      vulnerabilityFlags: [
        VulnerabilityFlag.Intimidated,
        VulnerabilityFlag.Intimidated,
        VulnerabilityFlag.MentalHealth,
      ],
      override: null,
    };
    expect(enhancedRightsEligibility(victim, OffenceGroup.HateCrime, NOW).reasons).toEqual([
      'offence_group:hate_crime',
      'under_18',
      'intimidated',
      'vulnerable:mental_health',
    ]);
  });

  it('lets an override grant enhanced rights the rules would not', () => {
    const victim = { ...adult, override: { enhanced: true, reason: 'Victim disclosed fear of reprisals' } };
    expect(enhancedRightsEligibility(victim, OffenceGroup.Fraud, NOW)).toEqual({
      eligible: true,
      reasons: ['override:enhanced'],
    });
  });

  it('lets an override withhold enhanced rights the rules would give', () => {
    const victim = {
      ...adult,
      override: { enhanced: false, reason: 'Assessed with the victim: standard service preferred' },
    };
    expect(enhancedRightsEligibility(victim, OffenceGroup.DomesticAbuse, NOW)).toEqual({
      eligible: false,
      reasons: ['override:standard'],
    });
  });

  it('refuses an override without a reason', () => {
    expect(() =>
      enhancedRightsEligibility({ ...adult, override: { enhanced: true, reason: '  ' } }, null, NOW),
    ).toThrow(/reason/);
  });
});
