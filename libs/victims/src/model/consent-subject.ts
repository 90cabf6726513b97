/** What a victim can consent to; each consent is recorded separately and can be withdrawn. */
export enum ConsentSubject {
  ReferralToSupportServices = 'referral_to_support_services',
  InformationSharingWithPartners = 'information_sharing_with_partners',
  ContactBySupportService = 'contact_by_support_service',
  VictimContactScheme = 'victim_contact_scheme',
  RestorativeJustice = 'restorative_justice',
  PortalAccess = 'portal_access',
}
