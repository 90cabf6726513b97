/** The monitored strands of hate crime; a hate crime is filed under the one that motivated it. */
export enum HateCrimeStrand {
  Race = 'race',
  Religion = 'religion',
  SexualOrientation = 'sexual_orientation',
  Disability = 'disability',
  Transgender = 'transgender',
  AlternativeSubculture = 'alternative_subculture',
}
