import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, DataCipher } from '@vs/platform';
import { ConsentView } from '../dto/consent.dto';
import { ContactChannelView } from '../dto/contact-channel.dto';
import { EqualityMonitoringDto } from '../dto/equality-monitoring.dto';
import { VictimSummaryView, VictimView } from '../dto/victim.view';
import { ADULT_AGE } from '../eligibility/enhanced-rights';
import { isUnderAge } from '../eligibility/age';
import { VictimConsent } from '../entities/victim-consent.entity';
import { VictimContactChannel } from '../entities/victim-contact-channel.entity';
import { Victim } from '../entities/victim.entity';
import { VulnerabilityFlag } from '../model/vulnerability-flag';
import { decryptJson, decryptOptional } from '../protection/optional-encryption';

/** Turns stored victim records into what callers in scope see: decrypted, with derived flags. */
@Injectable()
export class VictimViews {
  constructor(
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
  ) {}

  async load(manager: EntityManager, victimId: string): Promise<VictimView> {
    const victim = await manager.findOneByOrFail(Victim, { id: victimId });
    const channels = await manager.find(VictimContactChannel, { where: { victimId }, order: { channel: 'ASC' } });
    const consents = await manager.find(VictimConsent, { where: { victimId }, order: { id: 'ASC' } });
    return {
      ...this.summary(victim),
      preferredLanguage: victim.preferredLanguage,
      interpreterNeeded: victim.interpreterNeeded,
      disabilities: victim.disabilities,
      supportNeeds: decryptOptional(this.cipher, victim.supportNeeds),
      equalityMonitoring: decryptJson<EqualityMonitoringDto>(this.cipher, victim.equalityMonitoring),
      vulnerabilityFlags: this.flagsNow(victim),
      enhancedRightsOverride:
        victim.enhancedRightsOverride === null
          ? null
          : {
              enhanced: victim.enhancedRightsOverride,
              reason: this.cipher.decrypt(victim.enhancedRightsOverrideReason!),
              setByUserId: victim.enhancedRightsOverrideByUserId,
              setAt: victim.enhancedRightsOverrideAt,
            },
      contactChannels: channels.map((channel) => this.contactChannel(channel)),
      consents: consents.map((consent) => this.consent(consent)),
      createdAt: victim.createdAt,
      updatedAt: victim.updatedAt,
    };
  }

  summary(victim: Victim): VictimSummaryView {
    return {
      id: victim.id,
      givenNames: this.cipher.decrypt(victim.givenNames),
      familyName: this.cipher.decrypt(victim.familyName),
      dateOfBirth: victim.dateOfBirth,
      version: victim.version,
    };
  }

  consent(consent: VictimConsent): ConsentView {
    return {
      id: consent.id,
      subject: consent.subject,
      givenAt: consent.givenAt,
      notes: decryptOptional(this.cipher, consent.notes),
      recordedByUserId: consent.recordedByUserId,
      recordedAt: consent.recordedAt,
      active: consent.withdrawnAt === null,
      withdrawnAt: consent.withdrawnAt,
      withdrawnByUserId: consent.withdrawnByUserId,
      withdrawalRecordedAt: consent.withdrawalRecordedAt,
    };
  }

  private contactChannel(channel: VictimContactChannel): ContactChannelView {
    return {
      channel: channel.channel,
      value: this.cipher.decrypt(channel.value),
      safe: channel.safe,
      safeTimes: channel.safeTimes,
      codeWord: decryptOptional(this.cipher, channel.codeWord),
      notes: decryptOptional(this.cipher, channel.notes),
      updatedAt: channel.updatedAt,
    };
  }

  /** The recorded flags plus under_18 while it applies. */
  private flagsNow(victim: Victim): VulnerabilityFlag[] {
    const child = victim.dateOfBirth !== null && isUnderAge(victim.dateOfBirth, ADULT_AGE, this.clock.now());
    return child ? [VulnerabilityFlag.Under18, ...victim.vulnerabilityFlags] : victim.vulnerabilityFlags;
  }
}
