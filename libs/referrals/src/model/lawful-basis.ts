/**
 * The recorded lawful basis (UK GDPR art. 6, Data Protection Act 2018) for referring a victim at
 * high risk who has not consented: sharing to protect life or to safeguard someone at risk.
 */
export enum ReferralLawfulBasis {
  /** Art. 6(1)(d): to protect someone's life. */
  VitalInterests = 'vital_interests',
  /** Art. 6(1)(e) with DPA 2018 sch. 1 para. 18: safeguarding an individual at risk. */
  SafeguardingIndividualAtRisk = 'safeguarding_individual_at_risk',
  /** DPA 2018 sch. 1 para. 10 with Crime and Disorder Act 1998 s.115: preventing or detecting crime. */
  PreventionOfCrime = 'prevention_of_crime',
}
