import { HttpStatus } from '@nestjs/common';
import { AppError, ConflictError } from '@vs/platform';
import { RiskLevel } from '@vs/referrals';

/** A professional judgement may raise the level a DASH count gives, never lower it. */
export class RiskDowngradeRefusedError extends AppError {
  constructor(yesCount: number, countLevel: RiskLevel, requested: RiskLevel) {
    super(
      'risk_downgrade_refused',
      HttpStatus.UNPROCESSABLE_ENTITY,
      'Unprocessable entity',
      `${yesCount} "yes" answers give ${countLevel} risk; professional judgement may raise it, not lower it to ${requested}`,
      { yesCount, countLevel },
    );
  }
}

export class DuplicateAdvocateError extends ConflictError {
  constructor(userId: string) {
    super('duplicate_advocate', `Staff user ${userId} already has an advocate profile`);
  }
}

/** The victim already has a lead advocate in this service: a different one needs a transfer. */
export class LeadAdvocateExistsError extends ConflictError {
  constructor(currentAdvocateId: string) {
    super(
      'lead_advocate_exists',
      'The victim already has a lead advocate in your service, who supports them across all their cases: ' +
        'allocate to them, or transfer the lead first (POST /lead-advocates/:victimId/transfer)',
      { currentAdvocateId },
    );
  }
}

/** The referral is not at a stage where this casework can be recorded. */
export class NotInCaseworkError extends ConflictError {
  constructor(state: string, allowed: readonly string[]) {
    super('referral_not_in_casework', `The referral is ${state}; this needs it to be ${allowed.join(' or ')}`, {
      currentState: state,
    });
  }
}

export class TooFewContactAttemptsError extends ConflictError {
  constructor(attempts: number, required: number) {
    super(
      'too_few_contact_attempts',
      `${attempts} unanswered contact attempts are recorded; at least ${required} are needed, with none reaching the victim`,
      { attempts, required },
    );
  }
}

export class SameAdvocateError extends ConflictError {
  constructor() {
    super('same_advocate', 'The victim’s lead advocate is already that advocate');
  }
}
