/** Why an organisation (and perhaps one user or team in it) may see a victim. */
export enum VictimAccessBasis {
  /** A police unit recorded a crime for the victim. */
  Recorded = 'recorded',
  /** The user referred the victim, or created their record. */
  Referred = 'referred',
  /** Support allocated: an advocate user and/or team in a service organisation. */
  Supporting = 'supporting',
}
