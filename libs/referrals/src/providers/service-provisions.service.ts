import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Organisation, OrganisationKind } from '@vs/auth';
import { Actor, NotFoundError, ValidationFailedError } from '@vs/platform';
import { PutServiceProvisionDto, ServiceProvisionQueryDto, ServiceProvisionView } from '../dto/service-provision.dto';
import { ServiceProvision } from '../entities/service-provision.entity';
import { DEFAULT_FIRST_CONTACT_WORKING_DAYS, SupportService } from '../model/support-service';

const ENTITY = 'service_provision';

const viewOf = (provision: ServiceProvision, organisation: Organisation): ServiceProvisionView => ({
  organisationId: provision.organisationId,
  organisationName: organisation.name,
  service: provision.service,
  boroughCodes: provision.boroughCodes,
  firstContactTargetWorkingDays: provision.firstContactTargetWorkingDays,
  version: provision.version,
});

/** Which services each victim-service organisation provides: reference data kept by administrators. */
@Injectable()
export class ServiceProvisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Sets (creating or replacing) what an organisation provides of one service. */
  put(
    actor: Actor,
    organisationId: string,
    service: SupportService,
    dto: PutServiceProvisionDto,
  ): Promise<ServiceProvisionView> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOneBy(Organisation, { id: organisationId });
      if (!organisation) throw new NotFoundError('Organisation', organisationId);
      if (organisation.kind !== OrganisationKind.VictimService)
        throw new ValidationFailedError([
          { field: 'organisationId', messages: ['only organisations of kind victim_service provide support services'] },
        ]);
      const columns = {
        boroughCodes: dto.boroughCodes ?? [],
        firstContactTargetWorkingDays: dto.firstContactTargetWorkingDays ?? DEFAULT_FIRST_CONTACT_WORKING_DAYS[service],
      };
      await manager
        .createQueryBuilder()
        .insert()
        .into(ServiceProvision)
        .values(manager.create(ServiceProvision, { organisationId, service, ...columns }))
        .orUpdate(['borough_codes', 'first_contact_target_working_days'], ['organisation_id', 'service'])
        .execute();
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Update,
        entityType: ENTITY,
        entityId: organisationId,
        changedFields: Object.keys(columns),
        details: { service },
      });
      return viewOf(await manager.findOneByOrFail(ServiceProvision, { organisationId, service }), organisation);
    });
  }

  remove(actor: Actor, organisationId: string, service: SupportService): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(ServiceProvision, { organisationId, service });
      if (result.affected === 0) throw new NotFoundError('Service provision', `${organisationId}/${service}`);
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Delete,
        entityType: ENTITY,
        entityId: organisationId,
        details: { service },
      });
    });
  }

  /** Every provider (a short list: organisations times services), by service then organisation name. */
  async list(query: ServiceProvisionQueryDto): Promise<ServiceProvisionView[]> {
    const select = this.dataSource.manager
      .createQueryBuilder(ServiceProvision, 'p')
      .innerJoinAndSelect('p.organisation', 'o')
      .orderBy('p.service', 'ASC')
      .addOrderBy('o.name', 'ASC');
    if (query.service !== undefined) select.where('p.service = :service', { service: query.service });
    return (await select.getMany()).map((provision) => viewOf(provision, provision.organisation!));
  }
}
