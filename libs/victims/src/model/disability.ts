/** Kinds of disability, for adjustments to how services work with the victim. */
export enum DisabilityKind {
  Mobility = 'mobility',
  Visual = 'visual',
  Hearing = 'hearing',
  Learning = 'learning',
  MentalHealth = 'mental_health',
  Neurodivergent = 'neurodivergent',
  LongTermCondition = 'long_term_condition',
  Other = 'other',
}
