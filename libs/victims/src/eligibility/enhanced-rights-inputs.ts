import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DataCipher, NotFoundError } from '@vs/platform';
import { Victim } from '../entities/victim.entity';
import { EnhancedRightsInput } from './enhanced-rights';

/**
 * What `enhancedRightsEligibility` needs about a recorded victim, for features (cases) that decide
 * enhanced status per crime. The caller checks access first (VictimAccessService.assertCanAccess).
 */
@Injectable()
export class EnhancedRightsInputs {
  constructor(private readonly cipher: DataCipher) {}

  async of(manager: EntityManager, victimId: string): Promise<EnhancedRightsInput> {
    const victim = await manager.findOne(Victim, {
      where: { id: victimId },
      select: {
        id: true,
        dateOfBirth: true,
        vulnerabilityFlags: true,
        enhancedRightsOverride: true,
        enhancedRightsOverrideReason: true,
      },
    });
    if (!victim) throw new NotFoundError('Victim', victimId);
    return {
      dateOfBirth: victim.dateOfBirth,
      vulnerabilityFlags: victim.vulnerabilityFlags,
      override:
        victim.enhancedRightsOverride === null
          ? null
          : {
              enhanced: victim.enhancedRightsOverride,
              reason: this.cipher.decrypt(victim.enhancedRightsOverrideReason!),
            },
    };
  }
}
