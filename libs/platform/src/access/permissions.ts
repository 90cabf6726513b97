import { Role } from './roles';

/**
 * What a route may require. Each route declares exactly one; a role holds a permission only if it
 * is listed for it below (deny by default).
 */
export enum Permission {
  /** Own session: who am I, MFA enrolment, logout. Every staff role. */
  OwnSession = 'own_session',
  OrganisationsManage = 'organisations:manage',
  UsersManage = 'users:manage',
  AuditRead = 'audit:read',
  AuditExport = 'audit:export',
  AuditVerify = 'audit:verify',
  /** Create victim records (duplicates are matched first). */
  VictimsCreate = 'victims:create',
  /** Read victim records within the caller's scope (see the victim access rules). */
  VictimsRead = 'victims:read',
  /** Change victim records within scope: contact details, needs, consents, enhanced-rights override. */
  VictimsUpdate = 'victims:update',
  /** Record crimes, case milestones, hearings and stage changes for the caller's force or unit. */
  CasesRecord = 'cases:record',
  /** Read cases within the caller's scope. */
  CasesRead = 'cases:read',
  /** Partner systems (police, witness care, CPS, courts, probation) post case events. */
  PartnerEventsIngest = 'partner-events:ingest',
  /** See partner events that were refused and kept for review. */
  PartnerEventsReview = 'partner-events:review',
  /** See and retry notifications whose retries ran out (no message content). */
  NotificationsAdmin = 'notifications:admin',
  /** Refer a victim to support through the single front door. */
  ReferralsCreate = 'referrals:create',
  /** Read referrals within the caller's scope (a referrer: those they made). */
  ReferralsRead = 'referrals:read',
  /** Triage, accept, redirect and allocate referrals for the caller's service. */
  ReferralsTriage = 'referrals:triage',
  /** Set up advocates: specialism, boroughs, languages, hours and caseload capacity. */
  AdvocatesManage = 'advocates:manage',
  /** Read casework (contacts, risk, safety plans, notes, tasks) of cases in scope. */
  CaseworkRead = 'casework:read',
  /** Record casework on cases in scope. */
  CaseworkWrite = 'casework:write',
  /** See one's own caseload. */
  CaseloadRead = 'caseload:read',
  /** The service dashboard: each advocate's load against capacity, waiting and overdue referrals. */
  ServiceDashboardRead = 'service-dashboard:read',
  /** Record that a victim declined a Victims' Code duty owed to them (a victim in the caller's scope). */
  DutiesWaive = 'duties:waive',
  /** See and acknowledge the breached Victims' Code duties the caller's organisation answers for. */
  DutyAlertsManage = 'duty-alerts:manage',
  /** Invite a victim in the caller's scope to follow one of their crimes in the victim portal. */
  PortalInvite = 'portal:invite',
  /** Read and send portal messages with victims in the caller's scope. */
  PortalMessagesStaff = 'portal:messages-staff',
  /**
   * See what victims in the caller's scope sent through the portal (personal statements, complaints,
   * review requests, call-back requests) and acknowledge, answer or complete them.
   */
  PortalRequestsStaff = 'portal:requests-staff',
  /** The Commissioner's compliance reports: aggregates only, small numbers suppressed. */
  ComplianceReportsRead = 'compliance-reports:read',
  /** Queue a large compliance report as an export, follow it and download it. */
  ComplianceReportsExport = 'compliance-reports:export',
}

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.Referrer]: [
    Permission.OwnSession,
    Permission.VictimsCreate,
    Permission.VictimsRead,
    Permission.CasesRead,
    Permission.ReferralsCreate,
    Permission.ReferralsRead,
  ],
  [Role.PoliceCaseOfficer]: [
    Permission.OwnSession,
    Permission.VictimsCreate,
    Permission.VictimsRead,
    Permission.VictimsUpdate,
    Permission.CasesRecord,
    Permission.CasesRead,
    Permission.PartnerEventsIngest,
    Permission.PartnerEventsReview,
    Permission.ReferralsCreate,
    Permission.ReferralsRead,
    Permission.DutiesWaive,
    Permission.DutyAlertsManage,
    Permission.PortalInvite,
    Permission.PortalRequestsStaff,
  ],
  [Role.Advocate]: [
    Permission.OwnSession,
    Permission.VictimsCreate,
    Permission.VictimsRead,
    Permission.VictimsUpdate,
    Permission.CasesRead,
    Permission.ReferralsCreate,
    Permission.ReferralsRead,
    Permission.CaseworkRead,
    Permission.CaseworkWrite,
    Permission.CaseloadRead,
    Permission.DutiesWaive,
    Permission.PortalInvite,
    Permission.PortalMessagesStaff,
    Permission.PortalRequestsStaff,
  ],
  [Role.ServiceManager]: [
    Permission.OwnSession,
    Permission.VictimsCreate,
    Permission.VictimsRead,
    Permission.VictimsUpdate,
    Permission.CasesRead,
    Permission.ReferralsCreate,
    Permission.ReferralsRead,
    Permission.ReferralsTriage,
    Permission.AdvocatesManage,
    Permission.CaseworkRead,
    Permission.CaseworkWrite,
    Permission.CaseloadRead,
    Permission.ServiceDashboardRead,
    Permission.PortalInvite,
    Permission.PortalMessagesStaff,
    Permission.PortalRequestsStaff,
  ],
  [Role.Commissioner]: [
    Permission.OwnSession,
    Permission.ComplianceReportsRead,
    Permission.ComplianceReportsExport,
  ],
  [Role.Auditor]: [Permission.OwnSession, Permission.AuditRead, Permission.AuditExport, Permission.AuditVerify],
  [Role.Admin]: [Permission.OwnSession, Permission.OrganisationsManage, Permission.UsersManage, Permission.NotificationsAdmin],
};

export const roleHasPermission = (role: Role, permission: Permission): boolean =>
  ROLE_PERMISSIONS[role].includes(permission);
