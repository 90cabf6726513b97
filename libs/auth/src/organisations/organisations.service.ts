import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import {
  Actor,
  ConflictError,
  CursorQueryDto,
  DEFAULT_PAGE_SIZE,
  NotFoundError,
  Page,
  toPage,
  updateVersioned,
} from '@vs/platform';
import { CreateOrganisationDto, OrganisationView, UpdateOrganisationDto } from '../dto/organisation.dto';
import { Organisation } from '../entities/organisation.entity';

const ENTITY = 'organisation';

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  create(actor: Actor, dto: CreateOrganisationDto): Promise<OrganisationView> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Organisation, { name: dto.name })) {
        throw new ConflictError('duplicate_organisation', `An organisation named "${dto.name}" already exists`);
      }
      const organisation = manager.create(Organisation, { name: dto.name, kind: dto.kind });
      await manager.insert(Organisation, organisation);
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Create,
        entityType: ENTITY,
        entityId: organisation.id,
        changedFields: ['name', 'kind'],
      });
      return OrganisationView.of(await manager.findOneByOrFail(Organisation, { id: organisation.id }));
    });
  }

  async list(query: CursorQueryDto): Promise<Page<OrganisationView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.dataSource.getRepository(Organisation).find({
      where: query.cursor ? { id: MoreThan(query.cursor) } : {},
      order: { id: 'ASC' },
      take: limit + 1,
    });
    return toPage(rows, limit, (row) => OrganisationView.of(row));
  }

  async get(id: string): Promise<OrganisationView> {
    const organisation = await this.dataSource.getRepository(Organisation).findOneBy({ id });
    if (!organisation) throw new NotFoundError('Organisation', id);
    return OrganisationView.of(organisation);
  }

  update(actor: Actor, id: string, dto: UpdateOrganisationDto): Promise<OrganisationView> {
    const { version, ...changes } = dto;
    return this.dataSource.transaction(async (manager) => {
      await updateVersioned(manager, Organisation, 'Organisation', id, version, changes);
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Update,
        entityType: ENTITY,
        entityId: id,
        changedFields: Object.keys(changes),
      });
      return OrganisationView.of(await manager.findOneByOrFail(Organisation, { id }));
    });
  }
}
