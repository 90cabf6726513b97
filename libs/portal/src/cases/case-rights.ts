import { Injectable } from '@nestjs/common';
import { VictimRightsService } from '@vs/code-compliance';
import { RightView } from '../dto/portal-case.view';
import { DUTY_STATUS_IN_PLAIN_WORDS } from './plain-words';

/** The Victims' Code rights that apply to the victim on one case, with how each has gone. */
@Injectable()
export class CaseRights {
  constructor(private readonly rights: VictimRightsService) {}

  async of(victimId: string, caseId: string): Promise<RightView[]> {
    const cases = await this.rights.forVictim(victimId);
    const ofCase = cases.find((entry) => entry.caseId === caseId)?.rights ?? [];
    return ofCase.map((right) => ({
      right: right.right,
      description: right.forVictims,
      occasions: right.occasions.map((occasion) => ({
        status: occasion.status,
        statusInWords: DUTY_STATUS_IN_PLAIN_WORDS[occasion.status],
        dueAt: occasion.dueAt,
      })),
    }));
  }
}
