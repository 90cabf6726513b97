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
}

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.Referrer]: [Permission.OwnSession],
  [Role.PoliceCaseOfficer]: [Permission.OwnSession],
  [Role.Advocate]: [Permission.OwnSession],
  [Role.ServiceManager]: [Permission.OwnSession],
  [Role.Commissioner]: [Permission.OwnSession],
  [Role.Auditor]: [Permission.OwnSession, Permission.AuditRead, Permission.AuditExport, Permission.AuditVerify],
  [Role.Admin]: [Permission.OwnSession, Permission.OrganisationsManage, Permission.UsersManage],
};

export const roleHasPermission = (role: Role, permission: Permission): boolean =>
  ROLE_PERMISSIONS[role].includes(permission);
