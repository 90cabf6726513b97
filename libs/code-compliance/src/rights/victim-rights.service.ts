import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@vs/platform';
import { DutyInstance } from '../entities/duty-instance.entity';
import { VictimRight, victimRights } from './victim-rights';

export interface CaseRights {
  readonly caseId: string;
  readonly rights: VictimRight[];
}

/**
 * What a victim is owed under the Code on each of their cases, in plain words: for the victim
 * portal, which will check the victim's own access and audit the read before calling this.
 */
@Injectable()
export class VictimRightsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async forVictim(victimId: string): Promise<CaseRights[]> {
    const instances = await this.dataSource.manager.find(DutyInstance, {
      where: { victimId },
      order: { caseId: 'ASC' },
    });
    const byCase = new Map<string, DutyInstance[]>();
    for (const instance of instances) byCase.set(instance.caseId, [...(byCase.get(instance.caseId) ?? []), instance]);
    const now = this.clock.now();
    return [...byCase].map(([caseId, ofCase]) => ({ caseId, rights: victimRights(ofCase, now) }));
  }
}
