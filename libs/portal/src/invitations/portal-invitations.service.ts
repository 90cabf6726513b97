import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { CrimeVictim } from '@vs/cases';
import { Actor, Clock } from '@vs/platform';
import { VictimAccessService } from '@vs/victims';
import { CreatePortalInvitationDto, PortalInvitationView } from '../dto/portal-invitation.dto';
import { PortalInvitation } from '../entities/portal-invitation.entity';
import { VictimNotLinkedToCaseError } from '../portal.errors';

/** Long enough for a letter or a visit to reach the victim, short enough not to linger unused. */
const INVITATION_DAYS = 30;

/** Staff open the portal to a victim for one of their crimes. */
@Injectable()
export class PortalInvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: VictimAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async invite(actor: Actor, victimId: string, dto: CreatePortalInvitationDto): Promise<PortalInvitationView> {
    return this.dataSource.transaction(async (manager) => {
      const access = await this.access.assertCanAccess(manager, actor, victimId);
      if (!(await manager.existsBy(CrimeVictim, { victimId, crimeId: dto.caseId })))
        throw new VictimNotLinkedToCaseError();
      const invitation = manager.create(PortalInvitation, {
        victimId,
        crimeId: dto.caseId,
        invitedByUserId: actor.userId,
        invitedByOrganisationId: actor.organisationId,
        acceptUntil: new Date(this.clock.now().getTime() + INVITATION_DAYS * 24 * 3600 * 1000),
        revokedAt: null,
      });
      await manager.insert(PortalInvitation, invitation);
      await this.audit.recordFor(
        manager,
        actor,
        { action: AuditAction.Create, entityType: 'portal_invitation', entityId: invitation.id, victimId },
        access,
      );
      return { id: invitation.id, victimId, caseId: dto.caseId, acceptUntil: invitation.acceptUntil };
    });
  }
}
