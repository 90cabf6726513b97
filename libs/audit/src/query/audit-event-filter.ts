import { AuditAction } from '../audit-entry';

/** What an auditor may filter audit events on; every given filter must match. */
export interface AuditEventFilter {
  victimId?: string;
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: AuditAction;
  /** ISO 8601 date-time with an offset, or a date (midnight in London); inclusive. */
  from?: string;
  /** As `from`; exclusive. */
  to?: string;
}

export const FILTER_NAMES = [
  'victimId',
  'actorId',
  'entityType',
  'entityId',
  'action',
  'from',
  'to',
] as const satisfies readonly (keyof AuditEventFilter)[];

export interface PageRequest {
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
