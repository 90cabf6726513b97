import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor, ValidationFailedError } from '@vs/platform';
import { CreateReferralDto } from '../dto/create-referral.dto';
import { ReferralView } from '../dto/referral.view';
import { ReferralViews } from '../queries/referral-views';
import { intakeProblems } from './intake-rules';
import { idempotencyKeyOf } from './idempotency-key';
import { ReferralIntake } from './referral-intake';

export interface IntakeAnswer {
  readonly replayed: boolean;
  readonly referral: ReferralView;
}

/** POST /referrals: one referral, in one transaction; a resend gets the original back. */
@Injectable()
export class ReferralIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly intake: ReferralIntake,
    private readonly views: ReferralViews,
    private readonly audit: AuditService,
  ) {}

  create(actor: Actor, dto: CreateReferralDto, headerKey: string | undefined): Promise<IntakeAnswer> {
    const key = idempotencyKeyOf(headerKey, dto.idempotencyKey);
    const problems = intakeProblems(dto);
    if (problems.length > 0) throw new ValidationFailedError(problems);
    return this.dataSource.transaction(async (manager) => {
      const { referral, replayed } = await this.intake.takeIn(manager, actor, dto, key);
      // A replay shows the referral again: a read, audited like any other.
      if (replayed)
        await this.audit.recordFor(manager, actor, {
          action: AuditAction.Read,
          entityType: 'referral',
          entityId: referral.id,
          victimId: referral.victimId,
          details: { idempotentReplay: true },
        });
      return { replayed, referral: this.views.full(referral) };
    });
  }
}
