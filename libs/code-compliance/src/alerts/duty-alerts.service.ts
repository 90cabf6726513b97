import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor, Clock, DEFAULT_PAGE_SIZE, NotFoundError, Page, toPage } from '@vs/platform';
import { DutyAlertQueryDto, DutyAlertView } from '../dto/duty-alert.dto';
import { DutyAlert } from '../entities/duty-alert.entity';

type AlertMark = Pick<DutyAlert, 'readAt' | 'readByUserId'> &
  Partial<Pick<DutyAlert, 'acknowledgedAt' | 'acknowledgedByUserId'>>;

/** Breach alerts, seen only by staff of the organisation they were raised for. */
@Injectable()
export class DutyAlertsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Newest first; by default only those not yet acknowledged. */
  async list(actor: Actor, query: DutyAlertQueryDto): Promise<Page<DutyAlertView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.dataSource
      .createQueryBuilder(DutyAlert, 'a')
      .where('a.organisation_id = :organisationId', { organisationId: actor.organisationId });
    if ((query.state ?? 'open') === 'open') builder.andWhere('a.acknowledged_at IS NULL');
    if (query.cursor) builder.andWhere('a.id < :cursor', { cursor: query.cursor });
    const rows = await builder
      .orderBy('a.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    return toPage(rows, limit, (alert) => DutyAlertView.of(alert));
  }

  /** Marks it read; the first reader and time are kept. */
  markRead(actor: Actor, id: string): Promise<DutyAlertView> {
    return this.mark(actor, id, 'read', (alert, now) => ({
      readAt: alert.readAt ?? now,
      readByUserId: alert.readByUserId ?? actor.userId,
    }));
  }

  /** Acknowledges it (reading it too); the first acknowledgement is kept. */
  acknowledge(actor: Actor, id: string): Promise<DutyAlertView> {
    return this.mark(actor, id, 'acknowledged', (alert, now) => ({
      readAt: alert.readAt ?? now,
      readByUserId: alert.readByUserId ?? actor.userId,
      acknowledgedAt: alert.acknowledgedAt ?? now,
      acknowledgedByUserId: alert.acknowledgedByUserId ?? actor.userId,
    }));
  }

  private mark(
    actor: Actor,
    id: string,
    field: string,
    marks: (alert: DutyAlert, now: Date) => AlertMark,
  ): Promise<DutyAlertView> {
    return this.dataSource.transaction(async (manager) => {
      const alert = await manager
        .createQueryBuilder(DutyAlert, 'a')
        .setLock('pessimistic_write')
        .where('a.id = :id AND a.organisation_id = :organisationId', { id, organisationId: actor.organisationId })
        .getOne();
      if (!alert) throw new NotFoundError('Duty alert', id);
      const changes = marks(alert, this.clock.now());
      await manager.update(DutyAlert, { id }, changes);
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Update,
        entityType: 'duty_alert',
        entityId: id,
        victimId: alert.victimId,
        changedFields: [field],
      });
      return DutyAlertView.of({ ...alert, ...changes });
    });
  }
}
