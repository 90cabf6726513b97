import { Actor, Role } from '@vs/platform';
import { VictimAccessBasis } from './access-basis';

/** What `VictimAccessService.grant` records. */
export interface VictimAccessGrantRequest {
  readonly victimId: string;
  readonly organisationId: string;
  readonly userId?: string | null;
  readonly team?: string | null;
  readonly basis: VictimAccessBasis;
}

/** The access a victim's creator keeps to the record they made, by their role. */
export function creatorGrant(actor: Actor, victimId: string): VictimAccessGrantRequest {
  const organisationId = actor.organisationId;
  switch (actor.role) {
    case Role.PoliceCaseOfficer:
      return { victimId, organisationId, basis: VictimAccessBasis.Recorded };
    case Role.Referrer:
      return { victimId, organisationId, userId: actor.userId, basis: VictimAccessBasis.Referred };
    case Role.Advocate:
      return { victimId, organisationId, userId: actor.userId, team: actor.team, basis: VictimAccessBasis.Supporting };
    case Role.ServiceManager:
      return { victimId, organisationId, basis: VictimAccessBasis.Supporting };
    case Role.Commissioner:
    case Role.Auditor:
    case Role.Admin:
      // Unreachable through the API: these roles lack the victims:create permission.
      throw new Error(`A ${actor.role} cannot create victim records`);
  }
}
