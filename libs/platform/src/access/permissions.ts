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
}

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.Referrer]: [Permission.OwnSession, Permission.VictimsCreate, Permission.VictimsRead, Permission.CasesRead],
  [Role.PoliceCaseOfficer]: [
    Permission.OwnSession,
    Permission.VictimsCreate,
    Permission.VictimsRead,
    Permission.VictimsUpdate,
    Permission.CasesRecord,
    Permission.CasesRead,
    Permission.PartnerEventsIngest,
    Permission.PartnerEventsReview,
  ],
  [Role.Advocate]: [
    Permission.OwnSession,
    Permission.VictimsCreate,
    Permission.VictimsRead,
    Permission.VictimsUpdate,
    Permission.CasesRead,
  ],
  [Role.ServiceManager]: [
    Permission.OwnSession,
    Permission.VictimsCreate,
    Permission.VictimsRead,
    Permission.VictimsUpdate,
    Permission.CasesRead,
  ],
  [Role.Commissioner]: [Permission.OwnSession],
  [Role.Auditor]: [Permission.OwnSession, Permission.AuditRead, Permission.AuditExport, Permission.AuditVerify],
  [Role.Admin]: [Permission.OwnSession, Permission.OrganisationsManage, Permission.UsersManage],
};

export const roleHasPermission = (role: Role, permission: Permission): boolean =>
  ROLE_PERMISSIONS[role].includes(permission);
