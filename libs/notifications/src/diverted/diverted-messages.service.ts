import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService, auditFieldsOf } from '@vs/audit';
import { Actor, CursorQueryDto, DataCipher, DEFAULT_PAGE_SIZE, Page, toPage } from '@vs/platform';
import { victimScope } from '@vs/victims';
import { OutboxMessage } from '../entities/outbox-message.entity';
import { OutboxStatus } from '../notification-purpose';
import { DivertedMessageView } from './diverted-message.view';

/**
 * Messages that no safe channel could carry, for the advocates (and managers) of those victims to
 * pass on by a safe route. Scoped like victim records; every message shown is an audited read.
 */
@Injectable()
export class DivertedMessages {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: DataCipher,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, query: CursorQueryDto): Promise<Page<DivertedMessageView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const scope = victimScope(actor, 'message.victim_id');
    return this.dataSource.transaction(async (manager) => {
      const builder = manager
        .createQueryBuilder(OutboxMessage, 'message')
        .where('message.status = :status', { status: OutboxStatus.Diverted })
        .andWhere(scope.sql, scope.params)
        .orderBy('message.id', 'DESC')
        .limit(limit + 1);
      if (query.cursor) builder.andWhere('message.id < :cursor', { cursor: query.cursor });
      const rows = await builder.getMany();
      const page = toPage(rows, limit, (row) =>
        DivertedMessageView.of(row, JSON.parse(this.cipher.decrypt(row.personalisation)) as Record<string, string>),
      );
      await this.audit.recordMany(
        manager,
        page.items.map((item) => ({
          ...auditFieldsOf(actor),
          action: AuditAction.Read,
          entityType: 'notification',
          entityId: item.id,
          victimId: item.victimId,
        })),
      );
      return page;
    });
  }
}
