import { Injectable } from '@nestjs/common';
import { DataSource, FindOptionsWhere, MoreThan } from 'typeorm';
import { Actor, DEFAULT_PAGE_SIZE, Page, toPage } from '@vs/platform';
import { PartnerEventRejectionQueryDto, PartnerEventRejectionView } from '../dto/partner-event.dto';
import { PartnerEventRejection } from '../entities/partner-event-rejection.entity';

/** The refused partner events of the caller's organisation, oldest first, for review. */
@Injectable()
export class PartnerEventRejectionsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(actor: Actor, query: PartnerEventRejectionQueryDto): Promise<Page<PartnerEventRejectionView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const where: FindOptionsWhere<PartnerEventRejection> = { organisationId: actor.organisationId };
    if (query.senderSystem) where.senderSystem = query.senderSystem;
    if (query.reasonCode) where.reasonCode = query.reasonCode;
    if (query.cursor) where.id = MoreThan(query.cursor);
    const rows = await this.dataSource
      .getRepository(PartnerEventRejection)
      .find({ where, order: { id: 'ASC' }, take: limit + 1 });
    return toPage(rows, limit, (row) => PartnerEventRejectionView.of(row));
  }
}
