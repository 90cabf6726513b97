/** Staff roles (DOMAIN.md). Victims are not staff: they use the portal with tokens of their own. */
export enum Role {
  Referrer = 'referrer',
  PoliceCaseOfficer = 'police_case_officer',
  Advocate = 'advocate',
  ServiceManager = 'service_manager',
  Commissioner = 'commissioner',
  Auditor = 'auditor',
  Admin = 'admin',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);
