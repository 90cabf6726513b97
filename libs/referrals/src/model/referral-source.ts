/** Who sends a referral through the front door (DOMAIN.md "Referrals: the single front door"). */
export enum ReferralSource {
  Police = 'police',
  /** Youth workers in A&E departments and major trauma centres. */
  HospitalYouthWorker = 'hospital_youth_worker',
  /** The havens: London's sexual assault referral centres. */
  Haven = 'haven',
  LocalAuthority = 'local_authority',
  GeneralPractice = 'general_practice',
  /** The victim asked for support themselves; a member of staff records it on their behalf. */
  SelfReferral = 'self_referral',
}
