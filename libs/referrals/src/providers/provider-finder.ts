import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrganisationKind } from '@vs/auth';
import { ServiceProvision } from '../entities/service-provision.entity';
import { SupportService } from '../model/support-service';

export interface ServiceProvider {
  readonly organisationId: string;
  readonly service: SupportService;
  readonly firstContactTargetWorkingDays: number;
}

const toProvider = (provision: ServiceProvision): ServiceProvider => ({
  organisationId: provision.organisationId,
  service: provision.service,
  firstContactTargetWorkingDays: provision.firstContactTargetWorkingDays,
});

/** Which organisation provides a service for a referral. */
@Injectable()
export class ProviderFinder {
  /**
   * A provider of `service` that covers the borough: one serving the borough by name first (it is
   * local), then one serving all of London; by organisation name among equals, so the choice is
   * repeatable. With no borough known only pan-London providers can be sure to cover the victim.
   */
  async covering(
    manager: EntityManager,
    service: SupportService,
    boroughCode: string | null,
  ): Promise<ServiceProvider | null> {
    const provision = await manager
      .createQueryBuilder(ServiceProvision, 'p')
      .innerJoin('p.organisation', 'o')
      .where('p.service = :service', { service })
      .andWhere('o.kind = :kind', { kind: OrganisationKind.VictimService })
      .andWhere('(cardinality(p.borough_codes) = 0 OR :borough = ANY(p.borough_codes))', { borough: boroughCode })
      .orderBy('cardinality(p.borough_codes) > 0', 'DESC')
      .addOrderBy('o.name', 'ASC')
      .getOne();
    return provision ? toProvider(provision) : null;
  }

  /** The organisation's provision of the service, if it provides it. */
  async ofOrganisation(
    manager: EntityManager,
    organisationId: string,
    service: SupportService,
  ): Promise<ServiceProvider | null> {
    const provision = await manager.findOneBy(ServiceProvision, { organisationId, service });
    return provision ? toProvider(provision) : null;
  }
}
