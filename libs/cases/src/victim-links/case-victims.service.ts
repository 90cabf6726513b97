import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor, Clock, NotFoundError } from '@vs/platform';
import { EnhancedRightsInputs, enhancedRightsEligibility, VictimAccessBasis, VictimAccessService } from '@vs/victims';
import { VictimAlreadyLinkedError } from '../cases.errors';
import { findOwnRecordedCase, findVisibleCase } from '../cases/case-finder';
import { CaseVictimView } from '../dto/case-view.dto';
import { Crime } from '../entities/crime.entity';
import { CrimeVictim } from '../entities/crime-victim.entity';
import { CaseEventListeners } from '../events/case-event-listeners';
import { markRepeatVictimisation } from './repeat-victim';

type EnhancedRightsColumns = Pick<
  CrimeVictim,
  'enhancedRightsEligible' | 'enhancedRightsReasons' | 'enhancedRightsAssessedAt'
>;

/** Linking victims to crimes, and their enhanced-rights status for each crime. */
@Injectable()
export class CaseVictimsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly victimAccess: VictimAccessService,
    private readonly enhancedRightsInputs: EnhancedRightsInputs,
    private readonly clock: Clock,
    private readonly listeners: CaseEventListeners,
  ) {}

  /**
   * Links a victim the caller can see to a crime their organisation recorded, assessing enhanced
   * rights and repeat victimisation, and grants the recording organisation access to the victim.
   */
  link(actor: Actor, caseId: string, victimId: string): Promise<CaseVictimView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await findOwnRecordedCase(manager, actor, caseId);
      const crime = found.crime;
      await this.requireInScope(manager, actor, victimId);
      if (await manager.existsBy(CrimeVictim, { crimeId: crime.id, victimId }))
        throw new VictimAlreadyLinkedError(victimId);
      const link = manager.create(CrimeVictim, {
        crimeId: crime.id,
        victimId,
        ...(await this.assess(manager, crime, victimId)),
        repeatVictim: await markRepeatVictimisation(manager, victimId, crime),
        linkedByUserId: actor.userId,
      });
      await manager.insert(CrimeVictim, link);
      await this.victimAccess.grant(manager, {
        victimId,
        organisationId: crime.recordingOrganisationId,
        basis: VictimAccessBasis.Recorded,
      });
      // Extension point: e.g. code compliance owes the new victim the duties already triggered.
      await this.listeners.victimLinked(manager, { case: found, crime, link });
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Update,
        entityType: 'case',
        entityId: caseId,
        victimId,
        changedFields: ['victims'],
      });
      return CaseVictimView.of(link);
    });
  }

  /** Assesses enhanced rights again, when the victim says their needs changed (DOMAIN.md). */
  reassess(actor: Actor, caseId: string, victimId: string): Promise<CaseVictimView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await findVisibleCase(manager, actor, caseId);
      if (!found) throw new NotFoundError('Case', caseId);
      await this.requireInScope(manager, actor, victimId);
      const link = await manager.findOneBy(CrimeVictim, { crimeId: caseId, victimId });
      if (!link) throw new NotFoundError('Victim of the case', victimId);
      const assessment = await this.assess(manager, found.crime, victimId);
      await manager.update(CrimeVictim, { id: link.id }, assessment);
      const assessed = { ...link, ...assessment };
      // Extension point: e.g. code compliance moves the open deadlines to the new status.
      await this.listeners.enhancedRightsAssessed(manager, { case: found, crime: found.crime, link: assessed });
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Update,
        entityType: 'case',
        entityId: caseId,
        victimId,
        changedFields: ['victims.enhancedRights'],
      });
      return CaseVictimView.of(assessed);
    });
  }

  /** A change to a victim's case needs the victim in scope: breaking glass is for reading only. */
  private async requireInScope(manager: EntityManager, actor: Actor, victimId: string): Promise<void> {
    if ((await this.victimAccess.assertCanAccess(manager, actor, victimId)).breakGlass)
      throw new NotFoundError('Victim', victimId);
  }

  /** Assessed as at the report, which is when the Code has the police assess it. */
  private async assess(manager: EntityManager, crime: Crime, victimId: string): Promise<EnhancedRightsColumns> {
    const input = await this.enhancedRightsInputs.of(manager, victimId);
    const { eligible, reasons } = enhancedRightsEligibility(input, crime.offenceGroup, crime.reportedAt);
    return {
      enhancedRightsEligible: eligible,
      enhancedRightsReasons: reasons,
      enhancedRightsAssessedAt: this.clock.now(),
    };
  }
}
