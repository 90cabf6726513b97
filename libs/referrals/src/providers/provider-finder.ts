import { CombinedRead } from '@vs/platform';
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

/**
 * The first of the services listed that a victim service provides in the borough: for each
 * service, one serving the borough by name first (it is local), then one serving all of London; by
 * organisation name among equals, so the choice is repeatable. With no borough known ($3 null)
 * only pan-London providers can be sure to cover the victim.
 */
const COVERING_SQL = `SELECT json_build_object('organisationId', p.organisation_id, 'service', p.service,
         'firstContactTargetWorkingDays', p.first_contact_target_working_days)
    FROM service_provisions p JOIN organisations o ON o.id = p.organisation_id
   WHERE p.service = ANY($1::support_service[]) AND o.kind = $2
     AND (cardinality(p.borough_codes) = 0 OR $3::text = ANY(p.borough_codes))
   ORDER BY array_position($1::support_service[], p.service), cardinality(p.borough_codes) > 0 DESC, o.name
   LIMIT 1`;

/** Which organisation provides a service for a referral. */
@Injectable()
export class ProviderFinder {
  /** A provider of `service` covering the borough (see COVERING_SQL for which one). */
  async covering(
    manager: EntityManager,
    service: SupportService,
    boroughCode: string | null,
  ): Promise<ServiceProvider | null> {
    const read = new CombinedRead();
    const provider = this.firstCoveringIn(read, [service], boroughCode);
    await read.run(manager);
    return provider();
  }

  /** Adds to `read` the search for a provider of the first of `services` provided in the borough. */
  firstCoveringIn(
    read: CombinedRead,
    services: readonly SupportService[],
    boroughCode: string | null,
  ): () => ServiceProvider | null {
    return read.value<ServiceProvider | null>({
      sql: COVERING_SQL,
      params: [services, OrganisationKind.VictimService, boroughCode],
    });
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
