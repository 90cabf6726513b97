import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { Actor, Clock, CursorQueryDto, DEFAULT_PAGE_SIZE, NotFoundError, Page, toPage } from '@vs/platform';
import { AuditAction, AuditService } from '@vs/audit';
import { OutboxMessage } from '../entities/outbox-message.entity';
import { OutboxStatus } from '../notification-purpose';
import { DeadLetterView } from './dead-letter.view';

/** Messages whose retries ran out: listed (without content) for an administrator to retry. */
@Injectable()
export class DeadLetters {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(query: CursorQueryDto): Promise<Page<DeadLetterView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.dataSource.getRepository(OutboxMessage).find({
      where: { status: OutboxStatus.Dead, ...(query.cursor ? { id: LessThan(query.cursor) } : {}) },
      order: { id: 'DESC' },
      take: limit + 1,
    });
    return toPage(rows, limit, (row) => DeadLetterView.of(row));
  }

  /** Puts a dead letter back in the outbox; the relay picks it up within a second. */
  retry(actor: Actor, id: string): Promise<DeadLetterView> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        OutboxMessage,
        { id, status: OutboxStatus.Dead },
        { status: OutboxStatus.Pending, notBefore: this.clock.now(), attempts: 0, lastError: null },
      );
      if (result.affected !== 1) throw new NotFoundError('Dead letter', id);
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Update,
        entityType: 'notification',
        entityId: id,
        changedFields: ['status'],
      });
      return DeadLetterView.of(await manager.findOneByOrFail(OutboxMessage, { id }));
    });
  }
}
