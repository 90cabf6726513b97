/** What happened. Stored as text, so adding an action needs no migration. */
export enum AuditAction {
  Create = 'create',
  Read = 'read',
  Update = 'update',
  Delete = 'delete',
  Login = 'login',
  LoginFailed = 'login_failed',
  TokenRefresh = 'token_refresh',
  TokenReuseDetected = 'token_reuse_detected',
  Logout = 'logout',
  MfaEnrolled = 'mfa_enrolled',
  Export = 'export',
  Verify = 'verify',
}

export enum AuditOutcome {
  Success = 'success',
  Denied = 'denied',
  Failure = 'failure',
}

/** Who acted, as far as is known; `null` for an unknown caller (a failed login for an unknown account). */
export interface AuditActor {
  userId: string | null;
  role: string | null;
  organisationId: string | null;
}

export interface AuditOrigin {
  requestId: string;
  clientIp: string;
}

/** One audit record as a feature describes it. */
export interface AuditEntry {
  actor: AuditActor | null;
  origin: AuditOrigin;
  action: AuditAction;
  /** e.g. 'staff_user', 'organisation', 'victim', 'case', 'audit_event'. */
  entityType: string;
  /** A UUID: every entity of the system has a UUIDv7 key. */
  entityId?: string | null;
  victimId?: string | null;
  purpose?: string | null;
  /** Names only, never values. */
  changedFields?: string[];
  /** Defaults to success. */
  outcome?: AuditOutcome;
  /** Present when the caller reached outside their scope; such records are flagged for review. */
  breakGlassReason?: string | null;
  /** Never personal data. */
  details?: Record<string, string | number | boolean | null>;
}
