import { ReferralCircumstance } from '../model/referral-circumstance';
import { ReferralConcern, RiskLevel } from '../model/risk';
import { SupportService } from '../model/support-service';
import { TriageFacts } from './triage-rule';
import { TRIAGE_RULES } from './triage-rules';
import { proposeRoute } from './triage';

const facts = (overrides: Partial<TriageFacts> = {}): TriageFacts => ({
  concerns: [],
  riskLevel: RiskLevel.Standard,
  under18: false,
  circumstances: [],
  ...overrides,
});
const route = (overrides: Partial<TriageFacts>) => proposeRoute(TRIAGE_RULES, facts(overrides));

describe('triage rules', () => {
  it('ends with a rule for everyone, so every referral has a route', () => {
    expect(TRIAGE_RULES.routing.at(-1)!.when).toEqual({});
    expect(route({}).service).toBe(SupportService.GeneralVictimSupport);
  });

  it('sends high-risk domestic abuse to an IDVA and the MARAC, lower risk to the general service', () => {
    expect(route({ concerns: [ReferralConcern.DomesticAbuse], riskLevel: RiskLevel.High })).toMatchObject({
      service: SupportService.Idva,
      maracReferral: true,
      ruleId: 'domestic_abuse_high_risk',
    });
    expect(route({ concerns: [ReferralConcern.DomesticAbuse], riskLevel: RiskLevel.Medium })).toMatchObject({
      service: SupportService.GeneralVictimSupport,
      maracReferral: false,
    });
  });

  it('sends sexual violence to an ISVA and the haven, and under-18s to a youth ISVA and a Child House', () => {
    expect(route({ concerns: [ReferralConcern.SexualViolence] })).toMatchObject({
      service: SupportService.Isva,
      alsoRefer: [SupportService.Haven],
    });
    expect(route({ concerns: [ReferralConcern.SexualViolence], under18: true })).toMatchObject({
      service: SupportService.YouthIsva,
      alsoRefer: [SupportService.Haven, SupportService.ChildHouse],
    });
  });

  it('sends high-risk hate crime to an HCVA and stalking to a stalking advocate', () => {
    expect(route({ concerns: [ReferralConcern.HateCrime], riskLevel: RiskLevel.High }).service).toBe(
      SupportService.Hcva,
    );
    expect(route({ concerns: [ReferralConcern.HateCrime] }).service).toBe(SupportService.GeneralVictimSupport);
    expect(route({ concerns: [ReferralConcern.Stalking] }).service).toBe(SupportService.StalkingAdvocacy);
  });

  it('lets the first matching rule decide when several concerns apply', () => {
    const both = { concerns: [ReferralConcern.Stalking, ReferralConcern.DomesticAbuse], riskLevel: RiskLevel.High };
    expect(route(both).service).toBe(SupportService.Idva);
  });

  it('offers restorative justice only when the offender admitted it and the victim asks', () => {
    const admitted = [ReferralCircumstance.OffenderAdmittedOffence];
    expect(route({ circumstances: admitted }).alsoRefer).toEqual([]);
    expect(
      route({ circumstances: [...admitted, ReferralCircumstance.VictimRequestsRestorativeJustice] }).alsoRefer,
    ).toEqual([SupportService.RestorativeJustice]);
  });

  it('adds court support, safe accommodation and community services beside the main route', () => {
    const proposal = route({
      concerns: [ReferralConcern.SexualViolence],
      circumstances: [
        ReferralCircumstance.RequiredToGiveEvidence,
        ReferralCircumstance.NeedsSafeAccommodation,
        ReferralCircumstance.WantsSpecialistCommunityService,
      ],
    });
    expect(proposal.alsoRefer).toEqual([
      SupportService.Haven,
      SupportService.WitnessService,
      SupportService.Refuge,
      SupportService.SpecialistCommunity,
    ]);
    expect(proposal.reasons).toHaveLength(4);
  });
});
