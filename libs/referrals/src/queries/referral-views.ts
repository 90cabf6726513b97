import { Injectable } from '@nestjs/common';
import { Clock, DataCipher } from '@vs/platform';
import { ReferralDetailView, ReferralSummaryView, ReferralTransitionView, ReferralView } from '../dto/referral.view';
import { ReferralTransition } from '../entities/referral-transition.entity';
import { Referral } from '../entities/referral.entity';
import { AWAITING_FIRST_CONTACT } from '../model/referral-state';

/** Stored referrals as callers in scope see them: free text decrypted, overdue worked out now. */
@Injectable()
export class ReferralViews {
  constructor(
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
  ) {}

  summary(row: Referral): ReferralSummaryView {
    return {
      id: row.id,
      version: row.version,
      source: row.source,
      state: row.state,
      stateChangedAt: row.stateChangedAt,
      receivedAt: row.receivedAt,
      victimId: row.victimId,
      service: row.service,
      organisationId: row.organisationId,
      riskLevel: row.riskLevel,
      concerns: row.concerns,
      maracRecommended: row.maracRecommended,
      firstContact: {
        targetWorkingDays: row.firstContactTargetWorkingDays,
        dueAt: row.firstContactDueAt,
        madeAt: row.firstContactAt,
        overdue: AWAITING_FIRST_CONTACT.includes(row.state) && row.firstContactDueAt < this.clock.now(),
      },
      allocation:
        row.allocatedUserId === null
          ? null
          : { userId: row.allocatedUserId, team: row.allocatedTeam, at: row.allocatedAt! },
      referredByUserId: row.referredByUserId,
      referredByOrganisationId: row.referredByOrganisationId,
    };
  }

  full(row: Referral): ReferralView {
    const decrypt = (value: string | null): string | null => (value === null ? null : this.cipher.decrypt(value));
    return {
      ...this.summary(row),
      crimeReference: row.crimeReference,
      caseId: row.caseId,
      boroughCode: row.boroughCode,
      reason: this.cipher.decrypt(row.reason),
      risk: {
        reportedLevel: row.reportedRiskLevel,
        dashScore: row.dashScore,
        level: row.riskLevel,
        concerns: row.concerns,
        under18: row.under18,
        summary: decrypt(row.riskSummary),
      },
      circumstances: row.circumstances,
      consent: {
        given: row.consentGiven,
        lawfulBasis: row.lawfulBasis,
        justification: decrypt(row.lawfulBasisReason),
      },
      safeContactNotes: decrypt(row.safeContactNotes),
      triage: {
        proposedService: row.proposedService,
        alsoRefer: row.alsoRefer,
        maracRecommended: row.maracRecommended,
        ruleId: row.triageRuleId,
        rulesVersion: row.triageRulesVersion,
        reasons: row.triageReasons,
      },
      redirectedFromReferralId: row.redirectedFromReferralId,
    };
  }

  detail(
    row: Referral,
    history: ReferralTransition[],
    redirectedToReferralId: string | null,
    breakGlass: boolean,
  ): ReferralDetailView {
    return {
      ...this.full(row),
      history: history.map((step) => this.transition(step)),
      redirectedToReferralId,
      breakGlass,
    };
  }

  private transition(step: ReferralTransition): ReferralTransitionView {
    return {
      fromState: step.fromState,
      toState: step.toState,
      at: step.occurredAt,
      actorUserId: step.actorUserId,
      actorOrganisationId: step.actorOrganisationId,
      reason: step.reason === null ? null : this.cipher.decrypt(step.reason),
      details: step.details,
    };
  }
}
