import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AuditAction } from '@vs/audit';
import { Actor, Clock, DataCipher, NotFoundError } from '@vs/platform';
import { VictimAccessService } from '../access/victim-access.service';
import { ConsentView, RecordConsentDto, WithdrawConsentDto } from '../dto/consent.dto';
import { VictimConsent } from '../entities/victim-consent.entity';
import { encryptOptional } from '../protection/optional-encryption';
import { pastInstantProblems, throwIfAny } from '../records/input-checks';
import { VictimAudit } from '../records/victim-audit';
import { VictimViews } from '../records/victim-views';
import { ConsentAlreadyWithdrawnError } from '../victims.errors';

/**
 * Consents are recorded and withdrawn, never edited or deleted, so what the victim agreed to at
 * any time can always be shown. They are records of their own: they do not change the victim's version.
 */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
    private readonly access: VictimAccessService,
    private readonly audit: VictimAudit,
    private readonly views: VictimViews,
  ) {}

  record(actor: Actor, victimId: string, dto: RecordConsentDto): Promise<ConsentView> {
    const now = this.clock.now();
    const givenAt = dto.givenAt === undefined ? now : new Date(dto.givenAt);
    throwIfAny(pastInstantProblems('givenAt', givenAt, now));
    return this.dataSource.transaction(async (manager) => {
      const { breakGlass } = await this.access.assertCanAccess(manager, actor, victimId);
      const consent = Object.assign(new VictimConsent(), {
        victimId,
        subject: dto.subject,
        givenAt,
        notes: encryptOptional(this.cipher, dto.notes),
        recordedByUserId: actor.userId,
      });
      await manager.insert(VictimConsent, consent);
      await this.audit.record(manager, actor, victimId, AuditAction.Update, {
        changedFields: ['consents'],
        breakGlass,
        details: { consentId: consent.id },
      });
      return this.views.consent(await manager.findOneByOrFail(VictimConsent, { id: consent.id }));
    });
  }

  withdraw(actor: Actor, victimId: string, consentId: string, dto: WithdrawConsentDto): Promise<ConsentView> {
    const now = this.clock.now();
    const withdrawnAt = dto.withdrawnAt === undefined ? now : new Date(dto.withdrawnAt);
    return this.dataSource.transaction(async (manager) => {
      const { breakGlass } = await this.access.assertCanAccess(manager, actor, victimId);
      const consent = await manager.findOneBy(VictimConsent, { id: consentId, victimId });
      if (!consent) throw new NotFoundError('Consent', consentId);
      throwIfAny(pastInstantProblems('withdrawnAt', withdrawnAt, now, consent.givenAt));
      // Only a consent still in force is withdrawn, so a concurrent second withdrawal cannot overwrite the first.
      const result = await manager.update(
        VictimConsent,
        { id: consentId, withdrawnAt: IsNull() },
        { withdrawnAt, withdrawnByUserId: actor.userId, withdrawalRecordedAt: now },
      );
      if (result.affected === 0) throw new ConsentAlreadyWithdrawnError(consentId);
      await this.audit.record(manager, actor, victimId, AuditAction.Update, {
        changedFields: ['consents.withdrawnAt'],
        breakGlass,
        details: { consentId },
      });
      return this.views.consent(await manager.findOneByOrFail(VictimConsent, { id: consentId }));
    });
  }
}
