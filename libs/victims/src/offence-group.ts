/**
 * The offence group of a crime, as far as the Victims' Code and reporting care. libs/cases files each
 * crime under one; enhanced-rights eligibility and the Commissioner's reports read it.
 */
export enum OffenceGroup {
  DomesticAbuse = 'domestic_abuse',
  SexualOffences = 'sexual_offences',
  HateCrime = 'hate_crime',
  StalkingHarassment = 'stalking_harassment',
  KnifeCrime = 'knife_crime',
  ChildSexualExploitation = 'child_sexual_exploitation',
  ModernSlavery = 'modern_slavery',
  Fraud = 'fraud',
  /** The victim is a close relative bereaved by a homicide. */
  HomicideBereaved = 'homicide_bereaved',
  AttemptedMurder = 'attempted_murder',
  Terrorism = 'terrorism',
  /** The victim is a close relative bereaved by a fatal road collision. */
  RoadDeathBereaved = 'road_death_bereaved',
  Other = 'other',
}

/**
 * Victims of these are victims of the most serious crime under the Victims' Code, so entitled to
 * enhanced rights (human trafficking falls under modern slavery). Knife crime, fraud and other
 * offences qualify only through the victim's own circumstances.
 */
export const MOST_SERIOUS_OFFENCE_GROUPS: ReadonlySet<OffenceGroup> = new Set([
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
]);
