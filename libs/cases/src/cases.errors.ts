import { HttpStatus } from '@nestjs/common';
import { AppError, ConflictError } from '@vs/platform';
import { CaseStage } from './journey/case-stage';
import { nextStages, transitionRefusal } from './journey/stage-transitions';

export class DuplicateCrimeReferenceError extends ConflictError {
  constructor(crimeReference: string) {
    super('duplicate_crime_reference', `A crime with reference ${crimeReference} is already recorded`);
  }
}

export class ImpossibleTransitionError extends ConflictError {
  constructor(from: CaseStage, to: CaseStage) {
    super('impossible_transition', transitionRefusal(from, to) ?? `${from} to ${to}`, {
      currentStage: from,
      allowedStages: nextStages(from),
    });
  }
}

export class VictimAlreadyLinkedError extends ConflictError {
  constructor(victimId: string) {
    super('victim_already_linked', `Victim ${victimId} is already linked to this crime`);
  }
}

export class HearingNotListedError extends ConflictError {
  constructor(hearingId: string, status: string) {
    super('hearing_not_listed', `Hearing ${hearingId} is ${status}; only a listed hearing can change`);
  }
}

/** The body of POST /partner-events is neither one event nor a batch of 1 to `max` events. */
export class InvalidPartnerBatchError extends AppError {
  constructor(max: number) {
    super(
      'invalid_batch',
      HttpStatus.BAD_REQUEST,
      'Bad request',
      `Send one event (an object) or a batch (an array of 1 to ${max} events)`,
    );
  }
}
