import { Client } from 'pg';
import { AuditAction, AuditOutcome } from '@vs/audit';
import { benchId, BenchKind } from './bench-ids';
import { copyRows } from './copy';

const YEAR_START = Date.UTC(2025, 0, 1);
const YEAR_MS = 365 * 86_400_000;

/** Most of what staff do with a record is read it. */
function actionOf(n: number): AuditAction {
  const roll = n % 20;
  return roll === 0 ? AuditAction.Create : roll < 4 ? AuditAction.Update : AuditAction.Read;
}

/** A cheap, well-spread integer from n (so victims and advocates are not read in order). */
const spread = (n: number, salt: number): number => Math.imul(n ^ salt, 2_654_435_761) >>> 0;

/**
 * A year of the audit trail streamed with COPY, in time order as the application writes it:
 * advocates reading, updating and creating records about a million victims. The rows are loaded as
 * history outside the hash chain (the insert trigger that queues events for sealing is off while
 * loading): the benchmark measures what the trail's size does to writes and queries, not sealing.
 */
export function copyAuditTrail(
  client: Client,
  count: number,
  victims: number,
  advocates: number,
  services: number,
): Promise<number> {
  return copyRows(
    client,
    'audit_events',
    [
      'occurred_at',
      'actor_user_id',
      'actor_role',
      'actor_organisation_id',
      'action',
      'outcome',
      'entity_type',
      'entity_id',
      'victim_id',
      'flagged_for_review',
      'request_id',
      'client_ip',
      'changed_fields',
      'details',
    ],
    count,
    (n) => {
      const advocate = 1 + (spread(n, 7) % advocates);
      const victim = 1 + (spread(n, 11) % victims);
      const onReferral = n % 3 !== 0;
      return [
        new Date(YEAR_START + Math.floor((n / count) * YEAR_MS)).toISOString(),
        benchId(BenchKind.Advocate, advocate),
        'advocate',
        benchId(BenchKind.ServiceOrganisation, 1 + ((advocate - 1) % services)),
        actionOf(n),
        AuditOutcome.Success,
        onReferral ? 'referral' : 'victim',
        onReferral ? benchId(BenchKind.Referral, victim) : benchId(BenchKind.Victim, victim),
        benchId(BenchKind.Victim, victim),
        false,
        `bench-${n.toString(36)}`,
        `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
        '{}',
        '{}',
      ];
    },
  );
}
