import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, Clock, DataCipher, ValidationFailedError } from '@vs/platform';
import { ALLOCATED_STATES } from '@vs/referrals';
import { CaseworkViews } from '../casework/casework-views';
import { CaseworkWriter } from '../casework/casework-writer';
import { pastInstant } from '../casework/past-instant';
import { MaracReferralDto, RiskAssessmentDto } from '../dto/casework.dto';
import { MaracReferralView, RiskAssessmentView } from '../dto/casework.view';
import { MaracReferral } from '../entities/marac-referral.entity';
import { RiskAssessment } from '../entities/risk-assessment.entity';
import { DashScore, scoreDash } from './dash';
import { maracCriteria } from './marac-rules';

/** DASH risk assessments, the MARAC criteria they meet, and the MARAC referrals made. */
@Injectable()
export class RiskAssessmentsService {
  constructor(
    private readonly writer: CaseworkWriter,
    private readonly views: CaseworkViews,
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
  ) {}

  assess(actor: Actor, referralId: string, dto: RiskAssessmentDto): Promise<RiskAssessmentView> {
    const assessedAt =
      dto.assessedAt === undefined ? this.clock.now() : pastInstant('assessedAt', dto.assessedAt, this.clock.now());
    const score = scoreDash(dto.answers, dto.level);
    const upliftReason = this.upliftReasonOf(score, dto.upliftReason);
    const write = { states: ALLOCATED_STATES, entityType: 'risk_assessment', changedFields: ['riskAssessments'] };
    return this.writer.write(actor, referralId, write, async (manager, referral) => {
      const criteria = maracCriteria({
        ...score,
        incidentsInLast12Months: dto.incidentsInLast12Months,
        latestIncidentOn: dto.latestIncidentOn ?? null,
        lastMaracReferralOn: await this.lastMaracReferralOn(manager, referral.victimId),
      });
      const assessment = manager.create(RiskAssessment, {
        referralId,
        victimId: referral.victimId,
        assessedAt,
        answers: this.cipher.encrypt(JSON.stringify(dto.answers)),
        ...score,
        upliftReason: upliftReason === null ? null : this.cipher.encrypt(upliftReason),
        incidentsInLast12Months: dto.incidentsInLast12Months,
        latestIncidentOn: dto.latestIncidentOn ?? null,
        maracCriteria: criteria,
        recordedByUserId: actor.userId,
      });
      await manager.insert(RiskAssessment, assessment);
      return { entityId: assessment.id, value: this.views.riskAssessment(assessment) };
    });
  }

  referToMarac(actor: Actor, referralId: string, dto: MaracReferralDto): Promise<MaracReferralView> {
    const write = { states: ALLOCATED_STATES, entityType: 'marac_referral', changedFields: ['maracReferrals'] };
    return this.writer.write(actor, referralId, write, async (manager, referral) => {
      const maracReferral = manager.create(MaracReferral, {
        victimId: referral.victimId,
        referralId,
        referredOn: dto.referredOn,
        criteria: dto.criteria,
        recordedByUserId: actor.userId,
      });
      await manager.insert(MaracReferral, maracReferral);
      return { entityId: maracReferral.id, value: this.views.maracReferral(maracReferral) };
    });
  }

  /** A raised level needs its reason; a reason without a raised level would record a judgement never made. */
  private upliftReasonOf(score: DashScore, reason: string | undefined): string | null {
    if (score.professionalJudgement && reason === undefined)
      throw new ValidationFailedError([
        { field: 'upliftReason', messages: ['upliftReason is required when professional judgement raises the level'] },
      ]);
    if (!score.professionalJudgement && reason !== undefined)
      throw new ValidationFailedError([
        { field: 'upliftReason', messages: ['upliftReason is only for a level raised above what the count gives'] },
      ]);
    return reason ?? null;
  }

  /** The victim's last MARAC referral, by any service: the repeat rule looks at the victim, not the referral. */
  private async lastMaracReferralOn(manager: EntityManager, victimId: string): Promise<string | null> {
    const last = await manager.findOne(MaracReferral, {
      where: { victimId },
      order: { referredOn: 'DESC' },
      select: { id: true, referredOn: true },
    });
    return last?.referredOn ?? null;
  }
}
