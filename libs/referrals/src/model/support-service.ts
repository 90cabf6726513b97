/** The kinds of support a referral can be routed to; organisations of kind victim_service provide them. */
export enum SupportService {
  /** Independent domestic violence advocates, for high-risk domestic abuse. */
  Idva = 'idva',
  /** Independent sexual violence advocates. */
  Isva = 'isva',
  YouthIsva = 'youth_isva',
  /** Hate crime victim advocates. */
  Hcva = 'hcva',
  StalkingAdvocacy = 'stalking_advocacy',
  /** The general victim and witness service: everyone no specialist service is for. */
  GeneralVictimSupport = 'general_victim_support',
  /** The havens (sexual assault referral centres): forensic, medical and emotional care. */
  Haven = 'haven',
  /** Child Houses: young victims of sexual abuse. */
  ChildHouse = 'child_house',
  RestorativeJustice = 'restorative_justice',
  /** Court support for witnesses. */
  WitnessService = 'witness_service',
  /** Refuges and safe accommodation. */
  Refuge = 'refuge',
  /** Specialist services for a community (e.g. LGBT+, Deaf, by ethnicity or faith). */
  SpecialistCommunity = 'specialist_community',
}

/**
 * Working days from receipt to first contact, when a provider sets no target of its own. Local
 * targets (the Code sets none): a day for the services that deal with immediate danger, a week or
 * two for those that follow a court or offender process.
 */
export const DEFAULT_FIRST_CONTACT_WORKING_DAYS: Readonly<Record<SupportService, number>> = {
  [SupportService.Idva]: 1,
  [SupportService.Isva]: 2,
  [SupportService.YouthIsva]: 2,
  [SupportService.Hcva]: 2,
  [SupportService.StalkingAdvocacy]: 2,
  [SupportService.GeneralVictimSupport]: 2,
  [SupportService.Haven]: 1,
  [SupportService.ChildHouse]: 2,
  [SupportService.RestorativeJustice]: 10,
  [SupportService.WitnessService]: 5,
  [SupportService.Refuge]: 1,
  [SupportService.SpecialistCommunity]: 5,
};
