import { HttpStatus } from '@nestjs/common';
import { AppError } from '@vs/platform';

/** One answer for every failed sign-in, so no response reveals whether an account exists or is locked. */
export class InvalidCredentialsError extends AppError {
  constructor() {
    super('invalid_credentials', HttpStatus.UNAUTHORIZED, 'Unauthorized', 'The email, password or code is not valid');
  }
}

export class MfaCodeRequiredError extends AppError {
  constructor() {
    super('mfa_code_required', HttpStatus.UNAUTHORIZED, 'Unauthorized', 'Enter the code from your authenticator app');
  }
}

export class InvalidRefreshTokenError extends AppError {
  constructor() {
    super(
      'invalid_refresh_token',
      HttpStatus.UNAUTHORIZED,
      'Unauthorized',
      'The refresh token is not valid; sign in again',
    );
  }
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super('unauthenticated', HttpStatus.UNAUTHORIZED, 'Unauthorized', 'A valid access token is required');
  }
}

export class PermissionDeniedError extends AppError {
  constructor(detail = 'Your role does not allow this') {
    super('forbidden', HttpStatus.FORBIDDEN, 'Forbidden', detail);
  }
}

export class MfaEnrolmentRequiredError extends AppError {
  constructor() {
    super(
      'mfa_enrolment_required',
      HttpStatus.FORBIDDEN,
      'Forbidden',
      'Your role requires two-factor authentication: enrol at POST /api/v1/auth/mfa/enrol first',
    );
  }
}

export class WeakPasswordError extends AppError {
  constructor(field: string, reason: string) {
    super('validation_failed', HttpStatus.BAD_REQUEST, 'Validation failed', `Invalid request: ${field}`, {
      errors: [{ field, messages: [reason] }],
    });
  }
}

export class InvalidMfaCodeError extends AppError {
  constructor() {
    super('invalid_mfa_code', HttpStatus.BAD_REQUEST, 'Bad request', 'The code does not match; try the current one');
  }
}

export class NoPendingEnrolmentError extends AppError {
  constructor() {
    super(
      'no_pending_enrolment',
      HttpStatus.CONFLICT,
      'Conflict',
      'Start enrolment first: POST /api/v1/auth/mfa/enrol',
    );
  }
}
