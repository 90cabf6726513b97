import { HttpStatus } from '@nestjs/common';
import { AppError, ConflictError } from '@vs/platform';
import { ReferralState } from './model/referral-state';
import { SupportService } from './model/support-service';
import { nextReferralStates } from './lifecycle/referral-transitions';

export class ImpossibleReferralTransitionError extends ConflictError {
  constructor(from: ReferralState, to: ReferralState) {
    super('impossible_transition', `A referral that is ${from} cannot become ${to}`, {
      currentState: from,
      allowedStates: nextReferralStates(from),
    });
  }
}

/** The key was used before for a different referral: replaying the first would hide the second. */
export class IdempotencyKeyReusedError extends AppError {
  constructor(key: string) {
    super(
      'idempotency_key_reused',
      HttpStatus.UNPROCESSABLE_ENTITY,
      'Unprocessable entity',
      `The idempotency key "${key}" was already used for a different referral; use a new key for a new referral`,
    );
  }
}

export class NoServiceProviderError extends AppError {
  constructor(service: SupportService) {
    super(
      'no_service_provider',
      HttpStatus.UNPROCESSABLE_ENTITY,
      'Unprocessable entity',
      `No organisation provides the ${service} service where this victim is`,
    );
  }
}

export class NotAProviderError extends AppError {
  constructor(organisationId: string, service: SupportService) {
    super(
      'not_a_provider',
      HttpStatus.UNPROCESSABLE_ENTITY,
      'Unprocessable entity',
      `Organisation ${organisationId} does not provide the ${service} service`,
    );
  }
}

export class UnsupportedImportTypeError extends AppError {
  constructor() {
    super(
      'unsupported_media_type',
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      'Unsupported media type',
      'Send the referrals as a CSV file with Content-Type: text/csv',
    );
  }
}

export class ImportTooLargeError extends AppError {
  constructor(maxBytes: number, maxRows: number) {
    super(
      'import_too_large',
      HttpStatus.PAYLOAD_TOO_LARGE,
      'Payload too large',
      `An import may hold at most ${maxRows} rows and ${maxBytes} bytes; split the file (rows are idempotent, so resending is safe)`,
    );
  }
}

export class MalformedCsvError extends AppError {
  constructor(detail: string) {
    super('malformed_csv', HttpStatus.BAD_REQUEST, 'Bad request', detail);
  }
}
