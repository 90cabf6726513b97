import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { StaffUser } from '@vs/auth';
import { Actor, NotFoundError, Role, updateVersioned, ValidationFailedError } from '@vs/platform';
import { DuplicateAdvocateError } from '../advocacy.errors';
import { AdvocateView, CreateAdvocateDto, UpdateAdvocateDto } from '../dto/advocate.dto';
import { Advocate } from '../entities/advocate.entity';
import { advocateLoads } from './advocate-loads';

const ENTITY = 'advocate';

/** Advocate profiles of the manager's own service. */
@Injectable()
export class AdvocatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  create(actor: Actor, dto: CreateAdvocateDto): Promise<AdvocateView> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireAdvocateOfOwnService(manager, actor, dto.userId);
      if (await manager.existsBy(Advocate, { userId: dto.userId })) throw new DuplicateAdvocateError(dto.userId);
      const advocate = manager.create(Advocate, {
        ...dto,
        boroughCodes: dto.boroughCodes ?? [],
        languages: dto.languages ?? [],
        organisationId: actor.organisationId,
      });
      await manager.insert(Advocate, advocate);
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Create,
        entityType: ENTITY,
        entityId: advocate.id,
        changedFields: Object.keys(dto),
      });
      return this.load(manager, actor, advocate.id);
    });
  }

  list(actor: Actor): Promise<AdvocateView[]> {
    return advocateLoads(this.dataSource.manager, actor.organisationId);
  }

  get(actor: Actor, id: string): Promise<AdvocateView> {
    return this.load(this.dataSource.manager, actor, id);
  }

  update(actor: Actor, id: string, dto: UpdateAdvocateDto): Promise<AdvocateView> {
    const { version, ...changes } = dto;
    return this.dataSource.transaction(async (manager) => {
      await this.load(manager, actor, id);
      await updateVersioned(manager, Advocate, 'Advocate', id, version, changes);
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Update,
        entityType: ENTITY,
        entityId: id,
        changedFields: Object.keys(changes),
      });
      return this.load(manager, actor, id);
    });
  }

  /** An advocate of the caller's organisation; any other is "not found". */
  private async load(manager: EntityManager, actor: Actor, id: string): Promise<AdvocateView> {
    const [advocate] = await advocateLoads(manager, actor.organisationId, { advocateId: id });
    if (!advocate) throw new NotFoundError('Advocate', id);
    return advocate;
  }

  private async requireAdvocateOfOwnService(manager: EntityManager, actor: Actor, userId: string): Promise<void> {
    const isAdvocate = await manager.existsBy(StaffUser, {
      id: userId,
      organisationId: actor.organisationId,
      role: Role.Advocate,
      disabledAt: IsNull(),
    });
    if (!isAdvocate)
      throw new ValidationFailedError([
        {
          field: 'userId',
          messages: ['userId must be an active staff user of your organisation with the advocate role'],
        },
      ]);
  }
}
